import ExclamationCircleOutlined from '@ant-design/icons-svg/es/asn/ExclamationCircleOutlined';
import UserOutlined from '@ant-design/icons-svg/es/asn/UserOutlined';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/light/icon';
import { Button } from '@/components/light/light';
import { useCurrentUser } from '@/features/current-user/api/current-user';

/** Who is signed in: full name (or username) and the unit they belong to (drawn without antd). */
export function CurrentUserSummary({ inverted = false }: { inverted?: boolean }) {
  const { t } = useTranslation();
  const { data: user, isPending, isError, error, refetch } = useCurrentUser();
  const color = inverted ? 'rgba(255, 255, 255, 0.85)' : undefined;

  if (isPending) {
    return (
      <span
        className="l-skeleton__line current-user__loading"
        role="status"
        aria-label={t('header.userLoading')}
      />
    );
  }
  if (isError) {
    return (
      <Button
        variant="text"
        size="small"
        danger
        title={error.message}
        icon={<Icon icon={ExclamationCircleOutlined} />}
        onClick={() => void refetch()}
      >
        {t('common.retry')}
      </Button>
    );
  }
  return (
    <div className="current-user" data-testid="current-user">
      <span className="current-user__avatar">
        <Icon icon={UserOutlined} />
      </span>
      <div className="current-user__text">
        <strong className="current-user__line" style={{ color }}>
          {user.fullName || user.username}
        </strong>
        {user.unit && (
          <span className="current-user__line" style={{ color, fontSize: 12 }}>
            {user.unit.name}
          </span>
        )}
      </div>
    </div>
  );
}
