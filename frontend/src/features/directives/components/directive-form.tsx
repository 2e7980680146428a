import { FileSearchOutlined, UploadOutlined } from '@ant-design/icons';
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
  Space,
  Switch,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  addRelation,
  DIRECTIVE_STATUSES,
  DIRECTIVE_TYPES,
  type Directive,
  type DirectiveDraft,
  type DirectiveStatus,
  type DirectiveType,
  type DirectiveWrite,
  type OrganizationMatch,
  type OrganizationRef,
  REPORTING_CADENCES,
  type ReportingCadence,
  useCreateDirective,
  useParseFile,
  useParseText,
  useUpdateDirective,
} from '@/features/directives/api/directives';
import { OrganizationSelect } from '@/features/directives/components/organization-select';
import { ApiError } from '@/lib/api/api-error';
import { DATE_FORMAT } from '@/lib/dates';
import { useFormDraft } from '@/lib/drafts/use-form-draft';

interface FormValues {
  type?: DirectiveType;
  number?: string;
  issuerId?: number;
  issueDate?: Dayjs | null;
  place?: string;
  subject?: string;
  signer?: string;
  signingCapacity?: string;
  recipientIds?: number[];
  periodFrom?: number | null;
  periodTo?: number | null;
  fullText?: string;
  status?: DirectiveStatus;
  confidential?: boolean;
  publicAccess?: boolean;
  monitoringOrganizationId?: number;
  reportingCadences?: ReportingCadence[];
  midTermReviewDate?: Dayjs | null;
  finalReviewDate?: Dayjs | null;
}

const FIELDS = new Set<string>([
  'type',
  'number',
  'issuerId',
  'issueDate',
  'place',
  'subject',
  'signer',
  'signingCapacity',
  'recipientIds',
  'periodFrom',
  'periodTo',
  'fullText',
  'status',
  'monitoringOrganizationId',
  'reportingCadences',
  'midTermReviewDate',
  'finalReviewDate',
]);

const day = (value: string | undefined) => (value ? dayjs(value) : undefined);
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);
const blank = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

function valuesOf(d: Directive): FormValues {
  return {
    type: d.type,
    number: d.number?.text,
    issuerId: d.issuer.id,
    issueDate: day(d.issueDate),
    place: d.place,
    subject: d.subject,
    signer: d.signer,
    signingCapacity: d.signingCapacity,
    recipientIds: d.recipients.map((r) => r.id),
    periodFrom: d.periodFrom,
    periodTo: d.periodTo,
    fullText: d.fullText,
    status: d.status,
    confidential: d.confidential,
    publicAccess: d.publicAccess,
    monitoringOrganizationId: d.monitoringOrganization?.id,
    reportingCadences: d.reportingCadences ?? [],
    midTermReviewDate: day(d.midTermReviewDate),
    finalReviewDate: day(d.finalReviewDate),
  };
}

function bodyOf(values: FormValues, version: number | undefined): DirectiveWrite {
  return {
    type: values.type as DirectiveType,
    number: blank(values.number),
    issuerId: values.issuerId as number,
    issueDate: iso(values.issueDate),
    place: blank(values.place),
    subject: (values.subject ?? '').trim(),
    signer: blank(values.signer),
    signingCapacity: blank(values.signingCapacity),
    recipientIds: values.recipientIds ?? [],
    periodFrom: values.periodFrom ?? undefined,
    periodTo: values.periodTo ?? undefined,
    fullText: values.confidential ? undefined : blank(values.fullText),
    status: values.status,
    confidential: Boolean(values.confidential),
    publicAccess: Boolean(values.publicAccess),
    monitoringOrganizationId: values.monitoringOrganizationId,
    reportingCadences: values.reportingCadences ?? [],
    midTermReviewDate: iso(values.midTermReviewDate),
    finalReviewDate: iso(values.finalReviewDate),
    ...(version === undefined ? {} : { version }),
  };
}

interface DirectiveFormProps {
  /** The directive to change; a new one when absent. */
  directive?: Directive;
  directivePath: (id: number) => string;
  cancelPath: string;
  /** Reads the directive again after someone else changed it (409 stale version). */
  onReload?: () => void;
}

function problemText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem?.detail ?? error.problem?.title ?? error.message;
  }
  return String(error);
}

/** A body the document names: green with the organization's name when matched, grey otherwise. */
function MatchTag({ label, match }: { label: string; match: OrganizationMatch }) {
  return (
    <Tag color={match.organization ? 'green' : 'default'} style={{ whiteSpace: 'normal' }}>
      {label}: {match.organization?.name ?? match.text}
    </Tag>
  );
}

type Conflict = { kind: 'duplicate'; existingId?: number } | { kind: 'stale' } | null;

