import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type RuralAssessmentWrite,
  type RuralCriterionRow,
  type RuralCriterionYear,
  useSaveRuralAssessment,
} from '@/features/rural/api/rural';
import { EvidenceFiles } from '@/features/rural/components/evidence-files';
import { isStale } from '@/features/rural/components/rural-problem';
import { showProblem } from '@/lib/api/problem-text';
import { formatDateTime } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts/use-form-draft';

interface AssessmentValues {
  met?: boolean;
  value?: number | null;
  note?: string;
}

const FIELDS = ['met', 'value', 'note'];

/** The criterion or indicator being assessed, for a year, as the page last read it. */
export interface AssessmentTarget {
  row: RuralCriterionRow;
  year: number;
  state: RuralCriterionYear | undefined;
}

/**
 * Assess one criterion or indicator of the commune for a year: met / not met, the measured value
 * (NUMERIC), a note, and evidence once it is saved. What is typed is kept as a local draft until
 * it is saved. Saved with the `version` read (0 when not assessed); a 409 says someone saved it
 * meanwhile and offers to read it again, a 400 puts the server's words on the fields.
 */
export function AssessmentEditor({
  unitId,
  target,
  onClose,
  onReload,
}: {
  unitId: number;
  target: AssessmentTarget;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('rural');
  const { message } = App.useApp();
  const { row, year, state } = target;
  const [form] = Form.useForm<AssessmentValues>();
  const draft = useFormDraft(form, `rural-assessment:${unitId}:${row.id}:${year}`);
  const save = useSaveRuralAssessment(unitId, () => {
    draft.clear();
    void message.success(t('assess.saved', { code: row.code, year }));
  });
  const [problem, setProblem] = useState<string[]>();
  const [stale, setStale] = useState(false);
  const assessed = state?.assessed === true;

  const submit = (values: AssessmentValues) => {
    setProblem(undefined);
    setStale(false);
    const note = values.note?.trim();
    const body: RuralAssessmentWrite = {
      met: values.met ?? false,
      ...(row.kind === 'NUMERIC' && typeof values.value === 'number'
        ? { value: values.value }
        : {}),
      ...(note ? { note } : {}),
      version: state?.version ?? 0,
    };
    save.mutate(
      { year, criterionId: row.id, body },
      {
        onError: (failure) => {
          if (isStale(failure)) {
            setStale(true);
            return;
          }
          setProblem(showProblem(form, failure, FIELDS));
        },
      },
    );
  };

  const reload = async () => {
    // the server's row replaces what was typed
    draft.clear();
    setStale(false);
    await onReload();
  };

  return (
    <Modal
      open
      title={t('assess.title', { code: row.code, year })}
      onCancel={onClose}
      footer={null}
      width={560}
      destroyOnHidden
    >
      <Flex vertical gap="small">
        <Typography.Text>
          {row.code}. {row.name}
        </Typography.Text>
        {row.threshold !== undefined && (
          <Typography.Text type="secondary">
            {t('criteria.threshold', {
              comparison: row.comparison ?? '≥',
              threshold: row.threshold,
              unit: row.unitOfMeasure ?? '',
            })}
          </Typography.Text>
        )}
        {assessed && state.assessedBy && (
          <Typography.Text type="secondary" data-testid="assessed-by">
            {t('assess.by', { who: state.assessedBy, at: formatDateTime(state.assessedAt) })}
          </Typography.Text>
        )}
        {stale && (
          <Alert
            type="warning"
            showIcon
            data-testid="assessment-stale"
            title={t('assess.stale')}
            action={
              <Button size="small" onClick={() => void reload()}>
                {t('assess.reload')}
              </Button>
            }
          />
        )}
        {problem && (
          <Alert type="error" showIcon data-testid="assessment-error" title={problem.join(' · ')} />
        )}
        {draft.note}
        <Form<AssessmentValues>
          form={form}
          layout="vertical"
          initialValues={{
            met: state?.assessed ? state.met : undefined,
            value: state?.value ?? null,
            note: state?.note ?? '',
          }}
          onValuesChange={draft.save}
          onFinish={submit}
        >
          <Form.Item
            name="met"
            label={t('assess.result')}
            rules={[{ required: true, message: t('assess.resultRequired') }]}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: true, label: t('criteria.met') },
                { value: false, label: t('criteria.notMet') },
              ]}
            />
          </Form.Item>
          {row.kind === 'NUMERIC' && (
            <Form.Item name="value" label={t('assess.value')}>
              <InputNumber
                inputMode="decimal"
                style={{ width: '100%' }}
                suffix={row.unitOfMeasure}
              />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('assess.note')} rules={[{ max: 4000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item label={t('evidence.title')}>
            {assessed ? (
              <EvidenceFiles
                unitId={unitId}
                year={year}
                criterionId={row.id}
                attachments={state.attachments ?? []}
                canAdd
              />
            ) : (
              <Typography.Text type="secondary">{t('evidence.afterSave')}</Typography.Text>
            )}
          </Form.Item>
          <Flex gap={8} justify="end">
            <Button onClick={onClose}>{t('assess.close')}</Button>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('assess.save')}
            </Button>
          </Flex>
        </Form>
      </Flex>
    </Modal>
  );
}
