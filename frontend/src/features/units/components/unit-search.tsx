import { Empty, Flex, Input, Pagination, Spin, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { useUnitSearch, type UnitSummary } from '@/features/units/api/units';
import { UnitStatusTags } from '@/features/units/components/unit-status-tags';

const PAGE_SIZE = 10;

interface UnitSearchProps {
  selectedUnitId: number;
  onSelectUnit: (unit: UnitSummary) => void;
}

/** Search units by name, with or without diacritics ("rach gia" finds "Rạch Giá"). */
export function UnitSearch({ selectedUnitId, onSelectUnit }: UnitSearchProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const search = useUnitSearch(q, page, PAGE_SIZE);

  const submit = (value: string) => {
    setQ(value.trim());
    setPage(0);
  };

  const results = () => {
    if (search.isError) {
      return <QueryError compact error={search.error} onRetry={() => void search.refetch()} />;
    }
    if (search.isPending) {
      return <Spin style={{ display: 'block', padding: token.padding }} />;
    }
    const { items, total } = search.data;
    if (items.length === 0) {
      return (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.searchEmpty', { q })} />
      );
    }
    return (
      <Spin spinning={search.isFetching}>
        <Typography.Text type="secondary">
          {t('units.searchCount', { count: total })}
        </Typography.Text>
        <ul style={{ listStyle: 'none', margin: `${token.marginXS}px 0`, padding: 0 }}>
          {items.map((unit) => {
            const selected = unit.id === selectedUnitId;
            return (
              <li key={unit.id} style={{ borderBottom: `1px solid ${token.colorSplit}` }}>
                <button
                  type="button"
                  aria-current={selected ? 'true' : undefined}
                  onClick={() => onSelectUnit(unit)}
                  style={{
                    display: 'block',
                    width: '100%',
                    textAlign: 'left',
                    border: 0,
                    cursor: 'pointer',
                    padding: `${token.paddingXS}px ${token.paddingXS}px`,
                    background: selected ? token.controlItemBgActive : 'transparent',
                    borderRadius: token.borderRadiusSM,
                    font: 'inherit',
                    color: 'inherit',
                  }}
                >
                  <Typography.Text strong>{unit.name}</Typography.Text>
                  <Flex wrap gap={4} align="center" style={{ marginTop: 2 }}>
                    <UnitStatusTags unit={unit} />
                    <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
                      {t('units.code')}: {unit.code ?? t('units.noCode')}
                    </Typography.Text>
                  </Flex>
                </button>
              </li>
            );
          })}
        </ul>
        {total > PAGE_SIZE && (
          <Pagination
            simple
            size="small"
            current={page + 1}
            pageSize={PAGE_SIZE}
            total={total}
            onChange={(next) => setPage(next - 1)}
          />
        )}
      </Spin>
    );
  };

  return (
    <Flex vertical gap="small">
      <Input.Search
        allowClear
        enterButton
        aria-label={t('units.searchLabel')}
        placeholder={t('units.searchPlaceholder')}
        maxLength={100}
        onSearch={submit}
      />
      {q && <section aria-label={t('units.searchResults')}>{results()}</section>}
    </Flex>
  );
}
