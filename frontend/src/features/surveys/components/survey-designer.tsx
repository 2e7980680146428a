import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryError } from '@/components/query-error';
import {
  type SatisfactionScaleOption,
  type SatisfactionSurvey,
  useCommuneAreas,
  useCreateSurvey,
  useSurveyTitles,
  useUpdateSurvey,
} from '@/features/surveys/api/surveys';
import type { SurveyViewer } from '@/features/surveys/components/survey-viewer';
import { showProblem } from '@/lib/api/problem-text';
import { type ComponentType, useState } from 'react';

/**
 * A picker of the communes (xã, phường, đặc khu) in force in the caller's scope, in the server's
 * order (exact code or name first): the units feature's picker, given by the route.
 */
export type CommunePicker = ComponentType<{
  value?: number;
  onChange?: (value: number | undefined) => void;
  id?: string;
  placeholder: string;
  'aria-label': string;
}>;

interface QuestionValues {
  criterionId?: number | null;
  criterionCode?: string;
  criterionName?: string;
  text: string;
}

interface DesignValues {
  /** The commune, picked by a user above a commune; a commune's own cadre has theirs fixed. */
  unitId?: number;
  name: string;
  titleId?: number;
  year: number;
  minimumResponsePercent?: number;
  thresholdPercent?: number;
  /** Households to ask, by residential area id; empty leaves the area out of the plan. */
  plan: Record<string, number | null | undefined>;
  questions?: QuestionValues[];
  scale?: SatisfactionScaleOption[];
  satisfiedValues?: number[];
}

const FIELDS = ['unitId', 'name', 'titleId', 'year', 'minimumResponsePercent', 'thresholdPercent'];

function initialValues(survey: SatisfactionSurvey | undefined): DesignValues {
  if (!survey) {
    return { name: '', year: dayjs().year(), plan: {} };
  }
  return {
    name: survey.name,
    titleId: survey.title.id,
    year: survey.year,
    minimumResponsePercent: survey.minimumResponsePercent,
    thresholdPercent: survey.thresholdPercent,
    plan: Object.fromEntries(survey.plan.map((p) => [String(p.residentialAreaId), p.households])),
    questions: survey.questions.map((q) => ({
      criterionId: q.criterionId ?? null,
      criterionCode: q.criterionCode,
      criterionName: q.criterionName,
      text: q.text,
    })),
    scale: survey.scale,
    satisfiedValues: survey.satisfiedValues,
  };
}

/** The plan as the contract has it: the areas given a number of households. */
function planOf(values: DesignValues) {
  return Object.entries(values.plan ?? {})
    .filter(([, households]) => typeof households === 'number' && households > 0)
    .map(([id, households]) => ({ residentialAreaId: Number(id), households: households ?? 0 }));
}

/** The plan's table: every current area of the commune with the households to ask there. */
function PlanFields({ unitId }: { unitId: number | undefined }) {
  const { t } = useTranslation('surveys');
  const areas = useCommuneAreas(unitId);
  if (unitId === undefined) {
    return <Typography.Text type="secondary">{t('designer.pickCommuneFirst')}</Typography.Text>;
  }
  if (areas.isError) {
    return <QueryError error={areas.error} onRetry={() => void areas.refetch()} compact />;
  }
  if (!areas.data) {
    return <Skeleton active paragraph={{ rows: 3 }} />;
  }
  return (
    <Flex vertical gap={4}>
      {areas.data.items
        .filter((area) => area.current)
        .map((area) => (
          <Flex key={area.id} justify="space-between" align="center" gap={8}>
            <Typography.Text>{area.name}</Typography.Text>
            <Form.Item name={['plan', String(area.id)]} noStyle>
              <InputNumber
                aria-label={t('designer.householdsOf', { area: area.name })}
                min={1}
                max={100000}
                precision={0}
                placeholder="0"
                style={{ width: 110 }}
              />
            </Form.Item>
          </Flex>
        ))}
    </Flex>
  );
}

