import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { listOutboxItems } from '@/lib/outbox/outbox-store';
import { overdueAssignment, submittedReport } from '@/testing/assignment-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

const SUBJECT = 'test-subject-1';

const openSlot: Schema<'ReportSlot'> = {
  ...submittedReport,
  status: 'OPEN',
  text: undefined,
  figures: [],
  submittedBy: undefined,
  submittedAt: undefined,
  attachments: [],
  history: [],
  version: 0,
};

function work(slot: () => Schema<'ReportSlot'>) {
  return [
    ...createHandlers(reporterRachGia),
    http.get('*/api/v1/assignments', () =>
      HttpResponse.json({ items: [overdueAssignment], page: 0, size: 20, total: 1 }),
    ),
    http.get('*/api/v1/assignments/501/reports', () => HttpResponse.json([slot()])),
  ];
}

async function openReports(user: ReturnType<typeof renderRoute>['user']) {
  const cards = await screen.findAllByTestId('assignment-card');
  await user.click(within(cards[0] as HTMLElement).getByRole('button', { name: 'Báo cáo kỳ' }));
  return screen.findByTestId('report-slot');
}

describe('a report written without network (/work, phone)', () => {
  it('waits in the outbox as “Chờ gửi”, and goes when the network is back, with its Idempotency-Key', async () => {
    let slot = openSlot;
    let online = false;
    const keys: (string | null)[] = [];
    server.use(
      ...work(() => slot),
      http.put('*/api/v1/reports/901', ({ request }) => {
        if (!online) {
          return HttpResponse.error();
        }
        keys.push(request.headers.get('Idempotency-Key'));
        slot = { ...slot, status: 'SUBMITTED', text: 'Họp dân ấp 5', version: 1 };
        return HttpResponse.json(slot);
      }),
    );
    const { user } = renderRoute('/work');
    const report = await openReports(user);
    await user.type(within(report).getByLabelText('Nội dung báo cáo'), 'Họp dân ấp 5');
    await user.click(within(report).getByRole('button', { name: 'Nộp báo cáo' }));

    expect(await within(report).findByText('Chờ gửi')).toBeInTheDocument();
    expect(within(report).getByTestId('report-waiting')).toHaveTextContent('Họp dân ấp 5');
    // the header shows the outbox with one unsent item
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Hộp thư đi: 1 mục chưa gửi/ })).toBeVisible(),
    );

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    const sent = await screen.findByTestId('report-slot');
    expect(await within(sent).findByText('Đã gửi')).toBeInTheDocument();
    expect(await within(sent).findByText('Đã nộp, chờ xem xét')).toBeInTheDocument();
    const [item] = await listOutboxItems(SUBJECT);
    expect(keys).toEqual([item?.id]);
  });
});

