import { Button, Card, Descriptions, Flex, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonName } from '@/components/person-name';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  type Assignment,
  BUCKETS,
  type Task,
  previewTaskAssignment,
  useTask,
  useAssignTask,
  useTaskAssignments,
} from '@/features/assignments/api/assignments';
import { BUCKET_COLORS, BucketTag } from '@/features/assignments/components/bucket-tag';
import { ExplanationsDrawer } from '@/features/assignments/components/explanations-drawer';
import { RollupLine } from '@/features/assignments/components/rollup-line';
import {
  type CascadeUnit,
  type OrganizationPicker,
  SubAssignmentsDrawer,
  TargetsForm,
} from '@/features/assignments/components/sub-assignments-drawer';
import { formatDate, formatDateTime } from '@/lib/dates';

/** Who is looking at the task page. */
export interface TaskViewer {
  organizationId?: number;
  unit?: CascadeUnit;
  roles: string[];
}

const PAGE_SIZE = 20;

// the default namespace's t: the type of useTranslation's generic t is too deep for the compiler
function dueRule(task: Task, t: TFunction<'translation'>): string {
  const cadence = task.cadence ? t(`enums.ReportingCadence.${task.cadence}`) : '';
  if (task.dueKind === 'DATE') {
    return t('task.dueDate', { date: formatDate(task.dueDate) });
  }
  return task.dueKind === 'RECURRING'
    ? t('task.recurring', { cadence })
    : t('task.continuous', { cadence });
}

/** The four buckets of the task's assignments, as one stacked bar with its counts. */
function BucketBar({ assignments }: { assignments: Assignment[] }) {
  const { t } = useTranslation();
  const total = Math.max(1, assignments.length);
  const counts = BUCKETS.map((b) => ({
    bucket: b,
    count: assignments.filter((a) => a.bucket === b && a.status !== 'CANCELLED').length,
  }));
  return (
    <Flex vertical gap={6}>
      <svg
        role="img"
        aria-label={counts.map((c) => `${t(`enums.Bucket.${c.bucket}`)}: ${c.count}`).join(', ')}
        viewBox="0 0 100 6"
        preserveAspectRatio="none"
        style={{ width: '100%', height: 14 }}
      >
        {
          counts.reduce<{ x: number; rects: React.ReactNode[] }>(
            (acc, c) => {
              const w = (c.count / total) * 100;
              acc.rects.push(
                <rect
                  key={c.bucket}
                  x={acc.x}
                  y={0}
                  width={w}
                  height={6}
                  fill={BUCKET_COLORS[c.bucket]}
                />,
              );
              return { x: acc.x + w, rects: acc.rects };
            },
            { x: 0, rects: [] },
          ).rects
        }
      </svg>
      <Space size={4} wrap>
        {counts.map((c) => (
          <Tag key={c.bucket} color={BUCKET_COLORS[c.bucket]}>
            {t(`enums.Bucket.${c.bucket}`)}: {c.count}
          </Tag>
        ))}
      </Space>
    </Flex>
  );
}

