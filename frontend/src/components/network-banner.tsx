import { onlineManager } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '@/components/light/light';
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
      <Notice
        data-testid="offline-banner"
        type="warning"
        banner
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
      <Notice
        data-testid="online-banner"
        type="success"
        banner
        title={t('offline.backOnline')}
        onClose={() => setBackOnline(false)}
        closeLabel={t('common.close')}
      />
    );
  }
  return null;
}