describe('a report that meets a 409', () => {
  it('shows “Bản của tôi” and “Bản trên máy chủ”; “Lấy bản mới” keeps my text to copy until closed', async () => {
    const onServer: Schema<'ReportSlot'> = {
      ...openSlot,
      status: 'RETURNED',
      text: 'Bản đã sửa trên máy chủ',
      reviewComment: 'Bổ sung',
      reviewedBy: 'editor.angiang',
      reviewedAt: '2026-11-24T03:00:00Z',
      version: 3,
    };
    let slot = openSlot;
    server.use(
      ...work(() => slot),
      http.put('*/api/v1/reports/901', () => {
        slot = onServer;
        return HttpResponse.json(
          { title: 'Dữ liệu đã thay đổi', status: 409 },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
      http.get('*/api/v1/reports/901', () => HttpResponse.json(onServer)),
    );
    const { user } = renderRoute('/work');
    const report = await openReports(user);
    await user.type(within(report).getByLabelText('Nội dung báo cáo'), 'Bản tôi viết ngoài đồng');
    await user.click(within(report).getByRole('button', { name: 'Nộp báo cáo' }));

    const conflict = await within(report).findByTestId('outbox-conflict');
    expect(within(conflict).getByTestId('conflict-mine')).toHaveTextContent(
      'Bản tôi viết ngoài đồng',
    );
    expect(within(conflict).getByTestId('conflict-server')).toHaveTextContent(
      'Bản đã sửa trên máy chủ',
    );
    expect(within(conflict).getByRole('button', { name: 'Giữ bản của tôi' })).toBeEnabled();

    await user.click(within(conflict).getByRole('button', { name: 'Lấy bản mới' }));
    const kept = await screen.findByTestId('outbox-conflict');
    await within(kept).findByText(/Đã lấy bản mới/);
    expect(within(kept).getByTestId('conflict-mine')).toHaveTextContent('Bản tôi viết ngoài đồng');
    expect(within(kept).getByRole('button', { name: /Copy|Sao chép/ })).toBeInTheDocument();

    await user.click(within(kept).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(screen.queryByTestId('outbox-conflict')).toBeNull());
    expect(await listOutboxItems(SUBJECT)).toEqual([]);
  });
});

describe('drafts', () => {
  it('what was typed comes back when the form opens again (after a reload too), until discarded', async () => {
    server.use(...work(() => openSlot));
    const first = renderRoute('/work');
    const report = await openReports(first.user);
    await first.user.type(within(report).getByLabelText('Nội dung báo cáo'), 'Nửa chừng');
    first.unmount();

    const second = renderRoute('/work');
    const again = await openReports(second.user);
    expect(within(again).getByLabelText('Nội dung báo cáo')).toHaveValue('Nửa chừng');
    const note = within(again).getByTestId('draft-restored');
    expect(note).toHaveTextContent('Đã khôi phục bản nháp');

    await second.user.click(within(note).getByRole('button', { name: 'Bỏ bản nháp' }));
    expect(within(again).getByLabelText('Nội dung báo cáo')).toHaveValue('');
    expect(within(again).queryByTestId('draft-restored')).toBeNull();
  });

  it('another user of the same browser does not get it', async () => {
    server.use(...work(() => openSlot));
    const first = renderRoute('/work');
    const report = await openReports(first.user);
    await first.user.type(within(report).getByLabelText('Nội dung báo cáo'), 'Của người A');
    first.unmount();

    const other = renderRoute('/work', { session: { subject: 'someone-else' } });
    const theirs = await openReports(other.user);
    expect(within(theirs).getByLabelText('Nội dung báo cáo')).toHaveValue('');
  });
});

describe('the outbox panel', () => {
  it('lists the items with their state, and deleting one asks first', async () => {
    server.use(
      ...work(() => openSlot),
      http.put('*/api/v1/reports/901', () => HttpResponse.error()),
    );
    const { user } = renderRoute('/work');
    const report = await openReports(user);
    await user.type(within(report).getByLabelText('Nội dung báo cáo'), 'Chưa có mạng');
    await user.click(within(report).getByRole('button', { name: 'Nộp báo cáo' }));
    await within(report).findByText('Chờ gửi');
    await user.keyboard('{Escape}');

    await user.click(await screen.findByRole('button', { name: /Hộp thư đi: 1 mục chưa gửi/ }));
    const row = await screen.findByTestId('outbox-item');
    expect(row).toHaveTextContent('Báo cáo kỳ Q4/2026');
    expect(within(row).getByText('Chờ gửi')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: /Xóa/ }));
    const [title] = await screen.findAllByText('Xóa mục này khỏi hộp thư đi?');
    const confirm = title?.closest('.ant-modal') as HTMLElement;
    expect(confirm).toHaveTextContent('xóa là mất những gì đã nhập');
    await user.click(within(confirm).getByRole('button', { name: 'Xóa' }));
    await waitFor(async () => expect(await listOutboxItems(SUBJECT)).toEqual([]));
  });
});
