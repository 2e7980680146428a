import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RecognitionCaseCriterion } from '@/features/recognition/api/recognition';
import { BUSINESS_TIME_ZONE } from '@/config/env';

/** Today in Viet Nam, as the API writes a day (yyyy-MM-dd). */
export function todayInVietnam(): string {
  return dayjs().tz(BUSINESS_TIME_ZONE).format('YYYY-MM-DD');
}

export interface CriterionResult {
  passed?: boolean | undefined;
  score?: number | undefined;
  value?: number | undefined;
}

/** The self-assessed result of a criterion, as the contract's assessment has it. */
export function selfResult(criterion: RecognitionCaseCriterion): CriterionResult | undefined {
  const a = criterion.assessment;
  if (a.id === undefined && a.assessedAt === undefined) {
    return undefined;
  }
  return { passed: a.selfPassed, score: a.selfScore, value: a.selfValue };
}

/** The commune's result: the self-assessed one where it agreed, its own where it changed it. */
export function reviewedResult(criterion: RecognitionCaseCriterion): CriterionResult | undefined {
  const a = criterion.assessment;
  if (!a.review) {
    return undefined;
  }
  return a.review === 'AGREE'
    ? (selfResult(criterion) ?? {})
    : { passed: a.reviewedPassed, score: a.reviewedScore, value: a.reviewedValue };
}

/** "≥ 80 %": how a NUMERIC criterion's value meets its threshold. */
export function thresholdText(criterion: RecognitionCaseCriterion): string {
  if (criterion.threshold === undefined) {
    return '';
  }
  return [criterion.comparison, criterion.threshold, criterion.unitOfMeasure]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}

/** A result in words: "Đạt", "7/10 điểm · Đạt", "85 % · Không đạt", or "Chưa đánh giá". */
export function ResultText({
  criterion,
  result,
}: {
  criterion: RecognitionCaseCriterion;
  result: CriterionResult | undefined;
}) {
  const { t } = useTranslation('recognition');
  if (!result) {
    return <Typography.Text type="secondary">{t('result.none')}</Typography.Text>;
  }
  const figure =
    criterion.kind === 'SCORED' && result.score !== undefined
      ? t('result.scoreOf', { score: result.score, max: criterion.maxPoints ?? '' })
      : criterion.kind === 'NUMERIC' && result.value !== undefined
        ? [result.value, criterion.unitOfMeasure].filter(Boolean).join(' ')
        : undefined;
  return (
    <span data-testid="criterion-result">
      {figure && <Typography.Text style={{ marginInlineEnd: 4 }}>{figure}</Typography.Text>}
      {result.passed !== undefined && (
        <Tag color={result.passed ? 'green' : 'red'}>
          {t(result.passed ? 'result.passed' : 'result.failed')}
        </Tag>
      )}
    </span>
  );
}
