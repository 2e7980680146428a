import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { type RuralRecognition, useRuralRecognitions } from '@/features/rural/api/rural';
import { RuralLevelTag } from '@/features/rural/components/rural-level-tag';
import { formatDate } from '@/lib/dates';

const STATUS_COLORS: Record<RuralRecognition['status'], string> = {
  IN_FORCE: 'green',
  LAPSED: 'default',
  REVOKED: 'red',
  LOST: 'volcano',
};

function Decision({ decision: d, former }: { decision: RuralRecognition; former: boolean }) {
  const { t } = useTranslation('rural');
  return (
    <Flex vertical gap={2} role="listitem" data-testid="rural-decision">
      <Flex gap={4} wrap align="center">
        <RuralLevelTag level={d.level} />
        <Typography.Text strong>{d.titleName}</Typography.Text>
        <Tag color={STATUS_COLORS[d.status]}>{t(`decisionStatus.${d.status}`)}</Tag>
        {d.recorded && <Tag>{t('history.recorded')}</Tag>}
      </Flex>
      <Typography.Text>
        {t('list.decision', { number: d.number, date: formatDate(d.signedOn) })} ·{' '}
        {t('history.signer', { signer: d.signer })}
      </Typography.Text>
      {former && (
        <Typography.Text type="secondary">
          {d.commune.validTo
            ? t('history.formerEnded', {
                name: d.commune.name,
                date: formatDate(d.commune.validTo),
              })
            : t('history.former', { name: d.commune.name })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The NTM decisions of the commune, newest first: its own (công nhận, thừa nhận) apart from those
 * of the former communes it succeeded in the 2025 reform, which are its history, not its level.
 */
export function DecisionHistory({ unitId }: { unitId: number }) {
  const { t } = useTranslation('rural');
  const decisions = useRuralRecognitions(unitId);
  const body = () => {
    if (decisions.isError) {
      return (
        <QueryError error={decisions.error} onRetry={() => void decisions.refetch()} compact />
      );
    }
    if (decisions.isPending) {
      return <Skeleton active />;
    }
    if (decisions.data.length === 0) {
      return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
    }
    const own = decisions.data.filter((d) => d.commune.id === unitId);
    const former = decisions.data.filter((d) => d.commune.id !== unitId);
    return (
      <Flex vertical gap="middle">
        <Flex vertical gap="small" role="list" aria-label={t('history.own')}>
          <Typography.Text strong>{t('history.own')}</Typography.Text>
          {own.length === 0 ? (
            <Typography.Text type="secondary">{t('history.ownEmpty')}</Typography.Text>
          ) : (
            own.map((d) => <Decision key={d.decisionId} decision={d} former={false} />)
          )}
        </Flex>
        {former.length > 0 && (
          <Flex vertical gap="small" role="list" aria-label={t('history.formerTitle')}>
            <Typography.Text strong>{t('history.formerTitle')}</Typography.Text>
            {former.map((d) => (
              <Decision key={d.decisionId} decision={d} former />
            ))}
          </Flex>
        )}
      </Flex>
    );
  };
  return (
    <Card title={t('history.title')} size="small" data-testid="rural-history">
      {body()}
    </Card>
  );
}
