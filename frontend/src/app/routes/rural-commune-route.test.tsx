import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { adminAnGiang, reporterRachGia } from '@/testing/fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { problemResponse } from '@/testing/recognition-fixtures';
import { renderRoute } from '@/testing/render-route';
import {
  ntmTitles,
  rachGiaCriteria,
  rachGiaDecisions,
  rachGiaOwnDecision,
  rachGiaStanding,
} from '@/testing/rural-fixtures';
import { setViewport } from '@/testing/viewport';

const SLOW = { timeout: 8000 };

type Group = Schema<'RuralCommuneGroup'>;
type Criteria = Schema<'RuralCriteriaPage'>;

const group1: Group = {
  unitId: 100,
  periodFrom: 2026,
  periodTo: 2030,
  group: 1,
  setBy: 'editor.angiang',
  setAt: '2026-02-01T00:00:00Z',
  version: 3,
};

/** The reads of Phường Rạch Giá's page, from state a test changes as the server would. */
function communePage(state: {
  criteria?: () => Criteria;
  groups?: () => Group[];
  decisions?: () => Schema<'RuralRecognition'>[];
}) {
  return [
    http.get('*/api/v1/rural/communes/100/criteria', () =>
      HttpResponse.json(state.criteria?.() ?? rachGiaCriteria),
    ),
    http.get('*/api/v1/rural/communes/100/groups', () =>
      HttpResponse.json(state.groups?.() ?? [group1]),
    ),
    http.get('*/api/v1/rural/communes/100/recognitions', () =>
      HttpResponse.json(state.decisions?.() ?? rachGiaDecisions),
    ),
    http.get('*/api/v1/rural/communes/100/standing', () => HttpResponse.json(rachGiaStanding)),
  ];
}

const stale = () =>
  problemResponse({
    type: 'https://danvan.vn/problems/stale-version',
    title: 'Dữ liệu đã bị người khác thay đổi (stale version)',
    status: 409,
  });

async function chooseOption(title: string) {
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (o) => o.getAttribute('title') === title && o.offsetParent !== undefined,
    );
    if (!found) throw new Error(`no option ${title}`);
    return found;
  });
  option.click();
}

/** A radio shown as a button is clicked on its label (the input itself takes no pointer). */
function labelOf(radio: HTMLElement): HTMLElement {
  const label = radio.closest('label');
  if (!label) throw new Error('no label');
  return label;
}

/** Phường Rạch Giá's 2026 state of indicator 2.1 changed to `met`, as the server now has it. */
function withIndicator(year: Schema<'RuralCriterionYear'>): Criteria {
  return {
    ...rachGiaCriteria,
    criteria: rachGiaCriteria.criteria.map((row) =>
      row.id === 403
        ? { ...row, years: row.years.map((y) => (y.year === year.year ? year : y)) }
        : row,
    ),
  };
}

