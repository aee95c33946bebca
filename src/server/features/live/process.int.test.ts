import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TServerMessage } from '../../../contracts/live.js';
import { createOrgFixture, PASSWORD, type OrgFixture } from '../../../../test/helpers/app.js';
import { TEST_DIALECT, freshDatabase, type TestDatabase } from '../../../../test/helpers/database.js';
import { LiveClient } from '../../../../test/helpers/live.js';
import { startServerProcess, type ServerProcess } from '../../../../test/helpers/process.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { createServices } from '../../services.js';

const ITEMS = [
  'klar-vision',
  'konkrete-maal',
  'kender-strategien',
  'velbegrundede-projekter',
  'alle-arbejder-maalrettet',
  'effektiv-koordination',
  'effektiv-information',
  'passende-antal-indsatser',
  'opfoelgning',
  'laerer-af-erfaringer',
  'ressourcer-og-opgaver',
  'involvering-af-medarbejdere',
];

/** Real server processes over one database: a crash mid-vote, and two processes sharing a session. */
describe('live workshops across server processes', () => {
  let database: TestDatabase;
  let org: OrgFixture;
  const processes: ServerProcess[] = [];
  const clients: LiveClient[] = [];

  const env = () => ({
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.config.dialect === 'postgresql' ? database.config.url : '',
    NODE_ENV: 'test',
    LOGIN_RATE_LIMIT: '100000',
  });

  beforeEach(async () => {
    database = await freshDatabase();
    const db = openDatabase(database.config);
    await migrateToLatest(db);
    org = await createOrgFixture(createServices(db, { cookieSecret: 'x'.repeat(40), sessionTtlHours: 1, publicUrl: 'http://x' }), 'P');
    await db.close();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    for (const p of processes.splice(0)) {
      p.child.kill('SIGKILL');
      await p.exited;
    }
    await database.drop();
  });

  async function start(extra: NodeJS.ProcessEnv = {}, dataDir?: string) {
    const p = await startServerProcess({ ...env(), ...(dataDir ? { DATA_DIR: dataDir } : {}), ...extra });
    processes.push(p);
    return p;
  }

  async function signIn(url: string) {
    const res = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: org.admin.email, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('pejling_session='))!
      .split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const api = async (method: string, path: string, body?: object) => {
      const r = await fetch(`${url}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: r.status, body: (await r.json().catch(() => null)) as Record<string, unknown> };
    };
    return { cookie, api };
  }

  async function questionnaireWorkshop(url: string) {
    const { cookie, api } = await signIn(url);
    const created = await api('POST', `/api/orgs/${org.orgId}/workshops`, { title: 'Værksted' });
    const id = created.body.id as string;
    const opened = await api('POST', `/api/orgs/${org.orgId}/workshops/${id}/control`, { action: 'open' });
    await api('POST', `/api/orgs/${org.orgId}/workshops/${id}/control`, { action: 'goto', position: 3 });
    await api('POST', `/api/orgs/${org.orgId}/workshops/${id}/control`, { action: 'reveal', revealed: true });
    return { id, code: opened.body.joinCode as string, cookie };
  }

  async function phone(url: string, code: string) {
    const res = await fetch(`${url}/api/live/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const { token } = (await res.json()) as { token: string };
    const c = await LiveClient.connect(url);
    clients.push(c);
    c.send({ type: 'hello', role: 'participant', token });
    await c.next('snapshot');
    return { client: c, token };
  }

  it('loses no acknowledged answer when the server is killed mid-vote, and the phones resume after a restart', async () => {
    const dataDir = database.dataDir;
    const first = await start({}, dataDir);
    const { id, code } = await questionnaireWorkshop(first.url);
    const phones = await Promise.all(Array.from({ length: 8 }, () => phone(first.url, code)));

    // Every phone sends all twelve answers at once; the server is killed while they arrive.
    const acked = new Set<string>();
    const sent: { token: string; msgId: string; itemId: string; value: number }[] = [];
    phones.forEach(({ client, token }, p) => {
      client.socket.on('message', (data) => {
        const m = JSON.parse(String(data)) as TServerMessage;
        if (m.type === 'ack') acked.add(m.id);
      });
      ITEMS.forEach((itemId, i) => {
        const msgId = `kill-${p}-${i}-0000`;
        sent.push({ token, msgId, itemId, value: ((p + i) % 5) + 1 });
        client.send({ type: 'answer', id: msgId, itemId, value: ((p + i) % 5) + 1 });
      });
    });
    while (acked.size < 20) await new Promise((r) => setTimeout(r, 1));
    first.child.kill('SIGKILL');
    await first.exited;
    const ackedBeforeKill = new Set(acked);
    expect(ackedBeforeKill.size).toBeGreaterThan(0);

    // Every acknowledged answer is in the database.
    const db = openDatabase(database.config);
    const stored = await db.kysely.selectFrom('workshop_answers').selectAll().where('workshop_id', '=', id).execute();
    const receipts = new Set(
      (await db.kysely.selectFrom('workshop_receipts').select('client_msg_id').execute()).map((r) => r.client_msg_id),
    );
    await db.close();
    for (const msgId of ackedBeforeKill) expect(receipts.has(msgId), msgId).toBe(true);
    expect(stored.length).toBeGreaterThanOrEqual(ackedBeforeKill.size);

    // After a restart every phone comes back with its token, resends what was not acknowledged, and nothing counts twice.
    const second = await start({}, dataDir);
    const back = await Promise.all(
      phones.map(async ({ token }) => {
        const c = await LiveClient.connect(second.url);
        clients.push(c);
        c.send({ type: 'hello', role: 'participant', token });
        await c.next('snapshot');
        return { client: c, token };
      }),
    );
    for (const { client, token } of back) {
      for (const s of sent.filter((x) => x.token === token)) client.send({ type: 'answer', id: s.msgId, itemId: s.itemId, value: s.value });
      for (const s of sent.filter((x) => x.token === token)) {
        const ack = await client.next('ack', (a) => a.id === s.msgId);
        if (ackedBeforeKill.has(s.msgId)) expect(ack.duplicate).toBe(true);
      }
    }
    const { cookie } = await signIn(second.url);
    const facilitator = await LiveClient.connect(second.url, { cookie });
    clients.push(facilitator);
    facilitator.send({ type: 'hello', role: 'facilitator', workshopId: id });
    const snapshot = await facilitator.next('snapshot');
    expect(snapshot.tally!.respondents).toBe(8);
    expect(snapshot.tally!.complete).toBe(8);
    expect(snapshot.tally!.items.every((i) => i.n === 8)).toBe(true);
  }, 120_000);

  it.skipIf(TEST_DIALECT !== 'postgresql')(
    'shows the same tally on a projector served by a second process, over LISTEN/NOTIFY',
    async () => {
      const [a, b] = await Promise.all([start(), start({}, `${database.dataDir}-b`)]);
      const { id, code } = await questionnaireWorkshop(a.url);
      const { cookie } = await signIn(b.url);
      const projector = await LiveClient.connect(b.url, { cookie });
      clients.push(projector);
      projector.send({ type: 'hello', role: 'projector', workshopId: id });
      await projector.next('snapshot');
      const phones = await Promise.all(Array.from({ length: 5 }, () => phone(a.url, code)));
      const started = Date.now();
      phones.forEach(({ client }, p) =>
        ITEMS.forEach((itemId, i) => client.send({ type: 'answer', id: `pair-${p}-${i}-0000`, itemId, value: ((p * 3 + i) % 5) + 1 })),
      );
      const full = await projector.next('delta', (d) => d.tally?.complete === 5, 10_000);
      const latency = Date.now() - started;
      expect(full.tally!.items.every((i) => i.n === 5)).toBe(true);
      const expected = ITEMS.map((_, i) => {
        const counts = [0, 0, 0, 0, 0];
        for (let p = 0; p < 5; p++) counts[((p * 3 + i) % 5) + 1 - 1]!++;
        return counts;
      });
      expect(full.tally!.items.map((i) => i.counts)).toEqual(expected);
      expect(latency).toBeLessThan(2000);
      // A step change made on one process reaches a phone on the other.
      const phoneOnB = await phone(b.url, code);
      const { api } = await signIn(a.url);
      await api('POST', `/api/orgs/${org.orgId}/workshops/${id}/control`, { action: 'next' });
      await phoneOnB.client.next('snapshot', (s) => s.step?.kind === 'break');
    },
    120_000,
  );
});
