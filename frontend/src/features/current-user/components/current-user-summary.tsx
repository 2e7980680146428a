import { ExclamationCircleOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Skeleton, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/features/current-user/api/current-user';

/** Who is signed in: full name (or username) and the unit they belong to. */
export function CurrentUserSummary({ inverted = false }: { inverted?: boolean }) {
  const { t } = useTranslation();
  const { data: user, isPending, isError, error, refetch } = useCurrentUser();
  const color = inverted ? 'rgba(255, 255, 255, 0.85)' : undefined;

  if (isPending) {
    return (
      <Skeleton.Input
        active
        size="small"
        style={{ width: 160 }}
        aria-label={t('header.userLoading')}
      />
    );
  }
  if (isError) {
    return (
      <Tooltip title={error.message}>
        <Button
          type="text"
          size="small"
          danger
          icon={<ExclamationCircleOutlined />}
          onClick={() => void refetch()}
        >
          {t('common.retry')}
        </Button>
      </Tooltip>
    );
  }
  return (
    <Flex align="center" gap="small" data-testid="current-user" style={{ minWidth: 0 }}>
      <Avatar size="small" icon={<UserOutlined />} />
      <Flex vertical style={{ minWidth: 0, lineHeight: 1.25 }}>
        <Typography.Text strong ellipsis style={{ color }}>
          {user.fullName || user.username}
        </Typography.Text>
        {user.unit && (
          <Typography.Text ellipsis style={{ color, fontSize: 12 }}>
            {user.unit.name}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
