import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  SaveOutlined,
} from '@ant-design/icons';
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
  type FormInstance,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  theme,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPARISONS,
  CRITERION_KINDS,
  type CriteriaGroup,
  type CriteriaRule,
  type CriteriaSet,
  type CriteriaSetUpdate,
  type Criterion,
  type Indicator,
  PASS_RULES,
  useUpdateCriteriaSet,
} from '@/features/criteria/api/criteria';
import { fieldPath, problemOf } from '@/features/criteria/components/criteria-problems';
import { DATE_FORMAT } from '@/lib/dates';

type FormIndicator = Partial<Indicator>;
type FormCriterion = Partial<Omit<Criterion, 'indicators'>> & { indicators?: FormIndicator[] };

interface FormValues {
  name: string;
  level?: string;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  directiveId?: number;
  notes?: string;
  rule: CriteriaRule;
  groups: CriteriaGroup[];
  criteria: FormCriterion[];
}

function formValuesOf(set: CriteriaSet): FormValues {
  return {
    name: set.name,
    ...(set.level ? { level: set.level } : {}),
    effectiveFrom: dayjs(set.effectiveFrom),
    effectiveTo: set.effectiveTo ? dayjs(set.effectiveTo) : null,
    ...(set.directiveId ? { directiveId: set.directiveId } : {}),
    ...(set.notes ? { notes: set.notes } : {}),
    rule: set.rule,
    groups: set.groups,
    criteria: set.criteria,
  };
}

const text = (value: string | undefined | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

function present<T extends object>(entries: T): T {
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined && v !== null),
  ) as T;
}

/** An item as the contract writes it: the fields of its kind only, no ids (answers only). */
function indicatorOf(item: FormIndicator): Indicator {
  const kind = item.kind ?? 'PASS_FAIL';
  return present({
    code: text(item.code) ?? '',
    name: text(item.name) ?? '',
    kind,
    maxPoints: kind === 'SCORED' ? item.maxPoints : undefined,
    unitOfMeasure: kind === 'NUMERIC' ? text(item.unitOfMeasure) : undefined,
    comparison: kind === 'NUMERIC' ? item.comparison : undefined,
    threshold: kind === 'NUMERIC' ? item.threshold : undefined,
    required: Boolean(item.required),
    key: Boolean(item.key),
    expectedEvidence: text(item.expectedEvidence),
    variants: item.variants?.length ? item.variants : undefined,
    questions: item.questions?.length ? item.questions : undefined,
  });
}

export function bodyOf(values: FormValues, version: number): CriteriaSetUpdate {
  const rule = values.rule;
  return present({
    name: values.name.trim(),
    level: text(values.level),
    effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
    effectiveTo: values.effectiveTo ? values.effectiveTo.format('YYYY-MM-DD') : undefined,
    directiveId: values.directiveId,
    notes: text(values.notes),
    rule: present({
      ...rule,
      passingScore: rule.passRule === 'SCORE' ? rule.passingScore : undefined,
    }),
    groups: (values.groups ?? []).map((g) => ({ code: g.code.trim(), name: g.name.trim() })),
    criteria: (values.criteria ?? []).map((c) =>
      present({
        ...indicatorOf(c),
        groupCode: text(c.groupCode),
        indicators: c.indicators?.length ? c.indicators.map(indicatorOf) : undefined,
      }),
    ),
    version,
  });
}

