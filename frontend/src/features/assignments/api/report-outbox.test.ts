import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  REPORT_EVIDENCE,
  REPORT_SUBMIT,
  type ReportEvidencePayload,
  type ReportSubmitPayload,
} from '@/features/assignments/api/report-outbox';
import type { Schema } from '@/lib/api/schema-types';
import { setAccessTokenSource } from '@/lib/auth/access-token';
import { logoutWarnings, registerLogoutGuard } from '@/lib/auth/logout-guard';
import { i18n } from '@/lib/i18n/i18n';
import { keepMineOutboxItem, runOutbox, takeTheirsOutboxItem } from '@/lib/outbox/outbox-sender';
import {
  addOutboxItem,
  claimOutboxItem,
  getOutboxItem,
  listOutboxItems,
} from '@/lib/outbox/outbox-store';
import { outboxLogoutWarning } from '@/lib/outbox/use-outbox-runner';
import { submittedReport } from '@/testing/assignment-fixtures';
import { TEST_ACCESS_TOKEN } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';

const A = 'subject-a';
const B = 'subject-b';

const openSlot: Schema<'ReportSlot'> = {
  ...submittedReport,
  status: 'OPEN',
  text: undefined,
  figures: [],
  submittedBy: undefined,
  submittedAt: undefined,
  history: [],
  version: 4,
};

function submission(subject: string, text = 'Họp dân ấp 5, 120 hộ'): Promise<unknown> {
  const payload: ReportSubmitPayload = {
    reportId: 901,
    assignmentId: 501,
    body: { text, figures: [{ label: 'Số hộ', value: 120, unit: 'hộ' }], version: 4 },
  };
  return addOutboxItem({ subject, kind: REPORT_SUBMIT, label: 'Báo cáo Q4/2026', payload });
}

function photo(subject: string, name: string) {
  const payload: ReportEvidencePayload = { reportId: 901, assignmentId: 501 };
  return addOutboxItem({
    subject,
    kind: REPORT_EVIDENCE,
    label: name,
    payload,
    files: [new File(['jpeg bytes'], name, { type: 'image/jpeg' })],
  });
}

interface Seen {
  method: string;
  key: string | null;
  body?: unknown;
}

/** The report API as the backend answers it; every request noted with its Idempotency-Key. */
function reportApi(seen: Seen[], put: () => Response | undefined = () => undefined) {
  return [
    http.put('*/api/v1/reports/901', async ({ request }) => {
      seen.push({
        method: 'PUT',
        key: request.headers.get('Idempotency-Key'),
        body: await request.json(),
      });
      return put() ?? HttpResponse.json({ ...openSlot, status: 'SUBMITTED', version: 5 });
    }),
    http.post('*/api/v1/reports/901/attachments', ({ request }) => {
      seen.push({ method: 'POST', key: request.headers.get('Idempotency-Key') });
      return HttpResponse.json(submittedReport.attachments[0], { status: 201 });
    }),
  ];
}

beforeEach(() => {
  setAccessTokenSource(() => TEST_ACCESS_TOKEN);
});

describe('the outbox belongs to one user', () => {
  it('user B never sees nor sends what A left on the phone', async () => {
    const seen: Seen[] = [];
    server.use(...reportApi(seen));
    await submission(A);

    expect(await listOutboxItems(B)).toEqual([]);
    expect(await runOutbox(B)).toBe('done');
    expect(seen).toEqual([]);
    expect(await listOutboxItems(A)).toHaveLength(1);
  });
});