/** A task's page: the task, the four buckets of its assignments, and every assignment's status. */
export function TaskPage({
  taskId,
  viewer,
  renderOrganizationPicker,
  renderDirectiveLink,
}: {
  taskId: number;
  viewer: TaskViewer;
  renderOrganizationPicker: OrganizationPicker;
  /** A link back to the task's directive (number and subject), from the directives feature. */
  renderDirectiveLink?: (directiveId: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const task = useTask(taskId);
  const assignments = useTaskAssignments(taskId);
  const [page, setPage] = useState(0);
  const [explaining, setExplaining] = useState<Assignment | null>(null);
  const [cascading, setCascading] = useState<Assignment | null>(null);
  const assignTask = useAssignTask(taskId);
  const edits = viewer.roles.some((r) => r === 'editor' || r === 'admin');
  const follows = viewer.roles.some((r) => r === 'leader' || r === 'editor' || r === 'admin');
  const reports = viewer.roles.some((r) => r === 'reporter' || r === 'editor' || r === 'admin');

  if (task.isError) {
    return <QueryError error={task.error} onRetry={() => void task.refetch()} />;
  }
  if (task.isPending) {
    return <Skeleton active />;
  }
  const all = assignments.data ?? [];
  const own = (a: Assignment) => a.organization.id === viewer.organizationId;
  const actions = (a: Assignment) => (
    <Space size={4} wrap>
      {follows && a.bucket === 'OPEN_OVERDUE' && !a.explanationRequested ? (
        <Button size="small" danger onClick={() => setExplaining(a)}>
          {t('explanations.ask')}
        </Button>
      ) : (
        (a.explanationRequested || own(a)) && (
          <Button size="small" onClick={() => setExplaining(a)}>
            {t('explanations.open')}
          </Button>
        )
      )}
      {(a.rollup ||
        (own(a) &&
          reports &&
          viewer.unit !== undefined &&
          a.status !== 'DONE' &&
          a.status !== 'CANCELLED')) && (
        <Button size="small" onClick={() => setCascading(a)}>
          {t('subAssignments.open')}
        </Button>
      )}
    </Space>
  );
  const state = (a: Assignment) => (
    <Flex vertical gap={2}>
      <Space size={4} wrap>
        <BucketTag bucket={a.bucket} />
        {a.explanationRequested && <Tag color="purple">{t('explanations.requested')}</Tag>}
        {a.parentId && <Tag>{t('task.sub')}</Tag>}
      </Space>
      <Progress percent={a.progress} size="small" />
      {a.rollup && <RollupLine rollup={a.rollup} />}
    </Flex>
  );
  const shown = all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const more = (expanded: boolean) => (expanded ? t('task.less') : t('task.more'));
  return (
    <Flex vertical gap="middle">
      <Card size="small">
        {renderDirectiveLink && (
          <Typography.Text type="secondary" data-testid="task-directive">
            {renderDirectiveLink(task.data.directiveId)}
          </Typography.Text>
        )}
        {/* a long title or text is clamped: the assignments stay on a phone's first screen */}
        <Typography.Title
          level={4}
          style={{ marginTop: 4 }}
          ellipsis={{ rows: 3, expandable: 'collapsible', symbol: more }}
        >
          {`${task.data.ordinal}. ${task.data.title}`}
        </Typography.Title>
        {task.data.content && (
          <Typography.Paragraph
            style={{ whiteSpace: 'pre-wrap' }}
            ellipsis={{ rows: 3, expandable: 'collapsible', symbol: more }}
          >
            {task.data.content}
          </Typography.Paragraph>
        )}
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'lead', label: t('task.lead'), children: task.data.leadOrganization.name },
            ...(task.data.coordinatingOrganizations.length > 0
              ? [
                  {
                    key: 'coordinating',
                    label: t('task.coordinating'),
                    children: task.data.coordinatingOrganizations.map((o) => o.name).join('; '),
                  },
                ]
              : []),
            { key: 'due', label: t('task.dueRule'), children: dueRule(task.data, t) },
            {
              key: 'createdBy',
              label: t('people.createdBy'),
              children: (
                <>
                  <PersonName person={task.data.createdByPerson} fallback={task.data.createdBy} /> ·{' '}
                  {formatDateTime(task.data.createdAt)}
                </>
              ),
            },
          ]}
        />
      </Card>
      {edits && viewer.unit && (
        <Card size="small" data-testid="assign-task">
          <TargetsForm
            assign={assignTask}
            preview={(body) => previewTaskAssignment(taskId, body)}
            unit={viewer.unit}
            forTaskId={taskId}
            title={t('task.assign')}
            renderOrganizationPicker={renderOrganizationPicker}
            draftKey={`task-assign:${taskId}`}
          />
        </Card>
      )}
      <Card size="small" title={t('task.assignments', { count: all.length })}>
        <Flex vertical gap="middle">
          {all.length > 0 && <BucketBar assignments={all} />}
          {assignments.isError ? (
            <QueryError error={assignments.error} onRetry={() => void assignments.refetch()} />
          ) : (
            <ResponsiveList<Assignment>
              aria-label={t('task.assignments', { count: all.length })}
              items={shown}
              rowKey={(a) => a.id}
              loading={assignments.isFetching}
              emptyText={t('work.empty')}
              page={page}
              pageSize={PAGE_SIZE}
              total={all.length}
              onPageChange={setPage}
              columns={[
                {
                  title: t('task.organization'),
                  key: 'org',
                  render: (_, a) => a.organization.name,
                },
                {
                  title: t('work.status'),
                  key: 'status',
                  render: (_, a) => t(`enums.AssignmentStatus.${a.status}`),
                },
                { title: t('work.progress'), key: 'state', render: (_, a) => state(a) },
                { title: '', key: 'actions', render: (_, a) => actions(a) },
              ]}
              renderCard={(a) => (
                <Card size="small" data-testid="task-assignment">
                  <Typography.Text strong>{a.organization.name}</Typography.Text>
                  <div>{t(`enums.AssignmentStatus.${a.status}`)}</div>
                  {state(a)}
                  {actions(a)}
                </Card>
              )}
            />
          )}
        </Flex>
      </Card>
      {explaining && (
        <ExplanationsDrawer
          assignment={explaining}
          canAsk={follows}
          canAnswer={own(explaining) && reports}
          onClose={() => setExplaining(null)}
        />
      )}
      {cascading && (
        <SubAssignmentsDrawer
          assignment={cascading}
          canAssign={own(cascading) && reports}
          unit={viewer.unit}
          renderOrganizationPicker={renderOrganizationPicker}
          onClose={() => setCascading(null)}
        />
      )}
    </Flex>
  );
}
