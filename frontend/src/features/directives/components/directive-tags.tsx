import { LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DirectiveStatus } from '@/features/directives/api/directives';

const STATUS_COLORS: Record<DirectiveStatus, string> = {
  DRAFT: 'default',
  IN_FORCE: 'green',
  EXPIRED: 'orange',
  REPLACED: 'volcano',
};

/** The status of a directive, and the confidential mark when it is one. */
export function DirectiveTags({
  status,
  confidential,
}: {
  status: DirectiveStatus;
  confidential: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={STATUS_COLORS[status]}>{t(`enums.DirectiveStatus.${status}`)}</Tag>
      {confidential && (
        <Tag color="red" icon={<LockOutlined />}>
          {t('directives.confidential')}
        </Tag>
      )}
    </>
  );
}