describe('sending', () => {
  it('a replay after a lost network carries the same Idempotency-Key, the item id', async () => {
    const seen: Seen[] = [];
    const item = await submission(A);
    server.use(http.put('*/api/v1/reports/901', () => HttpResponse.error()));
    expect(await runOutbox(A)).toBe('offline');
    expect((await getOutboxItem(A, (item as { id: string }).id))?.state).toBe('pending');

    // the answer was lost on the way back: the server may already have it; the key says so
    let calls = 0;
    server.use(
      ...reportApi(seen, () => {
        calls += 1;
        return calls === 1 ? Response.error() : undefined;
      }),
    );
    expect(await runOutbox(A)).toBe('offline');
    expect(await runOutbox(A)).toBe('done');

    const [stored] = await listOutboxItems(A);
    expect(stored?.state).toBe('sent');
    expect(seen.map((s) => s.key)).toEqual([stored?.id, stored?.id]);
    expect(seen[1]?.body).toEqual({
      text: 'Họp dân ấp 5, 120 hộ',
      figures: [{ label: 'Số hộ', value: 120, unit: 'hộ' }],
      version: 4,
    });
  });

  it('photos are sent once each, with their own key, even when the sender is started twice at once', async () => {
    const seen: Seen[] = [];
    server.use(...reportApi(seen));
    const first = await photo(A, 'anh-1.jpg');
    const second = await photo(A, 'anh-2.jpg');
    await submission(A);

    await Promise.all([runOutbox(A), runOutbox(A), runOutbox(A)]);

    expect(seen.map((s) => s.method)).toEqual(['POST', 'POST', 'PUT']);
    expect(seen.slice(0, 2).map((s) => s.key)).toEqual([first.id, second.id]);
    expect((await listOutboxItems(A)).map((i) => i.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('the network coming back while a round is failing is not missed', async () => {
    const keys: (string | null)[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inFlight = false;
    server.use(
      http.put('*/api/v1/reports/901', async ({ request }) => {
        if (!inFlight) {
          inFlight = true;
          await gate;
          return HttpResponse.error();
        }
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json({ ...openSlot, status: 'SUBMITTED', version: 5 });
      }),
    );
    await submission(A);
    const first = runOutbox(A);
    await vi.waitFor(() => expect(inFlight).toBe(true));
    const online = runOutbox(A); // the 'online' event, while the first request still hangs
    release();

    expect(await online).toBe('done');
    expect(await first).toBe('done');
    expect((await listOutboxItems(A))[0]?.state).toBe('sent');
    expect(keys).toHaveLength(1);
  });

  it('two tabs claiming the same item: only one gets it', async () => {
    const item = await photo(A, 'anh-1.jpg');
    const claims = await Promise.all([claimOutboxItem(A, item.id), claimOutboxItem(A, item.id)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('without an access token (the session ran out offline) items wait for sign-in, then go', async () => {
    const seen: Seen[] = [];
    server.use(...reportApi(seen));
    await photo(A, 'anh-1.jpg');
    await submission(A);
    setAccessTokenSource(() => undefined);

    expect(await runOutbox(A)).toBe('needs-login');
    expect((await listOutboxItems(A)).map((i) => i.state)).toEqual(['needs-login', 'needs-login']);
    expect(seen).toEqual([]);

    setAccessTokenSource(() => TEST_ACCESS_TOKEN); // the same user signed in again
    expect(await runOutbox(A)).toBe('done');
    expect((await listOutboxItems(A)).map((i) => i.state)).toEqual(['sent', 'sent']);
    expect(seen.map((s) => s.method)).toEqual(['POST', 'PUT']);
  });

  it('a 401 from the server also waits for sign-in', async () => {
    await submission(A);
    server.use(
      http.put('*/api/v1/reports/901', () =>
        HttpResponse.json({ title: 'Unauthorized', status: 401 }, { status: 401 }),
      ),
    );
    expect(await runOutbox(A)).toBe('needs-login');
    expect((await listOutboxItems(A))[0]?.state).toBe('needs-login');
  });

  it('another refusal is an error with the server’s words, kept for the user to retry or delete', async () => {
    await submission(A);
    server.use(
      http.put('*/api/v1/reports/901', () =>
        HttpResponse.json(
          { title: 'Dữ liệu không hợp lệ', detail: 'Nội dung quá dài', status: 400 },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    expect(await runOutbox(A)).toBe('done');
    const [item] = await listOutboxItems(A);
    expect(item?.state).toBe('error');
    expect(item?.lastError).toBe('Nội dung quá dài');
  });
});

describe('a 409: both versions, and the user decides', () => {
  const server409 = () =>
    HttpResponse.json(
      {
        title: 'Dữ liệu đã thay đổi',
        status: 409,
        type: 'https://danvan.vn/problems/stale-version',
      },
      { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
    );
  const onServer: Schema<'ReportSlot'> = {
    ...openSlot,
    status: 'RETURNED',
    text: 'Bản do đồng chí khác sửa',
    figures: [{ label: 'Số hộ', value: 90 }],
    version: 7,
  };

  it('keeps my text and figures beside the server’s', async () => {
    server.use(
      http.put('*/api/v1/reports/901', server409),
      http.get('*/api/v1/reports/901', () => HttpResponse.json(onServer)),
    );
    await submission(A);
    await runOutbox(A);
    const [item] = await listOutboxItems(A);
    expect(item?.state).toBe('conflict');
    expect(item?.conflict?.mine).toEqual({
      text: 'Họp dân ấp 5, 120 hộ',
      figures: [{ label: 'Số hộ', value: 120, unit: 'hộ' }],
    });
    expect(item?.conflict?.server.text).toBe('Bản do đồng chí khác sửa');
    expect(item?.conflict?.server.figures).toEqual([{ label: 'Số hộ', value: 90 }]);
    expect(item?.conflict?.serverVersion).toBe(7);
  });

  it('"Giữ bản của tôi" resubmits mine on the server’s new version, under a new key', async () => {
    const seen: Seen[] = [];
    let refuse = true;
    server.use(
      ...reportApi(seen, () => (refuse ? server409() : undefined)),
      http.get('*/api/v1/reports/901', () => HttpResponse.json(onServer)),
    );
    await submission(A);
    await runOutbox(A);
    const [conflicted] = await listOutboxItems(A);
    refuse = false;

    await keepMineOutboxItem(A, conflicted!);
    await runOutbox(A);

    const [item] = await listOutboxItems(A);
    expect(item?.state).toBe('sent');
    expect(seen[1]?.body).toEqual({
      text: 'Họp dân ấp 5, 120 hộ',
      figures: [{ label: 'Số hộ', value: 120, unit: 'hộ' }],
      version: 7,
    });
    // a new body needs a new key: the first one is tied to the first body on the server
    expect(seen[1]?.key).toBe(`${item?.id}.1`);
    expect(seen[0]?.key).toBe(item?.id);
  });

  it('"Lấy bản mới" sends nothing, and my text stays until dismissed', async () => {
    const seen: Seen[] = [];
    server.use(
      ...reportApi(seen, server409),
      http.get('*/api/v1/reports/901', () => HttpResponse.json(onServer)),
    );
    await submission(A);
    await runOutbox(A);
    const [conflicted] = await listOutboxItems(A);

    await takeTheirsOutboxItem(A, conflicted!.id);
    await runOutbox(A);

    const [item] = await listOutboxItems(A);
    expect(seen).toHaveLength(1);
    expect(item?.discarded).toBe(true);
    expect(item?.conflict?.mine.text).toBe('Họp dân ấp 5, 120 hộ');
    expect(await outboxLogoutWarning(A)).toBeUndefined();
  });
});

describe('signing out with something unsent', () => {
  it('warns “Còn N mục chưa gửi…” through the logout guard', async () => {
    await i18n.changeLanguage('vi');
    setAccessTokenSource(() => undefined);
    await submission(A);
    await photo(A, 'anh-1.jpg');
    await photo(B, 'anh-cua-b.jpg');
    const remove = registerLogoutGuard(() => outboxLogoutWarning(A));
    try {
      const warnings = await logoutWarnings();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^Còn 2 mục chưa gửi/);
    } finally {
      remove();
    }
    expect(await logoutWarnings()).toEqual([]);
  });
});
