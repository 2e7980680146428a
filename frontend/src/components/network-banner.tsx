import { onlineManager } from '@tanstack/react-query';
import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUSINESS_TIME_ZONE } from '@/config/env';
import { DATE_FORMAT } from '@/lib/dates';
import { useOnline } from '@/lib/offline/network-status';
import { useShownDataSavedAt } from '@/lib/offline/saved-at';

/** How long "back online" stays up. */
const BACK_ONLINE_MS = 4000;

/**
 * Offline: says so, and how old what the screen shows is. When the network returns: says so
 * briefly (what was shown from the device is being refreshed).
 */
export function NetworkBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  const savedAt = useShownDataSavedAt();
  const [backOnline, setBackOnline] = useState(false);

  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = onlineManager.subscribe((isOnline) => {
      window.clearTimeout(timer);
      setBackOnline(isOnline);
      if (isOnline) {
        timer = window.setTimeout(() => setBackOnline(false), BACK_ONLINE_MS);
      }
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);

  if (!online) {
    return (
      <Alert
        data-testid="offline-banner"
        type="warning"
        showIcon
        banner
        role="status"
        title={t('offline.banner')}
        description={
          savedAt === undefined
            ? undefined
            : t('offline.savedAt', {
                time: dayjs(savedAt).tz(BUSINESS_TIME_ZONE).format(`HH:mm ${DATE_FORMAT}`),
              })
        }
      />
    );
  }
  if (backOnline) {
    return (
      <Alert
        data-testid="online-banner"
        type="success"
        showIcon
        banner
        role="status"
        title={t('offline.backOnline')}
        closable={{ onClose: () => setBackOnline(false) }}
      />
    );
  }
  return null;
}
