import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useUnitResidentialAreas } from '@/features/residential-areas/api/unit-residential-areas';

/** The residential areas of a commune, searched on the server as one types (one page of 50). */
export function ResidentialAreaSelect({
  unitId,
  value,
  onChange,
  id,
  placeholder,
}: {
  unitId: number;
  value?: number;
  onChange?: (value: number | undefined) => void;
  id?: string;
  placeholder?: string;
}) {
  const [q, setQ] = useState('');
  const search = useDeferredValue(q.trim());
  const areas = useUnitResidentialAreas(unitId, { ...(search ? { q: search } : {}), size: 50 });
  return (
    <Select
      id={id}
      value={value}
      onChange={(next?: number) => onChange?.(next)}
      allowClear
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={areas.isFetching}
      placeholder={placeholder}
      options={(areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
    />
  );
}
