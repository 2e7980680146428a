import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Schema } from '@/lib/api/schema-types';
import { listOutboxItems } from '@/lib/outbox/outbox-store';
import { reporterRachGia } from '@/testing/fixtures';
import { model, movementsApi, problemResponse, round } from '@/testing/model-fixtures';
import { createHandlers } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { renderRoute } from '@/testing/render-route';

type Registration = Schema<'MobilizationModelRegistration'>;

interface Seen {
  key: string | null;
  body?: Registration;
  path: string;
}

function registrationApi(seen: Seen[], answer: () => Response | undefined = () => undefined) {
  return [
    http.post('*/api/v1/mobilization-models', async ({ request }) => {
      seen.push({
        key: request.headers.get('Idempotency-Key'),
        body: (await request.json()) as Registration,
        path: new URL(request.url).pathname,
      });
      return (
        answer() ??
        HttpResponse.json(model(round('REGISTERED', { id: 5010, modelId: 501 }), { id: 501 }), {
          status: 201,
        })
      );
    }),
    http.post('*/api/v1/model-rounds/:id/attachments', ({ request }) => {
      seen.push({
        key: request.headers.get('Idempotency-Key'),
        path: new URL(request.url).pathname,
      });
      return HttpResponse.json(
        {
          id: 1,
          fileName: 'anh.jpg',
          mediaType: 'image/jpeg',
          size: 3,
          sha256: 'ab',
          uploadedBy: 'reporter.rachgia',
          uploadedAt: '2026-12-01T00:00:00Z',
        },
        { status: 201 },
      );
    }),
    http.get('*/api/v1/mobilization-models/501', () =>
      HttpResponse.json(
        model(round('REGISTERED', { id: 5010, modelId: 501 }), {
          id: 501,
          name: 'Nhà văn hóa sáng đèn',
        }),
      ),
    ),
  ];
}

async function fill(user: ReturnType<typeof renderRoute>['user'], photo = true) {
  await user.type(await screen.findByLabelText('Tên mô hình'), 'Nhà văn hóa sáng đèn');
  await user.click(screen.getByLabelText('Lĩnh vực'));
  await user.click(await screen.findByTitle('Văn hóa – xã hội'));
  await user.type(screen.getByLabelText('Ngày bắt đầu'), '01/02/2026{Enter}');
  await user.type(
    screen.getByLabelText('Vấn đề mô hình giải quyết'),
    'Khu phố thiếu nơi sinh hoạt',
  );
  await user.type(screen.getByLabelText('Cách vận động nhân dân'), 'Họp dân, góp công góp của');
  await user.type(
    screen.getAllByLabelText('Tên chỉ tiêu (vd: Số hộ được hỗ trợ)')[0] as HTMLElement,
    'Số hộ tham gia',
  );
  await user.type(screen.getAllByLabelText('Đơn vị tính')[0] as HTMLElement, 'hộ');
  if (photo) {
    await user.upload(
      screen.getByTestId('photo-input'),
      new File([new Uint8Array([255, 216, 255])], 'anh-1.jpg', { type: 'image/jpeg' }),
    );
    expect(await screen.findByTestId('photo-chosen')).toHaveTextContent('anh-1.jpg');
  }
}

