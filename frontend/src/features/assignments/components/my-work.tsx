import {
  Button,
  Card,
  Flex,
  Grid,
  Progress,
  type Select as AntdSelect,
  Segmented,
  Space,
  Tag,
  Typography,
} from 'antd';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  type Assignment,
  BUCKETS,
  type Bucket,
  useAssignment,
  useAssignments,
  useBucketCounts,
} from '@/features/assignments/api/assignments';
import { BucketTag } from '@/features/assignments/components/bucket-tag';
import { DigestPanel } from '@/features/assignments/components/digest-panel';
import { RollupLine } from '@/features/assignments/components/rollup-line';
import type {
  CascadeUnit,
  OrganizationPicker,
} from '@/features/assignments/components/sub-assignments-drawer';
import { formatDate } from '@/lib/dates';

// The dialogs and drawers (forms, date pickers, uploads, pickers) load when they are first opened,
// and the phone's bucket list when it is shown: the work list itself carries none of them (budget: README).
const ReportDialog = lazy(() =>
  import('@/features/assignments/components/report-dialog').then((m) => ({
    default: m.ReportDialog,
  })),
);
const ExplanationsDrawer = lazy(() =>
  import('@/features/assignments/components/explanations-drawer').then((m) => ({
    default: m.ExplanationsDrawer,
  })),
);
const SubAssignmentsDrawer = lazy(() =>
  import('@/features/assignments/components/sub-assignments-drawer').then((m) => ({
    default: m.SubAssignmentsDrawer,
  })),
);
const ReportDrawer = lazy(() =>
  import('@/features/assignments/components/report-drawer').then((m) => ({
    default: m.ReportDrawer,
  })),
);
// antd's Select, typed as itself (React.lazy would drop its type parameter)
const Select = lazy(() => import('antd/es/select')) as unknown as typeof AntdSelect;

