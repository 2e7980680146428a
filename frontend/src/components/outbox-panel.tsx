import CloudUploadOutlined from '@ant-design/icons-svg/es/asn/CloudUploadOutlined';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WithAntd } from '@/components/antd-on-demand';
import { Icon } from '@/components/light/icon';
import { Button, CountBadge } from '@/components/light/light';
import { isUnsent } from '@/lib/outbox/outbox-store';
import { useOutboxItems } from '@/lib/outbox/use-outbox';
import { useOutboxRunner } from '@/lib/outbox/use-outbox-runner';

// the drawer (antd) loads when it is first opened: the header carries only the button (budget: README)
const OutboxDrawer = lazy(() => import('@/components/outbox-drawer'));

/**
 * The user's outbox in the header: a badge with what is still unsent, a drawer with every item,
 * its state, "Gửi lại", "Xóa" and conflicts to resolve. Also keeps the sender running.
 */
export function OutboxPanel() {
  const { t } = useTranslation();
  useOutboxRunner();
  const items = useOutboxItems();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const unsent = items.filter(isUnsent).length;
  const attention = items.some(
    (item) => item.state === 'conflict' || item.state === 'error' || item.state === 'needs-login',
  );
  if (items.length === 0 && !open) {
    return null;
  }
  return (
    <>
      <CountBadge count={unsent} attention={attention}>
        <Button
          variant="text"
          className="shell__icon-button"
          aria-label={t('outbox.open', { count: unsent })}
          icon={<Icon icon={CloudUploadOutlined} />}
          onClick={() => {
            setOpened(true);
            setOpen(true);
          }}
          data-testid="outbox-button"
        />
      </CountBadge>
      {opened && (
        <WithAntd>
          <OutboxDrawer items={items} open={open} onClose={() => setOpen(false)} />
        </WithAntd>
      )}
    </>
  );
}
