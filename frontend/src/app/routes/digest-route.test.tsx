import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { overdueAssignment, submittedReport } from '@/testing/assignment-fixtures';
import { reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

type DigestItem = Schema<'DigestItem'>;

const ourOrganization = { id: 21, code: '30742-UBND', name: 'Ủy ban nhân dân phường Rạch Giá' };
const anotherWard = { id: 22, code: '30760-UBND', name: 'Ủy ban nhân dân phường Vĩnh Thông' };

const overdue: DigestItem = {
  kind: 'OVERDUE',
  assignmentId: 501,
  taskId: 41,
  ordinal: 1,
  title: 'Quán triệt Kết luận số 43-KL/TW',
  organization: ourOrganization,
  dueDate: '2026-11-20',
};
const returned: DigestItem = {
  kind: 'RETURNED',
  assignmentId: 501,
  taskId: 41,
  ordinal: 1,
  title: 'Quán triệt Kết luận số 43-KL/TW',
  organization: ourOrganization,
  reportId: 901,
  periodLabel: 'Q3/2026',
  note: 'Thiếu số liệu',
};
const explanation: DigestItem = {
  kind: 'EXPLANATION_REQUESTED',
  assignmentId: 501,
  taskId: 41,
  ordinal: 1,
  title: 'Quán triệt Kết luận số 43-KL/TW',
  organization: ourOrganization,
  explanationId: 81,
  note: 'Đề nghị giải trình lý do chậm triển khai',
};
const dueSoonElsewhere: DigestItem = {
  kind: 'DUE_SOON',
  assignmentId: 777,
  taskId: 42,
  ordinal: 2,
  title: 'Tổ chức Hội thi “Dân vận khéo”',
  organization: anotherWard,
  dueDate: '2026-11-28',
};

function digestApi(items: DigestItem[]) {
  return [
    // before createHandlers, whose empty digest would answer first
    http.get('*/api/v1/me/digest', () => HttpResponse.json({ day: '2026-11-25', items })),
    ...createHandlers(reporterRachGia),
    http.get('*/api/v1/assignments', () =>
      HttpResponse.json({ items: [], page: 0, size: 20, total: 0 }),
    ),
    http.get('*/api/v1/assignments/501', () => HttpResponse.json(overdueAssignment)),
    http.get('*/api/v1/assignments/501/reports', () =>
      HttpResponse.json([
        {
          ...submittedReport,
          periodLabel: 'Q3/2026',
          status: 'RETURNED',
          reviewedBy: 'editor.angiang',
          reviewedAt: '2026-11-24T03:00:00Z',
          reviewComment: 'Thiếu số liệu',
        },
      ]),
    ),
    http.get('*/api/v1/assignments/501/explanations', () =>
      HttpResponse.json([
        {
          id: 81,
          assignmentId: 501,
          question: 'Đề nghị giải trình lý do chậm triển khai',
          requestedBy: 'leader.angiang',
          requestedAt: '2026-11-24T02:00:00Z',
          answered: false,
          version: 0,
        },
      ]),
    ),
  ];
}

describe('today’s reminders (/work, phone)', () => {
  it('groups the reminders by kind, counts them on the menu button, and opens what each is about', async () => {
    server.use(...digestApi([dueSoonElsewhere, returned, overdue, explanation]));
    const { user, router } = renderRoute('/work');

    const digest = await screen.findByTestId('digest');
    expect(within(digest).getByText('Nhắc việc hôm nay (4)')).toBeInTheDocument();
    // most urgent first
    const groups = within(digest).getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual([
      'Quá hạn (1)',
      'Yêu cầu giải trình (1)',
      'Báo cáo bị trả lại (1)',
      'Sắp đến hạn (1)',
    ]);
    expect(screen.getByTitle('4 việc cần nhắc hôm nay')).toBeInTheDocument();
    // another organization's reminder (an editor follows it) leads to the task's page
    const dueSoon = within(digest).getByRole('region', { name: 'Sắp đến hạn (1)' });
    expect(within(dueSoon).getByText(/Ủy ban nhân dân phường Vĩnh Thông/)).toBeInTheDocument();
    expect(within(dueSoon).getByRole('link')).toHaveAttribute('href', '/tasks/42');

    // a returned report opens the assignment's reports, with the reviewer's comment
    const back = within(digest).getByRole('region', { name: 'Báo cáo bị trả lại (1)' });
    await user.click(within(back).getByRole('link'));
    expect(router.state.location.search).toBe('?reports=501');
    const reports = await screen.findByRole('dialog', { name: /Báo cáo định kỳ/ });
    expect(await within(reports).findByText(/Thiếu số liệu/)).toBeInTheDocument();
    await user.click(within(reports).getByRole('button', { name: 'Đóng' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));

    // an explanation asked opens the form to answer it
    const asked = within(digest).getByRole('region', { name: 'Yêu cầu giải trình (1)' });
    await user.click(within(asked).getByRole('link'));
    const explanations = await screen.findByRole('dialog', { name: /Giải trình/ });
    expect(
      await within(explanations).findByRole('textbox', { name: 'Nội dung giải trình' }),
    ).toBeInTheDocument();
  });

  it('says quietly that there is nothing, and shows no count', async () => {
    server.use(...digestApi([]));
    renderRoute('/work');

    expect(await screen.findByTestId('digest-empty')).toHaveTextContent(
      'Không có việc cần nhắc hôm nay',
    );
    expect(screen.queryByTestId('digest')).toBeNull();
    expect(screen.queryByTitle(/việc cần nhắc hôm nay/)).toBeNull();
  });

  it('offers the review inbox in the menu to the monitoring body, not to a reporter', async () => {
    server.use(...digestApi([]));
    const { user } = renderRoute('/work');
    await user.click(await screen.findByRole('button', { name: 'Mở menu' }));
    const menu = await screen.findByRole('dialog');
    expect(await within(menu).findByRole('link', { name: /Việc của đơn vị/ })).toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: /Duyệt báo cáo/ })).toBeNull();
  });

  it('offers the review inbox to an admin', async () => {
    const { user } = renderRoute('/units');
    await user.click(await screen.findByRole('button', { name: 'Mở menu' }));
    const menu = await screen.findByRole('dialog');
    expect(await within(menu).findByRole('link', { name: /Duyệt báo cáo/ })).toBeInTheDocument();
  });
});
