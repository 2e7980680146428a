import { Flex, Input, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PublicFrame } from '@/components/public-frame';
import { QueryError } from '@/components/query-error';
import { ResponsiveList } from '@/components/responsive-list';
import {
  type PublicRecognizedArea,
  usePublicRecognizedAreas,
} from '@/features/recognized-areas/api/recognized-areas';
import { formatDate } from '@/lib/dates';

const PAGE_SIZE = 20;

/** The portal's own frame: no sign-in, no menu. */
function Frame({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation(['translation', 'recognizedAreas']);
  return <PublicFrame title={t('recognizedAreas:title')}>{children}</PublicFrame>;
}

function ValidUntil({ area }: { area: PublicRecognizedArea }) {
  const { t } = useTranslation(['translation', 'recognizedAreas']);
  return <>{area.validUntil ? formatDate(area.validUntil) : t('recognizedAreas:noExpiry')}</>;
}

/**
 * The public list of recognized residential areas (no login, for the provincial portal): area,
 * commune and province, title, decision number and date, valid until; a search the server runs
 * without regard to accents and case; pages. `?province=` narrows to one province (a portal link).
 */
export function PublicRecognizedAreas() {
  const { t } = useTranslation(['translation', 'recognizedAreas']);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const provinceCode = params.get('province') ?? '';
  const page = Number(params.get('page') ?? 0) || 0;
  const areas = usePublicRecognizedAreas({
    ...(provinceCode ? { provinceCode } : {}),
    ...(q ? { q } : {}),
    page,
    size: PAGE_SIZE,
  });
  const go = (next: { q?: string; page?: number }) => {
    const merged = new URLSearchParams();
    if (provinceCode) merged.set('province', provinceCode);
    const query = next.q ?? q;
    if (query) merged.set('q', query);
    if (next.page) merged.set('page', String(next.page));
    setParams(merged);
  };
  const place = (a: PublicRecognizedArea) =>
    [a.communeName, a.provinceName].filter(Boolean).join(' · ');
  const decision = (a: PublicRecognizedArea) =>
    t('recognizedAreas:decisionOf', { number: a.decisionNumber, date: formatDate(a.signedOn) });

  const columns: ColumnsType<PublicRecognizedArea> = [
    {
      title: t('recognizedAreas:area'),
      key: 'area',
      render: (_, a) => <strong>{a.areaName}</strong>,
    },
    { title: t('recognizedAreas:place'), key: 'place', render: (_, a) => place(a) },
    { title: t('recognizedAreas:titleName'), key: 'title', render: (_, a) => a.titleName },
    {
      title: t('recognizedAreas:decision'),
      key: 'decision',
      render: (_, a) => (
        <>
          {decision(a)}
          <br />
          <Typography.Text type="secondary">
            {t(`recognizedAreas:level.${a.level}`)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('recognizedAreas:validUntil'),
      key: 'validUntil',
      render: (_, a) => <ValidUntil area={a} />,
    },
  ];

  return (
    <Frame>
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('recognizedAreas:intro')}</Typography.Text>
        <Input.Search
          aria-label={t('recognizedAreas:search')}
          placeholder={t('recognizedAreas:search')}
          defaultValue={q}
          allowClear
          onSearch={(value) => go({ q: value.trim(), page: 0 })}
        />
        {areas.isError ? (
          <QueryError error={areas.error} onRetry={() => void areas.refetch()} />
        ) : (
          <>
            {areas.data && (
              <Typography.Text type="secondary">
                {t('recognizedAreas:count', { count: areas.data.total })}
              </Typography.Text>
            )}
            <ResponsiveList<PublicRecognizedArea>
              aria-label={t('recognizedAreas:title')}
              items={areas.data?.items ?? []}
              rowKey={(a) => a.decisionId}
              columns={columns}
              loading={areas.isFetching}
              emptyText={q ? t('recognizedAreas:emptySearch', { q }) : t('recognizedAreas:empty')}
              page={page}
              pageSize={PAGE_SIZE}
              total={areas.data?.total ?? 0}
              onPageChange={(p) => go({ page: p })}
              renderCard={(a) => (
                <Flex vertical gap={4} data-testid="recognized-area">
                  <Typography.Text strong>{a.areaName}</Typography.Text>
                  <Typography.Text type="secondary">{place(a)}</Typography.Text>
                  <Flex gap={4} wrap>
                    <Tag color="green">{a.titleName}</Tag>
                  </Flex>
                  <Typography.Text>
                    {decision(a)} · {t(`recognizedAreas:level.${a.level}`)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {a.validUntil
                      ? t('recognizedAreas:validUntilDate', { date: formatDate(a.validUntil) })
                      : t('recognizedAreas:noExpiry')}
                  </Typography.Text>
                </Flex>
              )}
            />
          </>
        )}
      </Flex>
    </Frame>
  );
}
