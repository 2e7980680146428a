import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import {
  communeEditor,
  problemResponse,
  recognitionCase,
  reporterKp01,
  titles,
} from '@/testing/recognition-fixtures';
import { renderRoute } from '@/testing/render-route';

type Summary = Schema<'RecognitionCaseSummary'>;

const summaries: Summary[] = [
  {
    id: 701,
    titleId: 5,
    titleName: 'Khu dân cư kiểu mẫu',
    subjectKind: 'RESIDENTIAL_AREA',
    residentialArea: { id: 30, code: '30742-KP01', name: 'Khu phố 1' },
    unitId: 100,
    year: 2026,
    kind: 'INITIAL',
    state: 'REGISTERED',
    version: 2,
  },
  {
    id: 650,
    titleId: 5,
    titleName: 'Khu dân cư kiểu mẫu',
    subjectKind: 'RESIDENTIAL_AREA',
    residentialArea: { id: 30, code: '30742-KP01', name: 'Khu phố 1' },
    unitId: 100,
    year: 2025,
    kind: 'INITIAL',
    state: 'RECOGNIZED',
    decisionId: 80,
    version: 9,
  },
];

describe('the recognition cases (/recognition)', () => {
  it('lists the area reporter’s cases and filters by year, title and state (in the URL)', async () => {
    const seen: URL[] = [];
    server.use(
      ...createHandlers(reporterKp01),
      http.get('*/api/v1/recognition-titles', () => HttpResponse.json(titles)),
      http.get('*/api/v1/recognition-cases', ({ request }) => {
        seen.push(new URL(request.url));
        return HttpResponse.json({ items: summaries, page: 0, size: 20, total: 2 });
      }),
    );
    const { user, router } = renderRoute('/recognition');

    const cards = await screen.findAllByTestId('case-card');
    expect(cards).toHaveLength(2);
    expect(within(cards[0] as HTMLElement).getByText('Đã đăng ký')).toBeInTheDocument();
    expect(within(cards[1] as HTMLElement).getByText('Đã công nhận')).toBeInTheDocument();
    expect(
      within(cards[0] as HTMLElement).getByRole('link', { name: 'Khu phố 1' }),
    ).toHaveAttribute('href', '/recognition/701');
    expect(seen[0]?.searchParams.get('residentialAreaId')).toBe('30');

    await user.click(screen.getByLabelText('Trạng thái'));
    await user.click(await screen.findByTitle('Đã công nhận'));
    await waitFor(() => expect(seen.at(-1)?.searchParams.get('state')).toBe('RECOGNIZED'));
    await user.click(screen.getByLabelText('Danh hiệu'));
    await user.click(await screen.findByTitle('Khu dân cư kiểu mẫu'));
    await waitFor(() => expect(seen.at(-1)?.searchParams.get('titleId')).toBe('5'));
    expect(router.state.location.search).toContain('state=RECOGNIZED');
    expect(screen.getByRole('link', { name: /Đăng ký công nhận/ })).toBeInTheDocument();
  });

  it('shows the server’s 403 instead of a list', async () => {
    server.use(
      ...createHandlers(communeEditor),
      http.get('*/api/v1/recognition-titles', () => HttpResponse.json(titles)),
      http.get('*/api/v1/recognition-cases', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/out-of-scope',
          title: 'Ngoài phạm vi',
          status: 403,
          detail: 'Đơn vị 100 ngoài phạm vi của đồng chí.',
        }),
      ),
    );
    renderRoute('/recognition');
    expect(await screen.findByText('Đơn vị 100 ngoài phạm vi của đồng chí.')).toBeInTheDocument();
  });
});

describe('registering an area (/recognition/new)', () => {
  function registrationApi(bodies: unknown[], keys: (string | null)[], answer?: () => Response) {
    return [
      http.get('*/api/v1/recognition-titles', () => HttpResponse.json(titles)),
      http.post('*/api/v1/recognition-cases', async ({ request }) => {
        bodies.push(await request.json());
        keys.push(request.headers.get('Idempotency-Key'));
        return answer?.() ?? HttpResponse.json(recognitionCase('REGISTERED'), { status: 201 });
      }),
      http.get('*/api/v1/recognition-cases/701', () =>
        HttpResponse.json(recognitionCase('REGISTERED')),
      ),
    ];
  }

  it('an area reporter registers the token’s area; the title comes from the titles list', async () => {
    const bodies: unknown[] = [];
    const keys: (string | null)[] = [];
    server.use(...createHandlers(reporterKp01), ...registrationApi(bodies, keys));
    const { user, router } = renderRoute('/recognition/new');

    expect(await screen.findByTestId('fixed-area')).toHaveTextContent('Khu phố 1');
    // only the titles of residential areas, and there is one: chosen already
    await user.click(screen.getByLabelText('Danh hiệu'));
    expect(await screen.findAllByTitle('Khu dân cư kiểu mẫu (ví dụ minh họa)')).not.toHaveLength(0);
    expect(screen.queryByTitle(/Xã nông thôn mới/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/recognition/701'));
    expect(bodies).toEqual([{ residentialAreaId: 30, titleId: 5, year: 2026, kind: 'INITIAL' }]);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a commune editor picks one of the commune’s areas; a duplicate (409) links to the case', async () => {
    const bodies: unknown[] = [];
    server.use(
      ...createHandlers(communeEditor),
      ...registrationApi(bodies, [], () =>
        problemResponse({
          type: 'https://danvan.vn/problems/duplicate',
          title: 'Trùng lặp',
          status: 409,
          detail: 'Khu dân cư đã có hồ sơ danh hiệu này năm 2026.',
          instance: '/api/v1/recognition-cases/650',
        }),
      ),
    );
    const { user } = renderRoute('/recognition/new');
    await user.click(await screen.findByLabelText('Khu dân cư'));
    await user.click(await screen.findByTitle('Khu phố Vĩnh Thanh'));
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    const refused = await screen.findByTestId('registration-refused');
    expect(refused).toHaveTextContent('Khu dân cư đã có hồ sơ danh hiệu này năm 2026.');
    expect(
      within(refused).getByRole('link', { name: 'Xem hồ sơ đã đăng ký trước' }),
    ).toHaveAttribute('href', '/recognition/650');
    expect(bodies).toEqual([{ residentialAreaId: 31, titleId: 5, year: 2026, kind: 'INITIAL' }]);
  });
});
