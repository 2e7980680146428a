import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type MobilizationModel,
  type ModelRound,
  type RoundTransition,
  usePublication,
  useRoundTransition,
  type VersionAction,
} from '@/features/models/api/models';
import { duplicateOf } from '@/features/models/api/model-outbox';
import { modelPermissions, type ModelViewer } from '@/features/models/components/model-permissions';
import {
  problemMessage,
  problemOf,
  showFieldErrors,
} from '@/features/models/components/problem-fields';
import { DATE_FORMAT } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts/use-form-draft';

type DialogAction = 'appraise' | 'return' | 'recognize' | 'commend';

/** A date field kept as yyyy-MM-dd, shown dd/MM/yyyy. */
const dateProps = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: dayjs.Dayjs | null) => value?.format('YYYY-MM-DD'),
};

interface DialogValues {
  result?: 'PASS' | 'NOT_PASS';
  opinion?: string;
  reasons?: string;
  mark?: 'NEW' | 'MAINTAINED' | 'WEAK';
  comment?: string;
  decisionNumber?: string;
  decisionDate?: string;
  signer?: string;
  level?: 'COMMUNE' | 'PROVINCE';
  form?: 'GIAY_KHEN' | 'BANG_KHEN' | 'OTHER';
  authority?: string;
  recipientKind?: 'COLLECTIVE' | 'INDIVIDUAL';
  recipientName?: string;
}

function transitionOf(action: DialogAction, v: DialogValues, version: number): RoundTransition {
  switch (action) {
    case 'appraise':
      return {
        action,
        body: {
          result: v.result ?? 'PASS',
          opinion: v.opinion ?? '',
          ...(v.result === 'NOT_PASS' ? { reasons: v.reasons ?? '' } : {}),
          ...(v.mark ? { mark: v.mark } : {}),
          version,
          afterTheFact: false,
        },
      };
    case 'return':
      return { action, body: { comment: v.comment ?? '', version, afterTheFact: false } };
    case 'recognize':
      return {
        action,
        body: {
          decisionNumber: v.decisionNumber ?? '',
          decisionDate: v.decisionDate ?? '',
          signer: v.signer ?? '',
          level: v.level ?? 'COMMUNE',
          version,
          afterTheFact: false,
        },
      };
    case 'commend':
      return {
        action,
        body: {
          form: v.form ?? 'GIAY_KHEN',
          authority: v.authority ?? '',
          decisionNumber: v.decisionNumber ?? '',
          decisionDate: v.decisionDate ?? '',
          recipientKind: v.recipientKind ?? 'COLLECTIVE',
          ...(v.recipientName ? { recipientName: v.recipientName } : {}),
          version,
        },
      };
  }
}

const DIALOG_FIELDS: Record<string, string> = Object.fromEntries(
  [
    'result',
    'opinion',
    'reasons',
    'mark',
    'comment',
    'decisionNumber',
    'decisionDate',
    'signer',
    'level',
    'form',
    'authority',
    'recipientKind',
    'recipientName',
  ].map((f) => [f, f]),
);

