import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addMember,
  call,
  createOrgFixture,
  createTestApp,
  loginAs,
  type Caller,
  type OrgFixture,
  type TestApp,
} from '../../../../test/helpers/app.js';
import { INSTRUMENTS_DIR, InstrumentRegistry, syncInstrumentVersions } from './instruments.js';
import { AssessmentsService } from './service.js';

const KL = 'kl-digital-modenhed';

describe('assessment rounds', () => {
  let t: TestApp;
  let org: OrgFixture;
  let facilitator: Caller;
  let members: Caller[];
  let kl: { items: { id: string; dimension: string }[]; dimensions: { id: string }[] };

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrgFixture(t.services, 'a');
    facilitator = await loginAs(t.app, (await addMember(t.services, org.orgId, 'facilitator', 'f')).email);
    members = [];
    for (let i = 0; i < 6; i++) members.push(await loginAs(t.app, (await addMember(t.services, org.orgId, 'member', `m${i}`)).email));
    kl = (await call(t.app, facilitator, { method: 'GET', url: `/api/instruments/${KL}` })).json();
  });
  afterEach(async () => t.close());

  const url = (roundId: string, tail = '') => `/api/orgs/${org.orgId}/rounds/${roundId}${tail}`;

  async function openRound(body: Record<string, unknown> = {}) {
    const res = await call(t.app, facilitator, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/rounds`,
      payload: { instrumentId: KL, title: 'Modenhed 2026', mode: 'team', anonymous: true, ...body },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; status: string; respondents: number; myStatus: string; link: string };
  }

  /** Answers every item of a dimension with the same value: the respondent's dimension score is (v − 1) × 25. */
  function answersFor(values: Record<string, number | 'dont_know'>) {
    return Object.fromEntries(kl.items.map((i) => [i.id, values[i.dimension]!]));
  }

  async function answerAndSubmit(who: Caller, roundId: string, values: Record<string, number | 'dont_know'>) {
    const saved = await call(t.app, who, { method: 'PATCH', url: url(roundId, '/response'), payload: { answers: answersFor(values) } });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await call(t.app, who, { method: 'POST', url: url(roundId, '/response/submit') });
    expect(submitted.statusCode, submitted.body).toBe(200);
  }

  it('lists the four instruments with their source publications', async () => {
    const list = (await call(t.app, members[0]!, { method: 'GET', url: '/api/instruments' })).json() as {
      id: string;
      source: { title: string; year: number };
    }[];
    expect(list.map((i) => i.id).sort()).toEqual(['fire-generationer', KL, 'ledelsesudfordringer', 'naermeste-leder']);
    expect(list.find((i) => i.id === KL)!.source).toMatchObject({ title: 'Ledelse i en digital tid', year: 2020 });
    expect((await call(t.app, members[0]!, { method: 'GET', url: '/api/instruments/findes-ikke' })).statusCode).toBe(404);
  });

  it('lets facilitators open rounds, not members, and refuses a deadline in the past', async () => {
    const denied = await call(t.app, members[0]!, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/rounds`,
      payload: { instrumentId: KL, title: 'X', mode: 'team', anonymous: true },
    });
    expect(denied.statusCode).toBe(403);
    const past = await call(t.app, facilitator, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/rounds`,
      payload: { instrumentId: KL, title: 'X', mode: 'team', anonymous: true, deadline: '2020-01-01T00:00:00Z' },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().code).toBe('deadline_past');
    const round = await openRound({ unitId: org.unitId });
    expect(round).toMatchObject({ status: 'open', respondents: 0, myStatus: 'not_started' });
    expect(round.link).toBe(`http://pejling.test/org/${org.orgId}/vurderinger/${round.id}`);
    const rounds = (await call(t.app, members[0]!, { method: 'GET', url: `/api/orgs/${org.orgId}/rounds` })).json();
    expect(rounds).toHaveLength(1);
    const actions = (await t.services.audit.list(org.orgId, { limit: 5, action: 'round.created' })).events;
    expect(actions).toHaveLength(1);
  });

  it('saves answers as they are given, resumes them, and checks each against its question', async () => {
    const round = await openRound();
    const m = members[0]!;
    const first = await call(t.app, m, {
      method: 'PATCH',
      url: url(round.id, '/response'),
      payload: { answers: { 'strategi-faelles-fortaelling': 4 } },
    });
    expect(first.json().progress).toMatchObject({ answered: 1, total: kl.items.length });
    await call(t.app, m, {
      method: 'PATCH',
      url: url(round.id, '/response'),
      payload: {
        answers: { 'strategi-faelles-fortaelling': 2, 'strategi-rolle': 'dont_know' },
        comments: { strategi: 'Uenige om retningen' },
      },
    });
    const resumed = (await call(t.app, m, { method: 'GET', url: url(round.id, '/response') })).json();
    expect(resumed.answers).toEqual({ 'strategi-faelles-fortaelling': 2, 'strategi-rolle': 'dont_know' });
    expect(resumed.comments).toEqual({ strategi: 'Uenige om retningen' });
    expect(resumed.submittedAt).toBeNull();
    // Someone else's answers are their own.
    expect((await call(t.app, members[1]!, { method: 'GET', url: url(round.id, '/response') })).json().answers).toEqual({});

    const bad = await call(t.app, m, {
      method: 'PATCH',
      url: url(round.id, '/response'),
      payload: { answers: { 'strategi-faelles-fortaelling': 7, 'findes-ikke': 3, 'strategi-rolle': 2.5 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('answer_invalid');
    expect(
      bad
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['answers.findes-ikke', 'answers.strategi-faelles-fortaelling', 'answers.strategi-rolle']);
    // Nothing of a refused save is written.
    expect((await call(t.app, m, { method: 'GET', url: url(round.id, '/response') })).json().answers['strategi-faelles-fortaelling']).toBe(
      2,
    );

    const incomplete = await call(t.app, m, { method: 'POST', url: url(round.id, '/response/submit') });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().code).toBe('response_incomplete');
    expect(incomplete.json().fields).toHaveLength(kl.items.length - 2);
    expect(incomplete.json().fields[0].message).toBe('Skal udfyldes.');
  });

  it('refuses "don’t know" where the questionnaire has no such option', async () => {
    const res = await call(t.app, facilitator, {
      method: 'POST',
      url: `/api/orgs/${org.orgId}/rounds`,
      payload: { instrumentId: 'ledelsesudfordringer', title: 'Værksted', mode: 'team', anonymous: false },
    });
    const round = res.json();
    const instrument = (await call(t.app, facilitator, { method: 'GET', url: '/api/instruments/ledelsesudfordringer' })).json();
    const bad = await call(t.app, members[0]!, {
      method: 'PATCH',
      url: url(round.id, '/response'),
      payload: { answers: { [instrument.items[0].id]: 'dont_know' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].message).toBe('»Ved ikke« er ikke en mulighed her.');
  });

  it('pools a team’s answers into the scores a hand computation gives, with spread and disagreement', async () => {
    const round = await openRound();
    // Dimension scores per respondent: value v gives (v − 1) × 25.
    const plan = [
      { strategi: 5, styring: 2, forankring: 3, teknik: 4 },
      { strategi: 5, styring: 2, forankring: 3, teknik: 4 },
      { strategi: 1, styring: 2, forankring: 3, teknik: 4 },
      { strategi: 1, styring: 3, forankring: 3, teknik: 'dont_know' as const },
      { strategi: 3, styring: 3, forankring: 3, teknik: 4 },
      { strategi: 3, styring: 3, forankring: 3, teknik: 4 },
    ];
    for (const [i, values] of plan.entries()) await answerAndSubmit(members[i]!, round.id, values);

    const member = await call(t.app, members[0]!, { method: 'GET', url: url(round.id, '/results') });
    expect(member.json()).toMatchObject({ pooled: null, hiddenBecause: 'round_open' });
    expect(member.json().mine.dimensions.find((d: { dimension: string }) => d.dimension === 'strategi').score).toBe(100);

    const res = await call(t.app, facilitator, { method: 'GET', url: url(round.id, '/results') });
    expect(res.statusCode).toBe(200);
    const { pooled, round: r } = res.json();
    expect(r.respondents).toBe(6);
    const dim = (id: string) => pooled.dimensions.find((d: { dimension: string }) => d.dimension === id);
    expect(dim('strategi')).toMatchObject({ n: 6, score: 50, median: 50, min: 0, max: 100 });
    expect(dim('strategi').sd).toBeCloseTo(Math.sqrt((4 * 50 ** 2) / 6), 10);
    expect(dim('styring')).toMatchObject({ score: 37.5, median: 37.5, min: 25, max: 50 });
    expect(dim('forankring')).toMatchObject({ score: 50, sd: 0 });
    expect(dim('teknik')).toMatchObject({ n: 5, score: 75 });
    expect(pooled.overall.score).toBeCloseTo((50 + 37.5 + 50 + 75) / 4, 10);
    expect(pooled.overall.band).toBe('etableret');
    const teknikItem = pooled.items.find((i: { dimension: string }) => i.dimension === 'teknik');
    expect(teknikItem).toMatchObject({ n: 5, dontKnow: 1, distribution: [0, 0, 0, 5, 0] });
    // Strategi splits the team (0 against 100), so its items lead the disagreements and the dialogue.
    expect(pooled.disagreements[0].itemId).toMatch(/^strategi-/);
    const whys = res.json().dialogue.map((d: { why: string }) => d.why);
    expect(whys).toContain('weakest_dimension');
    expect(whys).toContain('disagreement');
    expect(res.json().dialogue.find((d: { why: string }) => d.why === 'weakest_dimension').dimension).toBe('styring');

    // Closing makes the results visible to members, and stops further answers.
    expect((await call(t.app, facilitator, { method: 'POST', url: url(round.id, '/close') })).json().status).toBe('closed');
    expect((await call(t.app, members[0]!, { method: 'GET', url: url(round.id, '/results') })).json().pooled.overall.score).toBe(
      pooled.overall.score,
    );
    const late = await call(t.app, members[0]!, {
      method: 'PATCH',
      url: url(round.id, '/response'),
      payload: { answers: { 'strategi-rolle': 1 } },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('round_closed');
  });

  it('keeps pooled results of an anonymous round hidden below five respondents, even from the facilitator', async () => {
    const anonymous = await openRound();
    const named = await openRound({ anonymous: false, title: 'Navngivet' });
    for (const m of members.slice(0, 4)) {
      await answerAndSubmit(m, anonymous.id, { strategi: 4, styring: 4, forankring: 4, teknik: 4 });
      await answerAndSubmit(m, named.id, { strategi: 4, styring: 4, forankring: 4, teknik: 4 });
    }
    await call(t.app, facilitator, { method: 'POST', url: url(anonymous.id, '/close') });
    const hidden = (await call(t.app, facilitator, { method: 'GET', url: url(anonymous.id, '/results') })).json();
    expect(hidden).toMatchObject({ pooled: null, hiddenBecause: 'too_few_respondents', threshold: 5 });
    expect(JSON.stringify(hidden)).not.toContain('"score":75');
    const shown = (await call(t.app, facilitator, { method: 'GET', url: url(named.id, '/results') })).json();
    expect(shown.pooled.overall.score).toBe(75);
    await answerAndSubmit(members[4]!, named.id, { strategi: 4, styring: 4, forankring: 4, teknik: 4 });
  });

  it('closes a round when its deadline has passed', async () => {
    const round = await openRound({ deadline: new Date(Date.now() + 3600_000).toISOString() });
    await t.services.db.kysely.updateTable('rounds').set({ deadline: '2020-01-01T00:00:00.000Z' }).where('id', '=', round.id).execute();
    const after = (await call(t.app, members[0]!, { method: 'GET', url: url(round.id) })).json();
    expect(after.round.status).toBe('closed');
    const late = await call(t.app, members[0]!, {
      method: 'PATCH',
      url: url(round.id, '/response'),
      payload: { answers: { 'strategi-rolle': 1 } },
    });
    expect(late.statusCode).toBe(409);
  });

  it('records conclusions and turns them into action items kept with the round', async () => {
    const round = await openRound();
    const m = members[0]!;
    const saved = await call(t.app, m, {
      method: 'PUT',
      url: url(round.id, '/conclusions/styring-seneste-initiativ'),
      payload: { text: 'Ingen ved, hvem der betaler.' },
    });
    expect(saved.json()).toEqual([
      expect.objectContaining({ questionId: 'styring-seneste-initiativ', text: 'Ingen ved, hvem der betaler.' }),
    ]);
    const action = await call(t.app, m, {
      method: 'POST',
      url: url(round.id, '/actions'),
      payload: {
        title: 'Aftal en finansieringsmodel',
        owner: 'Økonomichefen',
        dueDate: '2027-03-31',
        questionId: 'styring-seneste-initiativ',
      },
    });
    expect(action.statusCode).toBe(201);
    const id = action.json().id;
    const done = await call(t.app, m, { method: 'PATCH', url: url(round.id, `/actions/${id}`), payload: { status: 'done' } });
    expect(done.json()).toMatchObject({ status: 'done', dueDate: '2027-03-31', owner: 'Økonomichefen' });
    const results = (await call(t.app, facilitator, { method: 'GET', url: url(round.id, '/results') })).json();
    expect(results.conclusions).toHaveLength(1);
    expect(results.actions).toEqual([expect.objectContaining({ id, title: 'Aftal en finansieringsmodel' })]);
    expect(
      (await call(t.app, m, { method: 'PUT', url: url(round.id, '/conclusions/styring-seneste-initiativ'), payload: { text: '' } })).json(),
    ).toEqual([]);
    expect((await call(t.app, m, { method: 'DELETE', url: url(round.id, `/actions/${id}`) })).statusCode).toBe(204);
    expect((await call(t.app, m, { method: 'DELETE', url: url(round.id, `/actions/${id}`) })).statusCode).toBe(404);
  });

  it('keeps the exact instrument version a round was answered with when the content moves on', async () => {
    const round = await openRound();
    const dir = mkdtempSync(join(tmpdir(), 'pejling-instruments-'));
    cpSync(INSTRUMENTS_DIR, dir, { recursive: true });
    const file = join(dir, `${KL}.json`);
    const changed = JSON.parse(readFileSync(file, 'utf8'));
    changed.items[0].text.da = 'En ny formulering';
    writeFileSync(file, JSON.stringify(changed));
    // Changing the content without a new version is refused outright.
    await expect(syncInstrumentVersions(t.services.db.kysely, InstrumentRegistry.load(dir))).rejects.toThrow(/version is still 1/);
    changed.version = 2;
    writeFileSync(file, JSON.stringify(changed));
    const registry = InstrumentRegistry.load(dir);
    await syncInstrumentVersions(t.services.db.kysely, registry);
    const service = new AssessmentsService(t.services.db, registry, { publicUrl: 'http://pejling.test' });
    const old = await service.getRound(org.orgId, round.id, org.admin.id);
    expect(old.instrument.version).toBe(1);
    expect(old.instrument.items[0]!.text.da).not.toBe('En ny formulering');
    const fresh = await service.createRound(
      org.orgId,
      { instrumentId: KL, title: 'Ny', mode: 'team', anonymous: true },
      { userId: org.admin.id, email: org.admin.email, ip: null, isPlatformAdmin: false },
    );
    expect((await service.getRound(org.orgId, fresh.id, org.admin.id)).instrument.items[0]!.text.da).toBe('En ny formulering');
  });
});
