import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Target, TargetStatus } from '@/features/targets/api/targets';

const COLORS: Record<TargetStatus, string> = {
  ACHIEVED: 'green',
  IN_PROGRESS: 'blue',
  MISSED: 'red',
  NOT_MEASURABLE: 'default',
};

/** Achieved, in progress, missed, or not measurable with the reason in words. */
export function TargetStatusTag({ target }: { target: Target }) {
  const { t } = useTranslation('targets');
  const { status, reason, reasonText } = target.progress;
  return (
    <Flex vertical gap={2} align="start">
      <Tag color={COLORS[status]} data-testid="target-status">
        {t(`status.${status}`)}
      </Tag>
      {status === 'NOT_MEASURABLE' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {reason ? t(`reason.${reason}`) : reasonText}
        </Typography.Text>
      )}
    </Flex>
  );
}