/** The fields of a criterion or of an indicator: what it is, how it is judged, what proves it. */
function ItemFields({
  form,
  path,
  name,
}: {
  form: FormInstance<FormValues>;
  /** The item's absolute path in the form, to watch its kind. */
  path: (string | number)[];
  /** Its name relative to the list it is in. */
  name: number;
}) {
  const { t } = useTranslation(['translation', 'criteria']);
  const kind = Form.useWatch<Criterion['kind'] | undefined>([...path, 'kind'], form);
  const required = [{ required: true, message: t('criteria:editor.requiredField') }];
  return (
    <Row gutter={8}>
      <Col xs={8} sm={4}>
        <Form.Item name={[name, 'code']} label={t('criteria:criterion.code')} rules={required}>
          <Input maxLength={20} />
        </Form.Item>
      </Col>
      <Col xs={16} sm={20}>
        <Form.Item name={[name, 'name']} label={t('criteria:criterion.name')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name={[name, 'kind']} label={t('criteria:criterion.kind')} rules={required}>
          <Select
            options={CRITERION_KINDS.map((k) => ({ value: k, label: t(`criteria:kind.${k}`) }))}
          />
        </Form.Item>
      </Col>
      {kind === 'SCORED' && (
        <Col xs={12} sm={8}>
          <Form.Item
            name={[name, 'maxPoints']}
            label={t('criteria:criterion.maxPoints')}
            rules={required}
          >
            <InputNumber min={0.01} max={999999} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      )}
      {kind === 'NUMERIC' && (
        <>
          <Col xs={8} sm={4}>
            <Form.Item
              name={[name, 'comparison']}
              label={t('criteria:criterion.comparison')}
              rules={required}
            >
              <Select options={COMPARISONS.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
          </Col>
          <Col xs={8} sm={6}>
            <Form.Item
              name={[name, 'threshold']}
              label={t('criteria:criterion.threshold')}
              rules={required}
            >
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8} sm={6}>
            <Form.Item name={[name, 'unitOfMeasure']} label={t('criteria:criterion.unit')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24}>
        <Flex gap="middle" wrap>
          <Form.Item name={[name, 'required']} valuePropName="checked" noStyle>
            <Checkbox>{t('criteria:criterion.required')}</Checkbox>
          </Form.Item>
          <Form.Item name={[name, 'key']} valuePropName="checked" noStyle>
            <Checkbox>{t('criteria:criterion.key')}</Checkbox>
          </Form.Item>
        </Flex>
      </Col>
      <Col xs={24}>
        <Form.Item
          name={[name, 'expectedEvidence']}
          label={t('criteria:criterion.expectedEvidence')}
          style={{ marginTop: 8 }}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Col>
    </Row>
  );
}

function MoveButtons({
  index,
  count,
  move,
  remove,
  label,
}: {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  label: string;
}) {
  const { t } = useTranslation(['translation', 'criteria']);
  return (
    <Flex gap={4}>
      <Tooltip title={t('criteria:editor.up')}>
        <Button
          size="small"
          icon={<ArrowUpOutlined />}
          aria-label={`${t('criteria:editor.up')}: ${label}`}
          disabled={index === 0}
          onClick={() => move(index, index - 1)}
        />
      </Tooltip>
      <Tooltip title={t('criteria:editor.down')}>
        <Button
          size="small"
          icon={<ArrowDownOutlined />}
          aria-label={`${t('criteria:editor.down')}: ${label}`}
          disabled={index === count - 1}
          onClick={() => move(index, index + 1)}
        />
      </Tooltip>
      <Tooltip title={t('criteria:editor.remove')}>
        <Button
          size="small"
          danger
          icon={<DeleteOutlined />}
          aria-label={`${t('criteria:editor.remove')}: ${label}`}
          onClick={() => remove(index)}
        />
      </Tooltip>
    </Flex>
  );
}

const NEW_ITEM: FormIndicator = { kind: 'PASS_FAIL', required: true, key: false };

/**
 * A draft edited as one document — name, period, rule, groups, criteria with their indicators —
 * and saved with one PUT carrying the version it was read at. Variants and questions (not edited
 * here) are kept as read. A 409 goes to `onConflict`; field errors go on their fields.
 */
export function CriteriaSetEditor({
  set,
  onDirtyChange,
  onConflict,
}: {
  set: CriteriaSet;
  onDirtyChange: (dirty: boolean) => void;
  onConflict: (error: unknown) => boolean;
}) {
  const { t } = useTranslation(['translation', 'criteria']);
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const update = useUpdateCriteriaSet();
  const [formError, setFormError] = useState<string[] | null>(null);
  const passRule = Form.useWatch(['rule', 'passRule'], form) as
    CriteriaRule['passRule'] | undefined;
  const groups = (Form.useWatch('groups', form) as CriteriaGroup[] | undefined) ?? [];
  const required = [{ required: true, message: t('criteria:editor.requiredField') }];

  const save = () => {
    setFormError(null);
    const values = form.getFieldsValue(true) as FormValues;
    update.mutate(
      { id: set.id, body: bodyOf(values, set.version) },
      {
        onSuccess: () => {
          onDirtyChange(false);
          void message.success(t('criteria:editor.saved'));
        },
        onError: (error) => {
          if (onConflict(error)) {
            return;
          }
          const problem = problemOf(error);
          const errors = problem?.errors ?? [];
          const known = errors.filter(
            (e) => form.getFieldInstance(fieldPath(e.field)) !== undefined,
          );
          form.setFields(
            known.map((e) => ({ name: fieldPath(e.field) as never, errors: [e.message] })),
          );
          const rest = errors
            .filter((e) => !known.includes(e))
            .map((e) => `${e.field}: ${e.message}`);
          setFormError(
            rest.length > 0
              ? rest
              : known.length > 0
                ? [t('criteria:editor.checkFields')]
                : [problem?.detail ?? problem?.title ?? String(error)],
          );
        },
      },
    );
  };

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      name={`criteria-set-${set.id}`}
      initialValues={formValuesOf(set)}
      onValuesChange={() => onDirtyChange(true)}
      onFinish={save}
      onFinishFailed={() => setFormError([t('criteria:editor.checkFields')])}
      scrollToFirstError
    >
      <Flex vertical gap="middle">
        <Card size="small" title={t('criteria:editor.general')}>
          <Row gutter={8}>
            <Col xs={24} md={16}>
              <Form.Item name="name" label={t('criteria:set.name')} rules={required}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="level" label={t('criteria:set.level')}>
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="effectiveFrom"
                label={t('criteria:set.effectiveFrom')}
                rules={required}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="effectiveTo" label={t('criteria:set.effectiveTo')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={t('criteria:set.notes')}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('criteria:rule.title')}>
          <Row gutter={8}>
            <Col xs={24} md={12}>
              <Form.Item name={['rule', 'passRule']} label={t('criteria:rule.passRule')}>
                <Radio.Group
                  options={PASS_RULES.map((r) => ({
                    value: r,
                    label: t(`criteria:passRule.${r}`),
                  }))}
                />
              </Form.Item>
            </Col>
            {passRule === 'SCORE' && (
              <Col xs={24} md={12}>
                <Form.Item
                  name={['rule', 'passingScore']}
                  label={t('criteria:rule.passingScore')}
                  rules={required}
                >
                  <InputNumber min={0} max={999999} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            )}
            <Col xs={12} md={8}>
              <Form.Item name={['rule', 'postingDays']} label={t('criteria:rule.postingDays')}>
                <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name={['rule', 'voteThresholdPercent']}
                label={t('criteria:rule.voteThresholdPercent')}
              >
                <InputNumber min={0} max={100} style={{ width: '100%' }} suffix="%" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name={['rule', 'validityYears']} label={t('criteria:rule.validityYears')}>
                <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name={['rule', 'reassessmentMonths']}
                label={t('criteria:rule.reassessmentMonths')}
              >
                <InputNumber min={1} max={600} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name={['rule', 'revokeFailPercent']}
                label={t('criteria:rule.revokeFailPercent')}
              >
                <InputNumber min={0} max={100} style={{ width: '100%' }} suffix="%" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name={['rule', 'revokeKeyFailPercent']}
                label={t('criteria:rule.revokeKeyFailPercent')}
              >
                <InputNumber min={0} max={100} style={{ width: '100%' }} suffix="%" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card size="small" title={t('criteria:group.title')}>
          <Form.List name="groups">
            {(fields, { add, remove, move }) => (
              <Flex vertical gap="small">
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="start" data-testid={`group-${index}`}>
                    <Form.Item
                      name={[field.name, 'code']}
                      label={t('criteria:group.code')}
                      rules={required}
                      style={{ width: 72, marginBottom: 0 }}
                    >
                      <Input maxLength={20} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('criteria:group.name')}
                      rules={required}
                      style={{ flex: 1, marginBottom: 0, minWidth: 0 }}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={300} />
                    </Form.Item>
                    <div style={{ paddingTop: 30 }}>
                      <MoveButtons
                        index={index}
                        count={fields.length}
                        move={move}
                        remove={remove}
                        label={t('criteria:group.label', { n: index + 1 })}
                      />
                    </div>
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ code: '', name: '' })}>
                  {t('criteria:group.add')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>

        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('criteria:criterion.title')}
        </Typography.Title>
        <Form.List name="criteria">
          {(fields, { add, remove, move }) => (
            <Flex vertical gap="small">
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  data-testid={`criterion-${index}`}
                  title={t('criteria:criterion.label', { n: index + 1 })}
                  extra={
                    <MoveButtons
                      index={index}
                      count={fields.length}
                      move={move}
                      remove={remove}
                      label={t('criteria:criterion.label', { n: index + 1 })}
                    />
                  }
                >
                  <Form.Item name={[field.name, 'groupCode']} label={t('criteria:criterion.group')}>
                    <Select
                      allowClear
                      options={groups
                        .filter((g) => g?.code)
                        .map((g) => ({ value: g.code, label: `${g.code}. ${g.name ?? ''}` }))}
                    />
                  </Form.Item>
                  <ItemFields form={form} path={['criteria', field.name]} name={field.name} />
                  <Form.List name={[field.name, 'indicators']}>
                    {(subFields, sub) => (
                      <Flex vertical gap="small">
                        {subFields.map((subField, subIndex) => (
                          <Card
                            key={subField.key}
                            size="small"
                            type="inner"
                            data-testid={`criterion-${index}-indicator-${subIndex}`}
                            title={t('criteria:indicator.label', { n: subIndex + 1 })}
                            extra={
                              <MoveButtons
                                index={subIndex}
                                count={subFields.length}
                                move={sub.move}
                                remove={sub.remove}
                                label={t('criteria:indicator.label', { n: subIndex + 1 })}
                              />
                            }
                          >
                            <ItemFields
                              form={form}
                              path={['criteria', field.name, 'indicators', subField.name]}
                              name={subField.name}
                            />
                          </Card>
                        ))}
                        <Button
                          size="small"
                          icon={<PlusOutlined />}
                          onClick={() => sub.add({ ...NEW_ITEM })}
                        >
                          {t('criteria:indicator.add')}
                        </Button>
                      </Flex>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ ...NEW_ITEM })}>
                {t('criteria:criterion.add')}
              </Button>
            </Flex>
          )}
        </Form.List>

        {formError && (
          <Alert
            type="error"
            showIcon
            title={t('criteria:editor.notSaved')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {formError.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            }
          />
        )}
        <Flex
          justify="end"
          style={{
            position: 'sticky',
            bottom: 0,
            padding: '8px 0',
            background: token.colorBgLayout,
          }}
        >
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={update.isPending}
          >
            {t('criteria:editor.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
