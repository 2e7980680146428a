import { DeleteOutlined, LoginOutlined, RedoOutlined } from '@ant-design/icons';
import { App, Button, Divider, Drawer, Empty, Flex, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OutboxConflict } from '@/components/outbox-conflict';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import { useSession } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/dates';
import { retryOutboxItem, runOutbox } from '@/lib/outbox/outbox-sender';
import { deleteOutboxItem, type OutboxItem } from '@/lib/outbox/outbox-store';

function OutboxRow({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const session = useSession();
  const subject = session.subject ?? '';
  return (
    <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }} data-testid="outbox-item">
      <Flex justify="space-between" align="start" gap="small">
        <Typography.Text strong style={{ minWidth: 0 }}>
          {item.label}
        </Typography.Text>
        <OutboxStateTag item={item} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(new Date(item.createdAt).toISOString())}
        {item.state === 'pending' && item.lastError ? ` · ${t('outbox.waitingNetwork')}` : ''}
      </Typography.Text>
      {item.state === 'conflict' && <OutboxConflict item={item} />}
      <Flex gap="small" wrap>
        {item.state === 'needs-login' && (
          <Button
            size="small"
            type="primary"
            icon={<LoginOutlined />}
            onClick={() => session.login()}
          >
            {t('outbox.signInToSend')}
          </Button>
        )}
        {(item.state === 'error' || item.state === 'pending') && (
          <Button
            size="small"
            icon={<RedoOutlined />}
            onClick={() => void retryOutboxItem(subject, item.id).then(() => runOutbox(subject))}
          >
            {t('outbox.retry')}
          </Button>
        )}
        {item.state !== 'sending' && !item.discarded && (
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            onClick={() => {
              modal.confirm({
                title: t('outbox.deleteConfirm.title'),
                content:
                  item.state === 'sent'
                    ? t('outbox.deleteConfirm.sent')
                    : t('outbox.deleteConfirm.unsent'),
                okText: t('outbox.delete'),
                okButtonProps: { danger: true },
                cancelText: t('common.cancel'),
                onOk: async () => {
                  await deleteOutboxItem(subject, item.id);
                },
              });
            }}
          >
            {t('outbox.delete')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}

/** The outbox's drawer: every item, its state, "Gửi lại", "Xóa" and conflicts to resolve. */
export default function OutboxDrawer({
  items,
  open,
  onClose,
}: {
  items: OutboxItem[];
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={open}
      title={t('outbox.title')}
      size={screens.md ? 480 : '100%'}
      onClose={onClose}
    >
      {items.length === 0 ? (
        <Empty description={t('outbox.empty')} />
      ) : (
        <Flex vertical>
          {[...items].reverse().map((item, index) => (
            <div key={item.id}>
              {index > 0 && <Divider style={{ marginBlock: 12 }} />}
              <OutboxRow item={item} />
            </div>
          ))}
        </Flex>
      )}
    </Drawer>
  );
}
