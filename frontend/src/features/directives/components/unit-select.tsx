import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type UnitOption,
  type UnitOptionFilter,
  useUnitOptions,
  useUnitRef,
} from '@/features/directives/api/directives';
import { useDebounced } from '@/features/directives/hooks/use-debounced';
import { formatDate } from '@/lib/dates';

export interface UnitSelectProps extends UnitOptionFilter {
  value?: number;
  onChange?: (value: number | undefined) => void;
  placeholder: string;
  'aria-label': string;
  /** Given by a form item, so that its label names the picker. */
  id?: string;
}

/**
 * Picks an administrative unit of the caller's scope by code or name, with or without diacritics,
 * in the server's order; abolished units included unless `includeEnded` is false, every level
 * unless `level` says one.
 */
export function UnitSelect({
  value,
  onChange,
  placeholder,
  'aria-label': ariaLabel,
  id,
  level,
  includeEnded,
}: UnitSelectProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [used, setUsed] = useState(false);
  const q = useDebounced(typed.trim());
  const found = useUnitOptions(q, used, { level, includeEnded });
  const picked = useUnitRef(value);
  const options = useMemo(() => {
    const label = (unit: UnitOption) =>
      [
        unit.code ? `${unit.name} (${unit.code})` : unit.name,
        unit.current || !unit.validTo
          ? ''
          : ` · ${t('directives.filters.unitEnded', { date: formatDate(unit.validTo) })}`,
      ].join('');
    // in the server's order (exact code or name first); the picked unit after them if absent
    const byId = new Map<number, string>();
    for (const unit of found.data ?? []) {
      byId.set(unit.id, label(unit));
    }
    if (picked.data && !byId.has(picked.data.id)) {
      byId.set(picked.data.id, label(picked.data));
    }
    return [...byId].map(([optionValue, text]) => ({ value: optionValue, label: text }));
  }, [picked.data, found.data, t]);

  return (
    <Select<number>
      id={id}
      aria-label={ariaLabel}
      placeholder={placeholder}
      showSearch={{
        filterOption: false,
        onSearch: (text) => {
          setUsed(true);
          setTyped(text);
        },
      }}
      onOpenChange={(open) => open && setUsed(true)}
      allowClear
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
      loading={found.isFetching}
      style={{ width: '100%' }}
    />
  );
}
