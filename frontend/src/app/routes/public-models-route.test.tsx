import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { problemResponse } from '@/testing/model-fixtures';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

const showcased: Schema<'PublicModel'> = {
  id: 302,
  name: 'Quỹ heo đất giúp hộ nghèo',
  field: 'Kinh tế',
  unitName: 'Phường Rạch Giá',
  place: 'Khu phố 5',
  ownerKind: 'INDIVIDUAL',
  ownerName: 'Nguyễn Thị Hoa',
  ownerPosition: 'Chi hội trưởng Phụ nữ',
  startedOn: '2026-02-01',
  problem: 'Hộ nghèo thiếu vốn',
  approach: 'Góp heo đất mỗi tháng',
  results: [
    {
      roundName: 'Năm 2026',
      year: 2026,
      text: 'Giúp 12 hộ thoát nghèo',
      figures: [{ name: 'Số hộ được hỗ trợ', value: 12, unit: 'hộ' }],
      recognition: {
        decisionNumber: '125-QĐ/BCĐ',
        decisionDate: '2026-10-15',
        signer: 'X',
        level: 'COMMUNE',
      },
    },
  ],
  photos: [{ id: 9, mediaType: 'image/jpeg' }],
};

describe('the public showcase (/public/models), without signing in', () => {
  it('lists the public models and opens one with its results and photos, no sign-in asked', async () => {
    URL.createObjectURL = () => 'blob:photo';
    URL.revokeObjectURL = () => undefined;
    const auth: (string | null)[] = [];
    const queries: URL[] = [];
    server.use(
      http.get('*/api/v1/public/models', ({ request }) => {
        auth.push(request.headers.get('Authorization'));
        queries.push(new URL(request.url));
        return HttpResponse.json({ items: [showcased], page: 0, size: 12, total: 1 });
      }),
      http.get('*/api/v1/public/models/302', () => HttpResponse.json(showcased)),
      http.get(
        '*/api/v1/public/models/302/photos/9',
        () =>
          new HttpResponse(new Uint8Array([255, 216, 255]), {
            headers: { 'Content-Type': 'image/jpeg' },
          }),
      ),
    );
    const { user, router } = renderRoute('/public/models', {
      session: { status: 'anonymous', subject: undefined, username: undefined },
    });

    const card = await screen.findByTestId('public-model');
    expect(screen.queryByRole('button', { name: 'Đăng nhập' })).not.toBeInTheDocument();
    expect(
      within(card).getByText('Kinh tế · Phường Rạch Giá · Nguyễn Thị Hoa'),
    ).toBeInTheDocument();
    expect(auth).toEqual([null]);

    await user.type(screen.getByRole('searchbox'), 'heo dat{Enter}');
    await waitFor(() => expect(queries.at(-1)?.searchParams.get('q')).toBe('heo dat'));

    await user.click(within(card).getByRole('link', { name: 'Quỹ heo đất giúp hộ nghèo' }));
    expect(router.state.location.pathname).toBe('/public/models/302');
    const page = await screen.findByTestId('public-model-page');
    expect(within(page).getByText('Nguyễn Thị Hoa · Chi hội trưởng Phụ nữ')).toBeInTheDocument();
    expect(within(page).getByText('Giúp 12 hộ thoát nghèo')).toBeInTheDocument();
    expect(within(page).getByText(/125-QĐ\/BCĐ ngày 15\/10\/2026/)).toBeInTheDocument();
    expect(
      await within(page).findByRole('img', { name: 'Quỹ heo đất giúp hộ nghèo' }),
    ).toBeInTheDocument();
  });

  it('a model not public is a 404, said as such', async () => {
    server.use(
      http.get('*/api/v1/public/models/5', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/not-found',
          title: 'Không tìm thấy',
          status: 404,
          detail: 'Không có mô hình công khai 5.',
        }),
      ),
    );
    renderRoute('/public/models/5', {
      session: { status: 'anonymous', subject: undefined, username: undefined },
    });
    expect(await screen.findByText('Không có mô hình công khai 5.')).toBeInTheDocument();
  });
});
