import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Progress,
  Skeleton,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '@/components/query-error';
import { type RecognitionCase, useRecognitionCase } from '@/features/recognition/api/recognition';
import {
  CaseTimeline,
  DecisionRecord,
  StepRecords,
} from '@/features/recognition/components/case-records';
import {
  AppraisalStep,
  CouncilStep,
  DecisionStep,
  PostingCommentStep,
  PostingStep,
  RefusalStep,
  WithdrawAction,
} from '@/features/recognition/components/case-steps';
import { ReviewRow } from '@/features/recognition/components/commune-review';
import {
  recognitionPermissions,
  type RecognitionViewer,
} from '@/features/recognition/components/recognition-permissions';
import { CaseStateTag } from '@/features/recognition/components/recognition-tags';
import { formatDateTime } from '@/lib/dates';

/** States in which the commune may still withdraw the case (before the council has voted). */
const WITHDRAWABLE = new Set(['REGISTERED', 'SELF_ASSESSED', 'REVIEWED', 'POSTED']);

/** The case's header: which area, title and year, judged by which set version and rule. */
function CaseHeader({ found }: { found: RecognitionCase }) {
  const { t } = useTranslation('recognition');
  const set = found.criteriaSet;
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {found.residentialArea?.name ?? found.unitName}
        </Typography.Title>
        <Flex gap={4} wrap>
          <Tag>
            {found.title.name} · {found.year}
          </Tag>
          <CaseStateTag state={found.state} />
          {found.kind === 'REASSESSMENT' && <Tag>{t('kind.REASSESSMENT')}</Tag>}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('case.criteriaSet')}>
            {t('case.setVersion', { name: set.name, version: set.versionNo })}
          </Descriptions.Item>
          <Descriptions.Item label={t('case.rule')}>
            {set.passRule === 'SCORE'
              ? t('case.ruleScore', { score: set.passingScore ?? '' })
              : t('case.ruleAllRequired')}
          </Descriptions.Item>
          <Descriptions.Item label={t('case.assessed')}>
            <Flex vertical style={{ minWidth: 160 }}>
              {t('selfAssessment.progress', {
                done: found.assessedCount,
                total: found.criteriaCount,
              })}
              <Progress
                size="small"
                showInfo={false}
                percent={
                  found.criteriaCount
                    ? Math.round((found.assessedCount * 100) / found.criteriaCount)
                    : 0
                }
              />
            </Flex>
          </Descriptions.Item>
          {found.selfScore !== undefined && (
            <Descriptions.Item label={t('case.selfScore')}>{found.selfScore}</Descriptions.Item>
          )}
          {found.reviewedScore !== undefined && (
            <Descriptions.Item label={t('case.reviewedScore')}>
              {found.reviewedScore}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('case.meets')}>
            <Tag color={found.meetsCriteria ? 'green' : 'orange'} data-testid="meets-criteria">
              {t(found.meetsCriteria ? 'case.meetsYes' : 'case.meetsNo')}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('case.registered')}>
            {formatDateTime(found.registeredAt)} · {found.registeredBy}
          </Descriptions.Item>
        </Descriptions>
      </Flex>
    </Card>
  );
}

/** What the caller can do next, by the case's state and the caller's roles. */
function NextStep({ found, viewer }: { found: RecognitionCase; viewer: RecognitionViewer }) {
  const { t } = useTranslation('recognition');
  const commune = recognitionPermissions.commune(viewer);
  switch (found.state) {
    case 'REGISTERED':
      return recognitionPermissions.selfAssess(viewer, found) ? (
        <Link to={`/recognition/${found.id}/self-assessment`}>
          <Button type="primary" size="large" block>
            {t('case.openSelfAssessment')}
          </Button>
        </Link>
      ) : (
        <Alert type="info" showIcon title={t('case.waitingSelfAssessment')} />
      );
    case 'SELF_ASSESSED':
      return commune ? (
        <Link to={`/recognition/${found.id}/review`}>
          <Button type="primary" size="large" block>
            {t('case.openReview')}
          </Button>
        </Link>
      ) : (
        <Alert type="info" showIcon title={t('case.waitingReview')} />
      );
    case 'REVIEWED':
      return commune ? <PostingStep found={found} /> : null;
    case 'POSTED':
      return commune ? (
        <Flex vertical gap="middle">
          <CouncilStep found={found} />
          <PostingCommentStep found={found} />
        </Flex>
      ) : null;
    case 'VOTED':
      return recognitionPermissions.appraise(viewer, found) ? (
        <AppraisalStep found={found} />
      ) : null;
    case 'APPRAISED':
      return recognitionPermissions.decide(viewer, found) ? (
        <Flex vertical gap="middle">
          <DecisionStep found={found} />
          <RefusalStep found={found} />
        </Flex>
      ) : null;
    default:
      return null;
  }
}

/**
 * A case's page: its header, the next step the caller can take (a form for each step after the
 * review), what the steps recorded, the decision, the criteria side by side and the timeline.
 */
export function CasePage({ caseId, viewer }: { caseId: number; viewer: RecognitionViewer }) {
  const { t } = useTranslation('recognition');
  const [params, setParams] = useSearchParams();
  const found = useRecognitionCase(caseId);
  if (found.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (found.isError) {
    return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  }
  const c = found.data;
  const tab = params.get('tab') ?? 'case';
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960 }}>
      <Link to="/recognition">{t('case.back')}</Link>
      <CaseHeader found={c} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'case' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'case',
            label: t('case.tabs.case'),
            children: (
              <Flex vertical gap="middle">
                <NextStep found={c} viewer={viewer} />
                {c.decision && (
                  <DecisionRecord
                    decision={c.decision}
                    canRevoke={recognitionPermissions.decide(viewer, c)}
                  />
                )}
                <StepRecords found={c} />
                {WITHDRAWABLE.has(c.state) && recognitionPermissions.commune(viewer) && (
                  <Flex>
                    <WithdrawAction found={c} />
                  </Flex>
                )}
              </Flex>
            ),
          },
          {
            key: 'criteria',
            label: t('case.tabs.criteria', { count: c.criteria.length }),
            children: (
              <Flex vertical gap={8}>
                {c.criteria.map((criterion) => (
                  <ReviewRow key={criterion.id} found={c} criterion={criterion} canReview={false} />
                ))}
              </Flex>
            ),
          },
          {
            key: 'timeline',
            label: t('case.tabs.timeline'),
            children: <CaseTimeline caseId={c.id} />,
          },
        ]}
      />
    </Flex>
  );
}
