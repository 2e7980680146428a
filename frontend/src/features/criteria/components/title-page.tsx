import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryError } from '@/components/query-error';
import {
  type CriteriaSetSummary,
  downloadCriteriaTemplate,
  type RecognitionTitle,
  useCreateCriteriaSet,
  useCriteriaSets,
  useCriteriaSetTransition,
  useRecognitionTitle,
} from '@/features/criteria/api/criteria';
import { problemText } from '@/features/criteria/components/criteria-problems';
import { SetStatusTag } from '@/features/criteria/components/criteria-tags';
import { useWorkbookDownload } from '@/features/criteria/hooks/use-workbook-download';
import { formatDate, formatDateTime } from '@/lib/dates';

/** A set's effective period, "01/01/2021 – 31/12/2025". */
export function Period({
  set,
}: {
  set: Pick<CriteriaSetSummary, 'effectiveFrom' | 'effectiveTo'>;
}) {
  const { t } = useTranslation(['translation', 'criteria']);
  return (
    <>
      {t('criteria:set.period', {
        from: formatDate(set.effectiveFrom),
        to: set.effectiveTo ? formatDate(set.effectiveTo) : t('criteria:set.open'),
      })}
    </>
  );
}

/**
 * A new version: the newest set revised (copied) into a draft, or — a title without sets — an
 * empty draft named after the title, effective today. Opens the draft.
 */
function NewVersionButton({
  title,
  sets,
}: {
  title: RecognitionTitle;
  sets: CriteriaSetSummary[];
}) {
  const { t, i18n } = useTranslation(['translation', 'criteria']);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateCriteriaSet();
  const revise = useCriteriaSetTransition();
  const newest = sets[0];
  const draft = sets.find((s) => s.status === 'DRAFT');
  if (draft) {
    return (
      <Link to={`/criteria/sets/${draft.id}`}>
        <Button type="primary">{t('criteria:title.openDraft', { n: draft.versionNo })}</Button>
      </Link>
    );
  }
  const start = () => {
    const done = newest
      ? revise.mutateAsync({ id: newest.id, action: 'revise', version: newest.version })
      : create.mutateAsync({
          titleId: title.id,
          body: {
            name: title.name,
            effectiveFrom: dayjs().format('YYYY-MM-DD'),
            rule: { passRule: 'ALL_REQUIRED' },
            groups: [],
            criteria: [],
          },
        });
    done
      .then((set) => navigate(`/criteria/sets/${set.id}`))
      .catch((error: unknown) =>
        message.error(problemText(error, i18n.language, t('common.networkError'))),
      );
  };
  return (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      loading={create.isPending || revise.isPending}
      onClick={start}
    >
      {newest ? t('criteria:title.revise', { n: newest.versionNo }) : t('criteria:title.create')}
    </Button>
  );
}

/** A title: what it is, who issues and decides it, and its criteria sets, newest version first. */
export function CriteriaTitlePage({ titleId }: { titleId: number }) {
  const { t } = useTranslation(['translation', 'criteria']);
  const title = useRecognitionTitle(titleId);
  const sets = useCriteriaSets(titleId);
  const download = useWorkbookDownload();

  if (title.isError) {
    return <QueryError error={title.error} onRetry={() => void title.refetch()} />;
  }
  if (title.isPending) {
    return <Skeleton active />;
  }
  return (
    <Flex vertical gap="middle">
      <Link to="/criteria">{t('criteria:back.titles')}</Link>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title.data.name}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={download.busy === 'template'}
            onClick={() => download.run('template', downloadCriteriaTemplate)}
          >
            {download.busy === 'template'
              ? t('criteria:download.busy')
              : t('criteria:download.template')}
          </Button>
          {title.data.canChange && sets.data && (
            <NewVersionButton title={title.data} sets={sets.data} />
          )}
        </Flex>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'code', label: t('criteria:title.code'), children: title.data.code },
          { key: 'issuer', label: t('criteria:title.issuer'), children: title.data.issuer.name },
          {
            key: 'subject',
            label: t('criteria:title.subject'),
            children: t(`criteria:subjectKind.${title.data.subjectKind}`),
          },
          {
            key: 'level',
            label: t('criteria:title.decidingLevel'),
            children: t(`criteria:decidingLevel.${title.data.decidingLevel}`),
          },
          ...(title.data.description
            ? [
                {
                  key: 'description',
                  label: t('criteria:title.description'),
                  children: title.data.description,
                },
              ]
            : []),
        ]}
      />
      {title.data.demo && <Alert type="info" showIcon title={t('criteria:demoNote')} />}
      {!title.data.canChange && (
        <Typography.Text type="secondary">{t('criteria:readOnly')}</Typography.Text>
      )}
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('criteria:title.versions')}
      </Typography.Title>
      {sets.isError ? (
        <QueryError error={sets.error} onRetry={() => void sets.refetch()} compact />
      ) : sets.isPending ? (
        <Skeleton active />
      ) : sets.data.length === 0 ? (
        <Empty description={t('criteria:title.noVersions')} />
      ) : (
        <Flex vertical gap="small" role="list" aria-label={t('criteria:title.versions')}>
          {sets.data.map((set) => (
            <Card key={set.id} size="small" role="listitem">
              <Flex vertical gap={4}>
                <Flex gap={8} align="center" wrap>
                  <Link to={`/criteria/sets/${set.id}`} style={{ fontWeight: 600 }}>
                    {t('criteria:set.version', { n: set.versionNo })} · {set.name}
                  </Link>
                  <SetStatusTag status={set.status} />
                  {set.level && <Tag>{set.level}</Tag>}
                  {set.demo && <Tag color="purple">{t('criteria:demo')}</Tag>}
                </Flex>
                <Typography.Text type="secondary">
                  <Period set={set} /> ·{' '}
                  {t('criteria:set.criteriaCount', { count: set.criteriaCount })}
                  {set.publishedAt
                    ? ` · ${t('criteria:set.publishedAt', { at: formatDateTime(set.publishedAt) })}`
                    : ''}
                </Typography.Text>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
