import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@/lib/auth/session';
import { keepMineOutboxItem, runOutbox, takeTheirsOutboxItem } from '@/lib/outbox/outbox-sender';
import { deleteOutboxItem, type ConflictVersion, type OutboxItem } from '@/lib/outbox/outbox-store';

function VersionCard({
  title,
  version,
  copyable,
  testId,
}: {
  title: string;
  version: ConflictVersion;
  copyable: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} data-testid={testId} style={{ flex: 1, minWidth: 0 }}>
      {version.note && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {version.note}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph copyable={copyable} style={{ whiteSpace: 'pre-wrap' }}>
        {version.text || t('outbox.conflict.empty')}
      </Typography.Paragraph>
      {(version.figures ?? []).map((figure, index) => (
        <Typography.Text key={index} style={{ display: 'block' }}>
          {figure.label}: {figure.value}
          {figure.unit ? ` ${figure.unit}` : ''}
        </Typography.Text>
      ))}
    </Card>
  );
}

/**
 * A 409 to resolve: my version beside the server's, "Giữ bản của tôi" (send mine again on the
 * server's current copy) or "Lấy bản mới" (drop mine, its text still copyable until dismissed).
 */
export function OutboxConflict({ item }: { item: OutboxItem }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { subject = '' } = useSession();
  const [busy, setBusy] = useState(false);
  const conflict = item.conflict;
  if (!conflict) {
    return null;
  }
  const act = (action: () => Promise<unknown>) => {
    setBusy(true);
    action()
      .catch((error: unknown) => void message.error(String(error)))
      .finally(() => setBusy(false));
  };
  if (item.discarded) {
    return (
      <Flex vertical gap="small" data-testid="outbox-conflict">
        <Typography.Text type="secondary">{t('outbox.conflict.discarded')}</Typography.Text>
        <VersionCard
          title={t('outbox.conflict.mine')}
          version={conflict.mine}
          copyable
          testId="conflict-mine"
        />
        <Button
          size="small"
          onClick={() => act(() => deleteOutboxItem(subject, item.id))}
          loading={busy}
        >
          {t('outbox.conflict.dismiss')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex vertical gap="small" data-testid="outbox-conflict">
      <Typography.Text type="warning">{t('outbox.conflict.explain')}</Typography.Text>
      <Flex gap="small" wrap>
        <VersionCard
          title={t('outbox.conflict.mine')}
          version={conflict.mine}
          copyable
          testId="conflict-mine"
        />
        <VersionCard
          title={t('outbox.conflict.server')}
          version={conflict.server}
          copyable={false}
          testId="conflict-server"
        />
      </Flex>
      <Flex gap="small" wrap>
        <Button
          type="primary"
          size="small"
          loading={busy}
          onClick={() =>
            act(async () => {
              await keepMineOutboxItem(subject, item);
              await runOutbox(subject);
            })
          }
        >
          {t('outbox.conflict.keepMine')}
        </Button>
        <Button
          size="small"
          loading={busy}
          onClick={() => act(() => takeTheirsOutboxItem(subject, item.id))}
        >
          {t('outbox.conflict.takeTheirs')}
        </Button>
      </Flex>
    </Flex>
  );
}