describe('registering a model (/models/new)', () => {
  it('sends the registration with the outbox item’s Idempotency-Key, then its photo, and opens the model', async () => {
    const seen: Seen[] = [];
    server.use(...createHandlers(reporterRachGia), movementsApi, ...registrationApi(seen));
    const { user, router } = renderRoute('/models/new');
    await fill(user);
    // where: one of the commune's residential areas (searched on the server)
    await user.click(screen.getByLabelText('Khu dân cư (ấp, khu phố, tổ dân phố)'));
    await user.click(await screen.findByTitle('Khu phố Vĩnh Thanh'));
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/models/501'));
    const [registration, photo] = seen;
    const [item] = await listOutboxItems('test-subject-1');
    expect(registration?.key).toBe(item?.id);
    expect(registration?.body).toMatchObject({
      roundId: 6,
      name: 'Nhà văn hóa sáng đèn',
      field: 'VAN_HOA_XA_HOI',
      organizationId: 21,
      unitId: 100,
      owner: { kind: 'COLLECTIVE', name: 'Ủy ban nhân dân phường Rạch Giá', organizationId: 21 },
      residentialAreaId: 31,
      startedOn: '2026-02-01',
      indicators: [{ name: 'Số hộ tham gia', unit: 'hộ' }],
    });
    expect(photo?.path).toBe('/api/v1/model-rounds/5010/attachments');
    expect(photo?.key).toBe(`${item?.id}.photo-0`);
    expect(item?.state).toBe('sent');
  });

  it('puts the server’s field errors (problem+json) on the fields and keeps nothing in the outbox', async () => {
    const seen: Seen[] = [];
    server.use(
      ...createHandlers(reporterRachGia),
      movementsApi,
      ...registrationApi(seen, () =>
        problemResponse({
          type: 'https://danvan.vn/problems/validation',
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          detail: 'Có 2 trường không hợp lệ.',
          errors: [
            { field: 'startedOn', message: 'Ngày bắt đầu không được sau hôm nay' },
            { field: 'owner.name', message: 'Tên chủ thể quá dài' },
          ],
        }),
      ),
    );
    const { user } = renderRoute('/models/new');
    await fill(user, false);
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    expect(await screen.findByText('Ngày bắt đầu không được sau hôm nay')).toBeInTheDocument();
    expect(screen.getByText('Tên chủ thể quá dài')).toBeInTheDocument();
    expect(screen.getByTestId('registration-refused')).toHaveTextContent(
      'Có 2 trường không hợp lệ.',
    );
    expect(await listOutboxItems('test-subject-1')).toEqual([]);
  });

  it('a duplicate (409) links to the model registered first', async () => {
    server.use(
      ...createHandlers(reporterRachGia),
      movementsApi,
      ...registrationApi([], () =>
        problemResponse({
          type: 'https://danvan.vn/problems/duplicate',
          title: 'Trùng lặp',
          status: 409,
          detail: 'Mô hình cùng tên đã được đăng ký trong đợt này.',
          instance: '/api/v1/mobilization-models/77',
        }),
      ),
    );
    const { user } = renderRoute('/models/new');
    await fill(user, false);
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    const refused = await screen.findByTestId('registration-refused');
    expect(refused).toHaveTextContent('Mô hình cùng tên đã được đăng ký trong đợt này.');
    expect(
      within(refused).getByRole('link', { name: 'Xem mô hình đã đăng ký trước' }),
    ).toHaveAttribute('href', '/models/77');
  });

  it('a 403 (organization out of scope) is said, not swallowed', async () => {
    server.use(
      ...createHandlers(reporterRachGia),
      movementsApi,
      ...registrationApi([], () =>
        problemResponse({
          type: 'https://danvan.vn/problems/out-of-scope',
          title: 'Ngoài phạm vi',
          status: 403,
          detail: 'organizationId: ngoài phạm vi của đồng chí',
        }),
      ),
    );
    const { user } = renderRoute('/models/new');
    await fill(user, false);
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(await screen.findByTestId('registration-refused')).toHaveTextContent(
      'organizationId: ngoài phạm vi của đồng chí',
    );
  });

  it('without network it waits in the outbox (“Chờ gửi”) with its photo', async () => {
    server.use(
      ...createHandlers(reporterRachGia),
      movementsApi,
      http.post('*/api/v1/mobilization-models', () => HttpResponse.error()),
    );
    const { user } = renderRoute('/models/new');
    await fill(user);
    await user.click(screen.getByRole('button', { name: 'Đăng ký' }));

    const queued = await screen.findByTestId('registration-queued');
    expect(within(queued).getByTestId('outbox-state')).toHaveTextContent('Chờ gửi');
    const [item] = await listOutboxItems('test-subject-1');
    expect(item?.state).toBe('pending');
    expect(item?.files.map((f) => f.name)).toEqual(['anh-1.jpg']);
  });

  it('keeps what was typed as a draft when the form is left and opened again', async () => {
    server.use(...createHandlers(reporterRachGia), movementsApi);
    const first = renderRoute('/models/new');
    await first.user.type(await screen.findByLabelText('Tên mô hình'), 'Bếp ăn tình thương');
    first.unmount();

    renderRoute('/models/new');
    expect(await screen.findByTestId('draft-restored')).toBeInTheDocument();
    expect(screen.getByLabelText('Tên mô hình')).toHaveValue('Bếp ăn tình thương');
  });
});
