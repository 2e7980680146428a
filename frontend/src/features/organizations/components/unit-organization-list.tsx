import { Flex, Skeleton, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import { ValidityText } from '@/components/validity-text';
import {
  useUnitOrganizations,
  type Organization,
} from '@/features/organizations/api/unit-organizations';

const PAGE_SIZE = 20;

/** The organizations of one unit that are in force today (Tỉnh ủy, UBND, MTTQ, ...). */
export function UnitOrganizationList({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const query = useUnitOrganizations(unitId, { page, size: PAGE_SIZE });

  if (query.isPending) {
    return <Skeleton active />;
  }
  if (query.isError) {
    return <QueryError compact error={query.error} onRetry={() => void query.refetch()} />;
  }

  const columns: ColumnsType<Organization> = [
    { key: 'name', title: t('organizations.name'), dataIndex: 'name' },
    {
      key: 'kind',
      title: t('units.kind'),
      render: (_, organization) => t(`enums.OrganizationKind.${organization.kind}`),
    },
    { key: 'code', title: t('units.code'), dataIndex: 'code', className: 'nowrap' },
    {
      key: 'validity',
      title: t('units.validity'),
      className: 'nowrap',
      render: (_, organization) => (
        <ValidityText validFrom={organization.validFrom} validTo={organization.validTo} />
      ),
    },
  ];

  return (
    <ResponsiveList<Organization>
      aria-label={t('organizations.tab')}
      items={query.data.items}
      rowKey={(organization) => organization.id}
      columns={columns}
      renderCard={(organization) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{organization.name}</Typography.Text>
          <Flex wrap gap={4} align="center">
            <Tag color="geekblue">{t(`enums.OrganizationKind.${organization.kind}`)}</Tag>
            <Typography.Text type="secondary">{organization.code}</Typography.Text>
          </Flex>
          <Typography.Text type="secondary">
            {t('units.validity')}:{' '}
            <ValidityText validFrom={organization.validFrom} validTo={organization.validTo} />
          </Typography.Text>
        </Flex>
      )}
      loading={query.isFetching}
      emptyText={t('organizations.empty')}
      page={page}
      pageSize={PAGE_SIZE}
      total={query.data.total}
      onPageChange={setPage}
    />
  );
}
