import { Flex, Skeleton, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import { ValidityText } from '@/components/validity-text';
import {
  useUnitResidentialAreas,
  type ResidentialArea,
} from '@/features/residential-areas/api/unit-residential-areas';

const PAGE_SIZE = 20;

/** The residential areas (thôn, ấp, khu phố, ...) of one commune. */
export function UnitResidentialAreaList({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const query = useUnitResidentialAreas(unitId, { page, size: PAGE_SIZE });

  if (query.isPending) {
    return <Skeleton active />;
  }
  if (query.isError) {
    return <QueryError compact error={query.error} onRetry={() => void query.refetch()} />;
  }

  const columns: ColumnsType<ResidentialArea> = [
    { key: 'name', title: t('residentialAreas.name'), dataIndex: 'name' },
    {
      key: 'kind',
      title: t('units.kind'),
      render: (_, area) => t(`enums.ResidentialAreaKind.${area.kind}`),
    },
    { key: 'code', title: t('units.code'), dataIndex: 'code', className: 'nowrap' },
    {
      key: 'validity',
      title: t('units.validity'),
      className: 'nowrap',
      render: (_, area) => <ValidityText validFrom={area.validFrom} validTo={area.validTo} />,
    },
  ];

  return (
    <ResponsiveList<ResidentialArea>
      aria-label={t('residentialAreas.tab')}
      items={query.data.items}
      rowKey={(area) => area.id}
      columns={columns}
      renderCard={(area) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{area.name}</Typography.Text>
          <Flex wrap gap={4} align="center">
            <Tag color="green">{t(`enums.ResidentialAreaKind.${area.kind}`)}</Tag>
            <Typography.Text type="secondary">{area.code}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary">
            {t('units.validity')}:{' '}
            <ValidityText validFrom={area.validFrom} validTo={area.validTo} />
          </Typography.Text>
        </Flex>
      )}
      loading={query.isFetching}
      emptyText={t('residentialAreas.empty')}
      page={page}
      pageSize={PAGE_SIZE}
      total={query.data.total}
      onPageChange={setPage}
    />
  );
}
