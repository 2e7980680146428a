import { Alert, App, Button, Card, Flex, Form, InputNumber, Radio, Select, Typography } from 'antd';
import type { ComponentType } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryError } from '@/components/query-error';
import {
  type RecognitionRegistration,
  useRecognitionCases,
  useRecognitionTitles,
  useRegisterRecognitionCase,
} from '@/features/recognition/api/recognition';
import { todayInVietnam } from '@/features/recognition/components/criterion-result';
import { problemOf, showProblem } from '@/lib/api/problem-text';
import type { RecognitionViewer } from '@/features/recognition/components/recognition-permissions';

/** A picker of the residential areas of a commune (the residential-areas feature gives it). */
export type ResidentialAreaPicker = ComponentType<{
  unitId: number;
  value?: number;
  onChange?: (value: number | undefined) => void;
  id?: string;
  placeholder?: string;
}>;

interface RegistrationValues {
  residentialAreaId?: number;
  titleId?: number;
  year: number;
  kind: 'INITIAL' | 'REASSESSMENT';
  reassessesDecisionId?: number;
}

const FIELDS = ['residentialAreaId', 'titleId', 'year', 'kind', 'reassessesDecisionId'];

/** The decisions an area holds for a title: what a re-assessment re-assesses. */
function DecisionPicker({
  areaId,
  titleId,
  value,
  onChange,
  id,
}: {
  areaId?: number | undefined;
  titleId?: number | undefined;
  value?: number;
  onChange?: (value?: number) => void;
  id?: string;
}) {
  const { t } = useTranslation('recognition');
  const recognized = useRecognitionCases(
    {
      ...(areaId ? { residentialAreaId: areaId } : {}),
      ...(titleId ? { titleId } : {}),
      state: 'RECOGNIZED',
      size: 50,
    },
    areaId !== undefined && titleId !== undefined,
  );
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={recognized.isFetching}
      notFoundContent={t('register.noDecision')}
      options={(recognized.data?.items ?? [])
        .filter((c) => c.decisionId !== undefined)
        .map((c) => ({ value: c.decisionId, label: `${c.titleName} · ${c.year}` }))}
    />
  );
}

/**
 * Registering an area for a title and a year. An area's own reporter registers that area (from
 * the token); a commune's cadre picks one of the commune's areas.
 */
export function RegisterCase({
  viewer,
  AreaPicker,
}: {
  viewer: RecognitionViewer;
  AreaPicker: ResidentialAreaPicker;
}) {
  const { t } = useTranslation('recognition');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegistrationValues>();
  const titles = useRecognitionTitles();
  const register = useRegisterRecognitionCase();
  const [refusal, setRefusal] = useState<{ lines: string[]; duplicate?: number }>();
  const kind = Form.useWatch('kind', form);
  const areaId = Form.useWatch('residentialAreaId', form);
  const titleId = Form.useWatch('titleId', form);
  const fixedArea = viewer.residentialArea;
  const unitId = fixedArea?.unitId ?? viewer.unitId;

  if (titles.isError) {
    return <QueryError error={titles.error} onRetry={() => void titles.refetch()} />;
  }
  const areaTitles = (titles.data ?? []).filter(
    (title) => title.subjectKind === 'RESIDENTIAL_AREA',
  );

  const submit = (values: RegistrationValues) => {
    setRefusal(undefined);
    const body: RecognitionRegistration = {
      residentialAreaId: fixedArea?.id ?? values.residentialAreaId ?? 0,
      titleId: values.titleId ?? 0,
      year: values.year,
      kind: values.kind,
      ...(values.kind === 'REASSESSMENT' && values.reassessesDecisionId
        ? { reassessesDecisionId: values.reassessesDecisionId }
        : {}),
    };
    register
      .mutateAsync(body)
      .then((created) => {
        void message.success(t('register.done'));
        void navigate(`/recognition/${created.id}`);
      })
      .catch((error: unknown) => {
        const lines = showProblem(form, error, FIELDS);
        const duplicate = /recognition-cases\/(\d+)/.exec(problemOf(error)?.instance ?? '')?.[1];
        setRefusal({ lines, ...(duplicate ? { duplicate: Number(duplicate) } : {}) });
      });
  };

  return (
    <Card title={t('register.title')} loading={titles.isPending}>
      {unitId === undefined && (
        <Alert type="warning" showIcon title={t('register.noUnit')} style={{ marginBottom: 12 }} />
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="registration-refused"
          title={refusal.lines[0]}
          description={
            refusal.lines.length > 1 || refusal.duplicate !== undefined ? (
              <Flex vertical>
                {refusal.lines.slice(1).map((line) => (
                  <span key={line}>{line}</span>
                ))}
                {refusal.duplicate !== undefined && (
                  <Link to={`/recognition/${refusal.duplicate}`}>
                    {t('register.duplicateLink')}
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
          year: Number(todayInVietnam().slice(0, 4)),
          kind: 'INITIAL',
          ...(areaTitles.length === 1 ? { titleId: areaTitles[0]?.id } : {}),
        }}
        onFinish={submit}
        scrollToFirstError
      >
        {fixedArea ? (
          <Form.Item label={t('register.area')}>
            <Typography.Text strong data-testid="fixed-area">
              {fixedArea.name}
            </Typography.Text>
          </Form.Item>
        ) : (
          unitId !== undefined && (
            <Form.Item
              name="residentialAreaId"
              label={t('register.area')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <AreaPicker unitId={unitId} placeholder={t('register.areaSearch')} />
            </Form.Item>
          )
        )}
        <Form.Item
          name="titleId"
          label={t('register.recognitionTitle')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            // a province may issue many titles over the years: typed letters narrow the list
            showSearch={{ optionFilterProp: 'label' }}
            options={areaTitles.map((title) => ({
              value: title.id,
              label: title.demo ? `${title.name} (${t('register.demo')})` : title.name,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('register.year')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('register.kind')}>
          <Radio.Group
            options={(['INITIAL', 'REASSESSMENT'] as const).map((k) => ({
              value: k,
              label: t(`kind.${k}`),
            }))}
          />
        </Form.Item>
        {kind === 'REASSESSMENT' && (
          <Form.Item
            name="reassessesDecisionId"
            label={t('register.reassesses')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DecisionPicker areaId={fixedArea?.id ?? areaId} titleId={titleId} />
          </Form.Item>
        )}
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={register.isPending}
          disabled={unitId === undefined}
        >
          {t('register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
