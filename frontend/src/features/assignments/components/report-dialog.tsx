import { Alert, DatePicker, Form, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSIGNMENT_STATUSES,
  type Assignment,
  type AssignmentStatus,
  useUpdateAssignment,
} from '@/features/assignments/api/assignments';
import { ApiError } from '@/lib/api/api-error';
import { DATE_FORMAT } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts/use-form-draft';

/**
 * The status report of an assignment (status, progress, completion day), from the work list.
 * Its own module: the work list loads it on demand, when "Cập nhật" is clicked (budget: README).
 */
interface ReportValues {
  status: AssignmentStatus;
  progress: number;
  completedOn?: Dayjs | null;
}

export function ReportDialog({
  assignment,
  onClose,
}: {
  assignment: Assignment;
  onClose: () => void;
}) {
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
