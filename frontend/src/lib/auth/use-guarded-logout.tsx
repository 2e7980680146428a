import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { logoutWarnings } from '@/lib/auth/logout-guard';
import { useSession } from '@/lib/auth/session';

/**
 * "Đăng xuất": asks the guards first; when any has something to say, the user confirms with
 * their messages in front of them.
 */
export function useGuardedLogout(): () => Promise<void> {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { logout } = useSession();
  return useCallback(async () => {
    const warnings = await logoutWarnings();
    if (warnings.length === 0) {
      logout();
      return;
    }
    modal.confirm({
      title: t('session.logoutConfirmTitle'),
      content: warnings.map((warning) => <p key={warning}>{warning}</p>),
      okText: t('session.logoutAnyway'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: logout,
    });
  }, [t, modal, logout]);
}
