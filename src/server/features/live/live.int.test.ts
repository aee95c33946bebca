import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TServerMessage } from '../../../contracts/live.js';
import type { TWorkshop } from '../../../contracts/workshops.js';
import {
  addMember,
  buildTestApp,
  call,
  createOrgFixture,
  createTestApp,
  loginAs,
  type Caller,
  type OrgFixture,
  type TestApp,
} from '../../../../test/helpers/app.js';
import { LiveClient } from '../../../../test/helpers/live.js';

const QUESTIONNAIRE_STEP = 3;

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

describe('live workshops', () => {
  let t: TestApp;
  let org: OrgFixture;
  let admin: Caller;
  let baseUrl: string;
  const clients: LiveClient[] = [];

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrgFixture(t.services, 'Live');
    admin = await loginAs(t.app, org.admin.email);
    baseUrl = await listen(t.app);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await t.close();
  });

  const api = (caller: Caller | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    call(t.app, caller, { method, url, ...(payload === undefined ? {} : { payload: payload as object }) });

  async function connect(headers: Record<string, string> = {}) {
    const c = await LiveClient.connect(baseUrl, headers);
    clients.push(c);
    return c;
  }

  async function runningWorkshop(): Promise<TWorkshop> {
    const created = await api(admin, 'POST', `/api/orgs/${org.orgId}/workshops`, { title: 'Udviklingsværksted' });
    expect(created.statusCode).toBe(201);
    const opened = await api(admin, 'POST', `/api/orgs/${org.orgId}/workshops/${created.json().id}/control`, { action: 'open' });
    expect(opened.statusCode).toBe(200);
    return opened.json() as TWorkshop;
  }

  const control = (w: TWorkshop, body: object) => api(admin, 'POST', `/api/orgs/${org.orgId}/workshops/${w.id}/control`, body);

  async function join(code: string, extra: object = {}) {
    const res = await api(null, 'POST', '/api/live/join', { code, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { token: string; participantId: string };
  }

  it('prepares a workshop from the four-hour template, editable until it runs', async () => {
    const created = await api(admin, 'POST', `/api/orgs/${org.orgId}/workshops`, { title: 'Værksted' });
    const w = created.json() as TWorkshop;
    expect(w.status).toBe('draft');
    expect(w.steps.map((s) => s.kind)).toEqual([
      'present',
      'present',
      'present',
      'questionnaire',
      'break',
      'picture',
      'areas',
      'break',
      'plans',
      'conclusion',
    ]);
    expect(w.steps.reduce((a, s) => a + s.durationMinutes, 0)).toBe(240);
    expect(w.groundRules).toHaveLength(10);
    expect(w.areas.map((a) => a.name)).toEqual(['Unit Live']);
    expect(w.joinCode).toBeNull();

    // Reorder, shorten, remove and add steps; edit the rules and the areas.
    const [intro, strategic, ...rest] = w.steps;
    const steps = [
      { id: strategic!.id, kind: strategic!.kind, title: strategic!.title, durationMinutes: 20, purpose: strategic!.purpose },
      { id: intro!.id, kind: intro!.kind, title: 'Velkomst', durationMinutes: 10, purpose: intro!.purpose },
      ...rest.slice(1).map((s) => ({ id: s.id, kind: s.kind, title: s.title, durationMinutes: s.durationMinutes, purpose: s.purpose })),
      { kind: 'present', title: 'Opsamling', durationMinutes: 5, purpose: '' },
    ];
    const edited = await api(admin, 'PATCH', `/api/orgs/${org.orgId}/workshops/${w.id}`, {
      steps,
      groundRules: ['Alle bliver hørt.', 'Vi konkluderer skriftligt.'],
      areas: [{ id: w.areas[0]!.id, name: 'Sundhed' }, { name: 'Teknik og Miljø' }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = edited.json() as TWorkshop;
    expect(after.steps.map((s) => s.title).slice(0, 2)).toEqual([strategic!.title, 'Velkomst']);
    expect(after.steps).toHaveLength(10);
    expect(after.steps.at(-1)!.title).toBe('Opsamling');
    expect(after.groundRules).toEqual(['Alle bliver hørt.', 'Vi konkluderer skriftligt.']);
    expect(after.areas.map((a) => a.name)).toEqual(['Sundhed', 'Teknik og Miljø']);
    expect(after.areas[0]!.id).toBe(w.areas[0]!.id);

    // A member may read but not prepare; a step id from elsewhere is refused.
    const member = await loginAs(t.app, (await addMember(t.services, org.orgId, 'member', 'm')).email);
    expect((await api(member, 'POST', `/api/orgs/${org.orgId}/workshops`, { title: 'X' })).statusCode).toBe(403);
    expect((await api(member, 'GET', `/api/orgs/${org.orgId}/workshops/${w.id}`)).json().joinCode).toBeNull();
    const foreign = await api(admin, 'PATCH', `/api/orgs/${org.orgId}/workshops/${w.id}`, {
      steps: [{ id: '01jdq3v8x2k4m6n8p0r2s4t6v8', kind: 'present', title: 'X', durationMinutes: 5, purpose: '' }],
    });
    expect(foreign.statusCode).toBe(404);

    // Once open, the agenda is fixed and the workshop cannot be deleted.
    expect((await control(w, { action: 'open' })).json().joinCode).toMatch(/^[A-Z2-9]{6}$/);
    const late = await api(admin, 'PATCH', `/api/orgs/${org.orgId}/workshops/${w.id}`, { steps });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('workshop_not_draft');
    expect((await api(admin, 'DELETE', `/api/orgs/${org.orgId}/workshops/${w.id}`)).statusCode).toBe(409);
  });

  it('refuses wrong codes with a Danish message and lets participants join without an account', async () => {
    const w = await runningWorkshop();
    const wrong = await api(null, 'POST', '/api/live/join', { code: 'ZZZZZZ' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json().message).toContain('Koden passer ikke');
    const bad = await api(null, 'POST', '/api/live/join', { code: '<script>' });
    expect(bad.statusCode).toBe(400);
    const joined = await join(w.joinCode!.toLowerCase().replace(/(...)/, '$1-'), { displayName: 'Anna' });
    expect(joined.token.length).toBeGreaterThan(20);
    // Guessing: after 20 wrong codes from one address, even the right code waits.
    for (let i = 1; i < 20; i++)
      expect((await api(null, 'POST', '/api/live/join', { code: `ZZZZ${String(i).padStart(2, '2')}` })).statusCode).toBe(404);
    const blocked = await api(null, 'POST', '/api/live/join', { code: w.joinCode });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('rate_limited');
  });

  it('acknowledges an answer once stored, never counts a resent one twice, and shows the tally to the facilitator', async () => {
    const w = await runningWorkshop();
    const { token, participantId } = await join(w.joinCode!, { groupName: 'Gruppe 1' });
    const phone = await connect();
    phone.send({ type: 'hello', role: 'participant', token });
    const first = await phone.next('snapshot');
    expect(first.me).toMatchObject({ participantId, groupName: 'Gruppe 1', acceptedRules: false, answers: {} });
    expect(first.tally).toBeNull();
    expect(first.workshop.joinCode).toBeNull();

    const facilitator = await connect({ cookie: admin.headers.cookie!, origin: baseUrl });
    facilitator.send({ type: 'hello', role: 'facilitator', workshopId: w.id });
    expect((await facilitator.next('snapshot')).workshop.joinCode).toBe(w.joinCode);
    const projector = await connect({ cookie: admin.headers.cookie! });
    projector.send({ type: 'hello', role: 'projector', workshopId: w.id });
    expect((await projector.next('snapshot')).tally).toBeNull();

    phone.send({ type: 'accept_rules', id: 'rules-000001' });
    expect(await phone.next('ack')).toEqual({ type: 'ack', id: 'rules-000001', duplicate: false });

    // Not yet: the questionnaire step is not on.
    phone.send({ type: 'answer', id: 'answer-00001', itemId: 'klar-vision', value: 4 });
    expect(await phone.next('error')).toMatchObject({ id: 'answer-00001', code: 'not_now', fatal: false });

    await control(w, { action: 'goto', position: QUESTIONNAIRE_STEP });
    const onStep = await phone.next('snapshot', (s) => s.step?.kind === 'questionnaire');
    expect(onStep.me!.acceptedRules).toBe(true);

    phone.send({ type: 'answer', id: 'answer-00001', itemId: 'klar-vision', value: 4 });
    expect(await phone.next('ack')).toEqual({ type: 'ack', id: 'answer-00001', duplicate: false });
    // Durable before the ack: the row is there.
    expect(await t.services.workshops.repo.answers(w.id)).toEqual([{ participant_id: participantId, item_id: 'klar-vision', value: 4 }]);

    // The same message again (a resend after a lost ack) changes nothing.
    phone.send({ type: 'answer', id: 'answer-00001', itemId: 'klar-vision', value: 4 });
    expect(await phone.next('ack')).toEqual({ type: 'ack', id: 'answer-00001', duplicate: true });
    // A changed answer replaces the old one.
    phone.send({ type: 'answer', id: 'answer-00002', itemId: 'klar-vision', value: 2 });
    await phone.next('ack', (a) => a.id === 'answer-00002');
    // An old message arriving late does not undo the change.
    phone.send({ type: 'answer', id: 'answer-00001', itemId: 'klar-vision', value: 4 });
    expect(await phone.next('ack')).toMatchObject({ duplicate: true });

    // One respondent: below the anonymity threshold the facilitator sees only how many have answered.
    await facilitator.next('delta', (d) => d.tally?.respondents === 1);
    const latest = () => [...facilitator.received].reverse().find((m) => m.type === 'delta')! as Extract<TServerMessage, { type: 'delta' }>;
    expect(latest().tally).toMatchObject({ respondents: 1, items: [], dimensions: [] });
    await control(w, { action: 'reveal', revealed: true });
    expect((await projector.next('snapshot', (s) => s.revealed)).tally).toBeNull();

    // Four more: from five respondents the distributions show, on the console and (revealed) on the projector.
    for (let i = 0; i < 4; i++) {
      const other = await join(w.joinCode!);
      const c = await connect();
      c.send({ type: 'hello', role: 'participant', token: other.token });
      await c.next('snapshot');
      c.send({ type: 'answer', id: `others-${i}-0000`, itemId: 'klar-vision', value: 5 });
      await c.next('ack');
    }
    await facilitator.next('delta', (d) => d.tally?.respondents === 5);
    await new Promise((r) => setTimeout(r, 250));
    const item = latest().tally!.items.find((i) => i.itemId === 'klar-vision')!;
    expect(item).toEqual({ itemId: 'klar-vision', counts: [0, 1, 0, 0, 4], n: 5, mean: 4.4 });
    // Until now the projector has had no distribution at all.
    expect(projector.received.every((m) => !('tally' in m) || !m.tally || m.tally.respondents >= 5)).toBe(true);
    const shown = await projector.next('delta', (d) => (d.tally?.respondents ?? 0) >= 5);
    expect(shown.tally!.items.find((i) => i.itemId === 'klar-vision')!.counts).toEqual([0, 1, 0, 0, 4]);

    // Taking an answer back removes it.
    phone.send({ type: 'answer', id: 'answer-00003', itemId: 'klar-vision', value: null });
    await phone.next('ack', (a) => a.id === 'answer-00003');
    expect((await t.services.workshops.repo.answers(w.id)).filter((a) => a.participant_id === participantId)).toEqual([]);
  });

  it('answers bad frames with an error and keeps the connection; refuses unknown tokens and strangers', async () => {
    const w = await runningWorkshop();
    const { token } = await join(w.joinCode!);
    const phone = await connect();
    phone.send('not json');
    expect(await phone.next('error')).toMatchObject({ code: 'bad_message', fatal: false });
    phone.send({ type: 'hello', role: 'participant', token });
    await phone.next('snapshot');
    phone.send({ type: 'answer', id: 'x', itemId: 'klar-vision', value: 9 });
    expect(await phone.next('error')).toMatchObject({ code: 'bad_message', id: null });
    await control(w, { action: 'goto', position: QUESTIONNAIRE_STEP });
    phone.send({ type: 'answer', id: 'answer-00009', itemId: 'no-such-item', value: 3 });
    expect(await phone.next('error')).toMatchObject({ code: 'bad_message', id: 'answer-00009' });

    const stranger = await connect();
    stranger.send({ type: 'hello', role: 'participant', token: 'x'.repeat(32) });
    expect(await stranger.next('error')).toMatchObject({ code: 'unauthenticated', fatal: true });
    expect(await stranger.closed()).toBe(4401);

    const anonymousProjector = await connect();
    anonymousProjector.send({ type: 'hello', role: 'projector', workshopId: w.id });
    expect(await anonymousProjector.next('error')).toMatchObject({ code: 'unauthenticated', fatal: true });

    const member = await loginAs(t.app, (await addMember(t.services, org.orgId, 'member', 'm')).email);
    const memberConsole = await connect({ cookie: member.headers.cookie! });
    memberConsole.send({ type: 'hello', role: 'facilitator', workshopId: w.id });
    expect(await memberConsole.next('error')).toMatchObject({ code: 'forbidden', fatal: true });

    const other = await createOrgFixture(t.services, 'Other');
    const outsider = await loginAs(t.app, other.admin.email);
    const outsiderConsole = await connect({ cookie: outsider.headers.cookie! });
    outsiderConsole.send({ type: 'hello', role: 'facilitator', workshopId: w.id });
    expect(await outsiderConsole.next('error')).toMatchObject({ code: 'not_found', fatal: true });

    const crossSite = await connect({ cookie: admin.headers.cookie!, origin: 'https://evil.example' });
    expect(await crossSite.closed()).toBe(4403);
  });

  it('keeps every acknowledged answer across a server restart, and the phone comes back as the same participant', async () => {
    const w = await runningWorkshop();
    await control(w, { action: 'goto', position: QUESTIONNAIRE_STEP });
    const { token, participantId } = await join(w.joinCode!);
    const phone = await connect();
    phone.send({ type: 'hello', role: 'participant', token });
    await phone.next('snapshot');
    const items = ['klar-vision', 'konkrete-maal', 'kender-strategien'];
    items.forEach((itemId, i) => phone.send({ type: 'answer', id: `restart-${i}-000`, itemId, value: i + 3 }));
    for (let i = 0; i < items.length; i++) await phone.next('ack');

    await t.app.close();
    expect(await phone.closed()).toBeGreaterThan(0);
    const { app } = await buildTestApp(t.database);
    t.app = app;
    baseUrl = await listen(app);

    const back = await connect();
    back.send({ type: 'hello', role: 'participant', token });
    const snapshot = await back.next('snapshot');
    expect(snapshot.me!.participantId).toBe(participantId);
    expect(snapshot.me!.answers).toEqual({ 'klar-vision': 3, 'konkrete-maal': 4, 'kender-strategien': 5 });
    // A message the phone was not sure about, sent again after the restart, is not counted again.
    back.send({ type: 'answer', id: 'restart-0-000', itemId: 'klar-vision', value: 3 });
    expect(await back.next('ack')).toMatchObject({ duplicate: true });
  });

  it('takes no answers and no joins once finished', async () => {
    const w = await runningWorkshop();
    await control(w, { action: 'goto', position: QUESTIONNAIRE_STEP });
    const { token } = await join(w.joinCode!);
    const phone = await connect();
    phone.send({ type: 'hello', role: 'participant', token });
    await phone.next('snapshot');
    const finished = await control(w, { action: 'finish' });
    expect(finished.json()).toMatchObject({ status: 'finished', joinCode: null });
    await phone.next('snapshot', (s) => s.workshop.status === 'finished');
    phone.send({ type: 'answer', id: 'late-answer-1', itemId: 'klar-vision', value: 3 });
    expect(await phone.next('error')).toMatchObject({ code: 'workshop_finished', id: 'late-answer-1' });
    expect((await api(null, 'POST', '/api/live/join', { code: w.joinCode })).statusCode).toBe(404);
    expect((await control(w, { action: 'next' })).json().code).toBe('workshop_finished');
    expect(await t.services.workshops.repo.answers(w.id)).toEqual([]);
  });
});
