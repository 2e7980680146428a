import { Card, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { useRecognitionTitles } from '@/features/criteria/api/criteria';

/** "Danh hiệu và bộ tiêu chí": the recognition titles the reader sees, each leading to its versions. */
export function CriteriaTitles() {
  const { t } = useTranslation(['translation', 'criteria']);
  const titles = useRecognitionTitles();
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('criteria:titles.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('criteria:titles.intro')}</Typography.Text>
      </div>
      {titles.isError ? (
        <QueryError error={titles.error} onRetry={() => void titles.refetch()} />
      ) : titles.isPending ? (
        <Skeleton active />
      ) : titles.data.length === 0 ? (
        <Empty description={t('criteria:titles.empty')} />
      ) : (
        <Flex vertical gap="small" role="list" aria-label={t('criteria:titles.title')}>
          {titles.data.map((title) => (
            <Card key={title.id} size="small" role="listitem">
              <Flex vertical gap={4}>
                <Link to={`/criteria/titles/${title.id}`} style={{ fontWeight: 600 }}>
                  {title.name}
                </Link>
                <Typography.Text type="secondary">
                  {title.code} · {title.issuer.name}
                </Typography.Text>
                <Flex gap={4} wrap>
                  <Tag>{t(`criteria:subjectKind.${title.subjectKind}`)}</Tag>
                  <Tag>{t(`criteria:decidingLevel.${title.decidingLevel}`)}</Tag>
                  {title.demo && <Tag color="purple">{t('criteria:demo')}</Tag>}
                </Flex>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
