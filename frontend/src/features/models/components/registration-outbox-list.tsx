import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OutboxStateTag } from '@/components/outbox-state-tag';
import { duplicateOf, useModelOutbox } from '@/features/models/api/model-outbox';

/**
 * The registrations made on this device: waiting for the network ("Chờ gửi"), sent ("Đã gửi",
 * with a link to the model) or refused ("Lỗi", with the first model when it is a duplicate).
 */
export function RegistrationOutboxList() {
  const { t } = useTranslation(['translation', 'models']);
  const { registrations } = useModelOutbox();
  if (registrations.length === 0) {
    return null;
  }
  return (
    <Card size="small" title={t('models:outbox.title')} data-testid="model-outbox">
      <Flex vertical gap={8}>
        {registrations.map((item) => {
          const duplicate = duplicateOf(item.payload.problem);
          return (
            <Flex key={item.id} vertical gap={2} data-testid="model-outbox-item">
              <Flex justify="space-between" align="center" gap={8} wrap>
                {item.state === 'sent' && item.payload.modelId ? (
                  <Link to={`/models/${item.payload.modelId}`}>{item.payload.body.name}</Link>
                ) : (
                  <Typography.Text strong>{item.payload.body.name}</Typography.Text>
                )}
                <OutboxStateTag item={item} />
              </Flex>
              {item.state !== 'sent' && duplicate !== undefined && (
                <Link to={`/models/${duplicate}`}>{t('models:register.duplicateLink')}</Link>
              )}
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
