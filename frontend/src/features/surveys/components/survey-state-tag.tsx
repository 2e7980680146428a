import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SatisfactionSurveyState } from '@/features/surveys/api/surveys';

const COLORS: Record<SatisfactionSurveyState, string> = {
  DRAFT: 'default',
  OPEN: 'blue',
  CLOSED: 'orange',
  PUBLISHED: 'green',
};

export function SurveyStateTag({ state }: { state: SatisfactionSurveyState }) {
  const { t } = useTranslation('surveys');
  return (
    <Tag color={COLORS[state]} data-testid="survey-state">
      {t(`state.${state}`)}
    </Tag>
  );
}
