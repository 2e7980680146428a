import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { MODEL_REGISTRATION } from '@/features/models/api/model-outbox-kinds';
import { duplicateOf, type ModelRegistrationPayload } from '@/features/models/api/model-outbox';
import { setAccessTokenSource } from '@/lib/auth/access-token';
import { runOutbox } from '@/lib/outbox/outbox-sender';
import { addOutboxItem, listOutboxItems } from '@/lib/outbox/outbox-store';
import { model, problemResponse, round } from '@/testing/model-fixtures';
import { TEST_ACCESS_TOKEN } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';

const A = 'subject-a';
const B = 'subject-b';

const payload: ModelRegistrationPayload = {
  body: {
    roundId: 6,
    name: 'Nhà văn hóa sáng đèn',
    field: 'VAN_HOA_XA_HOI',
    organizationId: 21,
    owner: { kind: 'COLLECTIVE', name: 'UBND phường Rạch Giá' },
    unitId: 100,
    startedOn: '2026-02-01',
    problem: 'Thiếu nơi sinh hoạt',
    approach: 'Họp dân',
    afterTheFact: false,
  },
};

function registration(subject: string, photos = 2) {
  return addOutboxItem({
    subject,
    kind: MODEL_REGISTRATION,
    label: 'Đăng ký mô hình',
    payload,
    files: Array.from(
      { length: photos },
      (_, i) => new File(['jpeg'], `anh-${i}.jpg`, { type: 'image/jpeg' }),
    ),
  });
}

interface Seen {
  path: string;
  key: string | null;
}

function api(seen: Seen[], photo: (i: number) => Response | undefined = () => undefined) {
  let photos = 0;
  return [
    http.post('*/api/v1/mobilization-models', ({ request }) => {
      seen.push({ path: 'register', key: request.headers.get('Idempotency-Key') });
      return HttpResponse.json(
        model(round('REGISTERED', { id: 5010, modelId: 501 }), { id: 501 }),
        { status: 201 },
      );
    }),
    http.post('*/api/v1/model-rounds/5010/attachments', ({ request }) => {
      seen.push({ path: 'photo', key: request.headers.get('Idempotency-Key') });
      photos += 1;
      return (
        photo(photos) ??
        HttpResponse.json(
          {
            id: photos,
            fileName: 'a.jpg',
            mediaType: 'image/jpeg',
            size: 4,
            sha256: 'ab',
            uploadedBy: 'x',
            uploadedAt: '2026-12-01T00:00:00Z',
          },
          { status: 201 },
        )
      );
    }),
  ];
}

beforeEach(() => setAccessTokenSource(() => TEST_ACCESS_TOKEN));

describe('the outbox’s model registrations', () => {
  it('registers with the item id as Idempotency-Key, then each photo under its own key derived from it', async () => {
    const seen: Seen[] = [];
    server.use(...api(seen));
    const item = await registration(A);
    expect(await runOutbox(A)).toBe('done');
    expect(seen).toEqual([
      { path: 'register', key: item.id },
      { path: 'photo', key: `${item.id}.photo-0` },
      { path: 'photo', key: `${item.id}.photo-1` },
    ]);
    const [stored] = await listOutboxItems(A);
    expect(stored?.state).toBe('sent');
    expect(stored?.payload).toMatchObject({ modelId: 501, modelRoundId: 5010, photosSent: 2 });
  });

  it('after a photo lost on the way, a retry sends only the missing photo, never the model again', async () => {
    const seen: Seen[] = [];
    server.use(...api(seen, (i) => (i === 2 ? Response.error() : undefined)));
    const item = await registration(A);
    expect(await runOutbox(A)).toBe('offline');
    expect((await listOutboxItems(A))[0]?.state).toBe('pending');

    expect(await runOutbox(A)).toBe('done');
    expect(seen.map((s) => s.path)).toEqual(['register', 'photo', 'photo', 'photo']);
    expect(seen.slice(2).map((s) => s.key)).toEqual([`${item.id}.photo-1`, `${item.id}.photo-1`]);
  });

  it('a duplicate (409) is an error that keeps the server’s problem, naming the first model', async () => {
    server.use(
      http.post('*/api/v1/mobilization-models', () =>
        problemResponse({
          type: 'https://danvan.vn/problems/duplicate',
          title: 'Trùng lặp',
          status: 409,
          detail: 'Mô hình cùng tên đã được đăng ký.',
          instance: '/api/v1/mobilization-models/77',
        }),
      ),
    );
    await registration(A, 0);
    expect(await runOutbox(A)).toBe('done');
    const [item] = await listOutboxItems(A);
    expect(item?.state).toBe('error');
    expect(item?.lastError).toBe('Mô hình cùng tên đã được đăng ký.');
    expect(duplicateOf((item?.payload as ModelRegistrationPayload).problem)).toBe(77);
  });

  it('belongs to one user: another user on the phone neither sees nor sends it', async () => {
    const seen: Seen[] = [];
    server.use(...api(seen));
    await registration(A);
    expect(await listOutboxItems(B)).toEqual([]);
    expect(await runOutbox(B)).toBe('done');
    expect(seen).toEqual([]);
  });
});
