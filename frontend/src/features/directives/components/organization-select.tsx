import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganizationRef, useOrganizationOptions } from '@/features/directives/api/directives';

interface OrganizationSelectProps {
  id?: string;
  value?: number | number[];
  onChange?: (value: number | number[] | undefined) => void;
  multiple?: boolean;
  /** Organizations already named (by the directive or a draft), so that their names show. */
  known: OrganizationRef[];
  'aria-label'?: string;
}

/** Picks organizations by typing part of a name or code, with or without diacritics. */
export function OrganizationSelect({
  id,
  value,
  onChange,
  multiple = false,
  known,
  'aria-label': ariaLabel,
}: OrganizationSelectProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useOrganizationOptions(q);
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
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      onChange={(next: number | number[] | undefined) => onChange?.(next)}
      options={options}
      loading={found.isFetching}
      placeholder={t('directives.organizationPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
