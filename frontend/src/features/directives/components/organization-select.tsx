import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganizationRef, useOrganizationOptions } from '@/features/directives/api/directives';
import { useDebounced } from '@/features/directives/hooks/use-debounced';

interface OrganizationSelectProps {
  id?: string;
  value?: number | number[];
  onChange?: (value: number | number[] | undefined) => void;
  multiple?: boolean;
  /** Organizations already named (by the directive or a draft), so that their names show. */
  known: OrganizationRef[];
  placeholder?: string;
  disabled?: boolean;
  /** Offers only the organizations of this unit and the units below it. */
  unitId?: number;
  'aria-label'?: string;
}

/** Picks organizations by typing part of a name or code, with or without diacritics. */
export function OrganizationSelect({
  id,
  value,
  onChange,
  multiple = false,
  known,
  placeholder,
  disabled,
  unitId,
  'aria-label': ariaLabel,
}: OrganizationSelectProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  // options are fetched once the picker is used, not for every picker a page shows
  const [used, setUsed] = useState(false);
  const q = useDebounced(typed.trim());
  const found = useOrganizationOptions(q, used, unitId);
  const options = useMemo(() => {
    const byId = new Map<number, string>();
    for (const o of known) {
      byId.set(o.id, `${o.name} (${o.code})`);
    }
    for (const o of found.data ?? []) {
      byId.set(o.id, `${o.name} (${o.code})`);
    }
    return [...byId].map(([optionValue, label]) => ({ value: optionValue, label }));
  }, [known, found.data]);

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setUsed(true);
          setTyped(text);
        },
      }}
      onOpenChange={(open) => open && setUsed(true)}
      allowClear
      disabled={disabled}
      value={value}
      onChange={(next: number | number[] | undefined) => onChange?.(next)}
      options={options}
      loading={found.isFetching}
      placeholder={placeholder ?? t('directives.organizationPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
