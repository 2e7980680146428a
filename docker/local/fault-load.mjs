// Steady load for the fault test (docker/local/fault-test.sh): readers and writers against one backend until the
// file STOP appears. Every write registers a directive whose subject carries a unique key; every answer is recorded
// (status, content type, Retry-After; 0 when no answer came), so that the script can compare the acknowledged writes
// with what the database holds. Progress (counts so far) is written to PROGRESS about every 200 ms.
//   node fault-load.mjs API_BASE TOKEN_FILE ISSUER_ID RUN STOP PROGRESS RESULTS
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [api, tokenFile, issuerId, run, stopFile, progressFile, resultsFile] = process.argv.slice(2);
const WRITERS = 2;
const READERS = 2;
const TIMEOUT_MS = 15000;
const PAUSE_MS = 20; // a steady load, not a flood: each loop pauses between requests (about 150 requests a second)
const records = [];
let seq = 0;

// The token is read afresh for each request: the script replaces it after Keycloak comes back.
const token = () => readFileSync(tokenFile, 'utf8').trim();

async function call(kind, method, path, body, key) {
  const started = Date.now();
  const record = { kind, key, started, status: 0, type: '', retryAfter: null };
  try {
    const response = await fetch(api + path, {
      method,
      headers: { Authorization: `Bearer ${token()}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    record.status = response.status;
    record.type = response.headers.get('content-type') ?? '';
    record.retryAfter = response.headers.get('retry-after');
    await response.arrayBuffer();
  } catch (e) {
    record.error = String(e?.cause?.code ?? e?.name ?? e);
  }
  record.ms = Date.now() - started;
  records.push(record);
  // a client backs off a little after a 503 or no answer
  const pause = record.status === 0 || record.status === 503 ? 100 : PAUSE_MS;
  await new Promise((resolve) => setTimeout(resolve, pause));
}

async function writer() {
  while (!existsSync(stopFile)) {
    const key = `F${run}-${++seq}`;
    await call('write', 'POST', '/api/v1/directives', {
      type: 'PLAN',
      number: `${seq}-KH/SC${run}`,
      issuerId: Number(issuerId),
      issueDate: '2026-03-02',
      subject: `Kiểm thử sự cố ${key}`,
    }, key);
  }
}

async function reader() {
  while (!existsSync(stopFile)) {
    await call('read', 'GET', '/api/v1/directives?q=kiem%20thu%20su%20co&size=20');
  }
}

const progress = setInterval(() => {
  const count = (f) => records.filter(f).length;
  writeFileSync(progressFile, JSON.stringify({
    requests: records.length,
    writesOk: count((r) => r.kind === 'write' && r.status === 201),
    readsOk: count((r) => r.kind === 'read' && r.status === 200),
    unavailable: count((r) => r.status === 503),
    other: count((r) => r.status !== 200 && r.status !== 201 && r.status !== 503),
  }));
}, 200);

await Promise.all([...Array(WRITERS)].map(writer).concat([...Array(READERS)].map(reader)));
clearInterval(progress);
writeFileSync(resultsFile, JSON.stringify(records));
