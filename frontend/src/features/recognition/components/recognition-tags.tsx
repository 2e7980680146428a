import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  RecognitionCaseState,
  RecognitionDecisionStatus,
} from '@/features/recognition/api/recognition';

const STATE_COLORS: Record<RecognitionCaseState, string> = {
  REGISTERED: 'default',
  SELF_ASSESSED: 'blue',
  REVIEWED: 'geekblue',
  POSTED: 'purple',
  VOTED: 'cyan',
  APPRAISED: 'gold',
  RECOGNIZED: 'green',
  REFUSED: 'red',
  WITHDRAWN: 'default',
};

const STATUS_COLORS: Record<RecognitionDecisionStatus, string> = {
  IN_FORCE: 'green',
  LAPSED: 'orange',
  REVOKED: 'red',
  LOST: 'volcano',
};

export function CaseStateTag({ state }: { state: RecognitionCaseState }) {
  const { t } = useTranslation('recognition');
  return (
    <Tag color={STATE_COLORS[state]} data-testid="case-state">
      {t(`state.${state}`)}
    </Tag>
  );
}

export function DecisionStatusTag({ status }: { status: RecognitionDecisionStatus }) {
  const { t } = useTranslation('recognition');
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="decision-status">
      {t(`decisionStatus.${status}`)}
    </Tag>
  );
}
