import { Alert, Card, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/list-page';
import { QueryError } from '@/components/query-error';
import { type RuralStandingTitle, useRuralStanding } from '@/features/rural/api/rural';
import { RuralLevelTag } from '@/features/rural/components/rural-level-tag';
import { formatDate } from '@/lib/dates';

const YEARS_BACK = 8;

function StandingTitle({ title }: { title: RuralStandingTitle }) {
  const { t } = useTranslation('rural');
  return (
    <Flex vertical gap={4} role="listitem" data-testid="rural-standing-title">
      <Flex gap={4} wrap align="center">
        <RuralLevelTag level={title.level} />
        <Typography.Text strong>{title.set.name}</Typography.Text>
      </Flex>
      <Typography.Text type="secondary">
        {t('list.decision', { number: title.number, date: formatDate(title.signedOn) })}
      </Typography.Text>
      <Typography.Text>
        {t('standing.counts', {
          failed: title.failedCount,
          assessed: title.assessedCount,
          total: title.criteriaCount,
        })}
      </Typography.Text>
      {title.failedKeyCodes.length > 0 && (
        <Typography.Text type="danger">
          {t('standing.failedKey', { codes: title.failedKeyCodes.join(', ') })}
        </Typography.Text>
      )}
      {title.revocationRequired ? (
        <Alert type="error" showIcon title={title.verdict} data-testid="rural-verdict" />
      ) : (
        <Typography.Text type="success" data-testid="rural-verdict">
          {title.verdict}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The commune's standing in a chosen year: each NTM title it holds by its own decision against
 * that year's assessments — criteria failed / assessed / total, the key ones failed, and whether
 * the set's rule now requires revoking the title (in red).
 */
export function StandingPanel({ unitId, initialYear }: { unitId: number; initialYear: number }) {
  const { t } = useTranslation('rural');
  const [year, setYear] = useState(initialYear);
  const standing = useRuralStanding(unitId, year);
  const thisYear = dayjs().year();

  const body = () => {
    if (standing.isError) {
      return <QueryError error={standing.error} onRetry={() => void standing.refetch()} compact />;
    }
    if (!standing.data) {
      return <Skeleton active />;
    }
    const { level, titles } = standing.data;
    return (
      <Flex vertical gap="middle">
        <Flex gap={4} align="center" wrap data-testid="rural-standing-level">
          <Typography.Text>{t('standing.level')}</Typography.Text>
          <RuralLevelTag level={level} />
        </Flex>
        {titles.length === 0 ? (
          <Typography.Text type="secondary">{t('standing.none')}</Typography.Text>
        ) : (
          <Flex vertical gap="middle" role="list" aria-label={t('standing.title', { year })}>
            {titles.map((title) => (
              <StandingTitle key={title.decisionId} title={title} />
            ))}
          </Flex>
        )}
      </Flex>
    );
  };

  return (
    <Card size="small" title={t('standing.title', { year })} data-testid="rural-standing">
      <Flex vertical gap="small">
        <div>
          <FilterSelect<number>
            label={t('standing.year')}
            placeholder={t('standing.year')}
            value={year}
            width={100}
            grow={0}
            options={Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i).map((y) => ({
              value: y,
              label: String(y),
            }))}
            onChange={(next) => setYear(next ?? thisYear)}
          />
        </div>
        {body()}
      </Flex>
    </Card>
  );
}
