import DisconnectOutlined from '@ant-design/icons-svg/es/asn/DisconnectOutlined';
import ReloadOutlined from '@ant-design/icons-svg/es/asn/ReloadOutlined';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/light/icon';
import { Button, Notice, ResultPanel } from '@/components/light/light';
import { ApiError, inLanguage, problemSlug } from '@/lib/api/api-error';
import { OfflineError } from '@/lib/offline/offline-error';

interface QueryErrorProps {
  error: Error;
  onRetry: () => void;
  /** An inline alert (inside a card or tab) instead of a full result page. */
  compact?: boolean;
}

/**
 * The error state of a query: the server's problem title and detail, and a way to try again.
 * Drawn without antd: the first screen shows it too (budget: README).
 */
export function QueryError({ error, onRetry, compact = false }: QueryErrorProps) {
  const { t, i18n } = useTranslation();
  const retry = (
    <Button icon={<Icon icon={ReloadOutlined} />} onClick={onRetry}>
      {t('common.retry')}
    </Button>
  );

  // Offline and nothing of it on the device: say so, never a skeleton that waits for ever.
  if (error instanceof OfflineError) {
    const title = t('offline.notOnDeviceTitle');
    const detail = t('offline.notOnDeviceDetail');
    return compact ? (
      <Notice type="warning" title={title} description={detail} />
    ) : (
      <ResultPanel
        status="warning"
        icon={<Icon icon={DisconnectOutlined} />}
        title={title}
        subTitle={detail}
        data-testid="offline-nothing-kept"
      />
    );
  }

  const problem = error instanceof ApiError ? error.problem : undefined;
  // the server writes its titles in both languages: the chosen one only
  const slug = problemSlug(problem);
  const title = slug
    ? t(`problemTitles.${slug}`)
    : problem?.title
      ? inLanguage(problem.title, i18n.language)
      : t('common.errorTitle');
  const detail =
    (problem?.detail && inLanguage(problem.detail, i18n.language)) ??
    (error instanceof ApiError
      ? t('common.httpError', { status: error.status })
      : t('common.networkError'));

  if (compact) {
    return <Notice type="error" title={title} description={detail} action={retry} />;
  }
  return <ResultPanel status="error" title={title} subTitle={detail} extra={retry} />;
}
