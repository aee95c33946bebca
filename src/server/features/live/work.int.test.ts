import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TPicture, TPlans, TServerMessage } from '../../../contracts/live.js';
import type { TActionPlanItem, TWorkshop } from '../../../contracts/workshops.js';
import {
  call,
  createOrgFixture,
  createTestApp,
  loginAs,
  type Caller,
  type OrgFixture,
  type TestApp,
} from '../../../../test/helpers/app.js';
import { LiveClient } from '../../../../test/helpers/live.js';
import { pdfText } from '../../../../test/helpers/pdf.js';

const PICTURE_STEP = 5;
const AREAS_STEP = 6;

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** The newest picture or plans a client has received (from a snapshot or a delta). */
function latest<K extends 'picture' | 'plans'>(client: LiveClient, key: K): (K extends 'picture' ? TPicture : TPlans) | null {
  for (const m of [...client.received].reverse()) {
    if ((m.type === 'snapshot' || m.type === 'delta') && m[key] !== undefined) return m[key] as never;
  }
  return null;
}

async function until(check: () => boolean, what: string, timeoutMs = 3000) {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the common picture and the area work, live', () => {
  let t: TestApp;
  let org: OrgFixture;
  let admin: Caller;
  let baseUrl: string;
  let w: TWorkshop;
  const clients: LiveClient[] = [];
  let n = 0;
  const id = (label: string) => `${label}-${String(++n).padStart(6, '0')}`;

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrgFixture(t.services, 'Work');
    admin = await loginAs(t.app, org.admin.email);
    baseUrl = await listen(t.app);
    const created = await call(t.app, admin, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/workshops`,
      payload: { title: 'Værksted', areas: ['Sundhed', 'Teknik'] },
    });
    w = created.json() as TWorkshop;
    await control({ action: 'open' });
    w = (await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/workshops/${w.id}` })).json() as TWorkshop;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await t.close();
  });

  const control = (body: object) =>
    call(t.app, admin, { method: 'POST', url: `/api/orgs/${org.orgId}/workshops/${w.id}/control`, payload: body });

  async function participant(name: string) {
    const joined = (
      await call(t.app, null, { method: 'POST', url: '/api/live/join', payload: { code: w.joinCode, displayName: name } })
    ).json() as {
      token: string;
      participantId: string;
    };
    const c = await LiveClient.connect(baseUrl);
    clients.push(c);
    c.send({ type: 'hello', role: 'participant', token: joined.token });
    await c.next('snapshot');
    return c;
  }

  async function observer(role: 'facilitator' | 'projector') {
    const c = await LiveClient.connect(baseUrl, { cookie: admin.headers.cookie! });
    clients.push(c);
    c.send({ type: 'hello', role, workshopId: w.id });
    await c.next('snapshot');
    return c;
  }

  async function ack(c: LiveClient, message: Record<string, unknown>): Promise<Extract<TServerMessage, { type: 'ack' }>> {
    const msgId = id(String(message.type));
    c.send({ ...message, id: msgId });
    return c.next('ack', (a) => a.id === msgId);
  }

  it('hides notes from others until shown, merges duplicates, caps the dots, and records the decision', async () => {
    const [anna, bo] = [await participant('Anna'), await participant('Bo')];
    const facilitator = await observer('facilitator');
    const projector = await observer('projector');

    const early = id('note');
    anna.send({ type: 'note', id: early, category: 'strength', text: 'For tidligt' });
    expect(await anna.next('error', (e) => e.id === early)).toMatchObject({ code: 'not_now' });

    await control({ action: 'goto', position: PICTURE_STEP });
    await anna.next('snapshot', (s) => s.step?.kind === 'picture');
    const a1 = (await ack(anna, { type: 'note', category: 'strength', text: 'Vi har en klar vision' })).ref!;
    const a2 = (await ack(anna, { type: 'note', category: 'challenge', text: '<script>alert(1)</script>' })).ref!;
    const b1 = (await ack(bo, { type: 'note', category: 'strength', text: 'Klar vision' })).ref!;
    const b2 = (await ack(bo, { type: 'note', category: 'focus', text: 'Datadeling på tværs' })).ref!;

    // While collecting, each sees only their own; the facilitator sees all; the projector none.
    await until(() => (latest(facilitator, 'picture')?.notes.length ?? 0) === 4, 'four notes on the console');
    expect(
      latest(anna, 'picture')!
        .notes.map((x) => x.id)
        .sort(),
    ).toEqual([a1, a2].sort());
    expect(latest(bo, 'picture')!.notes.every((x) => x.mine)).toBe(true);
    expect(latest(projector, 'picture')?.notes ?? []).toEqual([]);
    expect(latest(facilitator, 'picture')!.notes.find((x) => x.id === a2)!.text).toBe('<script>alert(1)</script>');

    // The facilitator merges Bo's duplicate into Anna's and shows them.
    const merge = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.orgId}/workshops/${w.id}/notes/${b1}`,
      payload: { mergedInto: a1 },
    });
    expect(merge.statusCode, merge.body).toBe(204);
    await control({ action: 'phase', phase: 'show' });
    const shown = await bo.next('snapshot', (s) => s.picture?.phase === 'show');
    expect(shown.picture!.notes.map((x) => x.id).sort()).toEqual([a1, a2, b2].sort());

    // Voting: five dots each, never more.
    await control({ action: 'phase', phase: 'vote' });
    await anna.next('snapshot', (s) => s.picture?.phase === 'vote');
    const novote = id('vote');
    anna.send({ type: 'vote', id: novote, noteId: b1, dots: 1 });
    expect(await anna.next('error', (e) => e.id === novote)).toMatchObject({ code: 'not_found' });
    await ack(anna, { type: 'vote', noteId: a1, dots: 3 });
    await ack(anna, { type: 'vote', noteId: b2, dots: 2 });
    const over = id('vote');
    anna.send({ type: 'vote', id: over, noteId: a2, dots: 1 });
    expect(await anna.next('error', (e) => e.id === over)).toMatchObject({ code: 'over_limit' });
    await ack(anna, { type: 'vote', noteId: a1, dots: 2 });
    await ack(anna, { type: 'vote', noteId: a2, dots: 1 });
    await ack(bo, { type: 'vote', noteId: a1, dots: 4 });
    await until(() => latest(projector, 'picture')?.notes.find((x) => x.id === a1)?.dots === 6, 'six dots on the projector');
    expect(latest(projector, 'picture')!.notes.find((x) => x.id === b2)!.dots).toBe(2);
    expect(latest(anna, 'picture')!.myDots).toEqual({ [a1]: 2, [b2]: 2, [a2]: 1 });
    expect(latest(anna, 'picture')!.notes.every((x) => x.dots === null)).toBe(true);

    // The decision: a challenge cannot be selected as a strength.
    const wrong = await call(t.app, admin, {
      method: 'PUT',
      url: `/api/orgs/${org.orgId}/workshops/${w.id}/selection`,
      payload: { strength: [a2], challenge: [], focus: [] },
    });
    expect(wrong.statusCode).toBe(400);
    const decided = await call(t.app, admin, {
      method: 'PUT',
      url: `/api/orgs/${org.orgId}/workshops/${w.id}/selection`,
      payload: { strength: [a1], challenge: [a2], focus: [b2] },
    });
    expect(decided.statusCode, decided.body).toBe(204);
    await control({ action: 'phase', phase: 'select' });
    const selected = await projector.next('snapshot', (s) => s.picture?.phase === 'select');
    expect(
      selected
        .picture!.notes.filter((x) => x.selected !== null)
        .map((x) => x.id)
        .sort(),
    ).toEqual([a1, a2, b2].sort());
  });

  it('lets an area group edit its plan together without losing edits, and turns the plans into action plans on finishing', async () => {
    const [anna, bo, carl] = [await participant('Anna'), await participant('Bo'), await participant('Carl')];
    const [health, tech] = w.areas;
    await control({ action: 'goto', position: AREAS_STEP });
    for (const [c, area] of [
      [anna, health],
      [bo, health],
      [carl, tech],
    ] as const) {
      await c.next('snapshot', (s) => s.step?.kind === 'areas');
      await ack(c, { type: 'choose_area', areaId: area!.id });
    }
    const r1 = (await ack(anna, { type: 'plan_add_row' })).ref!;
    const r2 = (await ack(bo, { type: 'plan_add_row' })).ref!;
    // Different rows at the same time: both edits stay.
    const edits = await Promise.all([
      ack(anna, { type: 'plan_edit', rowId: r1, field: 'activity', value: 'Fælles overblik over systemer', baseVersion: 0 }),
      ack(bo, { type: 'plan_edit', rowId: r2, field: 'activity', value: 'Kompetenceløft for ledere', baseVersion: 0 }),
    ]);
    expect(edits.map((e) => e.stale)).toEqual([false, false]);
    // The same field: the second writer is told it overwrote a change, and Anna sees Bo's edit.
    await ack(anna, { type: 'plan_edit', rowId: r1, field: 'responsible', value: 'Anna', baseVersion: 0 });
    const second = await ack(bo, { type: 'plan_edit', rowId: r1, field: 'responsible', value: 'Bo', baseVersion: 0 });
    expect(second.stale).toBe(true);
    await until(() => latest(anna, 'plans')?.rows.find((r) => r.id === r1)?.cells.responsible?.value === 'Bo', 'Bo’s edit on Anna’s phone');
    const cell = latest(anna, 'plans')!.rows.find((r) => r.id === r1)!.cells.responsible!;
    expect(cell).toMatchObject({ value: 'Bo', version: 2, by: 'Bo' });
    // Another area's group sees neither row; another area's rows cannot be edited.
    expect(latest(carl, 'plans')!.rows).toEqual([]);
    const foreign = id('plan_edit');
    carl.send({ type: 'plan_edit', id: foreign, rowId: r1, field: 'activity', value: 'X', baseVersion: 1 });
    expect(await carl.next('error', (e) => e.id === foreign)).toMatchObject({ code: 'not_found' });
    // A resent edit is not applied twice.
    const resend = id('plan_edit');
    anna.send({ type: 'plan_edit', id: resend, rowId: r2, field: 'start', value: '2027-01-01', baseVersion: 0 });
    await anna.next('ack', (a) => a.id === resend);
    anna.send({ type: 'plan_edit', id: resend, rowId: r2, field: 'start', value: '2027-01-01', baseVersion: 0 });
    expect(await anna.next('ack', (a) => a.id === resend)).toMatchObject({ duplicate: true });
    await ack(bo, { type: 'plan_edit', rowId: r2, field: 'end', value: '2027-06-30', baseVersion: 0 });
    await ack(bo, { type: 'plan_edit', rowId: r2, field: 'focusArea', value: 'Kompetencer', baseVersion: 0 });
    const r3 = (await ack(carl, { type: 'plan_add_row' })).ref!;
    await ack(carl, { type: 'plan_delete_row', rowId: r3 });
    // Bo moves to the other area and back: the group he leaves sees it is one fewer.
    await ack(bo, { type: 'choose_area', areaId: tech!.id });
    await until(() => latest(anna, 'plans')?.members[health!.id] === 1, 'one fewer in Anna’s area');
    await ack(bo, { type: 'choose_area', areaId: health!.id });
    await until(() => latest(anna, 'plans')?.members[health!.id] === 2, 'Bo back in Anna’s area');

    // Stored as edited: the database holds what the phones show.
    const stored = await t.services.workshops.repo.planRows(w.id);
    expect(stored.map((r) => r.id).sort()).toEqual([r1, r2].sort());
    expect(JSON.parse(stored.find((r) => r.id === r2)!.cells).start.value).toBe('2027-01-01');

    // The facilitator's notes of the common plans.
    const noted = await call(t.app, admin, {
      method: 'PATCH',
      url: `/api/orgs/${org.orgId}/workshops/${w.id}`,
      payload: {
        notes: { themes: { ambitionsniveau: 'Ambitiøst, men realistisk.' }, owners: 'Direktionen', conclusion: '<b>Videre</b> i januar' },
      },
    });
    expect(noted.statusCode, noted.body).toBe(200);
    await control({ action: 'finish' });

    // The minutes and the workbook hold what was entered, hostile text as plain text.
    const late = id('plan_edit');
    anna.send({ type: 'plan_edit', id: late, rowId: r1, field: 'resources', value: 'x', baseVersion: 0 });
    expect(await anna.next('error', (e) => e.id === late)).toMatchObject({ code: 'workshop_finished' });
    const pdf = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/workshops/${w.id}/minutes.pdf?lang=da` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // pdf.js breaks text after a slash; join it again.
    const text = (await pdfText(pdf.rawPayload)).join(' ').replace(/\/ /g, '/');
    for (const expected of [
      'Referat',
      'Værksted',
      'Dagsordenen, som den blev gennemført',
      'Fælles overblik over systemer',
      'Kompetenceløft for ledere',
      '2027-01-01 – 2027-06-30',
      'Ambitiøst, men realistisk.',
      '<b>Videre</b> i januar',
      'Ledelse af digitalisering',
    ])
      expect(text, text).toContain(expected);
    const xlsx = await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/workshops/${w.id}/workshop.xlsx?lang=en` });
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['About the workshop', 'Action plans', 'Tally', 'Answers', 'Common picture']);
    const planSheet = book.getWorksheet('Action plans')!;
    const activities = planSheet.getColumn(3).values.slice(2);
    expect(activities.sort()).toEqual(['Fælles overblik over systemer', 'Kompetenceløft for ledere']);
    const events = await t.services.audit.list(org.orgId, { limit: 5 });
    expect(events.events.filter((e) => e.action === 'workshop.exported').map((e) => e.details.format)).toEqual(['xlsx', 'pdf']);

    const plans = (await call(t.app, admin, { method: 'GET', url: `/api/orgs/${org.orgId}/action-plans` })).json() as TActionPlanItem[];
    expect(plans.map((p) => [p.area, p.activity, p.owner, p.startDate, p.endDate, p.status, p.workshopId]).sort()).toEqual(
      [
        ['Sundhed', 'Fælles overblik over systemer', 'Bo', null, null, 'planned', w.id],
        ['Sundhed', 'Kompetenceløft for ledere', '', '2027-01-01', '2027-06-30', 'planned', w.id],
      ].sort(),
    );
  });
});
