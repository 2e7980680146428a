import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { problemResponse } from '@/testing/model-fixtures';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';
import { setViewport } from '@/testing/viewport';

type Area = Schema<'PublicRecognizedArea'>;

const anonymous = { status: 'anonymous' as const, subject: undefined, username: undefined };

const areas: Area[] = [
  {
    decisionId: 91,
    areaName: 'Khóm Đông Thịnh',
    communeName: 'Phường Rạch Giá',
    provinceName: 'Tỉnh An Giang',
    provinceCode: '91',
    titleName: 'Khu dân cư kiểu mẫu',
    decisionNumber: '125/QĐ-UBND',
    signedOn: '2026-10-15',
    level: 'COMMUNE',
    validUntil: '2029-10-15',
  },
  ...Array.from({ length: 24 }, (_, i): Area => ({
    decisionId: 100 + i,
    areaName: `Ấp ${i + 1}`,
    communeName: 'Xã Định Mỹ',
    provinceName: 'Tỉnh An Giang',
    titleName: 'Thôn, tổ dân phố văn hóa',
    decisionNumber: `${i + 1}/QĐ-UBND`,
    signedOn: '2026-03-01',
    level: 'PROVINCE',
  })),
];

/** Accents and case ignored, as the server searches. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

function publicApi(seen: URL[], auth: (string | null)[]) {
  return http.get('*/api/v1/public/recognized-areas', ({ request }) => {
    const url = new URL(request.url);
    seen.push(url);
    auth.push(request.headers.get('Authorization'));
    const q = fold(url.searchParams.get('q') ?? '');
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    const found = areas.filter((a) => fold(`${a.areaName} ${a.communeName}`).includes(q));
    return HttpResponse.json({
      items: found.slice(page * size, (page + 1) * size),
      page,
      size,
      total: found.length,
    });
  });
}

describe('the public list of recognized areas (/public/recognized-areas), without signing in', () => {
  it('lists the areas in force with title, decision and validity, searches without accents, pages', async () => {
    setViewport('phone');
    const seen: URL[] = [];
    const auth: (string | null)[] = [];
    server.use(publicApi(seen, auth));
    const { user, router } = renderRoute('/public/recognized-areas', { session: anonymous });

    const cards = await screen.findAllByTestId('recognized-area');
    expect(cards).toHaveLength(20);
    expect(screen.getByText('25 khu dân cư')).toBeVisible();
    const first = within(cards[0] as HTMLElement);
    expect(first.getByText('Khóm Đông Thịnh')).toBeVisible();
    expect(first.getByText('Phường Rạch Giá · Tỉnh An Giang')).toBeVisible();
    expect(first.getByText('Khu dân cư kiểu mẫu')).toBeVisible();
    expect(first.getByText('Số 125/QĐ-UBND ngày 15/10/2026 · Cấp xã')).toBeVisible();
    expect(first.getByText('Hiệu lực đến 15/10/2029')).toBeVisible();
    expect(within(cards[1] as HTMLElement).getByText('Không thời hạn')).toBeVisible();
    // no sign-in: asked without a token, and nothing asks to sign in
    expect(auth).toEqual([null]);
    expect(screen.queryByRole('button', { name: 'Đăng nhập' })).not.toBeInTheDocument();
    expect(Object.fromEntries(seen[0]?.searchParams ?? [])).toEqual({ page: '0', size: '20' });

    // the next page
    await user.click(await screen.findByTitle('2'));
    await waitFor(() => expect(seen.at(-1)?.searchParams.get('page')).toBe('1'));
    await waitFor(() => expect(screen.getByText('Ấp 24')).toBeVisible());
    expect(screen.getAllByTestId('recognized-area')).toHaveLength(5);

    // a search without accents finds the area written with them, from the first page
    await user.type(screen.getByRole('searchbox'), 'dong thinh{Enter}');
    await waitFor(() =>
      expect(Object.fromEntries(seen.at(-1)?.searchParams ?? [])).toEqual({
        q: 'dong thinh',
        page: '0',
        size: '20',
      }),
    );
    await waitFor(() => expect(screen.getAllByTestId('recognized-area')).toHaveLength(1));
    expect(screen.getByText('Khóm Đông Thịnh')).toBeVisible();
    expect(router.state.location.search).toBe('?q=dong+thinh');

    // nothing found is said so
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'khong co{Enter}');
    expect(
      await screen.findByText('Không tìm thấy khu dân cư nào khớp với “khong co”'),
    ).toBeVisible();
  });

  it('reads as a table on a desktop and passes a portal’s province on', async () => {
    setViewport('desktop');
    const seen: URL[] = [];
    server.use(publicApi(seen, []));
    renderRoute('/public/recognized-areas?province=91', { session: anonymous });
    const table = await screen.findByRole('table', { name: 'Khu dân cư được công nhận' });
    const firstRow = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(
      within(firstRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Khóm Đông Thịnh',
      'Phường Rạch Giá · Tỉnh An Giang',
      'Khu dân cư kiểu mẫu',
      'Số 125/QĐ-UBND ngày 15/10/2026Cấp xã',
      '15/10/2029',
    ]);
    expect(seen[0]?.searchParams.get('provinceCode')).toBe('91');
  });

  it('says what the server refused', async () => {
    server.use(
      http.get('*/api/v1/public/recognized-areas', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/validation',
          title: 'Dữ liệu không hợp lệ (invalid input)',
          status: 400,
          detail: 'Không có tỉnh mã 99.',
          errors: [{ field: 'provinceCode', message: 'Không có tỉnh mã 99' }],
        }),
      ),
    );
    renderRoute('/public/recognized-areas?province=99', { session: anonymous });
    await waitFor(() => expect(screen.getByText('Không có tỉnh mã 99.')).toBeVisible());
  });
});
