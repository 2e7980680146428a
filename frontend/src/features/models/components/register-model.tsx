import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import { MODEL_REGISTRATION } from '@/features/models/api/model-outbox-kinds';
import { duplicateOf, type ModelRegistrationPayload } from '@/features/models/api/model-outbox';
import { type ModelRegistration, useModels, useMovements } from '@/features/models/api/models';
import type { ModelViewer } from '@/features/models/components/model-permissions';
import {
  currentRound,
  isRegistrationOpen,
  roundsOf,
} from '@/features/models/components/model-tags';
import { PhotoPicker } from '@/components/photo-picker';
import { showFieldErrors } from '@/features/models/components/problem-fields';
import { QueryError } from '@/components/query-error';
import { useSession } from '@/lib/auth/session';
import { DATE_FORMAT } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts/use-form-draft';
import { deleteOutboxItem, getOutboxItem, type OutboxItem } from '@/lib/outbox/outbox-store';
import { useEnqueue } from '@/lib/outbox/use-outbox';

interface RegistrationValues {
  roundId?: number;
  name: string;
  field?: string;
  ownerKind: 'COLLECTIVE' | 'INDIVIDUAL';
  ownerName: string;
  ownerPosition?: string;
  residentialAreaId?: number;
  place?: string;
  /** yyyy-MM-dd (a string, so that the draft keeps it). */
  startedOn?: string;
  problem: string;
  approach: string;
  expectedResults?: string;
  indicators?: { name: string; unit?: string }[];
  replicationOfId?: number;
}

/** The contract's fields (of the server's field errors) and the form's. */
const FIELDS: Record<string, string> = {
  roundId: 'roundId',
  name: 'name',
  field: 'field',
  'owner.name': 'ownerName',
  'owner.position': 'ownerPosition',
  residentialAreaId: 'residentialAreaId',
  place: 'place',
  startedOn: 'startedOn',
  problem: 'problem',
  approach: 'approach',
  expectedResults: 'expectedResults',
  replicationOfId: 'replicationOfId',
};

function toRegistration(values: RegistrationValues, viewer: ModelViewer): ModelRegistration {
  const indicators = (values.indicators ?? []).filter((i) => i.name?.trim());
  return {
    roundId: values.roundId ?? 0,
    name: values.name.trim(),
    field: values.field ?? '',
    organizationId: viewer.organizationId ?? 0,
    owner: {
      kind: values.ownerKind,
      name: values.ownerName.trim(),
      ...(values.ownerKind === 'INDIVIDUAL' && values.ownerPosition
        ? { position: values.ownerPosition.trim() }
        : {}),
      ...(values.ownerKind === 'COLLECTIVE' && viewer.organizationId
        ? { organizationId: viewer.organizationId }
        : {}),
    },
    unitId: viewer.unitId ?? 0,
    ...(values.residentialAreaId ? { residentialAreaId: values.residentialAreaId } : {}),
    ...(values.place?.trim() ? { place: values.place.trim() } : {}),
    startedOn: values.startedOn ?? '',
    problem: values.problem.trim(),
    approach: values.approach.trim(),
    ...(values.expectedResults?.trim() ? { expectedResults: values.expectedResults.trim() } : {}),
    ...(indicators.length
      ? {
          indicators: indicators.map((i) => ({
            name: i.name.trim(),
            ...(i.unit ? { unit: i.unit } : {}),
          })),
        }
      : {}),
    ...(values.replicationOfId ? { replicationOfId: values.replicationOfId } : {}),
    afterTheFact: false,
  };
}

/** An earlier model this one copies (nhân rộng), searched by name in the caller's scope. */
function ReplicationPicker({
  value,
  onChange,
  id,
}: {
  value?: number;
  onChange?: (value?: number) => void;
  id?: string;
}) {
  const { t } = useTranslation(['translation', 'models']);
  const [q, setQ] = useState('');
  const found = useModels({ q, size: 20 }, q.length >= 2);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      onChange={onChange}
      placeholder={t('models:register.replicationSearch')}
      notFoundContent={q.length < 2 ? t('models:register.replicationHint') : undefined}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((m) => ({
        value: m.id,
        label: `${m.name} · ${m.organization.name}`,
      }))}
    />
  );
}