/** The questions, each about a criterion (its code and name as the set has them, or its own). */
function QuestionFields() {
  const { t } = useTranslation('surveys');
  return (
    <Form.List name="questions">
      {(fields, { add, remove }) => (
        <Flex vertical gap="small">
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t('designer.question', { n: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('designer.removeQuestion', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Flex gap={8} wrap>
                <Form.Item
                  name={[field.name, 'criterionCode']}
                  label={t('designer.criterionCode')}
                  style={{ flex: '0 1 110px', marginBottom: 8 }}
                >
                  <Input maxLength={20} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'criterionName']}
                  label={t('designer.criterionName')}
                  style={{ flex: '1 1 200px', marginBottom: 8 }}
                >
                  <Input maxLength={300} />
                </Form.Item>
              </Flex>
              <Form.Item
                name={[field.name, 'text']}
                label={t('designer.questionText')}
                rules={[{ required: true, message: t('designer.required') }]}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea autoSize maxLength={1000} />
              </Form.Item>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
            {t('designer.addQuestion')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The answer scale (value and words) and which answers count as satisfied. */
function ScaleFields({ form }: { form: ReturnType<typeof Form.useForm<DesignValues>>[0] }) {
  const { t } = useTranslation('surveys');
  const scale = Form.useWatch('scale', form) ?? [];
  return (
    <Flex vertical gap="small">
      <Form.List name="scale">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="center">
                <Form.Item name={[field.name, 'value']} noStyle>
                  <InputNumber
                    aria-label={t('designer.scaleValue', { n: index + 1 })}
                    min={0}
                    max={10}
                    precision={0}
                    style={{ width: 64 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'label']} noStyle>
                  <Input aria-label={t('designer.scaleLabel', { n: index + 1 })} maxLength={100} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('designer.removeScale', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ value: fields.length + 1, label: '' })}
              disabled={fields.length >= 11}
            >
              {t('designer.addScale')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item name="satisfiedValues" label={t('designer.satisfiedValues')}>
        <Checkbox.Group
          options={scale
            .filter((o): o is SatisfactionScaleOption => Boolean(o))
            .map((o) => ({ value: o.value, label: `${o.value}. ${o.label}` }))}
        />
      </Form.Item>
    </Flex>
  );
}

/**
 * Whether the viewer picks the commune of a new survey: anyone above a commune (a province's Front,
 * an admin) does; a commune's cadre designs their own commune's surveys.
 */
export function picksCommune(viewer: SurveyViewer): boolean {
  return viewer.unit?.level !== 'COMMUNE';
}

/**
 * The survey designer: the commune (picked by a user above a commune), its name, title and year, the minimum share of the plan and the threshold
 * of satisfaction, and the sample plan per residential area. A new survey's questions are seeded
 * by the server from the title's criteria set; then, while it is a DRAFT, its questions per
 * criterion, the answer scale and the answers counted as satisfied are edited here too.
 */
export function SurveyDesigner({
  viewer,
  survey,
  CommunePicker,
}: {
  viewer: SurveyViewer;
  survey?: SatisfactionSurvey;
  /** Offered when a new survey's commune is to be picked (see {@link picksCommune}). */
  CommunePicker?: CommunePicker;
}) {
  const { t } = useTranslation(['translation', 'surveys']);
  const navigate = useNavigate();
  const [form] = Form.useForm<DesignValues>();
  const [problem, setProblem] = useState<string[]>();
  const titles = useSurveyTitles();
  const create = useCreateSurvey();
  const update = useUpdateSurvey(survey?.id ?? 0);
  const picking = !survey && CommunePicker !== undefined && picksCommune(viewer);
  const pickedUnitId = Form.useWatch('unitId', form);
  const unitId = survey?.unit.id ?? (picking ? pickedUnitId : viewer.unit?.id);
  const unitName = survey?.unit.name ?? (picking ? undefined : viewer.unit?.name);

  const submit = async (values: DesignValues) => {
    setProblem(undefined);
    try {
      if (survey) {
        const saved = await update.mutateAsync({
          name: values.name,
          year: values.year,
          scale: (values.scale ?? []).filter(Boolean),
          satisfiedValues: values.satisfiedValues ?? [],
          minimumResponsePercent: values.minimumResponsePercent ?? survey.minimumResponsePercent,
          thresholdPercent: values.thresholdPercent ?? survey.thresholdPercent,
          questions: (values.questions ?? []).map((q) => ({
            ...(q.criterionId ? { criterionId: q.criterionId } : {}),
            ...(q.criterionCode ? { criterionCode: q.criterionCode } : {}),
            ...(q.criterionName ? { criterionName: q.criterionName } : {}),
            text: q.text,
          })),
          plan: planOf(values),
          version: survey.version,
        });
        void navigate(`/surveys/${saved.id}`);
      } else {
        const made = await create.mutateAsync({
          titleId: values.titleId ?? 0,
          unitId: (picking ? values.unitId : unitId) ?? 0,
          name: values.name,
          year: values.year,
          ...(values.minimumResponsePercent
            ? { minimumResponsePercent: values.minimumResponsePercent }
            : {}),
          ...(values.thresholdPercent !== undefined && values.thresholdPercent !== null
            ? { thresholdPercent: values.thresholdPercent }
            : {}),
          plan: planOf(values),
        });
        void navigate(`/surveys/${made.id}/design`);
      }
    } catch (error) {
      setProblem(showProblem(form, error, FIELDS));
    }
  };

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 760 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {survey ? t('surveys:designer.editTitle') : t('surveys:designer.newTitle')}
      </Typography.Title>
      {unitName && (
        <Typography.Text>{t('surveys:designer.commune', { name: unitName })}</Typography.Text>
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem[0]}
          description={problem.slice(1).join('\n') || undefined}
        />
      )}
      <Form<DesignValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(survey)}
        onValuesChange={(changed: Partial<DesignValues>) => {
          // the plan names the areas of one commune: another commune starts an empty plan
          if ('unitId' in changed) {
            form.setFieldValue('plan', {});
          }
        }}
        onFinish={(values) => void submit(values)}
      >
        <Card size="small" title={t('surveys:designer.general')}>
          {picking && CommunePicker && (
            <Form.Item
              name="unitId"
              label={t('surveys:designer.communePicker')}
              rules={[{ required: true, message: t('surveys:designer.required') }]}
            >
              <CommunePicker
                aria-label={t('surveys:designer.communePicker')}
                placeholder={t('surveys:designer.communePlaceholder')}
              />
            </Form.Item>
          )}
          <Form.Item
            name="name"
            label={t('surveys:designer.name')}
            rules={[{ required: true, whitespace: true, message: t('surveys:designer.required') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
          <Flex gap={8} wrap>
            <Form.Item
              name="titleId"
              label={t('surveys:designer.titleName')}
              rules={[{ required: true, message: t('surveys:designer.required') }]}
              style={{ flex: '2 1 240px' }}
            >
              <Select
                disabled={Boolean(survey)}
                loading={titles.isPending}
                showSearch={{ optionFilterProp: 'label' }}
                options={(titles.data ?? []).map((title) => ({
                  value: title.id,
                  label: title.name,
                }))}
              />
            </Form.Item>
            <Form.Item name="year" label={t('surveys:designer.year')} style={{ flex: '0 1 110px' }}>
              <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Flex gap={8} wrap>
            <Form.Item
              name="minimumResponsePercent"
              label={t('surveys:designer.minimumShare')}
              extra={survey ? undefined : t('surveys:designer.defaultMinimum')}
              style={{ flex: '1 1 160px' }}
            >
              <InputNumber min={1} max={100} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="thresholdPercent"
              label={t('surveys:designer.threshold')}
              extra={survey ? undefined : t('surveys:designer.defaultThreshold')}
              style={{ flex: '1 1 160px' }}
            >
              <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
        </Card>
        <Card size="small" title={t('surveys:designer.plan')} style={{ marginTop: 12 }}>
          <Typography.Paragraph type="secondary">
            {t('surveys:designer.planHelp')}
          </Typography.Paragraph>
          <PlanFields unitId={unitId} />
        </Card>
        {survey ? (
          <>
            <Card size="small" title={t('surveys:designer.scale')} style={{ marginTop: 12 }}>
              <ScaleFields form={form} />
            </Card>
            <Card size="small" title={t('surveys:designer.questions')} style={{ marginTop: 12 }}>
              <QuestionFields />
            </Card>
          </>
        ) : (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('surveys:designer.seeded')}
          </Typography.Paragraph>
        )}
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          loading={create.isPending || update.isPending}
          style={{ marginTop: 12 }}
        >
          {survey ? t('surveys:designer.save') : t('surveys:designer.create')}
        </Button>
      </Form>
    </Flex>
  );
}
