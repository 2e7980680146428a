import { Col, Drawer, Empty, Flex, Grid, Pagination, Row, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import {
  type ReportBulkReviewResult,
  type ReportSlot,
  useReports,
} from '@/features/assignments/api/reports';
import {
  BulkReviewBar,
  BulkReviewResult,
} from '@/features/assignments/components/inbox/bulk-review';
import {
  InboxFilters,
  type OrganizationFilter,
} from '@/features/assignments/components/inbox/inbox-filters';
import { InboxList } from '@/features/assignments/components/inbox/inbox-list';
import { ReportDetail } from '@/features/assignments/components/inbox/report-detail';
import {
  INBOX_PAGE_SIZE,
  listParams,
  useInboxView,
} from '@/features/assignments/components/inbox/use-inbox-view';

export type { OrganizationFilter } from '@/features/assignments/components/inbox/inbox-filters';

/**
 * The monitoring body's review inbox: the reports submitted for its tasks, filtered, searched and
 * sorted (all kept in the URL), as a compact list with the open report beside it on a desktop and
 * in a drawer on a phone; many accepted at once behind one confirmation.
 */
export function ReportInbox({
  canReview,
  renderOrganizationFilter,
}: {
  canReview: boolean;
  renderOrganizationFilter: OrganizationFilter;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg === true;
  const { view, update } = useInboxView();
  const params = listParams(view);
  const reports = useReports(params);
  const [checked, setChecked] = useState<Map<number, ReportSlot>>(new Map());
  const [outcome, setOutcome] = useState<{
    result: ReportBulkReviewResult;
    sent: ReportSlot[];
  } | null>(null);
  // accepted in bulk: off the list at once, before the list is read again
  const [gone, setGone] = useState<Set<number>>(new Set());
  const selectable = canReview && view.status === 'SUBMITTED';

  const items = useMemo(
    () => (reports.data?.items ?? []).filter((s) => !gone.has(s.id)),
    [reports.data, gone],
  );
  const opened = items.find((s) => s.id === view.report) ?? (wide ? items[0] : undefined);
  const viewKey = JSON.stringify({ ...params, page: undefined });
  const [checkedFor, setCheckedFor] = useState(viewKey);
  if (checkedFor !== viewKey) {
    // another view: what was ticked in the last one is no longer on screen
    setCheckedFor(viewKey);
    setChecked(new Map());
  }

  const list = reports.isError ? (
    <QueryError error={reports.error} onRetry={() => void reports.refetch()} />
  ) : reports.isPending ? (
    <Skeleton active />
  ) : items.length === 0 ? (
    <Empty description={t('inbox.empty')} />
  ) : (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">
        {reports.data.totalCapped
          ? t('inbox.countMore', { count: reports.data.total })
          : t('inbox.count', { count: reports.data.total })}
      </Typography.Text>
      {selectable && (
        <BulkReviewBar
          items={items}
          checked={checked}
          onCheckAll={(on) =>
            setChecked((current) => {
              const next = new Map(current);
              for (const s of items) {
                if (on) {
                  next.set(s.id, s);
                } else {
                  next.delete(s.id);
                }
              }
              return next;
            })
          }
          onDone={(result, sent) => {
            const accepted = result.results
              .filter((r) => r.outcome === 'ACCEPTED')
              .map((r) => r.id);
            setGone((current) => new Set([...current, ...accepted]));
            setChecked(new Map());
            setOutcome({ result, sent });
          }}
        />
      )}
      <InboxList
        items={items}
        openId={opened?.id}
        onOpen={(slot) => update({ report: slot.id }, { replace: wide })}
        selectable={selectable}
        checked={new Set(checked.keys())}
        onCheck={(slot, on) =>
          setChecked((current) => {
            const next = new Map(current);
            if (on) {
              next.set(slot.id, slot);
            } else {
              next.delete(slot.id);
            }
            return next;
          })
        }
      />
      <Pagination
        simple
        align="center"
        current={view.page + 1}
        pageSize={INBOX_PAGE_SIZE}
        total={reports.data.total}
        onChange={(p) => update({ page: p - 1 })}
        hideOnSinglePage
      />
    </Flex>
  );

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('inbox.title')}
      </Typography.Title>
      <InboxFilters
        view={view}
        update={update}
        items={items}
        wide={wide}
        renderOrganizationFilter={renderOrganizationFilter}
      />
      {outcome && (
        <BulkReviewResult
          result={outcome.result}
          sent={outcome.sent}
          onClose={() => setOutcome(null)}
        />
      )}
      {wide ? (
        <Row gutter={16} align="top">
          <Col span={10}>{list}</Col>
          <Col span={14} style={{ position: 'sticky', top: 16 }}>
            <section aria-label={t('inboxList.detail')}>
              {opened ? (
                <ReportDetail key={opened.id} slot={opened} canReview={canReview} />
              ) : (
                !reports.isPending &&
                items.length > 0 && <Empty description={t('inboxList.pick')} />
              )}
            </section>
          </Col>
        </Row>
      ) : (
        <>
          {list}
          <Drawer
            open={opened !== undefined}
            size="100%"
            title={opened ? `${opened.organization.name} · ${opened.periodLabel}` : ''}
            onClose={() => update({ report: undefined })}
          >
            {opened && (
              <ReportDetail key={opened.id} slot={opened} canReview={canReview} bordered={false} />
            )}
          </Drawer>
        </>
      )}
    </Flex>
  );
}
