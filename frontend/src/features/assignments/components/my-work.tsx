import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { WithAntd } from '@/components/antd-on-demand';
import { Button, Card, Muted, ProgressBar, SkeletonLines, Tag } from '@/components/light/light';
import { QueryError } from '@/components/query-error';
import type { ResponsiveList as AntdResponsiveList } from '@/components/responsive-list';
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
import { useAtLeast } from '@/lib/layout/use-media-query';
import '@/features/assignments/components/my-work.css';

// The work list is drawn without antd, the first screen a reporter sees (budget: README). The
// dialogs and drawers (forms, date pickers, uploads, pickers) load with antd when first opened,
// and so does the table a wide screen shows instead of the cards.
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
// the table of a wide screen, typed as itself (React.lazy would drop its type parameter)
const ResponsiveList = lazy(() =>
  import('@/components/responsive-list').then((m) => ({ default: m.ResponsiveList })),
) as unknown as typeof AntdResponsiveList;

/** The page of a list a phone shows, with the previous and next ones a tap away. */
function Pager({
  page,
  pages,
  onChange,
}: {
  page: number;
  pages: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="work-pager" aria-label={t('work.pageOf', { page: page + 1, pages })}>
      <Button size="small" disabled={page === 0} onClick={() => onChange(page - 1)}>
        ‹ {t('work.previousPage')}
      </Button>
      <span data-testid="work-page">{t('work.pageOf', { page: page + 1, pages })}</span>
      <Button size="small" disabled={page + 1 >= pages} onClick={() => onChange(page + 1)}>
        {t('work.nextPage')} ›
      </Button>
    </nav>
  );
}

/** A dialog or drawer shows once its code has loaded; the others stay as they are meanwhile. */
function OnDemand({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

type BucketChoice = Bucket | 'ALL';

/**
 * The buckets to show: side by side on a wide screen; on a narrower one, where five full names
 * do not fit, a list that names each bucket in full.
 */
function BucketFilter({
  value,
  options,
  onChange,
}: {
  value: BucketChoice;
  options: { value: BucketChoice; label: string }[];
  onChange: (value: BucketChoice) => void;
}) {
  const { t } = useTranslation();
  const isWide = useAtLeast('xl');
  if (!isWide) {
    return (
      <select
        id="work-bucket-filter"
        className="work-select"
        aria-label={t('work.bucketFilter')}
        value={value}
        onChange={(event) => onChange(event.target.value as BucketChoice)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return (
    <div className="l-segmented work-buckets" role="radiogroup" aria-label={t('work.bucketFilter')}>
      {options.map((option) => (
        <label
          key={option.value}
          className={`l-segmented__item${option.value === value ? ' l-segmented__item--on' : ''}`}
        >
          <input
            type="radio"
            name="work-bucket"
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
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
  // a table from a tablet's width on, as every other list of the app
  const isTable = useAtLeast('md');
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
  // antd loads with the first dialog opened, and its scope stays from then on
  const anyOpen = Boolean(reporting ?? shownExplanations ?? cascading ?? shownReports);
  const [antdShown, setAntdShown] = useState(anyOpen);
  if (anyOpen && !antdShown) {
    setAntdShown(true);
  }
  const assignments = useAssignments({
    organizationId,
    ...(bucket === 'ALL' ? {} : { bucket }),
    page,
    size: PAGE_SIZE,
  });

  const due = (a: Assignment) => (
    <span className="l-row">
      <BucketTag bucket={a.bucket} />
      {a.dueSoon && <Tag color="gold">{t('work.dueSoon')}</Tag>}
      {a.dueDate && <Muted>{t('work.due', { date: formatDate(a.dueDate) })}</Muted>}
    </span>
  );
  const action = (a: Assignment) => (
    <span className="l-row">
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
    </span>
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

  const items = assignments.data?.items ?? [];
  const total = assignments.data?.total ?? 0;
  const pages = Math.ceil(total / PAGE_SIZE);
  const card = (a: Assignment) => (
    <Card className="work-card" data-testid="assignment-card">
      <strong>
        {a.ordinal}. {a.title}
      </strong>
      <div>{due(a)}</div>
      {a.rollup && <RollupLine rollup={a.rollup} />}
      <div className="work-card__status">
        <span>{t(`enums.AssignmentStatus.${a.status}`)}</span>
        <ProgressBar percent={a.progress} label={t('work.progress')} />
        {action(a)}
      </div>
    </Card>
  );

  return (
    <div className="l-stack work">
      <div>
        <h3 className="work__title">{t('work.title')}</h3>
        <Muted>{organizationName}</Muted>
      </div>
      <DigestPanel organizationId={organizationId} />
      <BucketFilter value={bucket} options={bucketOptions} onChange={chooseBucket} />
      {assignments.isError ? (
        <QueryError error={assignments.error} onRetry={() => void assignments.refetch()} />
      ) : isTable ? (
        <WithAntd fallback={<SkeletonLines rows={4} label={t('common.loading')} />}>
          <ResponsiveList<Assignment>
            aria-label={t('work.title')}
            items={items}
            rowKey={(a) => a.id}
            loading={assignments.isFetching}
            emptyText={t('work.empty')}
            page={page}
            pageSize={PAGE_SIZE}
            total={total}
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
                render: (_, a) => <ProgressBar percent={a.progress} label={t('work.progress')} />,
              },
              { title: '', key: 'action', render: (_, a) => action(a) },
            ]}
            renderCard={card}
          />
        </WithAntd>
      ) : (
        <div
          className="work-list"
          role="list"
          aria-label={t('work.title')}
          aria-busy={assignments.isFetching}
          data-testid="work-list"
        >
          {items.length === 0 ? (
            assignments.isPending ? (
              <SkeletonLines rows={4} label={t('common.loading')} />
            ) : (
              <Muted>{t('work.empty')}</Muted>
            )
          ) : (
            items.map((a) => (
              <div key={a.id} role="listitem">
                {card(a)}
              </div>
            ))
          )}
          {pages > 1 && <Pager page={page} pages={pages} onChange={setPage} />}
        </div>
      )}
      {antdShown && (
        // one antd scope for every dialog of the list, kept once shown: a message a dialog gives
        // as it closes (a report sent, units assigned) stays on the screen
        <WithAntd>
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
        </WithAntd>
      )}
    </div>
  );
}
