import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Grid,
  InputNumber,
  Modal,
  Progress,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  ASSIGNMENT_STATUSES,
  type Assignment,
  type AssignmentStatus,
  BUCKETS,
  type Bucket,
  useAssignment,
  useAssignments,
  useBucketCounts,
  useUpdateAssignment,
} from '@/features/assignments/api/assignments';
import { BucketTag } from '@/features/assignments/components/bucket-tag';
import { DigestPanel } from '@/features/assignments/components/digest-panel';
import { ExplanationsDrawer } from '@/features/assignments/components/explanations-drawer';
import { ReportDrawer } from '@/features/assignments/components/report-drawer';
import {
  type CascadeUnit,
  type OrganizationPicker,
  RollupLine,
  SubAssignmentsDrawer,
} from '@/features/assignments/components/sub-assignments-drawer';
import { ApiError } from '@/lib/api/api-error';
import { DATE_FORMAT, formatDate } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts/use-form-draft';

const PAGE_SIZE = 20;

interface ReportValues {
  status: AssignmentStatus;
  progress: number;
  completedOn?: Dayjs | null;
}

function ReportDialog({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReportValues>();
  const draft = useFormDraft(form, `assignment-status:${assignment.id}`);
  const status = Form.useWatch('status', form);
  const update = useUpdateAssignment();
  const [error, setError] = useState<string | null>(null);

  const submit = (values: ReportValues) => {
    setError(null);
    update
      .mutateAsync({
        id: assignment.id,
        body: {
          status: values.status,
          // DONE is 100 % and NOT_STARTED 0 % whatever was typed: the server keeps them so
          progress:
            values.status === 'DONE'
              ? 100
              : values.status === 'NOT_STARTED'
                ? 0
                : (values.progress ?? assignment.progress),
          ...(values.status === 'DONE' && values.completedOn
            ? { completedOn: values.completedOn.format('YYYY-MM-DD') }
            : {}),
          version: assignment.version,
        },
      })
      .then(() => {
        draft.clear();
        onClose();
      })
      .catch((e: unknown) => {
        const problem = e instanceof ApiError ? e.problem : undefined;
        const fields = problem?.errors ?? [];
        form.setFields(
          fields
            .filter((f) => ['status', 'progress', 'completedOn'].includes(f.field))
            .map((f) => ({ name: f.field as keyof ReportValues, errors: [f.message] })),
        );
        setError(problem?.detail ?? problem?.title ?? String(e));
      });
  };

  return (
    <Modal
      open
      title={`${assignment.ordinal}. ${assignment.title}`}
      okText={t('work.save')}
      cancelText={t('work.cancel')}
      confirmLoading={update.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<ReportValues>
        form={form}
        layout="vertical"
        initialValues={{
          status: assignment.status,
          progress: assignment.progress,
          completedOn: assignment.completedOn ? dayjs(assignment.completedOn) : dayjs(),
        }}
        onValuesChange={draft.save}
        onFinish={submit}
      >
        {draft.note}
        <Form.Item name="status" label={t('work.status')} rules={[{ required: true }]}>
          <Select
            options={ASSIGNMENT_STATUSES.map((s) => ({
              value: s,
              label: t(`enums.AssignmentStatus.${s}`),
            }))}
          />
        </Form.Item>
        {status === 'IN_PROGRESS' && (
          <Form.Item name="progress" label={t('work.progress')}>
            <InputNumber min={0} max={100} addonAfter="%" style={{ width: '100%' }} />
          </Form.Item>
        )}
        {status === 'DONE' && (
          <Form.Item name="completedOn" label={t('work.completedOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

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
        <Select<Bucket | 'ALL'>
          id="work-bucket-filter"
          aria-label={t('work.bucketFilter')}
          value={bucket}
          onChange={chooseBucket}
          options={bucketOptions}
          style={{ width: '100%' }}
        />
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
      {reporting && <ReportDialog assignment={reporting} onClose={() => setReporting(null)} />}
      {shownExplanations && (
        <ExplanationsDrawer
          assignment={shownExplanations}
          canAsk={false}
          canAnswer={canReport}
          onClose={() => {
            setExplaining(null);
            unlink();
          }}
        />
      )}
      {cascading && (
        <SubAssignmentsDrawer
          assignment={cascading}
          canAssign={canReport}
          unit={unit}
          renderOrganizationPicker={renderOrganizationPicker}
          onClose={() => setCascading(null)}
        />
      )}
      {shownReports && (
        <ReportDrawer
          assignment={shownReports}
          canReport={canReport}
          onClose={() => {
            setReportsOf(null);
            unlink();
          }}
        />
      )}
    </Flex>
  );
}
