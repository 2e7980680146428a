import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriteriaSetStatus, Criterion, Indicator } from '@/features/criteria/api/criteria';

const STATUS_COLORS: Record<CriteriaSetStatus, string> = {
  DRAFT: 'gold',
  PUBLISHED: 'green',
  RETIRED: 'default',
};

/** A set's status: dự thảo, ban hành, hết áp dụng. */
export function SetStatusTag({ status }: { status: CriteriaSetStatus }) {
  const { t } = useTranslation(['translation', 'criteria']);
  return <Tag color={STATUS_COLORS[status]}>{t(`criteria:status.${status}`)}</Tag>;
}

const number = new Intl.NumberFormat('vi');

/** How a criterion is judged, in a few words: "Đạt / không đạt", "10 điểm", "≥ 90 %". */
export function useMeasureText() {
  const { t } = useTranslation(['translation', 'criteria']);
  return (criterion: Criterion | Indicator): string => {
    switch (criterion.kind) {
      case 'PASS_FAIL':
        return t('criteria:kind.PASS_FAIL');
      case 'SCORED':
        return t('criteria:measure.points', {
          points: criterion.maxPoints === undefined ? '?' : number.format(criterion.maxPoints),
        });
      case 'NUMERIC':
        return [
          criterion.comparison ?? '',
          criterion.threshold === undefined ? '?' : number.format(criterion.threshold),
          criterion.unitOfMeasure ?? '',
        ]
          .filter(Boolean)
          .join(' ');
    }
  };
}