/**
 * Registering a model in the field: written offline it waits in the outbox with its photos and is
 * sent when the network returns; the draft is kept on the device until then.
 */
/** A picker of the residential areas of a commune (the residential-areas feature gives it). */
export type ResidentialAreaPicker = ComponentType<{
  unitId: number;
  value?: number;
  onChange?: (value: number | undefined) => void;
  id?: string;
  placeholder?: string;
}>;

export function RegisterModel({
  viewer,
  AreaPicker,
}: {
  viewer: ModelViewer;
  /** Where the model is, among the commune's residential areas; none: only the free text. */
  AreaPicker?: ResidentialAreaPicker;
}) {
  const { t } = useTranslation(['translation', 'models']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { subject = '' } = useSession();
  const enqueue = useEnqueue();
  const movements = useMovements();
  const movement = movements.data?.[0];
  const [form] = Form.useForm<RegistrationValues>();
  const draft = useFormDraft(form, 'model-registration');
  const ownerKind = Form.useWatch('ownerKind', form);
  const [photos, setPhotos] = useState<File[]>([]);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<{ text: string; duplicate?: number; other: string[] }>();
  const [queued, setQueued] = useState<OutboxItem>();

  if (movements.isError) {
    return <QueryError error={movements.error} onRetry={() => void movements.refetch()} />;
  }
  const rounds = roundsOf(movement).filter((r) => isRegistrationOpen(r));
  const defaultRound = currentRound(movement);

  const submit = async (values: RegistrationValues) => {
    setRefusal(undefined);
    setSending(true);
    try {
      const payload: ModelRegistrationPayload = { body: toRegistration(values, viewer) };
      const { item, sending: round } = await enqueue({
        kind: MODEL_REGISTRATION,
        label: t('models:register.outboxLabel', { name: payload.body.name }),
        payload,
        files: photos,
      });
      await round;
      const now = (await getOutboxItem(subject, item.id)) as
        OutboxItem<ModelRegistrationPayload> | undefined;
      if (now?.state === 'sent' && now.payload.modelId) {
        draft.clear();
        void message.success(t('models:register.sent', { name: payload.body.name }));
        void navigate(`/models/${now.payload.modelId}`);
        return;
      }
      if (now?.state === 'error' && now.payload.problem) {
        // refused: the form shows why, and the user corrects it; nothing stays in the outbox
        await deleteOutboxItem(subject, item.id);
        const problem = now.payload.problem;
        const other = showFieldErrors(form, problem, FIELDS);
        const duplicate = duplicateOf(problem);
        setRefusal({
          text: problem.detail ?? problem.title,
          ...(duplicate !== undefined ? { duplicate } : {}),
          other,
        });
        return;
      }
      // waiting for the network (or a sign-in): the outbox has it, with its photos
      draft.clear();
      setQueued(now ?? item);
      void message.info(t('outbox.queued'));
    } finally {
      setSending(false);
    }
  };

  if (queued) {
    return (
      <Card title={t('models:register.title')}>
        <Flex vertical gap={8} data-testid="registration-queued">
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>
              {(queued.payload as ModelRegistrationPayload).body.name}
            </Typography.Text>
            <OutboxStateTag item={queued} />
          </Flex>
          <Typography.Text type="secondary">{t('models:register.queuedHint')}</Typography.Text>
          <Link to="/models">{t('models:register.backToList')}</Link>
        </Flex>
      </Card>
    );
  }

  return (
    <Card title={t('models:register.title')} loading={movements.isPending}>
      {!viewer.organizationId && (
        <Alert type="warning" showIcon title={t('models:register.noOrganization')} />
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="registration-refused"
          title={refusal.text}
          description={
            refusal.duplicate !== undefined || refusal.other.length > 0 ? (
              <Flex vertical>
                {refusal.other.map((o) => (
                  <span key={o}>{o}</span>
                ))}
                {refusal.duplicate !== undefined && (
                  <Link to={`/models/${refusal.duplicate}`}>
                    {t('models:register.duplicateLink')}
                  </Link>
                )}
              </Flex>
            ) : undefined
          }
        />
      )}
      <Form<RegistrationValues>
        form={form}
        layout="vertical"
        initialValues={{
          roundId:
            defaultRound && isRegistrationOpen(defaultRound) ? defaultRound.id : rounds[0]?.id,
          ownerKind: 'COLLECTIVE',
          ownerName: viewer.organizationName ?? '',
          indicators: [{ name: '', unit: '' }],
        }}
        onValuesChange={draft.save}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        {draft.note}
        <Form.Item
          name="roundId"
          label={t('models:register.round')}
          rules={[{ required: true, message: t('models:register.required') }]}
        >
          <Select
            options={rounds.map((r) => ({ value: r.id, label: r.name }))}
            notFoundContent={t('models:register.noOpenRound')}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('models:register.name')}
          rules={[
            { required: true, whitespace: true, message: t('models:register.required') },
            { max: 300 },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="field"
          label={t('models:register.field')}
          rules={[{ required: true, message: t('models:register.required') }]}
        >
          <Select
            options={(movement?.fields ?? []).map((f) => ({ value: f.code, label: f.name }))}
          />
        </Form.Item>
        <Form.Item name="ownerKind" label={t('models:register.ownerKind')}>
          <Radio.Group
            options={[
              { value: 'COLLECTIVE', label: t('models:ownerKind.COLLECTIVE') },
              { value: 'INDIVIDUAL', label: t('models:ownerKind.INDIVIDUAL') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="ownerName"
          label={
            ownerKind === 'INDIVIDUAL'
              ? t('models:register.personName')
              : t('models:register.collectiveName')
          }
          rules={[{ required: true, whitespace: true, message: t('models:register.required') }]}
        >
          <Input />
        </Form.Item>
        {ownerKind === 'INDIVIDUAL' && (
          <Form.Item name="ownerPosition" label={t('models:register.position')}>
            <Input />
          </Form.Item>
        )}
        {AreaPicker && viewer.unitId !== undefined && (
          <Form.Item name="residentialAreaId" label={t('models:register.residentialArea')}>
            <AreaPicker
              unitId={viewer.unitId}
              placeholder={t('models:register.residentialAreaSearch')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="place"
          label={t('models:register.place')}
          extra={t('models:register.placeHint')}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="startedOn"
          label={t('models:register.startedOn')}
          rules={[{ required: true, message: t('models:register.required') }]}
          getValueProps={(value?: string) => ({ value: value ? dayjs(value) : undefined })}
          normalize={(value?: dayjs.Dayjs | null) => value?.format('YYYY-MM-DD')}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="problem"
          label={t('models:register.problem')}
          rules={[{ required: true, whitespace: true, message: t('models:register.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item
          name="approach"
          label={t('models:register.approach')}
          rules={[{ required: true, whitespace: true, message: t('models:register.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="expectedResults" label={t('models:register.expectedResults')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
        </Form.Item>
        <Typography.Text strong>{t('models:register.indicators')}</Typography.Text>
        <Form.List name="indicators">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4} style={{ marginBottom: 16 }}>
              {fields.map((f) => (
                <Flex key={f.key} gap={4} align="start">
                  <Form.Item name={[f.name, 'name']} style={{ flex: 2, marginBottom: 0 }}>
                    <Input
                      placeholder={t('models:register.indicatorName')}
                      aria-label={t('models:register.indicatorName')}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'unit']} style={{ flex: 1, marginBottom: 0 }}>
                    <Input
                      placeholder={t('models:register.indicatorUnit')}
                      aria-label={t('models:register.indicatorUnit')}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('models:register.removeIndicator')}
                    onClick={() => remove(f.name)}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', unit: '' })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('models:register.addIndicator')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="replicationOfId" label={t('models:register.replicationOf')}>
          <ReplicationPicker />
        </Form.Item>
        <Form.Item label={t('models:register.photos')}>
          <PhotoPicker photos={photos} onChange={setPhotos} label={t('models:photos.take')} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={sending}
          block
          disabled={!viewer.organizationId}
        >
          {t('models:register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
