import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResultPanel } from '@/components/light/light';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <ResultPanel
      status="info"
      icon="404"
      title={t('common.notFoundTitle')}
      subTitle={t('common.notFoundSubtitle')}
      extra={
        <Link to="/" className="l-btn l-btn--primary">
          {t('common.backHome')}
        </Link>
      }
    />
  );
}
