import { CheckCircleFilled, CloseCircleFilled, MinusOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/list-page';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  type RuralCriterionRow,
  type RuralCriterionYear,
  type RuralRecognition,
  useRuralCriteria,
  useRuralGroups,
  useRuralRecognitions,
} from '@/features/rural/api/rural';
import { RuralLevelTag } from '@/features/rural/components/rural-level-tag';
import { formatDate } from '@/lib/dates';
import { useUrlFilters } from '@/lib/routing/use-url-filters';

const YEARS_BACK = 8;

/** Met (green tick), not met (red cross) or not assessed (a dash) — with words for screen readers. */
function YearState({ year }: { year: RuralCriterionYear | undefined }) {
  const { t } = useTranslation('rural');
  if (!year?.assessed) {
    return <MinusOutlined aria-label={t('criteria.notAssessed')} style={{ color: '#bfbfbf' }} />;
  }
  const value = year.value === undefined ? '' : ` ${year.value}`;
  return year.met ? (
    <span title={year.note}>
      <CheckCircleFilled aria-label={t('criteria.met')} style={{ color: '#389e0d' }} />
      {value}
    </span>
  ) : (
    <span title={year.note}>
      <CloseCircleFilled aria-label={t('criteria.notMet')} style={{ color: '#cf1322' }} />
      {value}
    </span>
  );
}

function CriterionName({ row }: { row: RuralCriterionRow }) {
  const { t } = useTranslation('rural');
  return (
    <Flex vertical gap={2} style={{ paddingInlineStart: row.parentId ? 16 : 0 }}>
      <span>
        {row.parentId ? (
          `${row.code}. ${row.name}`
        ) : (
          <strong>
            {row.code}. {row.name}
          </strong>
        )}{' '}
        {row.keyCriterion && <Tag color="red">{t('criteria.key')}</Tag>}
      </span>
      {(row.threshold !== undefined || row.variantNote) && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[
            row.threshold === undefined
              ? undefined
              : t('criteria.threshold', {
                  comparison: row.comparison ?? '≥',
                  threshold: row.threshold,
                  unit: row.unitOfMeasure ?? '',
                }),
            row.variantNote,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The commune's NTM decisions, newest first, those of the former communes it succeeded among them. */
function DecisionHistory({ unitId }: { unitId: number }) {
  const { t } = useTranslation('rural');
  const decisions = useRuralRecognitions(unitId);
  const render = (d: RuralRecognition) => (
    <Flex vertical gap={2}>
      <Flex gap={4} wrap align="center">
        <RuralLevelTag level={d.level} />
        <Typography.Text strong>{d.titleName}</Typography.Text>
        <Tag>{t(`decisionStatus.${d.status}`)}</Tag>
        {d.recorded && <Tag>{t('history.recorded')}</Tag>}
      </Flex>
      <Typography.Text>
        {t('list.decision', { number: d.number, date: formatDate(d.signedOn) })} ·{' '}
        {t('history.signer', { signer: d.signer })}
      </Typography.Text>
      {d.commune.former && (
        <Typography.Text type="secondary">
          {t('history.former', { name: d.commune.name, date: formatDate(d.commune.validTo) })}
        </Typography.Text>
      )}
    </Flex>
  );
  return (
    <Card title={t('history.title')} size="small">
      {decisions.isError ? (
        <QueryError error={decisions.error} onRetry={() => void decisions.refetch()} compact />
      ) : decisions.isPending ? (
        <Skeleton active />
      ) : decisions.data.length === 0 ? (
        <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>
      ) : (
        <Flex vertical gap="small" role="list" aria-label={t('history.title')}>
          {decisions.data.map((d) => (
            <div key={d.decisionId} role="listitem">
              {render(d)}
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function GroupLine({ unitId }: { unitId: number }) {
  const { t } = useTranslation('rural');
  const groups = useRuralGroups(unitId);
  if (!groups.data?.length) {
    return null;
  }
  return (
    <Typography.Text type="secondary">
      {groups.data
        .map((g) =>
          t('criteria.groupOfPeriod', { group: g.group, from: g.periodFrom, to: g.periodTo }),
        )
        .join(' · ')}
    </Typography.Text>
  );
}

/**
 * A commune's criteria page: each criterion and indicator of the NTM set, met / not met for each
 * year shown (a table on a desktop, a card per criterion on a phone), its group for each period and
 * its decisions history across the 2025 reform. The last year shown is in the address (`to`).
 */
export function CommuneCriteria({ unitId }: { unitId: number }) {
  const { t } = useTranslation(['translation', 'rural']);
  const filters = useUrlFilters();
  const thisYear = dayjs().year();
  const to = filters.number('to') ?? thisYear;
  const page = useRuralCriteria(unitId, { to, from: to - 4 });

  if (page.isError) {
    return <QueryError error={page.error} onRetry={() => void page.refetch()} />;
  }
  if (!page.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const data = page.data;
  const years = Array.from(
    { length: data.toYear - data.fromYear + 1 },
    (_, i) => data.fromYear + i,
  );
  const yearOf = (row: RuralCriterionRow, year: number) => row.years.find((y) => y.year === year);
  const metCount = (year: number) =>
    data.criteria.filter((row) => !row.parentId && yearOf(row, year)?.met === true).length;
  const criteriaCount = data.criteria.filter((row) => !row.parentId).length;

  const columns: ColumnsType<RuralCriterionRow> = [
    {
      title: t('rural:criteria.criterion'),
      key: 'criterion',
      render: (_, row) => <CriterionName row={row} />,
    },
    ...years.map((year) => ({
      title: `${year} (${metCount(year)}/${criteriaCount})`,
      key: String(year),
      align: 'center' as const,
      render: (_: unknown, row: RuralCriterionRow) => <YearState year={yearOf(row, year)} />,
    })),
  ];

  return (
    <Flex vertical gap="middle">
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {data.commune.name}
        </Typography.Title>
        <Typography.Text>
          {data.set.name}
          {data.set.directiveNumber && ` · ${data.set.directiveNumber}`}
        </Typography.Text>
        {data.group && (
          <Typography.Text>{t('rural:criteria.group', { group: data.group })}</Typography.Text>
        )}
        <GroupLine unitId={unitId} />
      </Flex>
      <Flex gap={8} wrap align="center">
        <FilterSelect<number>
          label={t('rural:criteria.toYear')}
          placeholder={t('rural:criteria.toYear')}
          value={to}
          width={110}
          grow={0}
          options={Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i).map((y) => ({
            value: y,
            label: String(y),
          }))}
          onChange={(next) => filters.update({ to: next ? String(next) : undefined })}
        />
        <Typography.Text type="secondary">
          {t('rural:criteria.years', { from: data.fromYear, to: data.toYear })}
        </Typography.Text>
      </Flex>
      <ResponsiveList<RuralCriterionRow>
        aria-label={t('rural:criteria.title')}
        items={data.criteria}
        rowKey={(row) => row.id}
        columns={columns}
        loading={page.isFetching}
        emptyText={t('rural:criteria.empty')}
        page={0}
        pageSize={Math.max(1, data.criteria.length)}
        total={data.criteria.length}
        onPageChange={() => {}}
        renderCard={(row) => (
          <Flex vertical gap={4} data-testid="rural-criterion">
            <CriterionName row={row} />
            <Flex gap={12} wrap>
              {years.map((year) => (
                <span key={year}>
                  {year} <YearState year={yearOf(row, year)} />
                </span>
              ))}
            </Flex>
          </Flex>
        )}
      />
      <DecisionHistory unitId={unitId} />
    </Flex>
  );
}
