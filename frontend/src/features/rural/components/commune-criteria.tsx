import {
  CheckCircleFilled,
  CloseCircleFilled,
  EditOutlined,
  MinusOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/list-page';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  type RuralCriterionRow,
  type RuralCriterionYear,
  useRuralCriteria,
} from '@/features/rural/api/rural';
import {
  AssessmentEditor,
  type AssessmentTarget,
} from '@/features/rural/components/assessment-editor';
import { DecisionHistory } from '@/features/rural/components/decision-history';
import { GroupPanel } from '@/features/rural/components/group-panel';
import { RecordDecision } from '@/features/rural/components/record-decision';
import { StandingPanel } from '@/features/rural/components/standing-panel';
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

/** A year's state of a criterion; for who may assess, a button that opens its assessment. */
function YearCell({
  row,
  year,
  state,
  onAssess,
}: {
  row: RuralCriterionRow;
  year: number;
  state: RuralCriterionYear | undefined;
  onAssess: ((target: AssessmentTarget) => void) | undefined;
}) {
  const { t } = useTranslation('rural');
  if (!onAssess) {
    return <YearState year={state} />;
  }
  return (
    <Button
      type="text"
      size="small"
      aria-label={t('assess.open', { code: row.code, year })}
      onClick={() => onAssess({ row, year, state })}
    >
      <YearState year={state} />
      <EditOutlined style={{ color: '#8c8c8c' }} />
    </Button>
  );
}

/**
 * A commune's page: its group for the period, each criterion and indicator of the NTM set met /
 * not met for each year shown (a table on a desktop, a card per criterion on a phone; who may
 * assess opens a year to change it), its standing in a chosen year, its decisions across the 2025
 * reform, and the recording of a paper decision — each editor shown only when the page's flags
 * (`canAssess`, `canSetGroup`, `canRecord`) say the caller may. The last year shown is in the
 * address (`to`).
 */
export function CommuneCriteria({ unitId }: { unitId: number }) {
  const { t } = useTranslation(['translation', 'rural']);
  const filters = useUrlFilters();
  const thisYear = dayjs().year();
  const to = filters.number('to') ?? thisYear;
  const page = useRuralCriteria(unitId, { to, from: to - 4 });
  const [assessing, setAssessing] = useState<{ rowId: number; year: number }>();

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
  const onAssess = data.canAssess
    ? (target: AssessmentTarget) => setAssessing({ rowId: target.row.id, year: target.year })
    : undefined;
  // the editor follows the page as read again (after a save, a reload): its row and version
  const assessedRow = assessing && data.criteria.find((row) => row.id === assessing.rowId);
  const target: AssessmentTarget | undefined =
    assessing && assessedRow
      ? { row: assessedRow, year: assessing.year, state: yearOf(assessedRow, assessing.year) }
      : undefined;

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
      render: (_: unknown, row: RuralCriterionRow) => (
        <YearCell row={row} year={year} state={yearOf(row, year)} onAssess={onAssess} />
      ),
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
        <GroupPanel unitId={unitId} year={to} canSetGroup={data.canSetGroup} />
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
                  {year}{' '}
                  <YearCell row={row} year={year} state={yearOf(row, year)} onAssess={onAssess} />
                </span>
              ))}
            </Flex>
          </Flex>
        )}
      />
      <StandingPanel key={to} unitId={unitId} initialYear={to} />
      <DecisionHistory unitId={unitId} />
      {data.canRecord && (
        <div>
          <RecordDecision unitId={unitId} />
        </div>
      )}
      {target && (
        <AssessmentEditor
          key={`${target.row.id}:${target.year}:${target.state?.version ?? 0}`}
          unitId={unitId}
          target={target}
          onClose={() => setAssessing(undefined)}
          onReload={() => page.refetch()}
        />
      )}
    </Flex>
  );
}