/** The dialog of a transition that needs more than a click: its form, the server's refusals. */
function ActionDialog({
  action,
  model,
  record,
  onClose,
}: {
  action: DialogAction;
  model: MobilizationModel;
  record: ModelRound;
  onClose: () => void;
}) {
  const { t } = useTranslation(['translation', 'models']);
  const { message } = App.useApp();
  const [form] = Form.useForm<DialogValues>();
  const draft = useFormDraft(form, `model-${action}:${record.id}`);
  const transition = useRoundTransition();
  const [error, setError] = useState<string[]>();
  const result = Form.useWatch('result', form);
  const required = [{ required: true, whitespace: true, message: t('models:register.required') }];
  return (
    <Modal
      open
      title={`${t(`models:actions.${action}`)} · ${model.name}`}
      okText={t(`models:actions.${action}`)}
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
          data-testid="action-error"
          title={error[0]}
          description={error.length > 1 ? error.slice(1).join('; ') : undefined}
        />
      )}
      <Form<DialogValues>
        form={form}
        layout="vertical"
        initialValues={{
          result: 'PASS',
          level: model.level,
          form: 'GIAY_KHEN',
          recipientKind: model.owner.kind,
          recipientName: model.owner.name,
          decisionDate: dayjs().format('YYYY-MM-DD'),
        }}
        onValuesChange={draft.save}
        onFinish={(values) => {
          setError(undefined);
          transition
            .mutateAsync({
              roundId: record.id,
              transition: transitionOf(action, values, record.version),
            })
            .then(() => {
              draft.clear();
              void message.success(t('models:actions.done'));
              onClose();
            })
            .catch((e: unknown) => {
              const problem = problemOf(e);
              const other = showFieldErrors(form, problem, DIALOG_FIELDS);
              setError([problemMessage(problem, e), ...other]);
            });
        }}
      >
        {draft.note}
        {action === 'appraise' && (
          <>
            <Form.Item name="result" label={t('models:appraise.result')}>
              <Radio.Group
                options={[
                  { value: 'PASS', label: t('models:appraise.PASS') },
                  { value: 'NOT_PASS', label: t('models:appraise.NOT_PASS') },
                ]}
              />
            </Form.Item>
            <Form.Item name="opinion" label={t('models:appraise.opinion')} rules={required}>
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
            {result === 'NOT_PASS' && (
              <Form.Item name="reasons" label={t('models:appraise.reasons')} rules={required}>
                <Input.TextArea autoSize={{ minRows: 2 }} />
              </Form.Item>
            )}
            <Form.Item name="mark" label={t('models:appraise.mark')}>
              <Select
                allowClear
                options={(['NEW', 'MAINTAINED', 'WEAK'] as const).map((m) => ({
                  value: m,
                  label: t(`models:mark.${m}`),
                }))}
              />
            </Form.Item>
          </>
        )}
        {action === 'return' && (
          <Form.Item
            name="comment"
            label={t('models:return.comment')}
            rules={required}
            extra={t('models:return.hint')}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
        )}
        {(action === 'recognize' || action === 'commend') && (
          <>
            {action === 'commend' && (
              <>
                <Form.Item name="form" label={t('models:commend.form')}>
                  <Select
                    options={(['GIAY_KHEN', 'BANG_KHEN', 'OTHER'] as const).map((f) => ({
                      value: f,
                      label: t(`models:commendationForm.${f}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="authority" label={t('models:commend.authority')} rules={required}>
                  <Input />
                </Form.Item>
              </>
            )}
            <Form.Item name="decisionNumber" label={t('models:decision.number')} rules={required}>
              <Input placeholder="125-QĐ/BCĐ" />
            </Form.Item>
            <Form.Item
              name="decisionDate"
              label={t('models:decision.date')}
              rules={[{ required: true, message: t('models:register.required') }]}
              {...dateProps}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
            {action === 'recognize' ? (
              <>
                <Form.Item name="signer" label={t('models:decision.signer')} rules={required}>
                  <Input />
                </Form.Item>
                <Form.Item name="level" label={t('models:decision.level')}>
                  <Radio.Group
                    options={(['COMMUNE', 'PROVINCE'] as const).map((l) => ({
                      value: l,
                      label: t(`models:level.${l}`),
                    }))}
                  />
                </Form.Item>
              </>
            ) : (
              <>
                <Form.Item name="recipientKind" label={t('models:commend.recipientKind')}>
                  <Radio.Group
                    options={(['COLLECTIVE', 'INDIVIDUAL'] as const).map((k) => ({
                      value: k,
                      label: t(`models:ownerKind.${k}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="recipientName" label={t('models:commend.recipientName')}>
                  <Input />
                </Form.Item>
              </>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}

/**
 * The transitions of the appraising body on a round record: appraise / return (appraisers),
 * recognize, exemplary, commendation, publication (editors), the commune editor's proposal up to
 * the province. Only what the caller's roles allow in the record's state is shown.
 */
export function RoundActions({
  model,
  record,
  viewer,
}: {
  model: MobilizationModel;
  record: ModelRound;
  viewer: ModelViewer;
}) {
  const { t } = useTranslation(['translation', 'models']);
  const { message, modal } = App.useApp();
  const [dialog, setDialog] = useState<DialogAction>();
  const transition = useRoundTransition();
  const publication = usePublication();
  const [error, setError] = useState<{ text: string; duplicate?: number }>();
  const state = record.state;
  const appraisable = state === 'SUBMITTED' || state === 'PROPOSED_UPWARD';
  const recognized = model.rounds.some((r) =>
    [
      'RECOGNIZED',
      'EXEMPLARY',
      'PROPOSED_FOR_COMMENDATION',
      'COMMENDED',
      'PROPOSED_UPWARD',
    ].includes(r.state),
  );

  const fail = (e: unknown) => {
    const problem = problemOf(e);
    const duplicate = duplicateOf(problem);
    setError({
      text: problemMessage(problem, e),
      ...(duplicate !== undefined ? { duplicate } : {}),
    });
  };
  const quick = (action: VersionAction) => {
    modal.confirm({
      title: t(`models:actions.${action}`),
      content: t('models:actions.confirm', { name: model.name }),
      okText: t(`models:actions.${action}`),
      cancelText: t('common.cancel'),
      onOk: () =>
        transition
          .mutateAsync({
            roundId: record.id,
            transition: { action, body: { version: record.version, afterTheFact: false } },
          })
          .then(() => void message.success(t('models:actions.done')))
          .catch(fail),
    });
  };

  const buttons = [
    modelPermissions.appraise(viewer) && appraisable && (
      <Button key="appraise" type="primary" onClick={() => setDialog('appraise')}>
        {t('models:actions.appraise')}
      </Button>
    ),
    modelPermissions.appraise(viewer) && appraisable && (
      <Button key="return" onClick={() => setDialog('return')}>
        {t('models:actions.return')}
      </Button>
    ),
    modelPermissions.decide(viewer) && state === 'APPRAISED' && (
      <Button key="recognize" type="primary" onClick={() => setDialog('recognize')}>
        {t('models:actions.recognize')}
      </Button>
    ),
    modelPermissions.decide(viewer) && state === 'RECOGNIZED' && (
      <Button key="exemplary" onClick={() => quick('mark-exemplary')}>
        {t('models:actions.mark-exemplary')}
      </Button>
    ),
    modelPermissions.decide(viewer) && (state === 'RECOGNIZED' || state === 'EXEMPLARY') && (
      <Button key="propose" onClick={() => quick('propose-commendation')}>
        {t('models:actions.propose-commendation')}
      </Button>
    ),
    modelPermissions.decide(viewer) && state === 'PROPOSED_FOR_COMMENDATION' && (
      <Button key="commend" type="primary" onClick={() => setDialog('commend')}>
        {t('models:actions.commend')}
      </Button>
    ),
    modelPermissions.proposeUpward(viewer) &&
      record.level === 'COMMUNE' &&
      (state === 'RECOGNIZED' || state === 'EXEMPLARY') && (
        <Button key="upward" onClick={() => quick('propose-upward')}>
          {t('models:actions.propose-upward')}
        </Button>
      ),
    modelPermissions.decide(viewer) && recognized && (
      <Button
        key="publish"
        loading={publication.isPending}
        onClick={() =>
          void publication
            .mutateAsync({ id: model.id, publish: !model.published, version: model.version })
            .then(() => void message.success(t('models:actions.done')))
            .catch(fail)
        }
      >
        {model.published ? t('models:actions.unpublish') : t('models:actions.publish')}
      </Button>
    ),
  ].filter(Boolean);

  if (buttons.length === 0) {
    return null;
  }
  return (
    <Flex vertical gap={8} data-testid="round-actions">
      {error && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setError(undefined) }}
          data-testid="action-error"
          title={error.text}
          description={
            error.duplicate !== undefined ? (
              <Link to={`/models/${error.duplicate}`}>{t('models:register.duplicateLink')}</Link>
            ) : undefined
          }
        />
      )}
      <Flex gap={8} wrap>
        {buttons}
      </Flex>
      {dialog && (
        <ActionDialog
          action={dialog}
          model={model}
          record={record}
          onClose={() => setDialog(undefined)}
        />
      )}
    </Flex>
  );
}