describe('a commune’s NTM page: changes (/rural/communes/:unitId)', () => {
  it('offers only what the page’s flags allow: a commune’s reporter assesses but neither sets the group nor records a decision', async () => {
    setViewport('desktop');
    server.use(
      ...createHandlers(reporterRachGia),
      ...communePage({
        criteria: () => ({
          ...rachGiaCriteria,
          canAssess: true,
          canSetGroup: false,
          canRecord: false,
        }),
      }),
    );
    renderRoute('/rural/communes/100?to=2026');
    // the year cells open the assessment editor (canAssess)
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Đánh giá 1 năm 2026' })).toBeVisible(),
      SLOW,
    );
    expect(screen.queryByRole('button', { name: 'Lưu nhóm' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Nhập quyết định giấy' })).toBeNull();
  });

  it('sets the group of the period with its version; a 409 says someone changed it and reloads', async () => {
    setViewport('phone');
    let current = group1;
    const puts: { periodFrom: string | undefined; body: JsonBodyType }[] = [];
    let refuse = false;
    server.use(
      ...createHandlers(reporterRachGia),
      ...communePage({ groups: () => [current] }),
      http.put('*/api/v1/rural/communes/100/groups/:periodFrom', async ({ request, params }) => {
        const body = (await request.json()) as JsonBodyType;
        puts.push({ periodFrom: params.periodFrom as string, body });
        if (refuse) {
          current = { ...current, group: 3, version: 5 };
          return stale();
        }
        current = { ...current, group: 2, version: 4 };
        return HttpResponse.json(current);
      }),
    );
    const { user } = renderRoute('/rural/communes/100?to=2026');
    const panel = await screen.findByTestId('rural-group', {}, SLOW);
    await waitFor(() => expect(within(panel).getByText('Nhóm 1 (2026–2030)')).toBeVisible());

    await user.click(within(panel).getByRole('combobox', { name: 'Nhóm xã giai đoạn 2026–2030' }));
    await chooseOption('Nhóm 2');
    await user.click(within(panel).getByRole('button', { name: 'Lưu nhóm' }));
    await waitFor(() => expect(within(panel).getByText('Nhóm 2 (2026–2030)')).toBeVisible());
    expect(puts[0]).toEqual({
      periodFrom: '2026',
      body: { periodTo: 2030, group: 2, version: 3 },
    });

    // someone else sets group 3 meanwhile: told so, and the page shows theirs
    refuse = true;
    await user.click(within(panel).getByRole('combobox', { name: 'Nhóm xã giai đoạn 2026–2030' }));
    await chooseOption('Nhóm 1');
    await user.click(within(panel).getByRole('button', { name: 'Lưu nhóm' }));
    expect(await within(panel).findByTestId('group-error')).toHaveTextContent(
      'Đã có người sửa nhóm của xã',
    );
    expect(puts[1]?.body).toEqual({ periodTo: 2030, group: 1, version: 4 });
    await waitFor(() => expect(within(panel).getByText('Nhóm 3 (2026–2030)')).toBeVisible());
  });

  it('saves an indicator’s assessment with its version; the page shows it, and a 400 shows on its field', async () => {
    setViewport('desktop');
    let criteria = rachGiaCriteria;
    const bodies: JsonBodyType[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      ...communePage({ criteria: () => criteria }),
      http.put('*/api/v1/rural/communes/100/assessments/2025/403', async ({ request }) => {
        const body = (await request.json()) as Schema<'RuralAssessmentWrite'>;
        bodies.push(body);
        if (body.value !== undefined && body.value > 100) {
          return problemResponse({
            type: 'https://danvan.vn/problems/validation',
            title: 'Dữ liệu không hợp lệ (invalid input)',
            status: 400,
            errors: [{ field: 'value', message: 'Tỷ lệ không quá 100 %' }],
          });
        }
        criteria = withIndicator({
          year: 2025,
          assessed: true,
          met: body.met,
          value: body.value,
          note: body.note,
          assessedBy: 'reporter.rachgia',
          assessedAt: '2026-03-01T02:00:00Z',
          attachments: [],
          version: 2,
        });
        return HttpResponse.json({
          id: 9001,
          unitId: 100,
          criterionId: 403,
          year: 2025,
          met: body.met,
          value: body.value,
          note: body.note,
          assessedBy: 'reporter.rachgia',
          assessedAt: '2026-03-01T02:00:00Z',
          attachments: [],
          version: 2,
        });
      }),
    );
    const { user } = renderRoute('/rural/communes/100?to=2026');
    await user.click(await screen.findByRole('button', { name: 'Đánh giá 2.1 năm 2025' }, SLOW));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Yêu cầu >= 100 %')).toBeInTheDocument();
    const value = dialog.getByLabelText('Giá trị đo được');
    await user.type(value, '120');
    await user.click(labelOf(dialog.getByRole('radio', { name: 'Đạt' })));
    await user.click(dialog.getByRole('button', { name: 'Lưu đánh giá' }));
    expect(await dialog.findByText('Tỷ lệ không quá 100 %')).toBeInTheDocument();
    expect(bodies[0]).toEqual({ met: true, value: 120, version: 1 });

    await user.clear(value);
    await user.type(value, '100');
    await user.type(dialog.getByLabelText('Ghi chú'), 'Đã nhựa hóa toàn bộ');
    await user.click(dialog.getByRole('button', { name: 'Lưu đánh giá' }));
    await waitFor(() =>
      expect(bodies[1]).toEqual({
        met: true,
        value: 100,
        note: 'Đã nhựa hóa toàn bộ',
        version: 1,
      }),
    );
    // the page read again: the indicator met in 2025, and the editor now on version 2
    const editor = within(await screen.findByRole('dialog'));
    expect(await editor.findByTestId('assessed-by')).toHaveTextContent('reporter.rachgia');
    expect(editor.getByTestId('rural-evidence')).toHaveTextContent('Chưa có minh chứng');
    // saved, and what was saved is no draft any more: the re-keyed editor restores nothing
    // (antd's message fades in)
    await waitFor(() => expect(screen.getByText('Đã lưu đánh giá 2.1 năm 2025')).toBeVisible());
    expect(editor.queryByText(/Đã khôi phục bản nháp/)).toBeNull();
    expect(
      localStorage.length === 0 ||
        !JSON.stringify({ ...localStorage }).includes('rural-assessment'),
    ).toBe(true);
    // (the dialog's corner × is named Đóng too)
    await user.click(editor.getAllByRole('button', { name: 'Đóng' }).at(-1)!);
    const cell = screen.getByRole('button', { name: 'Đánh giá 2.1 năm 2025' });
    expect(within(cell).getAllByRole('img')[0]).toHaveAttribute('aria-label', 'Đạt');
  });

  it('a stale assessment (409) says someone changed it; Tải lại shows theirs', async () => {
    setViewport('phone');
    let criteria = rachGiaCriteria;
    server.use(
      ...createHandlers(reporterRachGia),
      ...communePage({ criteria: () => criteria }),
      http.put('*/api/v1/rural/communes/100/assessments/2026/402', () => {
        criteria = {
          ...rachGiaCriteria,
          criteria: rachGiaCriteria.criteria.map((row) =>
            row.id === 402
              ? {
                  ...row,
                  years: [
                    row.years[0]!,
                    {
                      year: 2026,
                      assessed: true,
                      met: false,
                      note: 'Theo đoàn kiểm tra',
                      assessedBy: 'editor.angiang',
                      assessedAt: '2026-03-02T02:00:00Z',
                      attachments: [],
                      version: 1,
                    },
                  ],
                }
              : row,
          ),
        };
        return stale();
      }),
    );
    const { user } = renderRoute('/rural/communes/100?to=2026');
    await user.click(await screen.findByRole('button', { name: 'Đánh giá 2 năm 2026' }, SLOW));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText('Lưu đánh giá trước, rồi đính kèm minh chứng')).toBeInTheDocument();
    await user.click(labelOf(dialog.getByRole('radio', { name: 'Đạt' })));
    await user.click(dialog.getByRole('button', { name: 'Lưu đánh giá' }));
    const alert = await dialog.findByTestId('assessment-stale');
    expect(alert).toHaveTextContent('Đã có người sửa đánh giá này');
    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));

    const fresh = within(await screen.findByRole('dialog'));
    expect(await fresh.findByTestId('assessed-by')).toHaveTextContent('editor.angiang');
    expect(fresh.getByLabelText('Ghi chú')).toHaveValue('Theo đoàn kiểm tra');
    expect(fresh.getByRole('radio', { name: 'Không đạt' })).toBeChecked();
    expect(fresh.queryByTestId('assessment-stale')).not.toBeInTheDocument();
  });

  it('keeps what is typed as a draft until it is saved', async () => {
    setViewport('desktop');
    server.use(...createHandlers(reporterRachGia), ...communePage({}));
    const first = renderRoute('/rural/communes/100?to=2026');
    await first.user.click(
      await screen.findByRole('button', { name: 'Đánh giá 2 năm 2026' }, SLOW),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await first.user.type(dialog.getByLabelText('Ghi chú'), 'Còn 2 tuyến chưa cứng hóa');
    first.unmount();

    const again = renderRoute('/rural/communes/100?to=2026');
    await again.user.click(
      await screen.findByRole('button', { name: 'Đánh giá 2 năm 2026' }, SLOW),
    );
    const reopened = within(await screen.findByRole('dialog'));
    expect(reopened.getByTestId('draft-restored')).toBeInTheDocument();
    expect(reopened.getByLabelText('Ghi chú')).toHaveValue('Còn 2 tuyến chưa cứng hóa');
  });

  it('attaches evidence to a saved assessment and downloads it', async () => {
    setViewport('desktop');
    const evidence: Schema<'Attachment'> = {
      id: 7,
      fileName: 'bien-ban.pdf',
      mediaType: 'application/pdf',
      size: 4,
      sha256: 'ab',
      uploadedBy: 'reporter.rachgia',
      uploadedAt: '2026-03-01T02:00:00Z',
    };
    let attachments: Schema<'Attachment'>[] = [];
    const downloads: string[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      ...communePage({
        criteria: () =>
          withIndicator({
            year: 2026,
            assessed: true,
            met: true,
            value: 100,
            assessedBy: 'reporter.rachgia',
            attachments,
            version: 1,
          }),
      }),
      http.post(
        '*/api/v1/rural/communes/100/assessments/2026/403/attachments',
        async ({ request }) => {
          const form = await request.formData();
          expect(form.get('file')).not.toBeNull();
          expect(request.headers.get('Idempotency-Key')).toBeTruthy();
          attachments = [evidence];
          return HttpResponse.json(evidence, { status: 201 });
        },
      ),
      http.get('*/api/v1/rural/communes/100/assessments/2026/403/attachments/7', ({ request }) => {
        downloads.push(new URL(request.url).pathname);
        return new HttpResponse(new Uint8Array([37, 80, 68, 70]), {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': 'attachment; filename="bien-ban.pdf"',
          },
        });
      }),
    );
    const { user } = renderRoute('/rural/communes/100?to=2026');
    await user.click(await screen.findByRole('button', { name: 'Đánh giá 2.1 năm 2026' }, SLOW));
    const dialog = within(await screen.findByRole('dialog'));
    const input = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>('.ant-modal input[type="file"]');
      if (!found) throw new Error('no file input');
      return found;
    });
    await user.upload(
      input,
      new File([new Uint8Array([37, 80, 68, 70])], 'bien-ban.pdf', {
        type: 'application/pdf',
      }),
    );
    const link = await dialog.findByRole('button', { name: 'Tải về bien-ban.pdf' });
    await user.click(link);
    await waitFor(() =>
      expect(downloads).toEqual(['/api/v1/rural/communes/100/assessments/2026/403/attachments/7']),
    );
  });

  it('an admin records a paper decision (thừa nhận); the history is read again', async () => {
    setViewport('phone');
    let decisions = rachGiaDecisions.slice(1);
    const bodies: JsonBodyType[] = [];
    server.use(
      ...createHandlers(adminAnGiang),
      ...communePage({ decisions: () => decisions }),
      http.get('*/api/v1/recognition-titles', () => HttpResponse.json(ntmTitles)),
      http.post('*/api/v1/rural/communes/100/recognitions', async ({ request }) => {
        bodies.push((await request.json()) as JsonBodyType);
        decisions = rachGiaDecisions;
        return HttpResponse.json(rachGiaOwnDecision, { status: 201 });
      }),
    );
    const { user } = renderRoute('/rural/communes/100?to=2026');
    expect(
      await screen.findByText(
        'Xã chưa có quyết định công nhận hay thừa nhận của riêng mình',
        {},
        SLOW,
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Nhập quyết định giấy' }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('combobox', { name: 'Danh hiệu' }));
    // only the NTM titles, lowest level first
    await waitFor(() =>
      expect(
        [...document.querySelectorAll('.ant-select-item-option')].map((o) =>
          o.getAttribute('title'),
        ),
      ).toEqual(['Xã đạt chuẩn nông thôn mới', 'Xã đạt chuẩn nông thôn mới nâng cao']),
    );
    await chooseOption('Xã đạt chuẩn nông thôn mới nâng cao');
    await user.type(dialog.getByLabelText('Số quyết định'), '2345/QĐ-UBND');
    await user.type(dialog.getByLabelText('Ngày ký'), '15/09/2025{Enter}');
    await user.type(dialog.getByLabelText('Người ký'), 'Chủ tịch UBND tỉnh An Giang');
    await user.click(dialog.getByRole('button', { name: 'Lưu quyết định' }));

    await waitFor(() =>
      expect(bodies).toEqual([
        {
          titleId: 61,
          number: '2345/QĐ-UBND',
          signedOn: '2025-09-15',
          signer: 'Chủ tịch UBND tỉnh An Giang',
        },
      ]),
    );
    const own = within(await screen.findByRole('list', { name: 'Quyết định của xã' }));
    await waitFor(() => expect(own.getByText('Nhập từ quyết định giấy')).toBeVisible());
    expect(own.getByText(/QĐ số 2345\/QĐ-UBND ngày 15\/09\/2025/)).toBeVisible();
  });

  it('a refusal (403) of a paper decision shows the problem’s title', async () => {
    setViewport('desktop');
    server.use(
      ...createHandlers({ ...adminAnGiang, username: 'admin.rachgia' }),
      ...communePage({}),
      http.get('*/api/v1/recognition-titles', () => HttpResponse.json(ntmTitles)),
      http.post('*/api/v1/rural/communes/100/recognitions', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/forbidden',
          title: 'Chỉ quản trị viên cấp tỉnh được nhập quyết định (province admins only)',
          status: 403,
        }),
      ),
    );
    const { user } = renderRoute('/rural/communes/100?to=2026');
    await user.click(await screen.findByRole('button', { name: 'Nhập quyết định giấy' }, SLOW));
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('combobox', { name: 'Danh hiệu' }));
    await chooseOption('Xã đạt chuẩn nông thôn mới');
    await user.type(dialog.getByLabelText('Số quyết định'), '12/QĐ-UBND');
    await user.type(dialog.getByLabelText('Ngày ký'), '01/02/2019{Enter}');
    await user.type(dialog.getByLabelText('Người ký'), 'Chủ tịch UBND huyện');
    await user.click(dialog.getByRole('button', { name: 'Lưu quyết định' }));
    expect(await dialog.findByTestId('record-error')).toHaveTextContent(
      /^Chỉ quản trị viên cấp tỉnh được nhập quyết định$/,
    );
  });
});
