import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '@/lib/outbox/outbox-store';

const COLORS: Record<OutboxItem['state'], string> = {
  pending: 'gold',
  sending: 'processing',
  sent: 'green',
  error: 'red',
  conflict: 'volcano',
  'needs-login': 'orange',
};

/** "Chờ gửi", "Đang gửi", "Đã gửi", "Lỗi: …", "Xung đột", "Chờ đăng nhập". */
export function OutboxStateTag({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const text =
    item.state === 'error'
      ? t('outbox.state.error', { error: item.lastError ?? '' })
      : t(`outbox.state.${item.state}`);
  return (
    <Tag color={COLORS[item.state]} data-testid="outbox-state" style={{ whiteSpace: 'normal' }}>
      {text}
    </Tag>
  );
}
