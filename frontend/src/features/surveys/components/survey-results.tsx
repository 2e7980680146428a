import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '@/components/query-error';
import { exportSurveyResults, useSurveyResults } from '@/features/surveys/api/surveys';
import { BlockerList } from '@/features/surveys/components/survey-blockers';
import { SurveyResultsView } from '@/features/surveys/components/survey-results-view';
import { useDownload } from '@/lib/files/use-download';

/** The Front's results page: the aggregate in any state, why it cannot be published yet, .xlsx. */
export function SurveyResults({ surveyId }: { surveyId: number }) {
  const { t } = useTranslation(['translation', 'surveys']);
  const results = useSurveyResults(surveyId);
  const download = useDownload((reason) => t('surveys:results.exportFailed', { reason }));
  if (results.isError) {
    return <QueryError error={results.error} onRetry={() => void results.refetch()} />;
  }
  if (!results.data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const r = results.data;
  return (
    <SurveyResultsView
      results={r}
      extra={
        <Flex vertical gap="small">
          <Flex gap={8} wrap>
            <Link to={`/surveys/${surveyId}`}>
              <Button>{t('surveys:results.back')}</Button>
            </Link>
            <Button
              icon={<FileExcelOutlined />}
              loading={download.busy === 'xlsx'}
              onClick={() => download.run('xlsx', () => exportSurveyResults(surveyId))}
            >
              {t('surveys:results.export')}
            </Button>
          </Flex>
          {r.state !== 'PUBLISHED' && r.blockers.length > 0 && (
            <BlockerList blockers={r.blockers} testId="results-blockers" />
          )}
        </Flex>
      }
    />
  );
}
