import { FileSearchOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Space,
  Tag,
  theme,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import {
  type Directive,
  type DirectiveTask,
  DUE_KINDS,
  type DueKind,
  type OrganizationRef,
  type ProposedTask,
  REPORTING_CADENCES,
  type ReportingCadence,
  type TaskWrite,
  useCreateDirectiveTasks,
  useDirectiveTasks,
  useOrganization,
  useParseText,
} from '@/features/directives/api/directives';
import { OrganizationSelect } from '@/features/directives/components/organization-select';
import { ApiError } from '@/lib/api/api-error';
import { useFormDraft } from '@/lib/drafts/use-form-draft';
import { DATE_FORMAT, formatDate } from '@/lib/dates';

/** One row of the batch form: a TaskWrite being prepared, with the fields under the same names. */
interface TaskRow {
  include: boolean;
  ordinal: number;
  title: string;
  content?: string;
  leadOrganizationId?: number;
  coordinatingOrganizationIds?: number[];
  dueKind: DueKind;
  dueDate?: Dayjs | null;
  cadence?: ReportingCadence;
}

interface BatchValues {
  tasks: TaskRow[];
}

/** The fields of TaskWrite a row shows, so that a 400 on `tasks[2].dueDate` lands on its field. */
const ROW_FIELDS = new Set<string>([
  'ordinal',
  'title',
  'content',
  'leadOrganizationId',
  'coordinatingOrganizationIds',
  'dueKind',
  'dueDate',
  'cadence',
]);
const TITLE_MAX = 200;

/** A title for a proposed task: its first sentence, cut at a word before TITLE_MAX characters. */
export function titleOf(content: string): string {
  const text = content.replace(/\s+/g, ' ').trim();
  const sentence = (/^(.+?)[.;:](\s|$)/.exec(text)?.[1] ?? text).trim();
  if (sentence.length <= TITLE_MAX) {
    return sentence;
  }
  const cut = sentence.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${space > TITLE_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The due rule a new task starts with. The parser proposes none, so the directive's own schedule
 * is the best guess: reported at its most frequent cadence, else due on its final review.
 */
function defaultDue(directive: Directive): Pick<TaskRow, 'dueKind' | 'dueDate' | 'cadence'> {
  const cadence = REPORTING_CADENCES.find((c) => directive.reportingCadences?.includes(c));
  if (cadence) {
    return { dueKind: 'CONTINUOUS', cadence };
  }
  return {
    dueKind: 'DATE',
    dueDate: directive.finalReviewDate ? dayjs(directive.finalReviewDate) : null,
  };
}

function rowOf(proposed: ProposedTask, directive: Directive, taken: Set<number>): TaskRow {
  const addressees = proposed.addresseeOrganizations.flatMap((m) =>
    m.organization ? [m.organization.id] : [],
  );
  // the lead is named only where the text says "chủ trì"; one matched addressee leads otherwise
  const lead =
    proposed.leadOrganization?.id ?? (addressees.length === 1 ? addressees[0] : undefined);
  return {
    include: !taken.has(proposed.ordinal),
    ordinal: proposed.ordinal,
    title: titleOf(proposed.content),
    content: proposed.content,
    leadOrganizationId: lead,
    coordinatingOrganizationIds: proposed.coordinatingOrganizations.flatMap((m) =>
      m.organization ? [m.organization.id] : [],
    ),
    ...defaultDue(directive),
  };
}

/** An empty row, numbered after the ordinals in use. */
function blankRow(directive: Directive, used: number[]): TaskRow {
  return {
    include: true,
    ordinal: Math.max(0, ...used) + 1,
    title: '',
    coordinatingOrganizationIds: [],
    ...defaultDue(directive),
  };
}

function bodyOf(row: TaskRow): TaskWrite {
  const content = row.content?.trim();
  return {
    ordinal: row.ordinal,
    title: row.title.trim(),
    ...(content ? { content } : {}),
    leadOrganizationId: row.leadOrganizationId as number,
    coordinatingOrganizationIds: row.coordinatingOrganizationIds ?? [],
    dueKind: row.dueKind,
    ...(row.dueKind === 'DATE' && row.dueDate ? { dueDate: row.dueDate.format('YYYY-MM-DD') } : {}),
    ...(row.dueKind !== 'DATE' && row.cadence ? { cadence: row.cadence } : {}),
  };
}

/** How a task is due, in a few words: "hạn 30/06/2026", "thường xuyên, báo cáo hằng năm". */
function useDueText() {
  const { t } = useTranslation();
  return (task: DirectiveTask) => {
    const cadence = task.cadence ? t(`enums.ReportingCadence.${task.cadence}`).toLowerCase() : '';
    switch (task.dueKind) {
      case 'DATE':
        return t('directives.tasks.dueDate', { date: formatDate(task.dueDate) });
      case 'RECURRING':
        return t('directives.tasks.recurring', { cadence });
      case 'CONTINUOUS':
        return t('directives.tasks.continuous', { cadence });
    }
  };
}

/** A required rule that applies only while the row is ticked. */
function whenIncluded(form: FormInstance<BatchValues>, row: number, message: string) {
  return {
    validator: (_: unknown, value: unknown) =>
      !form.getFieldValue(['tasks', row, 'include']) ||
      (value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== ''))
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  };
}

function TaskRowFields({
  form,
  name,
  known,
  taken,
  scope,
  onRemove,
}: {
  form: FormInstance<BatchValues>;
  name: number;
  known: OrganizationRef[];
  taken: Set<number>;
  /** The issuer's unit: a task's organizations are offered from it and below; null while read. */
  scope: { unitId?: number } | null;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const include = Form.useWatch(['tasks', name, 'include'], form) as boolean | undefined;
  const ordinal = Form.useWatch(['tasks', name, 'ordinal'], form) as number | undefined;
  const dueKind = Form.useWatch(['tasks', name, 'dueKind'], form) as DueKind | undefined;
  const off = !include;
  return (
    <Card
      size="small"
      role="listitem"
      aria-label={t('directives.tasks.include', { ordinal: ordinal ?? '' })}
      data-testid="task-row"
      title={
        <Form.Item name={[name, 'include']} valuePropName="checked" noStyle>
          <Checkbox>{t('directives.tasks.include', { ordinal: ordinal ?? '' })}</Checkbox>
        </Form.Item>
      }
      extra={
        <Button
          type="text"
          size="small"
          icon={<MinusCircleOutlined />}
          aria-label={t('directives.tasks.removeRow', { ordinal: ordinal ?? '' })}
          onClick={onRemove}
        />
      }
    >
      {ordinal !== undefined && taken.has(ordinal) && (
        <Tag color="orange" style={{ marginBottom: 8 }}>
          {t('directives.tasks.exists')}
        </Tag>
      )}
      <Row gutter={8}>
        <Col xs={8} md={4}>
          <Form.Item
            name={[name, 'ordinal']}
            label={t('directives.tasks.fields.ordinal')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={999} disabled={off} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={20}>
          <Form.Item
            name={[name, 'title']}
            label={t('directives.tasks.fields.title')}
            rules={[whenIncluded(form, name, t('directives.tasks.required.title'))]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} disabled={off} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={[name, 'content']} label={t('directives.tasks.fields.content')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} disabled={off} />
      </Form.Item>
      <Form.Item
        name={[name, 'leadOrganizationId']}
        label={t('directives.tasks.fields.lead')}
        rules={[whenIncluded(form, name, t('directives.tasks.required.lead'))]}
      >
        <OrganizationSelect
          known={known}
          disabled={off || scope === null}
          unitId={scope?.unitId}
          aria-label={t('directives.tasks.fields.lead')}
        />
      </Form.Item>
      <Form.Item
        name={[name, 'coordinatingOrganizationIds']}
        label={t('directives.tasks.fields.coordinating')}
      >
        <OrganizationSelect
          multiple
          known={known}
          disabled={off || scope === null}
          unitId={scope?.unitId}
          aria-label={t('directives.tasks.fields.coordinating')}
        />
      </Form.Item>
      <Row gutter={8}>
        <Col xs={24} md={12}>
          <Form.Item name={[name, 'dueKind']} label={t('directives.tasks.fields.dueKind')}>
            <Select
              disabled={off}
              options={DUE_KINDS.map((k) => ({ value: k, label: t(`enums.DueKind.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {dueKind === 'DATE' ? (
            <Form.Item
              name={[name, 'dueDate']}
              label={t('directives.tasks.fields.dueDate')}
              rules={[whenIncluded(form, name, t('directives.tasks.required.dueDate'))]}
            >
              <DatePicker format={DATE_FORMAT} disabled={off} style={{ width: '100%' }} />
            </Form.Item>
          ) : (
            <Form.Item
              name={[name, 'cadence']}
              label={t('directives.tasks.fields.cadence')}
              rules={[whenIncluded(form, name, t('directives.tasks.required.cadence'))]}
            >
              <Select
                disabled={off}
                options={REPORTING_CADENCES.map((c) => ({
                  value: c,
                  label: t(`enums.ReportingCadence.${c}`),
                }))}
              />
            </Form.Item>
          )}
        </Col>
      </Row>
    </Card>
  );
}

/**
 * The proposed tasks of a directive as a form: each row a task to create, with its lead and due
 * rule (defaults from the proposal and the directive's schedule), all created in one request.
 */
function TaskBatchForm({
  directive,
  proposed,
  taken,
  onDone,
}: {
  directive: Directive;
  proposed: ProposedTask[];
  taken: Set<number>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BatchValues>();
  const draft = useFormDraft(form, `directive-tasks:${directive.id}`);
  const create = useCreateDirectiveTasks(directive.id);
  // the issuer's unit bounds whom its tasks can name (unbounded if it cannot be read)
  const issuer = useOrganization(directive.issuer.id);
  const scope = issuer.isPending ? null : { unitId: issuer.data?.unitId };
  const [error, setError] = useState<string | null>(null);
  const rows = Form.useWatch('tasks', form);
  const chosen = (rows ?? []).filter((r) => r?.include).length;
  const known = useMemo<OrganizationRef[]>(
    () => [
      directive.issuer,
      ...directive.recipients,
      ...(directive.monitoringOrganization ? [directive.monitoringOrganization] : []),
      ...proposed.flatMap((p) => [
        ...(p.leadOrganization ? [p.leadOrganization] : []),
        ...[...p.addresseeOrganizations, ...p.coordinatingOrganizations].flatMap((m) =>
          m.organization ? [m.organization] : [],
        ),
      ]),
    ],
    [directive, proposed],
  );
  // opened to add tasks by hand, the form starts with one empty row
  const [initial] = useState<BatchValues>(() => ({
    tasks:
      proposed.length > 0
        ? proposed.map((p) => rowOf(p, directive, taken))
        : [blankRow(directive, [...taken])],
  }));

  const failed = (e: unknown, sent: number[]) => {
    if (!(e instanceof ApiError)) {
      setError(String(e));
      return;
    }
    const problem = e.problem;
    const fieldErrors = problem?.errors ?? [];
    const all: TaskRow[] = form.getFieldValue('tasks') as TaskRow[];
    const onRows: { name: ['tasks', number, keyof TaskRow]; errors: string[] }[] = [];
    const elsewhere: string[] = [];
    for (const f of fieldErrors) {
      // "tasks[1].coordinatingOrganizationIds[0]" is the second task sent, on its coordinating field
      const match = /^tasks\[(\d+)\]\.(\w+)/.exec(f.field);
      const row = match ? sent[Number(match[1])] : undefined;
      if (match && row !== undefined && ROW_FIELDS.has(match[2] ?? '')) {
        onRows.push({ name: ['tasks', row, match[2] as keyof TaskRow], errors: [f.message] });
      } else if (row !== undefined) {
        elsewhere.push(
          t('directives.tasks.rowError', { ordinal: all[row]?.ordinal, message: f.message }),
        );
      } else {
        elsewhere.push(`${f.field}: ${f.message}`);
      }
    }
    form.setFields(onRows);
    if (onRows[0]) {
      form.scrollToField(onRows[0].name);
    }
    setError(
      elsewhere.length > 0
        ? elsewhere.join('; ')
        : onRows.length > 0
          ? t('directives.tasks.checkRows')
          : (problem?.detail ?? problem?.title ?? e.message),
    );
  };

  const submit = (values: BatchValues) => {
    setError(null);
    // the rows sent, by their place in the form, to put the server's errors back on them
    const sent = (values.tasks ?? []).flatMap((row, index) => (row.include ? [index] : []));
    if (sent.length === 0) {
      setError(t('directives.tasks.nothingChosen'));
      return;
    }
    create
      .mutateAsync(sent.map((index) => bodyOf(values.tasks[index] as TaskRow)))
      .then((created) => {
        void message.success(t('directives.tasks.created', { count: created.length }));
        draft.clear();
        onDone();
      })
      .catch((e: unknown) => failed(e, sent));
  };

  return (
    <section aria-label={t('directives.tasks.batchTitle')}>
      <Typography.Text strong>{t('directives.tasks.batchTitle')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('directives.tasks.batchHint')}
      </Typography.Paragraph>
      <Form<BatchValues>
        form={form}
        name={`directive-${directive.id}-tasks`}
        layout="vertical"
        initialValues={initial}
        onValuesChange={draft.save}
        onFinish={submit}
      >
        {draft.note}
        <Form.List name="tasks">
          {(fields, { add, remove }) => (
            <Flex vertical gap="small" role="list">
              {fields.map((field) => (
                <TaskRowFields
                  key={field.key}
                  form={form}
                  name={field.name}
                  known={known}
                  taken={taken}
                  scope={scope}
                  onRemove={() => remove(field.name)}
                />
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add(
                    blankRow(directive, [
                      ...taken,
                      ...((form.getFieldValue('tasks') as TaskRow[] | undefined) ?? []).map(
                        (r) => r.ordinal,
                      ),
                    ]),
                  )
                }
              >
                {t('directives.tasks.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
        {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} />}
        <Space wrap style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('directives.tasks.create', { count: chosen })}
          </Button>
          <Button onClick={onDone}>{t('directives.tasks.later')}</Button>
        </Space>
      </Form>
    </section>
  );
}

/**
 * A directive's tasks, each linking to its page; an editor creates them in one step from the
 * tasks proposed by the document's text (handed over right after an import, or read again from the
 * full text), or adds them by hand.
 */
export function DirectiveTasks({
  directive,
  canEdit,
  taskPath,
  proposed,
  onProposedHandled,
}: {
  directive: Directive;
  canEdit: boolean;
  taskPath: (id: number) => string;
  /** Tasks proposed by the draft the directive was just saved from. */
  proposed?: ProposedTask[];
  onProposedHandled?: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const tasks = useDirectiveTasks(directive.id);
  const parse = useParseText();
  const [opened, setBatch] = useState<ProposedTask[] | null>(null);
  // the tasks handed over by the form are offered until created or put off
  const [handedOver, setHandedOver] = useState(true);
  const batch = opened ?? (handedOver && proposed && proposed.length > 0 ? proposed : null);
  const dueText = useDueText();
  const taken = useMemo(
    () => new Set((tasks.data ?? []).map((task) => task.ordinal)),
    [tasks.data],
  );
  const fullText = directive.fullText;

  const closeBatch = () => {
    setBatch(null);
    setHandedOver(false);
    onProposedHandled?.();
  };
  const readFullText = () => {
    if (!fullText) {
      return;
    }
    parse
      .mutateAsync(fullText)
      .then((draft) => {
        if (draft.proposedTasks.length === 0) {
          void message.info(t('directives.tasks.noneInText'));
        } else {
          setBatch(draft.proposedTasks);
        }
      })
      .catch((e: unknown) => {
        const problem = e instanceof ApiError ? e.problem : undefined;
        void message.error(problem?.detail ?? problem?.title ?? String(e));
      });
  };

  return (
    <Card
      size="small"
      title={t('directives.tasks.title', { count: tasks.data?.length ?? 0 })}
      data-testid="directive-tasks"
    >
      <Flex vertical gap="middle">
        {tasks.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : tasks.isError ? (
          <QueryError compact error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : tasks.data.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('directives.tasks.none')}
          </Typography.Paragraph>
        ) : (
          <Flex
            vertical
            role="list"
            aria-label={t('directives.tasks.title', { count: tasks.data.length })}
          >
            {tasks.data.map((task) => (
              <Flex
                key={task.id}
                vertical
                role="listitem"
                gap={2}
                style={{
                  paddingBlock: token.paddingXS,
                  borderBottom: `1px solid ${token.colorSplit}`,
                }}
              >
                <Link to={taskPath(task.id)} style={{ overflowWrap: 'anywhere' }}>
                  {task.ordinal}. {task.title}
                </Link>
                <Typography.Text type="secondary">
                  {t('directives.tasks.lead', { name: task.leadOrganization.name })} ·{' '}
                  {dueText(task)}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        )}
        {canEdit &&
          tasks.data &&
          (batch ? (
            <TaskBatchForm
              directive={directive}
              proposed={batch}
              taken={taken}
              onDone={closeBatch}
            />
          ) : (
            <Space wrap>
              {fullText && (
                <Button
                  icon={<FileSearchOutlined />}
                  loading={parse.isPending}
                  onClick={readFullText}
                >
                  {t('directives.tasks.fromText')}
                </Button>
              )}
              <Button icon={<PlusOutlined />} onClick={() => setBatch([])}>
                {t('directives.tasks.add')}
              </Button>
            </Space>
          ))}
      </Flex>
    </Card>
  );
}
