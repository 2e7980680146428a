import { CheckOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type ReportBulkReviewResult,
  type ReportSlot,
  useReviewReports,
} from '@/features/assignments/api/reports';
import { problemText } from '@/features/assignments/components/inbox/report-detail';

/** How many reports a confirmation names before "and N others". */
const NAMED = 5;

const nameOf = (slot: ReportSlot) => `${slot.organization.name} · ${slot.periodLabel}`;

/**
 * The bar over the list while reports are ticked: tick all on the page, and "Tiếp nhận N báo cáo"
 * behind one confirmation that names them; then one result per report.
 */
export function BulkReviewBar({
  items,
  checked,
  onCheckAll,
  onDone,
}: {
  items: ReportSlot[];
  checked: Map<number, ReportSlot>;
  onCheckAll: (on: boolean) => void;
  onDone: (result: ReportBulkReviewResult, sent: ReportSlot[]) => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const review = useReviewReports();
  const count = checked.size;
  const onPage = items.filter((s) => checked.has(s.id)).length;

  const accept = () => {
    const sent = [...checked.values()];
    const named = sent.slice(0, NAMED).map(nameOf);
    void modal.confirm({
      title: t('confirm.acceptReports', { count }),
      content: (
        <Flex vertical gap={4} data-testid="bulk-confirmation">
          <Typography.Text>
            {named.join('; ')}
            {sent.length > NAMED && ` ${t('confirm.andOthers', { count: sent.length - NAMED })}`}
          </Typography.Text>
          <Typography.Text type="secondary">{t('confirm.acceptReportsHint')}</Typography.Text>
        </Flex>
      ),
      okText: t('inboxList.bulk.accept', { count }),
      cancelText: t('common.cancel'),
      onOk: () =>
        review
          .mutateAsync({
            decision: 'ACCEPTED',
            items: sent.map((s) => ({ id: s.id, version: s.version })),
          })
          .then((result) => onDone(result, sent))
          .catch((e: unknown) => void message.error(problemText(e))),
    });
  };

  return (
    <Flex wrap gap={8} align="center" data-testid="bulk-bar">
      <Checkbox
        checked={items.length > 0 && onPage === items.length}
        indeterminate={onPage > 0 && onPage < items.length}
        onChange={(e) => onCheckAll(e.target.checked)}
      >
        {t('inboxList.bulk.all')}
      </Checkbox>
      {count > 0 && (
        <Button type="primary" icon={<CheckOutlined />} loading={review.isPending} onClick={accept}>
          {t('inboxList.bulk.accept', { count })}
        </Button>
      )}
    </Flex>
  );
}

/** What a bulk review did: how many were accepted, and each one that was not, with why. */
export function BulkReviewResult({
  result,
  sent,
  onClose,
}: {
  result: ReportBulkReviewResult;
  sent: ReportSlot[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const byId = new Map(sent.map((s) => [s.id, s]));
  const failed = result.results.filter((r) => r.outcome !== 'ACCEPTED' && r.outcome !== 'RETURNED');
  return (
    <Alert
      data-testid="bulk-result"
      type={failed.length > 0 ? 'warning' : 'success'}
      showIcon
      closable={{ onClose, 'aria-label': t('inboxList.bulk.closeResult') }}
      title={t('inboxList.bulk.reviewed', { count: result.reviewed })}
      description={
        failed.length > 0 && (
          <Flex vertical gap={2}>
            <Typography.Text>
              {t('inboxList.bulk.failed', { count: failed.length })}
            </Typography.Text>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {failed.map((r) => {
                const slot = byId.get(r.id) ?? r.report;
                return (
                  <li key={r.id}>
                    <strong>{slot ? nameOf(slot) : `#${r.id}`}</strong>:{' '}
                    {t(`inboxList.outcomes.${r.outcome}`)}
                    {r.detail ? ` (${r.detail})` : ''}
                  </li>
                );
              })}
            </ul>
          </Flex>
        )
      }
    />
  );
}
