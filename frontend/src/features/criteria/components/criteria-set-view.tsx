import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriteriaSet, Criterion, Indicator } from '@/features/criteria/api/criteria';
import { useMeasureText } from '@/features/criteria/components/criteria-tags';

const number = new Intl.NumberFormat('vi');

/** The rule a set judges by, as a list of label: value. */
export function RuleDescriptions({ set }: { set: CriteriaSet }) {
  const { t } = useTranslation(['translation', 'criteria']);
  const rule = set.rule;
  const value = (
    v: number | undefined,
    key:
      | 'criteria:rule.days'
      | 'criteria:rule.percent'
      | 'criteria:rule.years'
      | 'criteria:rule.months',
  ) => (v === undefined ? t('criteria:rule.none') : t(key, { value: number.format(v) }));
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 1, md: 2 }}
      aria-label={t('criteria:rule.title')}
      items={[
        {
          key: 'passRule',
          label: t('criteria:rule.passRule'),
          children:
            rule.passRule === 'SCORE'
              ? t('criteria:rule.scoreOf', {
                  score: rule.passingScore === undefined ? '?' : number.format(rule.passingScore),
                  total: number.format(set.totalMaxPoints),
                })
              : t('criteria:passRule.ALL_REQUIRED'),
        },
        {
          key: 'postingDays',
          label: t('criteria:rule.postingDays'),
          children: value(rule.postingDays, 'criteria:rule.days'),
        },
        {
          key: 'vote',
          label: t('criteria:rule.voteThresholdPercent'),
          children: value(rule.voteThresholdPercent, 'criteria:rule.percent'),
        },
        {
          key: 'validity',
          label: t('criteria:rule.validityYears'),
          children: value(rule.validityYears, 'criteria:rule.years'),
        },
        {
          key: 'reassessment',
          label: t('criteria:rule.reassessmentMonths'),
          children: value(rule.reassessmentMonths, 'criteria:rule.months'),
        },
        ...(rule.revokeFailPercent !== undefined
          ? [
              {
                key: 'revokeFail',
                label: t('criteria:rule.revokeFailPercent'),
                children: value(rule.revokeFailPercent, 'criteria:rule.percent'),
              },
            ]
          : []),
        ...(rule.revokeKeyFailPercent !== undefined
          ? [
              {
                key: 'revokeKeyFail',
                label: t('criteria:rule.revokeKeyFailPercent'),
                children: value(rule.revokeKeyFailPercent, 'criteria:rule.percent'),
              },
            ]
          : []),
      ]}
    />
  );
}

function CriterionLine({ item, indicator }: { item: Criterion | Indicator; indicator?: boolean }) {
  const { t } = useTranslation(['translation', 'criteria']);
  const measure = useMeasureText();
  return (
    <Flex vertical gap={2} data-testid={indicator ? 'indicator' : 'criterion'}>
      <Typography.Text strong={!indicator}>
        {item.code}. {item.name}
      </Typography.Text>
      <Flex gap={4} wrap>
        <Tag>{measure(item)}</Tag>
        {item.required && <Tag color="blue">{t('criteria:criterion.required')}</Tag>}
        {item.key && <Tag color="red">{t('criteria:criterion.key')}</Tag>}
      </Flex>
      {item.expectedEvidence && (
        <Typography.Text type="secondary">
          {t('criteria:criterion.evidenceIs', { evidence: item.expectedEvidence })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** A set as it reads: the rule, then each group with its criteria and their indicators. */
export function CriteriaSetView({ set }: { set: CriteriaSet }) {
  const { t } = useTranslation(['translation', 'criteria']);
  const grouped = [
    ...set.groups.map((group) => ({
      key: group.code,
      heading: `${group.code}. ${group.name}`,
      criteria: set.criteria.filter((c) => c.groupCode === group.code),
    })),
    {
      key: '',
      heading: t('criteria:group.none'),
      criteria: set.criteria.filter(
        (c) => !c.groupCode || !set.groups.some((g) => g.code === c.groupCode),
      ),
    },
  ].filter((group) => group.criteria.length > 0);
  return (
    <Flex vertical gap="middle">
      <Card size="small" title={t('criteria:rule.title')}>
        <RuleDescriptions set={set} />
      </Card>
      {set.notes && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{set.notes}</Typography.Paragraph>
      )}
      {grouped.length === 0 ? (
        <Empty description={t('criteria:set.noCriteria')} />
      ) : (
        grouped.map((group) => (
          <Card
            key={group.key}
            size="small"
            title={group.heading}
            styles={{ title: { whiteSpace: 'normal' } }}
          >
            <Flex vertical gap="middle">
              {group.criteria.map((criterion) => (
                <Flex key={criterion.code} vertical gap={6}>
                  <CriterionLine item={criterion} />
                  {(criterion.indicators ?? []).length > 0 && (
                    <Flex vertical gap={6} style={{ paddingInlineStart: 16 }}>
                      {(criterion.indicators ?? []).map((indicator) => (
                        <CriterionLine key={indicator.code} item={indicator} indicator />
                      ))}
                    </Flex>
                  )}
                </Flex>
              ))}
            </Flex>
          </Card>
        ))
      )}
    </Flex>
  );
}
