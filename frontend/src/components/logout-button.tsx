import LogoutOutlined from '@ant-design/icons-svg/es/asn/LogoutOutlined';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { WithAntd } from '@/components/antd-on-demand';
import { Icon } from '@/components/light/icon';
import { Button } from '@/components/light/light';
import { useGuardedLogout } from '@/lib/auth/use-guarded-logout';

// the confirmation (antd's dialog) loads only when a guard has something to say (budget: README)
const LogoutConfirm = lazy(() => import('@/components/logout-confirm'));

/** "Đăng xuất" in the header: its label on a desktop, its icon (and name) on a phone. */
export function LogoutButton({ withLabel }: { withLabel: boolean }) {
  const { t } = useTranslation();
  const { start, warnings, confirm, cancel } = useGuardedLogout();
  return (
    <>
      <Button
        icon={<Icon icon={LogoutOutlined} />}
        aria-label={t('header.logout')}
        title={withLabel ? undefined : t('header.logout')}
        onClick={() => void start()}
      >
        {withLabel ? t('header.logout') : null}
      </Button>
      {warnings && (
        <WithAntd>
          <LogoutConfirm warnings={warnings} onConfirm={confirm} onCancel={cancel} />
        </WithAntd>
      )}
    </>
  );
}
