import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { draftOf70, letter70 } from '@/testing/directive-fixtures';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

type Problem = Schema<'Problem'>;

function problemJson(body: Problem) {
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

describe('registering a directive from its text (/directives/new)', () => {
  it('reads the pasted text, fills the form, lists the proposed tasks and saves what was reviewed', async () => {
    let parsed: unknown;
    let saved: Record<string, unknown> | undefined;
    const relations: unknown[] = [];
    server.use(
      http.post('*/api/v1/directives/parse', async ({ request }) => {
        parsed = await request.json();
        return HttpResponse.json(draftOf70);
      }),
      http.post('*/api/v1/directives', async ({ request }) => {
        saved = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...letter70, id: 99, version: 0 }, { status: 201 });
      }),
      http.post('*/api/v1/directives/99/relations', async ({ request }) => {
        relations.push(await request.json());
        return HttpResponse.json(
          { id: 1, depth: 1, kind: 'CITES', sourceId: 99, linked: false },
          { status: 201 },
        );
      }),
    );
    const { user, router } = renderRoute('/directives/new');

    const text = 'TỈNH ỦY KIÊN GIANG\nSố 70 -CV/TU\nKiên Giang, ngày 02 tháng 02 năm 2021';
    await user.click(await screen.findByRole('textbox', { name: 'Dán văn bản' }));
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: /Đọc văn bản/ }));

    // the draft fills the form...
    expect(await screen.findByText(/Đã điền biểu mẫu từ văn bản/)).toBeInTheDocument();
    expect(parsed).toEqual({ text });
    expect(screen.getByLabelText('Trích yếu')).toHaveValue(draftOf70.subject);
    expect(screen.getByLabelText('Số, ký hiệu (như trên văn bản)')).toHaveValue('Số 70 -CV/TU');
    expect(screen.getByLabelText('Ngày ban hành')).toHaveValue('02/02/2021');
    // ...says what it could not find or match...
    expect(screen.getByText('Không tìm thấy trong văn bản: thẩm quyền ký')).toBeInTheDocument();
    expect(
      screen.getByText('Chưa khớp với cơ quan nào: Ban thường vụ các huyện, thành ủy'),
    ).toBeInTheDocument();
    // ...and lists the proposed tasks with their matched lead
    const tasks = screen.getByRole('region', { name: 'Nhiệm vụ đề xuất (2)' });
    expect(within(tasks).getByText(/quán triệt Kết luận số 43-KL\/TW/)).toBeInTheDocument();
    expect(within(tasks).getByText('Chủ trì: Ban Dân vận Tỉnh ủy Kiên Giang')).toBeInTheDocument();
    expect(within(tasks).getByText('Phối hợp: các cơ quan liên quan')).toBeInTheDocument();
    expect(within(tasks).getByText('Đối tượng: Các cấp ủy')).toBeInTheDocument();
    expect(within(tasks).getAllByRole('listitem')).toHaveLength(2);
    const cited = screen.getByRole('region', { name: 'Văn bản được căn cứ' });
    expect(within(cited).getByText('Kết luận 43-KL/TW, 07/01/2019')).toBeInTheDocument();
    expect(within(cited).getByRole('checkbox', { name: /Ghi quan hệ căn cứ/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Lưu văn bản' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/directives/99'));
    expect(saved).toMatchObject({
      type: 'OFFICIAL_LETTER',
      number: 'Số 70 -CV/TU',
      issuerId: 31,
      issueDate: '2021-02-02',
      place: 'Kiên Giang',
      subject: draftOf70.subject,
      signer: 'Mai Văn Huỳnh',
      recipientIds: [33],
      periodFrom: 2021,
      periodTo: 2025,
      fullText: draftOf70.fullText,
      status: 'IN_FORCE',
      confidential: false,
    });
    expect(saved).not.toHaveProperty('version');
    expect(relations).toEqual([
      {
        kind: 'CITES',
        targetNumber: '43-KL/TW',
        targetType: 'CONCLUSION',
        targetIssueDate: '2019-01-07',
      },
    ]);
  });

  it('puts the server’s field errors on the fields and changes page on nothing', async () => {
    server.use(
      http.post('*/api/v1/directives/parse', () => HttpResponse.json(draftOf70)),
      http.post('*/api/v1/directives', () =>
        problemJson({
          type: 'https://danvan.vn/problems/validation',
          title: 'Dữ liệu không hợp lệ (invalid input)',
          status: 400,
          errors: [{ field: 'periodTo', message: 'trước năm bắt đầu (before periodFrom)' }],
        }),
      ),
    );
    const { user, router } = renderRoute('/directives/new');
    await user.click(await screen.findByRole('textbox', { name: 'Dán văn bản' }));
    await user.paste('Số 70 -CV/TU');
    await user.click(screen.getByRole('button', { name: /Đọc văn bản/ }));
    await screen.findByText(/Đã điền biểu mẫu từ văn bản/);

    await user.click(screen.getByRole('button', { name: 'Lưu văn bản' }));

    const periodTo = screen.getByLabelText('Đến năm');
    await waitFor(() =>
      expect(periodTo).toHaveAccessibleDescription('trước năm bắt đầu (before periodFrom)'),
    );
    expect(periodTo).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Từ năm')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Kiểm tra lại các trường được đánh dấu.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/directives/new');
  });

  it('points at the directive already registered when the server says duplicate', async () => {
    server.use(
      http.post('*/api/v1/directives/parse', () => HttpResponse.json(draftOf70)),
      http.post('*/api/v1/directives', () =>
        problemJson({
          type: 'https://danvan.vn/problems/duplicate',
          title: 'Đã tồn tại (duplicate)',
          status: 409,
          instance: '/api/v1/directives/7',
        }),
      ),
    );
    const { user } = renderRoute('/directives/new');
    await user.click(await screen.findByRole('textbox', { name: 'Dán văn bản' }));
    await user.paste('Số 70 -CV/TU');
    await user.click(screen.getByRole('button', { name: /Đọc văn bản/ }));
    await screen.findByText(/Đã điền biểu mẫu từ văn bản/);

    await user.click(screen.getByRole('button', { name: 'Lưu văn bản' }));

    expect(await screen.findByText('Văn bản này đã có trong sổ.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở văn bản đã có' })).toHaveAttribute(
      'href',
      '/directives/7',
    );
  });

  it('sends the version read when a directive is changed, and says when someone changed it first', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.put('*/api/v1/directives/7', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return problemJson({
          type: 'https://danvan.vn/problems/stale-version',
          title: 'Dữ liệu đã bị người khác thay đổi (stale version)',
          status: 409,
        });
      }),
    );
    const { user } = renderRoute('/directives/7/edit');

    expect(await screen.findByLabelText('Trích yếu')).toHaveValue(letter70.subject);
    await user.click(screen.getByRole('button', { name: 'Lưu văn bản' }));

    expect(await screen.findByText(/Văn bản vừa được người khác sửa/)).toBeInTheDocument();
    expect(body).toMatchObject({
      version: 3,
      issuerId: 31,
      recipientIds: [33],
      reportingCadences: ['YEARLY'],
    });

    // "Reload" reads the other person's version into the form, without leaving the page
    const changed = { ...letter70, subject: 'Trích yếu đã sửa', version: 4 };
    server.use(http.get('*/api/v1/directives/7', () => HttpResponse.json(changed)));
    await user.click(screen.getByRole('button', { name: 'Tải lại' }));

    await waitFor(() => expect(screen.getByLabelText('Trích yếu')).toHaveValue('Trích yếu đã sửa'));
    expect(screen.queryByText(/Văn bản vừa được người khác sửa/)).not.toBeInTheDocument();
  });

  it('keeps no text for a confidential directive: the switch clears and locks the full text', async () => {
    let body: Record<string, unknown> | undefined;
    server.use(
      http.put('*/api/v1/directives/7', async ({ request }) => {
        body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...letter70, confidential: true, fullText: undefined });
      }),
    );
    const { user, router } = renderRoute('/directives/7/edit');
    const fullText = await screen.findByLabelText('Toàn văn');
    expect(fullText).toHaveValue(letter70.fullText);

    await user.click(screen.getByRole('switch', { name: /Văn bản mật/ }));

    expect(fullText).toHaveValue('');
    expect(fullText).toBeDisabled();
    expect(screen.getByText('Văn bản mật không lưu toàn văn.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu văn bản' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/directives/7'));
    expect(body).toMatchObject({ confidential: true, version: 3 });
    expect(body).not.toHaveProperty('fullText');
  });

  it('reads a .docx sent as multipart form data, and says when a file cannot be read', async () => {
    const sent: { contentType: string | null; hasFile: boolean }[] = [];
    server.use(
      http.post('*/api/v1/directives/parse-file', async ({ request }) => {
        const contentType = request.headers.get('Content-Type');
        // (jsdom's File does not survive Node's fetch intact: the part is checked, not its bytes)
        sent.push({ contentType, hasFile: (await request.formData()).has('file') });
        return sent.length === 1
          ? problemJson({
              type: 'https://danvan.vn/problems/validation',
              title: 'Dữ liệu không hợp lệ (invalid input)',
              status: 400,
              detail: 'Tệp PDF không có lớp chữ (a PDF without text)',
            })
          : HttpResponse.json(draftOf70);
      }),
    );
    const { user, container } = renderRoute('/directives/new');
    await user.click(await screen.findByRole('tab', { name: 'Tải tệp .docx, .pdf' }));
    const input = container.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input).toHaveAttribute('accept', '.docx,.pdf');

    await user.upload(input as HTMLInputElement, new File(['%PDF'], 'scan.pdf'));
    expect(await screen.findByText('Không đọc được văn bản')).toBeInTheDocument();
    expect(screen.getByText('Tệp PDF không có lớp chữ (a PDF without text)')).toBeInTheDocument();
    expect(screen.getByLabelText('Trích yếu')).toHaveValue('');

    // (the upload replaces its input after each file)
    const again = container.querySelector<HTMLInputElement>('input[type="file"]');
    await user.upload(again as HTMLInputElement, new File(['PK'], 'cong-van-70.docx'));
    expect(await screen.findByText(/Đã điền biểu mẫu từ văn bản/)).toBeInTheDocument();
    expect(screen.queryByText('Không đọc được văn bản')).not.toBeInTheDocument();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent[1]?.hasFile).toBe(true);
    expect(screen.getByLabelText('Trích yếu')).toHaveValue(draftOf70.subject);
    // a file's draft carries its text: that is the full text kept
    expect(screen.getByLabelText('Toàn văn')).toHaveValue(draftOf70.fullText);
  });
});
