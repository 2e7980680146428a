import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import { MODEL_EVIDENCE } from '@/features/models/api/model-outbox-kinds';
import { type ModelEvidencePayload, useModelOutbox } from '@/features/models/api/model-outbox';
import {
  type MobilizationModel,
  type ModelRound,
  useRoundTransition,
} from '@/features/models/api/models';
import { PhotoPicker } from '@/components/photo-picker';
import {
  problemMessage,
  problemOf,
  showFieldErrors,
} from '@/features/models/components/problem-fields';
import { useFormDraft } from '@/lib/drafts/use-form-draft';
import { useEnqueue } from '@/lib/outbox/use-outbox';

interface ResultsValues {
  text: string;
  values: (number | null)[];
}

/** The round's results: a figure for each of the model's indicators, the text; saved as REPORTED. */
function ResultsDialog({
  model,
  record,
  onClose,
}: {
  model: MobilizationModel;
  record: ModelRound;
  onClose: () => void;
}) {
  const { t } = useTranslation(['translation', 'models']);
  const { message } = App.useApp();
  const [form] = Form.useForm<ResultsValues>();
  const draft = useFormDraft(form, `model-results:${record.id}`);
  const transition = useRoundTransition();
  const [error, setError] = useState<string[]>();
  const indicators = model.indicators.length
    ? model.indicators
    : record.figures.map((f) => ({ name: f.name, unit: f.unit }));
  return (
    <Modal
      open
      title={`${t('models:work.report')} · ${record.roundName}`}
      okText={t('models:work.saveResults')}
      cancelText={t('common.cancel')}
      confirmLoading={transition.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="results-error"
          title={error[0]}
          description={error.slice(1).join('; ') || undefined}
        />
      )}
      <Form<ResultsValues>
        form={form}
        layout="vertical"
        initialValues={{
          text: record.resultsText ?? '',
          values: indicators.map(
            (i) => record.figures.find((f) => f.name === i.name)?.value ?? null,
          ),
        }}
        onValuesChange={draft.save}
        onFinish={(values) => {
          setError(undefined);
          const figures = indicators
            .map((indicator, index) => ({ indicator, value: values.values?.[index] }))
            .filter(
              (f): f is { indicator: typeof f.indicator; value: number } =>
                typeof f.value === 'number',
            )
            .map(({ indicator, value }) => ({
              name: indicator.name,
              value,
              ...(indicator.unit ? { unit: indicator.unit } : {}),
            }));
          transition
            .mutateAsync({
              roundId: record.id,
              transition: {
                action: 'report-results',
                body: { text: values.text.trim(), figures, version: record.version },
              },
            })
            .then(() => {
              draft.clear();
              void message.success(t('models:work.resultsSaved'));
              onClose();
            })
            .catch((e: unknown) => {
              const problem = problemOf(e);
              const other = showFieldErrors(form, problem, { text: 'text' });
              setError([problemMessage(problem, e), ...other]);
            });
        }}
      >
        {draft.note}
        {indicators.map((indicator, index) => (
          <Form.Item key={indicator.name} name={['values', index]} label={indicator.name}>
            <InputNumber
              min={0}
              style={{ width: '100%' }}
              suffix={indicator.unit}
              aria-label={indicator.name}
            />
          </Form.Item>
        ))}
        <Form.Item
          name="text"
          label={t('models:work.resultsText')}
          rules={[{ required: true, whitespace: true, message: t('models:register.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Evidence photos of a round record: from the camera, through the outbox (sent when online). */
function EvidenceCapture({ model, record }: { model: MobilizationModel; record: ModelRound }) {
  const { t } = useTranslation(['translation', 'models']);
  const enqueue = useEnqueue();
  const { evidenceOf } = useModelOutbox();
  const waiting = evidenceOf(record.id);
  return (
    <Flex vertical gap={4}>
      {waiting.map((item) => (
        <Flex
          key={item.id}
          gap={4}
          align="center"
          justify="space-between"
          data-testid="evidence-waiting"
        >
          <Typography.Text ellipsis>{item.files[0]?.name}</Typography.Text>
          <OutboxStateTag item={item} />
        </Flex>
      ))}
      <PhotoPicker
        photos={[]}
        label={t('models:work.addPhoto')}
        onChange={(photos) => {
          for (const photo of photos) {
            void enqueue<ModelEvidencePayload>({
              kind: MODEL_EVIDENCE,
              label: `${model.name} · ${photo.name}`,
              payload: { modelId: model.id, modelRoundId: record.id },
              files: [photo],
            });
          }
        }}
      />
    </Flex>
  );
}

const EDITABLE = ['REGISTERED', 'IN_PROGRESS', 'REPORTED', 'RETURNED'];

/**
 * The registering organization's part of a round: start the work, report the results (with
 * evidence), send them for appraisal; a returned record shows the appraiser's comment first.
 */
export function RoundWork({ model, record }: { model: MobilizationModel; record: ModelRound }) {
  const { t } = useTranslation(['translation', 'models']);
  const { message } = App.useApp();
  const transition = useRoundTransition();
  const [reporting, setReporting] = useState(false);
  const [error, setError] = useState<string>();
  const state = record.state;
  const run = (action: 'start' | 'submit') => {
    setError(undefined);
    transition
      .mutateAsync({
        roundId: record.id,
        transition: { action, body: { version: record.version, afterTheFact: false } },
      })
      .then(() => void message.success(t('models:actions.done')))
      .catch((e: unknown) => setError(problemMessage(problemOf(e), e)));
  };
  if (!EDITABLE.includes(state)) {
    return null;
  }
  return (
    <Flex vertical gap={8} data-testid="round-work">
      {error && <Alert type="error" showIcon title={error} data-testid="work-error" />}
      <Flex gap={8} wrap>
        {state === 'REGISTERED' && (
          <Button type="primary" loading={transition.isPending} onClick={() => run('start')}>
            {t('models:actions.start')}
          </Button>
        )}
        {(state === 'IN_PROGRESS' || state === 'REPORTED' || state === 'RETURNED') && (
          <Button
            type={state === 'REPORTED' ? 'default' : 'primary'}
            onClick={() => setReporting(true)}
          >
            {state === 'RETURNED' ? t('models:work.complete') : t('models:work.report')}
          </Button>
        )}
        {state === 'REPORTED' && (
          <Button type="primary" loading={transition.isPending} onClick={() => run('submit')}>
            {t('models:actions.submit')}
          </Button>
        )}
      </Flex>
      <EvidenceCapture model={model} record={record} />
      {reporting && (
        <ResultsDialog model={model} record={record} onClose={() => setReporting(false)} />
      )}
    </Flex>
  );
}
