import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Form,
  Grid,
  Progress,
  Segmented,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import {
  type Assignment,
  type AssignmentPreview,
  type AssignmentTargets,
  PREVIEW_NAMES,
  previewSubAssignment,
  useAssignSubAssignments,
  useSubAssignments,
} from '@/features/assignments/api/assignments';
import { BucketTag } from '@/features/assignments/components/bucket-tag';
import { RollupLine } from '@/features/assignments/components/rollup-line';
import { ApiError } from '@/lib/api/api-error';
import type { Schema } from '@/lib/api/schema-types';
import { useFormDraft } from '@/lib/drafts/use-form-draft';

type OrganizationKind = Schema<'OrganizationKind'>;
type UnitLevel = Schema<'UnitLevel'>;

/**
 * Renders a picker of several organizations of `unitId` and the units below it. Given by the route
 * (the picker belongs to another feature); the form passes it `value` and `onChange`.
 */
export type OrganizationPicker = (props: {
  unitId: number;
  /** Only the organizations this task can be assigned to. */
  forTaskId?: number;
  'aria-label': string;
}) => ReactElement;

/** The caller's unit: sub-assignments go to organizations in it or below it. */
export interface CascadeUnit {
  id: number;
  name: string;
}

/** The kinds of organization a commune-level cascade usually names. */
const KINDS: OrganizationKind[] = [
  'PARTY_COMMITTEE',
  'PEOPLES_COMMITTEE',
  'FATHERLAND_FRONT',
  'FARMERS_ASSOCIATION',
  'WOMENS_UNION',
  'VETERANS_ASSOCIATION',
  'YOUTH_UNION',
  'LABOUR_FEDERATION',
  'MASS_ASSOCIATION',
  'STATE_AGENCY',
];
const LEVELS: UnitLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
const TARGET_FIELDS = new Set(['organizationIds', 'kind', 'level']);

type Mode = 'organizations' | 'kind';

interface TargetValues {
  organizationIds?: number[];
  kind?: OrganizationKind;
  level?: UnitLevel;
}

function SubAssignmentCard({ sub }: { sub: Assignment }) {
  const { t } = useTranslation();
  return (
    <Card size="small" role="listitem" aria-label={sub.organization.name}>
      <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
        {sub.organization.name}
      </Typography.Text>
      <div>
        <Space size={4} wrap>
          <BucketTag bucket={sub.bucket} />
          <Typography.Text>{t(`enums.AssignmentStatus.${sub.status}`)}</Typography.Text>
          {sub.explanationRequested && <Tag color="purple">{t('explanations.requested')}</Tag>}
        </Space>
      </div>
      <Progress percent={sub.progress} size="small" />
      {sub.rollup && <RollupLine rollup={sub.rollup} />}
    </Card>
  );
}

/** What gives work to the targets: a task's assignment, or an assignment's cascade. */
export interface AssignTargets {
  mutateAsync: (body: AssignmentTargets) => Promise<Assignment[]>;
  isPending: boolean;
}

/** What an assignment would do, in words: "Giao cho 102 tổ chức: A, B, … và 97 tổ chức khác". */
function PreviewText({ preview }: { preview: AssignmentPreview }) {
  const { t } = useTranslation();
  const named = preview.organizations.slice(0, PREVIEW_NAMES);
  const others = preview.count - named.length;
  return (
    <Flex vertical gap={4} data-testid="assign-preview">
      <Typography.Text>
        {t('confirm.assignTo', {
          count: preview.count,
          names: named.map((o) => o.name).join('; '),
        })}
        {others > 0 && ` ${t('confirm.assignOthers', { count: others })}`}
      </Typography.Text>
      {preview.alreadyAssigned > 0 && (
        <Typography.Text type="secondary">
          {t('confirm.alreadyAssigned', { count: preview.alreadyAssigned })}
        </Typography.Text>
      )}
      <Typography.Text type="secondary">{t('confirm.noUndo')}</Typography.Text>
    </Flex>
  );
}

/**
 * Gives work to organizations: picked by name, or described by kind and level, in `unit` and
 * below ("every commune Party committee of the province"). Nothing is written before a
 * confirmation says how many organizations (and which) the work would go to.
 */
