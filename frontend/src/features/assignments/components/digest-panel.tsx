import { BellOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DigestItem, useMyDigest } from '@/features/assignments/api/assignments';
import { formatDate } from '@/lib/dates';

const KIND_COLORS: Record<DigestItem['kind'], string> = {
  OVERDUE: 'red',
  DUE_SOON: 'gold',
  RETURNED: 'orange',
  EXPLANATION_REQUESTED: 'purple',
};

/** Today's reminders of the caller's organization, as the daily e-mail carries them. */
export function DigestPanel() {
  const { t } = useTranslation();
  const digest = useMyDigest();
  if (!digest.data) {
    return null;
  }
  const items = digest.data.items;
  if (items.length === 0) {
    return (
      <Typography.Text type="secondary" data-testid="digest-empty">
        <BellOutlined /> {t('digest.empty')}
      </Typography.Text>
    );
  }
  return (
    <Card
      size="small"
      data-testid="digest"
      title={
        <span>
          <BellOutlined /> {t('digest.title', { count: items.length })}
        </span>
      }
    >
      <Flex vertical gap={6}>
        {items.map((item) => (
          <div
            key={`${item.kind}-${item.assignmentId}-${item.reportId ?? item.explanationId ?? ''}`}
          >
            <Tag color={KIND_COLORS[item.kind]}>{t(`enums.DigestItemKind.${item.kind}`)}</Tag>
            <Link to={`/tasks/${item.taskId}`}>
              {item.ordinal}. {item.title}
            </Link>
            {item.periodLabel && (
              <Typography.Text type="secondary"> · {item.periodLabel}</Typography.Text>
            )}
            {item.dueDate && item.kind !== 'RETURNED' && (
              <Typography.Text type="secondary">
                {' '}
                · {t('work.due', { date: formatDate(item.dueDate) })}
              </Typography.Text>
            )}
            {item.note && (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                «{item.note}»
              </Typography.Paragraph>
            )}
          </div>
        ))}
      </Flex>
    </Card>
  );
}
