import { Breadcrumb, Card, Descriptions, Flex, Grid, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { ValidityText } from '@/components/validity-text';
import { useUnit, type UnitDetail as Unit, type UnitSummary } from '@/features/units/api/units';
import { UnitStatusTags } from '@/features/units/components/unit-status-tags';
import { formatDate } from '@/lib/dates';

interface UnitDetailProps {
  unitId: number;
  unitPath: (unitId: number) => string;
  /** What the screen shows below the unit's facts (e.g. its organizations). */
  renderContent?: (unit: Unit) => ReactNode;
}

function UnitLink({ unit, unitPath }: { unit: UnitSummary; unitPath: (id: number) => string }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={4} align="center">
      <Link to={unitPath(unit.id)}>{unit.name}</Link>
      {!unit.current && unit.validTo && (
        <Typography.Text type="secondary">
          ({t('units.abolished').toLowerCase()},{' '}
          {t('units.until', { date: formatDate(unit.validTo) })})
        </Typography.Text>
      )}
    </Flex>
  );
}

/** One unit: where it sits in the tree, its code, kind, validity and history. */
export function UnitDetail({ unitId, unitPath, renderContent }: UnitDetailProps) {
  const { t } = useTranslation();
  const { data: unit, isPending, isError, error, refetch } = useUnit(unitId);
  const screens = Grid.useBreakpoint();

  if (isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (isError) {
    return (
      <Card>
        <QueryError error={error} onRetry={() => void refetch()} />
      </Card>
    );
  }

  return (
    <Flex vertical gap="middle">
      <Card>
        {unit.ancestors.length > 0 && (
          <nav aria-label={t('units.breadcrumb')}>
            <Breadcrumb
              items={[
                ...unit.ancestors.map((ancestor) => ({
                  key: ancestor.id,
                  title: <Link to={unitPath(ancestor.id)}>{ancestor.name}</Link>,
                })),
                { key: unit.id, title: unit.name },
              ]}
            />
          </nav>
        )}
        <Typography.Title level={3} style={{ marginTop: 8 }}>
          {unit.name}
        </Typography.Title>
        <Descriptions
          size="small"
          // On a phone, labels above values leave the values the whole width.
          layout={screens.sm ? 'horizontal' : 'vertical'}
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'code', label: t('units.code'), children: unit.code ?? t('units.noCode') },
            {
              key: 'kind',
              label: t('units.kind'),
              children: `${t(`enums.UnitKind.${unit.kind}`)} · ${t(`enums.UnitLevel.${unit.level}`)}`,
            },
            {
              key: 'validity',
              label: t('units.validity'),
              children: <ValidityText validFrom={unit.validFrom} validTo={unit.validTo} />,
            },
            {
              key: 'status',
              label: t('units.status'),
              children: unit.current ? (
                <Tag color="green">{t('units.current')}</Tag>
              ) : (
                <Flex wrap gap={4} align="center">
                  <UnitStatusTags unit={unit} />
                </Flex>
              ),
            },
            ...(unit.children.length > 0
              ? [
                  {
                    key: 'children',
                    label: t('units.children'),
                    children: t('units.childrenCount', { count: unit.children.length }),
                  },
                ]
              : []),
          ]}
        />
        {(unit.successor || unit.predecessors.length > 0) && (
          <Descriptions
            size="small"
            layout={screens.sm ? 'horizontal' : 'vertical'}
            column={1}
            style={{ marginTop: 8 }}
            items={[
              ...(unit.successor
                ? [
                    {
                      key: 'successor',
                      label: t('units.successor'),
                      children: <UnitLink unit={unit.successor} unitPath={unitPath} />,
                    },
                  ]
                : []),
              ...(unit.predecessors.length > 0
                ? [
                    {
                      key: 'predecessors',
                      label: t('units.predecessors'),
                      children: (
                        <ul style={{ margin: 0, paddingLeft: 18 }}>
                          {unit.predecessors.map((predecessor) => (
                            <li key={predecessor.id}>
                              <UnitLink unit={predecessor} unitPath={unitPath} />
                            </li>
                          ))}
                        </ul>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      {renderContent?.(unit)}
    </Flex>
  );
}
