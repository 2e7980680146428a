import { Select, type SelectProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OrganizationRef, useOrganizationOptions } from '@/features/directives/api/directives';
import { useDebounced } from '@/features/directives/hooks/use-debounced';
import { useRecentOrganizations } from '@/features/directives/hooks/use-recent-organizations';

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
  /** Offers only the organizations this task can be assigned to (the server knows its issuer's reach). */
  forTaskId?: number;
  'aria-label'?: string;
}

const labelOf = (o: OrganizationRef) => `${o.name} (${o.code})`;

/**
 * Picks organizations by typing part of a name or code, with or without diacritics. The options
 * keep the server's order (an exact code or name first, then the caller's scope); before anything
 * is typed, the user's recent picks in this scope come first.
 */
export function OrganizationSelect({
  id,
  value,
  onChange,
  multiple = false,
  known,
  placeholder,
  disabled,
  unitId,
  forTaskId,
  'aria-label': ariaLabel,
}: OrganizationSelectProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  // options are fetched once the picker is used, not for every picker a page shows
  const [used, setUsed] = useState(false);
  const q = useDebounced(typed.trim());
  const scoped = forTaskId !== undefined || unitId !== undefined;
  const scopeKey =
    forTaskId !== undefined ? `task:${forTaskId}` : unitId !== undefined ? `unit:${unitId}` : '';
  const found = useOrganizationOptions(q, used, { unitId, forTaskId });
  const { recent, all: everRecent, remember } = useRecentOrganizations(scopeKey);

  const { options, byId } = useMemo(() => {
    const names = new Map<number, OrganizationRef>();
    for (const o of [...known, ...everRecent, ...(found.data ?? [])]) {
      names.set(o.id, o);
    }
    const results = found.data ?? [];
    const inResults = new Set(results.map((o) => o.id));
    // a scoped picker never offers a recent pick from elsewhere unless the server lists it here
    const recentHere =
      typed.trim() === ''
        ? [...recent, ...(scoped ? everRecent.filter((o) => inResults.has(o.id)) : [])].filter(
            (o, index, list) => list.findIndex((x) => x.id === o.id) === index,
          )
        : [];
    const recentIds = new Set(recentHere.map((o) => o.id));
    // names the form already knows are offered too, unless the picker is scoped: the server
    // alone says what is in scope
    const extra = scoped ? [] : known.filter((o) => !inResults.has(o.id));
    const extraIds = new Set(extra.map((o) => o.id));
    const selected = (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .filter((v) => !recentIds.has(v) && !inResults.has(v) && !extraIds.has(v))
      .map((v) => names.get(v) ?? { id: v, code: '', name: String(v) });
    const rest = [
      ...results.filter((o) => !recentIds.has(o.id)),
      ...extra.filter((o) => !recentIds.has(o.id)),
      ...selected,
    ].map((o) => ({
      value: o.id,
      label: labelOf(o),
    }));
    const list: NonNullable<SelectProps['options']> =
      recentHere.length > 0
        ? [
            {
              label: t('picker.recent'),
              title: t('picker.recent'),
              options: recentHere.map((o) => ({ value: o.id, label: labelOf(o) })),
            },
            ...(rest.length > 0
              ? [{ label: t('picker.results'), title: t('picker.results'), options: rest }]
              : []),
          ]
        : rest;
    return { options: list, byId: names };
  }, [known, everRecent, found.data, recent, scoped, typed, value, t]);

  const change = (next: number | number[] | undefined) => {
    const before = new Set(Array.isArray(value) ? value : value === undefined ? [] : [value]);
    const after = Array.isArray(next) ? next : next === undefined ? [] : [next];
    remember(after.filter((v) => !before.has(v)).flatMap((v) => byId.get(v) ?? []));
    onChange?.(next);
  };

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
      onChange={change}
      options={options}
      loading={found.isFetching}
      placeholder={placeholder ?? t('directives.organizationPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
