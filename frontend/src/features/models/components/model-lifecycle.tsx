import { Alert, App, Button, Flex, Form, Input, Modal, Radio, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MobilizationModel,
  useDiscontinueModel,
  useEnrollModel,
  useMovements,
} from '@/features/models/api/models';
import { modelPermissions, type ModelViewer } from '@/features/models/components/model-permissions';
import { isRegistrationOpen, roundsOf } from '@/features/models/components/model-tags';
import { problemMessage, problemOf } from '@/features/models/components/problem-fields';

type Mark = 'NEW' | 'MAINTAINED' | 'WEAK';

/** Into a later round, with the year's mark (duy trì bền vững, mới, yếu — cần củng cố). */
function EnrollDialog({ model, onClose }: { model: MobilizationModel; onClose: () => void }) {
  const { t } = useTranslation(['translation', 'models']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ roundId?: number; mark: Mark }>();
  const [error, setError] = useState<string>();
  const movements = useMovements();
  const enroll = useEnrollModel();
  const taken = new Set(model.rounds.map((r) => r.roundId));
  const open = roundsOf(movements.data?.find((m) => m.id === model.movementId)).filter(
    (r) => !taken.has(r.id) && isRegistrationOpen(r),
  );
  return (
    <Modal
      open
      title={`${t('models:lifecycle.enroll')} · ${model.name}`}
      okText={t('models:lifecycle.enroll')}
      cancelText={t('common.cancel')}
      confirmLoading={enroll.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {error && <Alert type="error" showIcon title={error} data-testid="enroll-error" />}
      {/* the form starts on the first open round, once the movement's rounds are in */}
      {movements.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ roundId: open[0]?.id, mark: 'MAINTAINED' }}
          onFinish={(values) => {
            setError(undefined);
            enroll
              .mutateAsync({ id: model.id, roundId: values.roundId ?? 0, mark: values.mark })
              .then(() => {
                void message.success(t('models:actions.done'));
                onClose();
              })
              .catch((e: unknown) => setError(problemMessage(problemOf(e), e)));
          }}
        >
          <Form.Item
            name="roundId"
            label={t('models:register.round')}
            rules={[{ required: true, message: t('models:register.required') }]}
          >
            <Select
              options={open.map((r) => ({ value: r.id, label: r.name }))}
              notFoundContent={t('models:register.noOpenRound')}
            />
          </Form.Item>
          <Form.Item name="mark" label={t('models:appraise.mark')}>
            <Radio.Group
              options={(['MAINTAINED', 'NEW', 'WEAK'] as const).map((mark) => ({
                value: mark,
                label: t(`models:mark.${mark}`),
              }))}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** The model stops (its open round records with it); a reason may be given. */
function DiscontinueDialog({ model, onClose }: { model: MobilizationModel; onClose: () => void }) {
  const { t } = useTranslation(['translation', 'models']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const [error, setError] = useState<string>();
  const discontinue = useDiscontinueModel();
  return (
    <Modal
      open
      title={`${t('models:lifecycle.discontinue')} · ${model.name}`}
      okText={t('models:lifecycle.discontinue')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={discontinue.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      {error && <Alert type="error" showIcon title={error} data-testid="discontinue-error" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setError(undefined);
          discontinue
            .mutateAsync({
              id: model.id,
              reason: values.reason?.trim() ?? '',
              version: model.version,
            })
            .then(() => {
              void message.success(t('models:actions.done'));
              onClose();
            })
            .catch((e: unknown) => setError(problemMessage(problemOf(e), e)));
        }}
      >
        <Form.Item name="reason" label={t('models:lifecycle.reason')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The model itself, apart from its rounds: carried into a later round with the year's mark
 * (its own organization), or discontinued (its organization's editor). Nothing for a
 * discontinued model.
 */
export function ModelLifecycle({
  model,
  viewer,
}: {
  model: MobilizationModel;
  viewer: ModelViewer;
}) {
  const { t } = useTranslation(['translation', 'models']);
  const [dialog, setDialog] = useState<'enroll' | 'discontinue'>();
  const own = modelPermissions.work(viewer, model.organization.id);
  const canStop = own && modelPermissions.discontinue(viewer);
  if (model.state === 'DISCONTINUED' || !own) {
    return null;
  }
  return (
    <Flex gap={8} wrap data-testid="model-lifecycle">
      <Button onClick={() => setDialog('enroll')}>{t('models:lifecycle.enroll')}</Button>
      {canStop && (
        <Button danger onClick={() => setDialog('discontinue')}>
          {t('models:lifecycle.discontinue')}
        </Button>
      )}
      {dialog === 'enroll' && <EnrollDialog model={model} onClose={() => setDialog(undefined)} />}
      {dialog === 'discontinue' && (
        <DiscontinueDialog model={model} onClose={() => setDialog(undefined)} />
      )}
    </Flex>
  );
}