/** Registers or changes a directive; a new one can be filled from a document's text or file. */
export function DirectiveForm({
  directive,
  directivePath,
  cancelPath,
  onReload,
}: DirectiveFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const typed = useFormDraft(form, directive ? `directive:${directive.id}` : 'directive:new');
  const confidential = Form.useWatch('confidential', form);
  const [known, setKnown] = useState<OrganizationRef[]>(() =>
    directive
      ? [
          directive.issuer,
          ...directive.recipients,
          ...(directive.monitoringOrganization ? [directive.monitoringOrganization] : []),
        ]
      : [],
  );
  const [draft, setDraft] = useState<DirectiveDraft | null>(null);
  const [pasted, setPasted] = useState('');
  const [saveCitations, setSaveCitations] = useState(true);
  const [conflict, setConflict] = useState<Conflict>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const parseText = useParseText();
  const parseFile = useParseFile();
  const create = useCreateDirective();
  const update = useUpdateDirective(directive?.id ?? 0);
  const saving = create.isPending || update.isPending;

  const fill = (read: DirectiveDraft, text: string) => {
    const matched = [
      ...(read.issuerOrganization ? [read.issuerOrganization] : []),
      ...read.recipientOrganizations.flatMap((m) => (m.organization ? [m.organization] : [])),
    ];
    setKnown((previous) => [...previous, ...matched]);
    setDraft(read);
    setImportError(null);
    form.setFieldsValue({
      type: read.type,
      number: read.number?.text,
      issuerId: read.issuerOrganization?.id,
      issueDate: day(read.issueDate),
      place: read.place,
      subject: read.subject,
      signer: read.signer,
      signingCapacity: read.signingCapacity,
      recipientIds: [
        ...new Set(
          read.recipientOrganizations.flatMap((m) => (m.organization ? [m.organization.id] : [])),
        ),
      ],
      periodFrom: read.periodFrom,
      periodTo: read.periodTo,
      // a confidential directive keeps no text
      fullText: form.getFieldValue('confidential') ? undefined : (read.fullText ?? text),
    });
  };

  const importFailed = (error: unknown) => {
    setDraft(null);
    setImportError(problemText(error));
  };

  const failed = (error: unknown) => {
    setConflict(null);
    setFormError(null);
    if (!(error instanceof ApiError)) {
      setFormError(String(error));
      return;
    }
    const problem = error.problem;
    if (error.status === 409 && problem?.type.endsWith('/duplicate')) {
      const match = /\/api\/v1\/directives\/(\d+)$/.exec(problem.instance ?? '');
      setConflict({ kind: 'duplicate', existingId: match ? Number(match[1]) : undefined });
      return;
    }
    if (error.status === 409 && problem?.type.endsWith('/stale-version')) {
      setConflict({ kind: 'stale' });
      return;
    }
    const fieldErrors = problem?.errors ?? [];
    // "recipientIds[1]" is the recipients field's error
    const fieldOf = (field: string) => field.replace(/\[\d+\]$/, '') as keyof FormValues;
    const onFields = fieldErrors.filter((e) => FIELDS.has(fieldOf(e.field)));
    form.setFields(onFields.map((e) => ({ name: fieldOf(e.field), errors: [e.message] })));
    if (onFields[0]) {
      form.scrollToField(fieldOf(onFields[0].field));
    }
    const elsewhere = fieldErrors.filter((e) => !onFields.includes(e));
    setFormError(
      elsewhere.length > 0
        ? elsewhere.map((e) => `${e.field}: ${e.message}`).join('; ')
        : onFields.length > 0
          ? t('directives.checkFields')
          : (problem?.detail ?? problem?.title ?? error.message),
    );
  };

  const submit = async (values: FormValues) => {
    setConflict(null);
    setFormError(null);
    try {
      const saved = directive
        ? await update.mutateAsync(bodyOf(values, directive.version))
        : await create.mutateAsync(bodyOf(values, undefined));
      if (!directive && draft && saveCitations) {
        const notRecorded: string[] = [];
        for (const citation of draft.citations) {
          await addRelation(saved.id, {
            kind: 'CITES',
            targetNumber: citation.number.text,
            targetType: citation.type,
            targetIssueDate: citation.issueDate,
          }).catch((error: unknown) => {
            // 409: the relation is recorded already
            if (!(error instanceof ApiError && error.status === 409)) {
              notRecorded.push(citation.number.text);
            }
          });
        }
        if (notRecorded.length > 0) {
          void message.warning(
            t('directives.import.citationsNotRecorded', { numbers: notRecorded.join(', ') }),
          );
        }
      }
      typed.clear();
      // the proposed tasks go with it: the directive's page offers to create them
      void navigate(
        directivePath(saved.id),
        !directive && draft && draft.proposedTasks.length > 0
          ? { state: { proposedTasks: draft.proposedTasks } }
          : undefined,
      );
    } catch (error) {
      failed(error);
    }
  };

  const unmatched = draft
    ? [
        ...(draft.issuer && !draft.issuerOrganization ? [draft.issuer] : []),
        ...draft.recipientOrganizations.filter((m) => !m.organization).map((m) => m.text),
      ]
    : [];

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {directive ? t('directives.editTitle') : t('directives.newTitle')}
      </Typography.Title>
      {!directive && (
        <Card size="small" title={t('directives.import.title')}>
          <Tabs
            items={[
              {
                key: 'paste',
                label: t('directives.import.paste'),
                children: (
                  <Flex vertical gap="small">
                    <Input.TextArea
                      aria-label={t('directives.import.paste')}
                      placeholder={t('directives.import.pastePlaceholder')}
                      autoSize={{ minRows: 4, maxRows: 12 }}
                      value={pasted}
                      onChange={(event) => setPasted(event.target.value)}
                    />
                    <Button
                      icon={<FileSearchOutlined />}
                      disabled={!pasted.trim()}
                      loading={parseText.isPending}
                      onClick={() =>
                        void parseText
                          .mutateAsync(pasted)
                          .then((read) => fill(read, pasted))
                          .catch(importFailed)
                      }
                    >
                      {t('directives.import.read')}
                    </Button>
                  </Flex>
                ),
              },
              {
                key: 'upload',
                label: t('directives.import.upload'),
                children: (
                  <Upload
                    accept=".docx,.pdf"
                    showUploadList={false}
                    customRequest={({ file, onSuccess, onError }) => {
                      parseFile
                        .mutateAsync(file as File)
                        .then((read) => {
                          fill(read, read.fullText ?? '');
                          onSuccess?.(read);
                        })
                        .catch((error: unknown) => {
                          importFailed(error);
                          onError?.(error as Error);
                        });
                    }}
                  >
                    <Button icon={<UploadOutlined />} loading={parseFile.isPending}>
                      {t('directives.import.chooseFile')}
                    </Button>
                  </Upload>
                ),
              },
            ]}
          />
          {importError && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title={t('directives.import.failed')}
              description={importError}
            />
          )}
          {draft && (
            <Flex vertical gap="small" style={{ marginTop: 12 }}>
              <Alert type="success" showIcon title={t('directives.import.done')} />
              {draft.missing.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('directives.import.missing', {
                    fields: draft.missing.map((f) => t(`enums.DraftField.${f}`)).join(', '),
                  })}
                />
              )}
              {unmatched.length > 0 && (
                <Alert
                  type="info"
                  showIcon
                  title={t('directives.import.unmatched', { names: unmatched.join('; ') })}
                />
              )}
              <section
                aria-label={t('directives.import.proposedTasks', {
                  count: draft.proposedTasks.length,
                })}
              >
                <Typography.Text strong>
                  {t('directives.import.proposedTasks', { count: draft.proposedTasks.length })}
                </Typography.Text>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                  {t('directives.import.proposedTasksHint')}
                </Typography.Paragraph>
                <Flex vertical gap="small" role="list">
                  {draft.proposedTasks.map((task) => (
                    <Card key={task.ordinal} size="small" role="listitem">
                      <Typography.Paragraph
                        style={{ marginBottom: 4 }}
                        ellipsis={{ rows: 3, expandable: true }}
                      >
                        <Typography.Text strong>{task.ordinal}. </Typography.Text>
                        {task.content}
                      </Typography.Paragraph>
                      <Flex wrap gap={4}>
                        {task.addresseeOrganizations.map((m) => (
                          <MatchTag
                            key={`a-${m.text}`}
                            label={t('directives.import.addressees')}
                            match={m}
                          />
                        ))}
                        {task.lead && (
                          <MatchTag
                            label={t('directives.import.lead')}
                            match={{ text: task.lead, organization: task.leadOrganization }}
                          />
                        )}
                        {task.coordinatingOrganizations.map((m) => (
                          <MatchTag
                            key={`c-${m.text}`}
                            label={t('directives.import.coordinating')}
                            match={m}
                          />
                        ))}
                      </Flex>
                    </Card>
                  ))}
                </Flex>
              </section>
              {draft.citations.length > 0 && (
                <section aria-label={t('directives.import.citations')}>
                  <Typography.Text strong>{t('directives.import.citations')}</Typography.Text>
                  <div>
                    <Space wrap size={4}>
                      {draft.citations.map((c) => (
                        <Tag key={`${c.number.text}-${c.issueDate ?? ''}`}>
                          {c.type ? t(`enums.DirectiveType.${c.type}`) : ''} {c.number.text}
                          {c.issueDate ? `, ${dayjs(c.issueDate).format(DATE_FORMAT)}` : ''}
                        </Tag>
                      ))}
                    </Space>
                  </div>
                  <Checkbox
                    checked={saveCitations}
                    onChange={(e) => setSaveCitations(e.target.checked)}
                  >
                    {t('directives.import.saveCitations')}
                  </Checkbox>
                </section>
              )}
            </Flex>
          )}
        </Card>
      )}
      <Card size="small">
        <Form<FormValues>
          form={form}
          layout="vertical"
          initialValues={
            directive
              ? valuesOf(directive)
              : {
                  status: 'IN_FORCE',
                  confidential: false,
                  publicAccess: false,
                  reportingCadences: [],
                }
          }
          onValuesChange={(changed: FormValues) => {
            // a confidential directive keeps metadata only: its text goes
            if (changed.confidential) {
              form.setFieldValue('fullText', undefined);
            }
            typed.save();
          }}
          onFinish={(values) => void submit(values)}
        >
          {typed.note}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="type"
                label={t('directives.fields.type')}
                rules={[{ required: true }]}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={DIRECTIVE_TYPES.map((type) => ({
                    value: type,
                    label: t(`enums.DirectiveType.${type}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="number" label={t('directives.fields.number')}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="issueDate" label={t('directives.fields.issueDate')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="issuerId"
            label={t('directives.fields.issuer')}
            rules={[{ required: true }]}
          >
            <OrganizationSelect known={known} aria-label={t('directives.fields.issuer')} />
          </Form.Item>
          <Form.Item
            name="subject"
            label={t('directives.fields.subject')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="place" label={t('directives.fields.place')}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signer" label={t('directives.fields.signer')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="signingCapacity" label={t('directives.fields.signingCapacity')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="recipientIds" label={t('directives.fields.recipients')}>
            <OrganizationSelect
              multiple
              known={known}
              aria-label={t('directives.fields.recipients')}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item name="periodFrom" label={t('directives.fields.periodFrom')}>
                <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="periodTo" label={t('directives.fields.periodTo')}>
                <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="status" label={t('directives.fields.status')}>
                <Select
                  options={DIRECTIVE_STATUSES.map((status) => ({
                    value: status,
                    label: t(`enums.DirectiveStatus.${status}`),
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="monitoringOrganizationId"
            label={t('directives.fields.monitoringOrganization')}
          >
            <OrganizationSelect
              known={known}
              aria-label={t('directives.fields.monitoringOrganization')}
            />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="reportingCadences" label={t('directives.fields.reportingCadences')}>
                <Checkbox.Group
                  options={REPORTING_CADENCES.map((c) => ({
                    value: c,
                    label: t(`enums.ReportingCadence.${c}`),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="midTermReviewDate" label={t('directives.fields.midTermReviewDate')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="finalReviewDate" label={t('directives.fields.finalReviewDate')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Space wrap size="large">
            <Form.Item
              name="confidential"
              valuePropName="checked"
              label={t('directives.fields.confidential')}
            >
              <Switch />
            </Form.Item>
            <Form.Item
              name="publicAccess"
              valuePropName="checked"
              label={t('directives.fields.publicAccess')}
            >
              <Switch />
            </Form.Item>
          </Space>
          <Form.Item
            name="fullText"
            label={t('directives.fields.fullText')}
            extra={confidential ? t('directives.fullTextNotKept') : undefined}
          >
            <Input.TextArea
              autoSize={{ minRows: 4, maxRows: 16 }}
              disabled={Boolean(confidential)}
            />
          </Form.Item>
          {(conflict || formError) && (
            <Flex vertical gap="small" style={{ marginBottom: 16 }}>
              {conflict?.kind === 'duplicate' && (
                <Alert
                  type="error"
                  showIcon
                  title={t('directives.duplicate')}
                  action={
                    conflict.existingId !== undefined && (
                      <Link to={directivePath(conflict.existingId)}>
                        {t('directives.openExisting')}
                      </Link>
                    )
                  }
                />
              )}
              {conflict?.kind === 'stale' && (
                <Alert
                  type="error"
                  showIcon
                  title={t('directives.stale')}
                  action={
                    onReload && (
                      <Button size="small" onClick={onReload}>
                        {t('directives.reload')}
                      </Button>
                    )
                  }
                />
              )}
              {formError && <Alert type="error" showIcon title={formError} />}
            </Flex>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('directives.save')}
            </Button>
            <Link to={cancelPath}>
              <Button>{t('directives.cancel')}</Button>
            </Link>
          </Space>
        </Form>
      </Card>
    </Flex>
  );
}