/** What loads on demand shows when it has loaded (a click's dialog within a moment). */
function OnDemand({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

const PAGE_SIZE = 20;

/** Only recurring and continuous tasks have a report per period; a task with a date has none. */
export function hasPeriodReports(a: Pick<Assignment, 'dueKind'>): boolean {
  return a.dueKind !== undefined && a.dueKind !== 'DATE';
}

function idOf(value: string | null): number | undefined {
  return value && /^[1-9][0-9]{0,17}$/.test(value) ? Number(value) : undefined;
}

/** An organization's work: its assignments by due date, bucket first, with a status report for each. */
export function MyWork({
  organizationId,
  organizationName,
  canReport,
  unit,
  renderOrganizationPicker,
}: {
  organizationId: number;
  organizationName: string;
  canReport: boolean;
  /** The caller's unit: the organization gives its work to organizations in it or below. */
  unit?: CascadeUnit;
  renderOrganizationPicker: OrganizationPicker;
}) {
  const { t } = useTranslation();
  // the five buckets' full names with their counts need a wide screen side by side
  const isNarrow = !Grid.useBreakpoint().xl;
  const counts = useBucketCounts(organizationId);
  const [bucket, setBucket] = useState<Bucket | 'ALL'>('ALL');
  const [page, setPage] = useState(0);
  const [reporting, setReporting] = useState<Assignment | null>(null);
  const [reportsOf, setReportsOf] = useState<Assignment | null>(null);
  const [explaining, setExplaining] = useState<Assignment | null>(null);
  const [cascading, setCascading] = useState<Assignment | null>(null);
  // a reminder opens an assignment's reports (?reports=id) or explanations (?explanations=id)
  const [params, setParams] = useSearchParams();
  const linkedReports = idOf(params.get('reports'));
  const linkedExplanations = idOf(params.get('explanations'));
  const linked = useAssignment(linkedReports ?? linkedExplanations);
  const unlink = () =>
    setParams(
      (previous) => {
        previous.delete('reports');
        previous.delete('explanations');
        return previous;
      },
      { replace: true },
    );
  const shownReports = reportsOf ?? (linkedReports !== undefined ? linked.data : undefined);
  const shownExplanations =
    explaining ?? (linkedExplanations !== undefined ? linked.data : undefined);
  const assignments = useAssignments({
    organizationId,
    ...(bucket === 'ALL' ? {} : { bucket }),
    page,
    size: PAGE_SIZE,
  });

  const due = (a: Assignment) => (
    <Space size={4} wrap>
      <BucketTag bucket={a.bucket} />
      {a.dueSoon && <Tag color="gold">{t('work.dueSoon')}</Tag>}
      {a.dueDate && (
        <Typography.Text type="secondary">
          {t('work.due', { date: formatDate(a.dueDate) })}
        </Typography.Text>
      )}
    </Space>
  );
  const action = (a: Assignment) => (
    <Space size={4} wrap>
      <Link to={`/tasks/${a.taskId}`}>{t('task.open')}</Link>
      {a.explanationRequested && (
        <Button size="small" danger onClick={() => setExplaining(a)}>
          {t('explanations.requested')}
        </Button>
      )}
      {hasPeriodReports(a) && (
        <Button size="small" onClick={() => setReportsOf(a)}>
          {t('work.reports')}
        </Button>
      )}
      {(a.rollup || (canReport && unit && a.status !== 'DONE' && a.status !== 'CANCELLED')) && (
        <Button size="small" onClick={() => setCascading(a)}>
          {t('subAssignments.open')}
        </Button>
      )}
      {canReport && a.status !== 'CANCELLED' && (
        <Button size="small" onClick={() => setReporting(a)}>
          {t('work.report')}
        </Button>
      )}
    </Space>
  );

  const chooseBucket = (value: Bucket | 'ALL') => {
    setBucket(value);
    setPage(0);
  };
  const withCount = (label: string, value: Bucket | 'ALL') =>
    counts[value] === undefined ? label : `${label} (${counts[value]})`;
  const bucketOptions = [
    { value: 'ALL' as const, label: withCount(t('work.all'), 'ALL') },
    ...BUCKETS.map((b) => ({ value: b, label: withCount(t(`enums.Bucket.${b}`), b) })),
  ];

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('work.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{organizationName}</Typography.Text>
      </div>
      <DigestPanel organizationId={organizationId} />
      {isNarrow ? (
        // five full names do not fit a phone's width: a list that names each bucket in full
        <Suspense fallback={<div style={{ height: 32 }} />}>
          <Select<Bucket | 'ALL'>
            id="work-bucket-filter"
            aria-label={t('work.bucketFilter')}
            value={bucket}
            onChange={chooseBucket}
            options={bucketOptions}
            style={{ width: '100%' }}
          />
        </Suspense>
      ) : (
        <Segmented<Bucket | 'ALL'>
          aria-label={t('work.bucketFilter')}
          value={bucket}
          onChange={chooseBucket}
          options={bucketOptions}
        />
      )}
      {assignments.isError ? (
        <QueryError error={assignments.error} onRetry={() => void assignments.refetch()} />
      ) : (
        <ResponsiveList<Assignment>
          aria-label={t('work.title')}
          items={assignments.data?.items ?? []}
          rowKey={(a) => a.id}
          loading={assignments.isFetching}
          emptyText={t('work.empty')}
          page={page}
          pageSize={PAGE_SIZE}
          total={assignments.data?.total ?? 0}
          onPageChange={setPage}
          columns={[
            { title: t('work.task'), key: 'task', render: (_, a) => `${a.ordinal}. ${a.title}` },
            { title: t('work.deadline'), key: 'due', render: (_, a) => due(a) },
            {
              title: t('work.status'),
              key: 'status',
              render: (_, a) => t(`enums.AssignmentStatus.${a.status}`),
            },
            {
              title: t('work.progress'),
              key: 'progress',
              render: (_, a) => <Progress percent={a.progress} size="small" />,
            },
            { title: '', key: 'action', render: (_, a) => action(a) },
          ]}
          renderCard={(a) => (
            <Card size="small" data-testid="assignment-card">
              <Typography.Text strong>
                {a.ordinal}. {a.title}
              </Typography.Text>
              <div>{due(a)}</div>
              {a.rollup && <RollupLine rollup={a.rollup} />}
              <Flex align="center" gap="small">
                <Typography.Text>{t(`enums.AssignmentStatus.${a.status}`)}</Typography.Text>
                <Progress percent={a.progress} size="small" style={{ flex: 1, margin: 0 }} />
                {action(a)}
              </Flex>
            </Card>
          )}
        />
      )}
      {reporting && (
        <OnDemand>
          <ReportDialog assignment={reporting} onClose={() => setReporting(null)} />
        </OnDemand>
      )}
      {shownExplanations && (
        <OnDemand>
          <ExplanationsDrawer
            assignment={shownExplanations}
            canAsk={false}
            canAnswer={canReport}
            onClose={() => {
              setExplaining(null);
              unlink();
            }}
          />
        </OnDemand>
      )}
      {cascading && (
        <OnDemand>
          <SubAssignmentsDrawer
            assignment={cascading}
            canAssign={canReport}
            unit={unit}
            renderOrganizationPicker={renderOrganizationPicker}
            onClose={() => setCascading(null)}
          />
        </OnDemand>
      )}
      {shownReports && (
        <OnDemand>
          <ReportDrawer
            assignment={shownReports}
            canReport={canReport}
            onClose={() => {
              setReportsOf(null);
              unlink();
            }}
          />
        </OnDemand>
      )}
    </Flex>
  );
}
