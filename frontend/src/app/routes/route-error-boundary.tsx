import ReloadOutlined from '@ant-design/icons-svg/es/asn/ReloadOutlined';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Icon } from '@/components/light/icon';
import { Button, ResultPanel } from '@/components/light/light';

/**
 * A screen that crashed: say so plainly and offer a reload, instead of a blank page. Drawn
 * without antd: it shows even when the screen's own code (or antd) could not be loaded.
 */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <ResultPanel
      status="error"
      title={t('common.errorTitle')}
      subTitle={error instanceof Error ? error.message : undefined}
      extra={
        <Button
          variant="primary"
          icon={<Icon icon={ReloadOutlined} />}
          onClick={() => window.location.reload()}
        >
          {t('common.retry')}
        </Button>
      }
    />
  );
}