export function TargetsForm({
  assign,
  preview,
  unit,
  forTaskId,
  title,
  renderOrganizationPicker,
  draftKey,
}: {
  assign: AssignTargets;
  /** What `assign` would do with these targets, without writing. */
  preview: (body: AssignmentTargets) => Promise<AssignmentPreview>;
  unit: CascadeUnit;
  /** The task being assigned, when it is one: the picker then offers only what it can go to. */
  forTaskId?: number;
  title: string;
  renderOrganizationPicker: OrganizationPicker;
  /** Where the picked targets are kept as a draft until they are given the work. */
  draftKey?: string;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<TargetValues>();
  const draft = useFormDraft(form, draftKey);
  const [mode, setMode] = useState<Mode>('organizations');
  const [error, setError] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);

  const send = (body: AssignmentTargets) =>
    assign
      .mutateAsync(body)
      .then((created) => {
        void message.success(t('subAssignments.assigned', { count: created.length }));
        form.resetFields();
        draft.clear();
      })
      .catch(failed);

  const failed = (e: unknown) => {
    const problem = e instanceof ApiError ? e.problem : undefined;
    // "organizationIds[2]" is the organizations field's error
    const fieldOf = (field: string) => field.replace(/\[\d+\]$/, '');
    const onFields = (problem?.errors ?? []).filter((f) => TARGET_FIELDS.has(fieldOf(f.field)));
    form.setFields(
      onFields.map((f) => ({
        name: fieldOf(f.field) as keyof TargetValues,
        errors: [f.message],
      })),
    );
    const elsewhere = (problem?.errors ?? []).filter((f) => !onFields.includes(f));
    setError(
      elsewhere.length > 0
        ? elsewhere.map((f) => f.message).join('; ')
        : onFields.length > 0
          ? null
          : (problem?.detail ?? problem?.title ?? String(e)),
    );
  };

  const submit = (values: TargetValues) => {
    setError(null);
    const body: AssignmentTargets =
      mode === 'organizations'
        ? { organizationIds: values.organizationIds ?? [] }
        : { kind: values.kind, level: values.level, underUnitId: unit.id };
    setPreviewing(true);
    preview(body)
      .then((what) => {
        if (what.count === 0) {
          setError(t('confirm.nothingNew'));
          return;
        }
        void modal.confirm({
          title: t('confirm.assignTitle', { count: what.count }),
          content: <PreviewText preview={what} />,
          okText: t('confirm.assign', { count: what.count }),
          cancelText: t('common.cancel'),
          onOk: () => send(body),
        });
      })
      .catch(failed)
      .finally(() => setPreviewing(false));
  };

  return (
    <section aria-label={title}>
      <Typography.Text strong>{title}</Typography.Text>
      <Form<TargetValues>
        form={form}
        layout="vertical"
        initialValues={{ level: 'COMMUNE' }}
        onValuesChange={draft.save}
        onFinish={submit}
        style={{ marginTop: 8 }}
      >
        {draft.note}
        <Segmented<Mode>
          block
          value={mode}
          onChange={(value) => {
            setMode(value);
            setError(null);
          }}
          options={[
            { value: 'organizations', label: t('subAssignments.byOrganization') },
            { value: 'kind', label: t('subAssignments.byKind') },
          ]}
          style={{ marginBottom: 12 }}
        />
        {mode === 'organizations' ? (
          <Form.Item
            name="organizationIds"
            label={t('subAssignments.organizations')}
            extra={t('subAssignments.under', { unit: unit.name })}
            rules={[{ required: true, message: t('subAssignments.organizationsRequired') }]}
          >
            {renderOrganizationPicker({
              unitId: unit.id,
              ...(forTaskId !== undefined ? { forTaskId } : {}),
              'aria-label': t('subAssignments.organizations'),
            })}
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="kind"
              label={t('subAssignments.kind')}
              rules={[{ required: true, message: t('subAssignments.kindRequired') }]}
            >
              <Select
                aria-label={t('subAssignments.kind')}
                options={KINDS.map((k) => ({ value: k, label: t(`enums.OrganizationKind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="level"
              label={t('subAssignments.level')}
              extra={t('subAssignments.under', { unit: unit.name })}
            >
              <Select
                aria-label={t('subAssignments.level')}
                options={LEVELS.map((l) => ({ value: l, label: t(`enums.UnitLevel.${l}`) }))}
              />
            </Form.Item>
          </>
        )}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={previewing || assign.isPending}>
          {t('subAssignments.submit')}
        </Button>
      </Form>
    </section>
  );
}

/**
 * An assignment broken down to lower units: how far they have got (the roll-up), each
 * sub-assignment's state, and, for the assigned organization, the form that gives it to more.
 */
export function SubAssignmentsDrawer({
  assignment,
  canAssign,
  unit,
  renderOrganizationPicker,
  onClose,
}: {
  assignment: Assignment;
  canAssign: boolean;
  unit?: CascadeUnit;
  renderOrganizationPicker: OrganizationPicker;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const subs = useSubAssignments(assignment.id);
  const assign = useAssignSubAssignments(assignment.id);
  const open = assignment.status !== 'DONE' && assignment.status !== 'CANCELLED';
  return (
    <Drawer
      open
      title={t('subAssignments.title', { ordinal: assignment.ordinal, title: assignment.title })}
      size={screens.md ? 560 : '100%'}
      onClose={onClose}
    >
      <Flex vertical gap="middle">
        {assignment.rollup && (
          <Card size="small">
            <Progress percent={assignment.rollup.progress} />
            <RollupLine rollup={assignment.rollup} />
          </Card>
        )}
        {subs.isError ? (
          <QueryError compact error={subs.error} onRetry={() => void subs.refetch()} />
        ) : subs.isPending ? (
          <Skeleton active />
        ) : (
          <section aria-label={t('subAssignments.list', { count: subs.data.length })}>
            <Typography.Text strong>
              {t('subAssignments.list', { count: subs.data.length })}
            </Typography.Text>
            {subs.data.length === 0 ? (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t('subAssignments.none')}
              </Typography.Paragraph>
            ) : (
              <Flex vertical gap="small" role="list" style={{ marginTop: 8 }}>
                {subs.data.map((sub) => (
                  <SubAssignmentCard key={sub.id} sub={sub} />
                ))}
              </Flex>
            )}
          </section>
        )}
        {canAssign &&
          unit &&
          (open ? (
            <TargetsForm
              assign={assign}
              preview={(body) =>
                previewSubAssignment(body, new Set((subs.data ?? []).map((s) => s.organization.id)))
              }
              unit={unit}
              title={t('subAssignments.assign')}
              renderOrganizationPicker={renderOrganizationPicker}
              draftKey={`sub-assignments:${assignment.id}`}
            />
          ) : (
            <Typography.Text type="secondary">{t('subAssignments.closed')}</Typography.Text>
          ))}
      </Flex>
    </Drawer>
  );
}
