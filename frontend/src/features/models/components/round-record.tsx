import { Alert, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonName } from '@/components/person-name';
import type { MobilizationModel, ModelRound } from '@/features/models/api/models';
import { ModelPhoto } from '@/features/models/components/model-photo';
import { modelPermissions, type ModelViewer } from '@/features/models/components/model-permissions';
import { MarkTag, RoundStateTag } from '@/features/models/components/model-tags';
import { RoundActions } from '@/features/models/components/round-actions';
import { RoundWork } from '@/features/models/components/round-work';
import { formatDate, formatDateTime } from '@/lib/dates';

function number(value: number, language: string) {
  return new Intl.NumberFormat(language === 'en' ? 'en' : 'vi').format(value);
}

/** A model's record for one round: results, appraisal, recognition, commendations, photos. */
export function RoundRecord({
  model,
  record,
  viewer,
  withActions = true,
}: {
  model: MobilizationModel;
  record: ModelRound;
  viewer: ModelViewer;
  withActions?: boolean;
}) {
  const { t, i18n } = useTranslation(['translation', 'models']);
  const photos = record.attachments.filter((a) => a.mediaType.startsWith('image/'));
  const files = record.attachments.filter((a) => !a.mediaType.startsWith('image/'));
  return (
    <Card
      size="small"
      data-testid="round-record"
      title={
        <Flex gap={4} align="center" wrap>
          <span>{record.roundName}</span>
          <RoundStateTag state={record.state} />
          <MarkTag mark={record.mark} />
          {record.exemplary && <Tag color="gold">{t('models:roundState.EXEMPLARY')}</Tag>}
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        {record.state === 'RETURNED' && record.returnComment && (
          <Alert
            type="warning"
            showIcon
            data-testid="return-comment"
            title={t('models:round.returned')}
            description={record.returnComment}
          />
        )}
        {record.figures.length > 0 && (
          <Descriptions size="small" column={1} bordered>
            {record.figures.map((f) => (
              <Descriptions.Item key={f.name} label={f.name}>
                {number(f.value, i18n.language)} {f.unit}
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
        {record.resultsText && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {record.resultsText}
          </Typography.Paragraph>
        )}
        {record.submittedAt && (
          <Typography.Text type="secondary">
            {t('models:round.submittedAt', { at: formatDateTime(record.submittedAt) })}
          </Typography.Text>
        )}
        {photos.length > 0 && (
          <Flex gap={4} wrap data-testid="round-photos">
            {photos.map((p) => (
              <ModelPhoto key={p.id} roundId={record.id} attachmentId={p.id} alt={p.fileName} />
            ))}
          </Flex>
        )}
        {files.map((f) => (
          <Typography.Text key={f.id}>📎 {f.fileName}</Typography.Text>
        ))}
        {record.appraisal && (
          <Descriptions size="small" column={1} title={t('models:round.appraisal')}>
            <Descriptions.Item label={t('models:appraise.result')}>
              {t(`models:appraise.${record.appraisal.result}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('models:appraise.opinion')}>
              {record.appraisal.opinion}
            </Descriptions.Item>
            {record.appraisal.reasons && (
              <Descriptions.Item label={t('models:appraise.reasons')}>
                {record.appraisal.reasons}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('models:round.appraisedBy')}>
              <PersonName
                person={record.appraisal.appraisedByPerson}
                fallback={record.appraisal.appraisedBy}
              />{' '}
              · {formatDate(record.appraisal.appraisedOn)}
            </Descriptions.Item>
          </Descriptions>
        )}
        {record.recognition && (
          <Descriptions size="small" column={1} title={t('models:round.recognition')}>
            <Descriptions.Item label={t('models:decision.number')}>
              {record.recognition.decisionNumber}
            </Descriptions.Item>
            <Descriptions.Item label={t('models:decision.date')}>
              {formatDate(record.recognition.decisionDate)}
            </Descriptions.Item>
            <Descriptions.Item label={t('models:decision.signer')}>
              {record.recognition.signer}
            </Descriptions.Item>
            <Descriptions.Item label={t('models:decision.level')}>
              {t(`models:level.${record.recognition.level}`)}
            </Descriptions.Item>
          </Descriptions>
        )}
        {record.commendations.map((c) => (
          <Alert
            key={c.id}
            type="success"
            data-testid="commendation"
            title={`${t(`models:commendationForm.${c.form}`)} · ${c.authority}`}
            description={t('models:round.commendation', {
              number: c.decisionNumber,
              date: formatDate(c.decisionDate),
              recipient: c.recipientName,
            })}
          />
        ))}
        {withActions && modelPermissions.work(viewer, model.organization.id) && (
          <RoundWork model={model} record={record} />
        )}
        {withActions && <RoundActions model={model} record={record} viewer={viewer} />}
      </Flex>
    </Card>
  );
}
