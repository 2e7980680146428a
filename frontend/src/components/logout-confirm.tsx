import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Đăng xuất?" with what the guards said (an unsent outbox): sign out anyway, or not. */
export default function LogoutConfirm({
  warnings,
  onConfirm,
  onCancel,
}: {
  warnings: string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('session.logoutConfirmTitle')}
      okText={t('session.logoutAnyway')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={onConfirm}
      onCancel={onCancel}
    >
      {warnings.map((warning) => (
        <p key={warning}>{warning}</p>
      ))}
    </Modal>
  );
}
