import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type RuralRecordedDecisionWrite,
  useRecordRuralRecognition,
  useRuralTitles,
} from '@/features/rural/api/rural';
import { inLanguage } from '@/lib/api/api-error';
import { showProblem } from '@/lib/api/problem-text';
import { DATE_FORMAT } from '@/lib/dates';

interface DecisionValues {
  titleId?: number;
  number?: string;
  signedOn?: Dayjs;
  signer?: string;
  validFrom?: Dayjs;
  validUntil?: Dayjs;
  note?: string;
}

const FIELDS = ['titleId', 'number', 'signedOn', 'signer', 'validFrom', 'validUntil', 'note'];
const ISO = 'YYYY-MM-DD';

function toBody(values: DecisionValues): RuralRecordedDecisionWrite {
  const note = values.note?.trim();
  return {
    titleId: values.titleId ?? 0,
    number: values.number?.trim() ?? '',
    signedOn: values.signedOn?.format(ISO) ?? '',
    signer: values.signer?.trim() ?? '',
    ...(values.validFrom ? { validFrom: values.validFrom.format(ISO) } : {}),
    ...(values.validUntil ? { validUntil: values.validUntil.format(ISO) } : {}),
    ...(note ? { note } : {}),
  };
}

function DecisionForm({ unitId, onDone }: { unitId: number; onDone: () => void }) {
  const { t, i18n } = useTranslation('rural');
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const titles = useRuralTitles(true);
  const record = useRecordRuralRecognition(unitId);
  const [problem, setProblem] = useState<string[]>();
  const required = { required: true, message: t('record.required') };

  const submit = (values: DecisionValues) => {
    setProblem(undefined);
    record.mutate(toBody(values), {
      onSuccess: (saved) => {
        void message.success(t('record.saved', { number: saved.number }));
        form.resetFields();
        onDone();
      },
      onError: (failure) => {
        // a refusal (403) says why in the problem's title: shown in the chosen language
        const [main = '', ...rest] = showProblem(form, failure, FIELDS);
        setProblem([inLanguage(main, i18n.language), ...rest]);
      },
    });
  };

  return (
    <Form<DecisionValues> form={form} layout="vertical" onFinish={submit}>
      <Typography.Paragraph type="secondary">{t('record.hint')}</Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.join(' · ')}
          data-testid="record-error"
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item name="titleId" label={t('record.titleId')} rules={[required]}>
        <Select<number>
          loading={titles.isPending}
          placeholder={t('record.chooseTitle')}
          options={(titles.data ?? []).map((title) => ({ value: title.id, label: title.name }))}
        />
      </Form.Item>
      <Form.Item name="number" label={t('record.number')} rules={[required, { max: 100 }]}>
        <Input placeholder="1234/QĐ-UBND" />
      </Form.Item>
      <Form.Item name="signedOn" label={t('record.signedOn')} rules={[required]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="signer" label={t('record.signer')} rules={[required, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Flex gap={8} wrap>
        <Form.Item
          name="validFrom"
          label={t('record.validFrom')}
          extra={t('record.validFromHint')}
          style={{ flex: '1 1 140px' }}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validUntil" label={t('record.validUntil')} style={{ flex: '1 1 140px' }}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="note" label={t('record.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onDone}>{t('record.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={record.isPending}>
          {t('record.submit')}
        </Button>
      </Flex>
    </Form>
  );
}

/**
 * "Nhập quyết định giấy": a past NTM decision made on paper — a commune's công nhận, or the thừa
 * nhận of a commune formed by the 2025 merger. Offered to admins; the server keeps it to an admin
 * of the province and says why otherwise. The history and the level are read again after it.
 */
export function RecordDecision({ unitId }: { unitId: number }) {
  const { t } = useTranslation('rural');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('record.open')}</Button>
      <Modal
        open={open}
        title={t('record.title')}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
      >
        <DecisionForm unitId={unitId} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}
