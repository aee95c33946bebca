import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { sharedFixture } from '../../../../test/helpers/fixtures.js';
import { fingerprint as databaseFingerprint } from '../../../../test/helpers/fingerprint.js';
import { parseRadar } from '../../../domain/radar/formats/index.js';

interface Catalogue {
  technologies: { id: string; catalogueKey: string; sector: string }[];
  areas: { id: string }[];
}
interface Blip {
  id: string;
  name: string;
  ring: number;
  sector: number;
  movement: string;
  organisations?: number;
  spread?: { option: string; count: number }[];
  relevanceMean?: number | null;
  manual?: boolean;
  own?: boolean;
  x: number;
  y: number;
}
interface View {
  rings: { id: string }[];
  blips: Blip[];
  suppressed: { id: string; name: string }[];
}

const S = 'social-og-sundhed';
const T = 'teknik-og-miljoe';

describe('technology radar editions', () => {
  let t: TestApp;
  let coordinator: OrgFixture;
  let coordinatorFacilitator: Caller;
  let experts: Caller[];
  let orgs: OrgFixture[];
  let respondents: Caller[];
  let catalogue: Catalogue;
  let tech: { ai: string; bigData: string; robots: string };

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await createOrgFixture(t.services, 'KL');
    coordinatorFacilitator = await loginAs(t.app, (await addMember(t.services, coordinator.orgId, 'facilitator', 'kf')).email);
    experts = [
      await loginAs(t.app, (await addMember(t.services, coordinator.orgId, 'member', 'e1')).email),
      await loginAs(t.app, (await addMember(t.services, coordinator.orgId, 'member', 'e2')).email),
    ];
    orgs = [];
    respondents = [];
    for (const label of ['A', 'B', 'C', 'D', 'E', 'F']) {
      const org = await createOrgFixture(t.services, label);
      orgs.push(org);
      respondents.push(await loginAs(t.app, (await addMember(t.services, org.orgId, 'member', `r${label}`)).email));
    }
    catalogue = (await call(t.app, coordinatorFacilitator, { method: 'GET', url: '/api/radar/catalogue' })).json();
    const id = (key: string) => catalogue.technologies.find((x) => x.catalogueKey === key)!.id;
    tech = { ai: id('kunstig-intelligens'), bigData: id('big-data'), robots: id('fysiske-robotter') };
  });
  afterAll(async () => t.close());

  const base = (orgId: string, editionId: string) => `/api/orgs/${orgId}/radar/editions/${editionId}`;

  async function openEdition(
    name = '2026',
    previousEditionId?: string | null,
    draft?: (editionId: string) => Promise<void>,
  ): Promise<string> {
    const created = await call(t.app, coordinatorFacilitator, {
      method: 'POST',
      url: `/api/orgs/${coordinator.orgId}/radar/editions`,
      payload: {
        name,
        technologyIds: [tech.ai, tech.bigData, tech.robots],
        ...(previousEditionId !== undefined ? { previousEditionId } : {}),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const editionId = created.json().id as string;
    const invited = await call(t.app, coordinatorFacilitator, {
      method: 'PUT',
      url: `${base(coordinator.orgId, editionId)}/participants`,
      payload: { orgIds: orgs.map((o) => o.orgId) },
    });
    expect(invited.statusCode, invited.body).toBe(200);
    expect(invited.json().participantList).toHaveLength(6);
    if (draft) await draft(editionId);
    const opened = await call(t.app, coordinatorFacilitator, {
      method: 'POST',
      url: `${base(coordinator.orgId, editionId)}/status`,
      payload: { action: 'open' },
    });
    expect(opened.json().status).toBe('open');
    return editionId;
  }

  async function answer(
    k: number,
    editionId: string,
    answers: { technologyId: string; areaId: string; spread: string | null; relevance: number | null }[],
    who = respondents[k]!,
  ) {
    const res = await call(t.app, who, {
      method: 'PUT',
      url: `${base(orgs[k]!.orgId, editionId)}/response`,
      payload: { areas: [S, T], answers },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  async function rate(editionId: string, expert: Caller, ratings: { technologyId: string; level: number | null }[]) {
    const res = await call(t.app, expert, {
      method: 'PUT',
      url: `${base(coordinator.orgId, editionId)}/maturity`,
      payload: { ratings: ratings.map((r) => ({ ...r, note: '' })) },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  /** The answers of the hand computation in the comments below. */
  async function answerAll(editionId: string) {
    const extraA = await loginAs(t.app, (await addMember(t.services, orgs[0]!.orgId, 'member', 'rA2')).email);
    const ai = (areaId: string, spread: string, relevance: number | null = null) => ({ technologyId: tech.ai, areaId, spread, relevance });
    const big = (spread: string) => ({ technologyId: tech.bigData, areaId: S, spread, relevance: null });
    const robots = (spread: string) => ({ technologyId: tech.robots, areaId: S, spread, relevance: 2 });
    await answer(0, editionId, [ai(S, 'i-drift', 5), big('i-drift'), robots('ikke-overvejet')]);
    await answer(0, editionId, [ai(S, 'overvejes', 3)], extraA);
    await answer(1, editionId, [ai(S, 'afproeves', 4), big('i-drift'), robots('ikke-overvejet')]);
    await answer(2, editionId, [ai(S, 'overvejes'), big('i-drift'), robots('ikke-overvejet')]);
    await answer(3, editionId, [ai(S, 'ikke-overvejet'), big('i-drift'), robots('ikke-overvejet')]);
    await answer(4, editionId, [ai(S, 'ved-ikke'), ai(T, 'i-drift')]);
    // F says "don't know" about AI's relevance (0): kept as its answer, left out of the mean.
    await answer(5, editionId, [ai(S, 'i-drift', 0), robots('ikke-overvejet')]);
    await rate(editionId, experts[0]!, [
      { technologyId: tech.ai, level: 4 },
      { technologyId: tech.bigData, level: 3 },
      { technologyId: tech.robots, level: 2 },
    ]);
    await rate(editionId, experts[1]!, [
      { technologyId: tech.ai, level: 5 },
      { technologyId: tech.robots, level: null },
    ]);
  }

  const view = async (editionId: string, query: string, orgId = orgs[0]!.orgId, who = respondents[0]!): Promise<View> => {
    const res = await call(t.app, who, { method: 'GET', url: `${base(orgId, editionId)}/radar?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const ringOf = (v: View, id: string) => {
    const b = v.blips.find((x) => x.id === id);
    return b ? v.rings[b.ring]!.id : undefined;
  };

  it('computes the joint and area radars by hand, and hides cells under five organisations on the server', async () => {
    const editionId = await openEdition();
    await answerAll(editionId);

    // AI, joint: maturity (4 + 5) / 2 = 4.5 → (4.5 − 1) / 4 = 0.875. Each organisation counts once with
    // its most advanced answer: A in operation (3; its second respondent's "considered" does not lower it),
    // B tested (2), C considered (1), D not considered (0), E in operation in T (3), F in operation (3)
    // → 12 / (3 × 6) = 0.667. Mean 0.771 ≥ 0.75 → KLAR.
    const joint = await view(editionId, 'radar=joint');
    expect(ringOf(joint, tech.ai)).toBe('klar');
    const aiJoint = joint.blips.find((b) => b.id === tech.ai)!;
    expect(aiJoint.organisations).toBe(6);
    expect(Object.fromEntries(aiJoint.spread!.map((s) => [s.option, s.count]))).toEqual({
      'i-drift': 3,
      afproeves: 1,
      overvejes: 1,
      'ikke-overvejet': 1,
      'ved-ikke': 0,
    });
    // Robots: maturity 2 (the "don't know" left out) → 0.25; five organisations all "not considered" → 0. Mean 0.125 → AFVENT.
    expect(ringOf(joint, tech.robots)).toBe('afvent');
    // Big data: four organisations only → not on the radar, named among the hidden, no figures anywhere in the answer.
    expect(ringOf(joint, tech.bigData)).toBeUndefined();
    expect(joint.suppressed.map((s) => s.id)).toEqual([tech.bigData]);

    // AI in Social og sundhed: E answered "don't know" there → five organisations count:
    // (3 + 2 + 1 + 0 + 3) / 15 = 0.6; with 0.875 → 0.7375 → AFPRØV. Relevance: (5 + 3 + 4) / 3 = 4.
    const area = await view(editionId, `radar=area&area=${S}`);
    expect(ringOf(area, tech.ai)).toBe('afproev');
    expect(area.blips.find((b) => b.id === tech.ai)!.relevanceMean).toBe(4);
    // AI in Teknik og miljø: only E → hidden.
    const areaT = await view(editionId, `radar=area&area=${T}`);
    expect(areaT.blips.map((b) => b.id)).not.toContain(tech.ai);
    expect(areaT.suppressed.map((s) => s.id)).toContain(tech.ai);

    // The technology page carries no figures for a hidden cell either.
    const page = await call(t.app, respondents[0]!, {
      method: 'GET',
      url: `${base(orgs[0]!.orgId, editionId)}/technologies/${tech.bigData}`,
    });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().joint).toBeNull();
    expect(page.json().areas.every((a: { figures: unknown }) => a.figures === null)).toBe(true);

    // The same radar twice gives the same positions.
    const again = await view(editionId, 'radar=joint');
    expect(again.blips.map((b) => [b.id, b.x, b.y])).toEqual(joint.blips.map((b) => [b.id, b.x, b.y]));
  });

  it('gives each organisation its own radar with manual places, notes and own technologies, and compares it', async () => {
    const editionId = await openEdition();
    await answerAll(editionId);
    const a = orgs[0]!;
    const facilitatorA = await loginAs(t.app, (await addMember(t.services, a.orgId, 'facilitator', 'fa')).email);

    // A's own AI: its own most advanced answer, in operation → 1; (0.875 + 1) / 2 = 0.9375 → KLAR.
    let own = await view(editionId, 'radar=own', a.orgId, facilitatorA);
    expect(ringOf(own, tech.ai)).toBe('klar');
    // Big data is hidden on the joint radar but A's own answers are A's: in operation, maturity 3 → (0.5 + 1) / 2 → KLAR.
    expect(ringOf(own, tech.bigData)).toBe('klar');

    const placed = await call(t.app, facilitatorA, {
      method: 'PUT',
      url: `${base(a.orgId, editionId)}/placements/${tech.bigData}`,
      payload: { ring: 'afproev', meaning: 'Vi har data, men ikke hjemmel.', competences: 'Jura og data', nextStep: 'Afklar hjemmel' },
    });
    expect(placed.statusCode, placed.body).toBe(200);
    const mine = await call(t.app, facilitatorA, {
      method: 'POST',
      url: `/api/orgs/${a.orgId}/radar/technologies`,
      payload: {
        sector: 'infrastruktur',
        name: { da: 'Sensorvogn', en: 'Sensor cart' },
        description: { da: 'Vores egen.', en: 'Our own.' },
      },
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const mineId = mine.json().id as string;
    await call(t.app, facilitatorA, {
      method: 'PUT',
      url: `${base(a.orgId, editionId)}/placements/${mineId}`,
      payload: { ring: 'hold-oeje', meaning: 'Prøves i vejafdelingen', competences: '', nextStep: '' },
    });

    own = await view(editionId, 'radar=own', a.orgId, facilitatorA);
    expect(ringOf(own, tech.bigData)).toBe('afproev');
    expect(own.blips.find((b) => b.id === tech.bigData)!.manual).toBe(true);
    expect(ringOf(own, mineId)).toBe('hold-oeje');
    expect(own.blips.find((b) => b.id === mineId)!.own).toBe(true);

    const compare = await call(t.app, facilitatorA, { method: 'GET', url: `${base(a.orgId, editionId)}/compare` });
    const rows = compare.json() as {
      technologyId: string;
      ownRing: string;
      manual: boolean;
      jointRing: string | null;
      areaRings: Record<string, string | null>;
    }[];
    expect(rows.find((r) => r.technologyId === tech.ai)).toMatchObject({ ownRing: 'klar', manual: false, jointRing: 'klar' });
    expect(rows.find((r) => r.technologyId === tech.ai)!.areaRings[S]).toBe('afproev');
    expect(rows.find((r) => r.technologyId === tech.bigData)).toMatchObject({ ownRing: 'afproev', manual: true, jointRing: null });
    expect(rows.find((r) => r.technologyId === mineId)).toMatchObject({ ownRing: 'hold-oeje', jointRing: null });

    const page = await call(t.app, facilitatorA, { method: 'GET', url: `${base(a.orgId, editionId)}/technologies/${tech.bigData}` });
    expect(page.json().placement).toMatchObject({ ring: 'afproev', meaning: 'Vi har data, men ikke hjemmel.', nextStep: 'Afklar hjemmel' });

    // Another organisation's technology cannot be placed, and B sees nothing of A's.
    const b = await loginAs(t.app, (await addMember(t.services, orgs[1]!.orgId, 'facilitator', 'fb')).email);
    const foreign = await call(t.app, b, {
      method: 'PUT',
      url: `${base(orgs[1]!.orgId, editionId)}/placements/${mineId}`,
      payload: { ring: 'klar', meaning: '', competences: '', nextStep: '' },
    });
    expect(foreign.statusCode).toBe(404);
    const ownB = await view(editionId, 'radar=own', orgs[1]!.orgId, b);
    expect(ownB.blips.find((x) => x.id === mineId)).toBeUndefined();
    expect(ownB.blips.find((x) => x.id === tech.bigData)?.manual).toBeFalsy();
  });

  it('shows movement since the previous edition and keeps unmoved technologies in place', async () => {
    const first = await openEdition('2025');
    await answerAll(first);
    await call(t.app, coordinatorFacilitator, {
      method: 'POST',
      url: `${base(coordinator.orgId, first)}/status`,
      payload: { action: 'close' },
    });
    const second = await openEdition('2026');
    const edition = await call(t.app, coordinatorFacilitator, { method: 'GET', url: base(coordinator.orgId, second) });
    expect(edition.json().previousEdition).toEqual({ id: first, name: '2025' });
    await answerAll(second);
    // Robots move in: maturity 5 from both experts → 1; (1 + 0) / 2 = 0.5 → AFPRØV (from AFVENT).
    await rate(second, experts[0]!, [{ technologyId: tech.robots, level: 5 }]);
    await rate(second, experts[1]!, [{ technologyId: tech.robots, level: 5 }]);

    const before = await view(first, 'radar=joint');
    const after = await view(second, 'radar=joint');
    const ai0 = before.blips.find((b) => b.id === tech.ai)!;
    const ai1 = after.blips.find((b) => b.id === tech.ai)!;
    expect(ai1.movement).toBe('unchanged');
    expect([ai1.x, ai1.y]).toEqual([ai0.x, ai0.y]);
    const robots = after.blips.find((b) => b.id === tech.robots)!;
    expect(after.rings[robots.ring]!.id).toBe('afproev');
    expect(robots.movement).toBe('moved-in');

    const page = await call(t.app, respondents[0]!, { method: 'GET', url: `${base(orgs[0]!.orgId, second)}/technologies/${tech.robots}` });
    expect(page.json().history.map((h: { name: string; ring: string }) => [h.name, h.ring])).toEqual([
      ['2025', 'afvent'],
      ['2026', 'afproev'],
    ]);
  });

  it('lets the coordinator rename sectors and rings, recolour rings and change the rule while the edition is a draft', async () => {
    const rings = [
      { id: 'klar', name: 'Brug nu', color: '#123456', min: 0.9 },
      { id: 'afproev', name: 'Afprøv', color: '#1a6eb5', min: 0.6 },
      { id: 'hold-oeje', name: 'Hold øje', color: '#8a5a00', min: 0.3 },
      { id: 'afvent', name: 'Afvent', color: '#6f6f6f', min: 0 },
    ];
    const editionId = await openEdition('2026', undefined, async (id) => {
      const res = await call(t.app, coordinatorFacilitator, {
        method: 'PATCH',
        url: base(coordinator.orgId, id),
        payload: {
          rings,
          sectors: [
            { id: 'data-og-intelligens', name: 'Data' },
            { id: 'automatisering-og-robotter', name: 'Automatisering og robotter' },
            { id: 'kontakt-og-oplevelser', name: 'Kontakt og oplevelser' },
            { id: 'infrastruktur', name: 'Digital infrastruktur' },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().rings.map((r: { min: number }) => r.min)).toEqual([0.9, 0.6, 0.3, 0]);
      // Thresholds that do not fall outwards are refused, naming the rings.
      const wrong = await call(t.app, coordinatorFacilitator, {
        method: 'PATCH',
        url: base(coordinator.orgId, id),
        payload: { rings: rings.map((r, i) => ({ ...r, min: i === 3 ? 0 : 0.5 })) },
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().fields[0].path).toBe('rings');
    });
    await answerAll(editionId);
    // AI's joint value 0.771 (see the first test) is under the new 0.9 → the second ring.
    const joint = await view(editionId, 'radar=joint');
    expect(ringOf(joint, tech.ai)).toBe('afproev');
    expect(joint.rings[0]).toMatchObject({ name: 'Brug nu', color: '#123456' });
    expect((joint as unknown as { sectors: { name: string }[] }).sectors[3]!.name).toBe('Digital infrastruktur');
    const late = await call(t.app, coordinatorFacilitator, {
      method: 'PATCH',
      url: base(coordinator.orgId, editionId),
      payload: { weights: { maturity: 2, spread: 1 } },
    });
    expect(late.json().code).toBe('radar_edition_not_draft');
    // Renaming the edition is always allowed.
    const renamedEdition = await call(t.app, coordinatorFacilitator, {
      method: 'PATCH',
      url: base(coordinator.orgId, editionId),
      payload: { name: 'Radar 2026' },
    });
    expect(renamedEdition.json().name).toBe('Radar 2026');
  });

  it('refuses answers outside the edition, from organisations not invited, and after closing, writing nothing', async () => {
    const editionId = await openEdition();
    const fingerprint = await databaseFingerprint(t.services.db);
    const bad = await call(t.app, respondents[0]!, {
      method: 'PUT',
      url: `${base(orgs[0]!.orgId, editionId)}/response`,
      headers: { 'accept-language': 'da' },
      payload: {
        answers: [
          { technologyId: tech.ai, areaId: S, spread: 'i-drift', relevance: 3 },
          { technologyId: tech.ai, areaId: 'maanen', spread: 'i-drift', relevance: 3 },
          { technologyId: tech.ai, areaId: S, spread: 'maaske', relevance: 9 },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('answer_invalid');
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(['answers.1.areaId', 'answers.2.spread', 'answers.2.relevance']);
    expect(await databaseFingerprint(t.services.db)).toEqual(fingerprint);

    const outsider = await createOrgFixture(t.services, 'G');
    const g = await loginAs(t.app, outsider.admin.email);
    expect((await call(t.app, g, { method: 'GET', url: base(outsider.orgId, editionId) })).statusCode).toBe(404);
    expect((await call(t.app, g, { method: 'GET', url: `${base(outsider.orgId, editionId)}/radar` })).statusCode).toBe(404);
    // The coordinator does not answer unless invited; experts rate, respondents do not.
    const coordinatorAnswers = await call(t.app, coordinatorFacilitator, {
      method: 'PUT',
      url: `${base(coordinator.orgId, editionId)}/response`,
      payload: { answers: [{ technologyId: tech.ai, areaId: S, spread: 'i-drift', relevance: 3 }] },
    });
    expect(coordinatorAnswers.json().code).toBe('radar_not_participant');
    expect((await call(t.app, respondents[0]!, { method: 'GET', url: `${base(orgs[0]!.orgId, editionId)}/maturity` })).statusCode).toBe(
      403,
    );

    await answer(0, editionId, [{ technologyId: tech.ai, areaId: S, spread: 'i-drift', relevance: 3 }]);
    const removeAnswered = await call(t.app, coordinatorFacilitator, {
      method: 'PUT',
      url: `${base(coordinator.orgId, editionId)}/participants`,
      payload: { orgIds: orgs.slice(1).map((o) => o.orgId) },
    });
    expect(removeAnswered.json().code).toBe('radar_participant_answered');

    await call(t.app, coordinatorFacilitator, {
      method: 'POST',
      url: `${base(coordinator.orgId, editionId)}/status`,
      payload: { action: 'close' },
    });
    const late = await call(t.app, respondents[1]!, {
      method: 'PUT',
      url: `${base(orgs[1]!.orgId, editionId)}/response`,
      payload: { answers: [{ technologyId: tech.ai, areaId: S, spread: 'i-drift', relevance: 3 }] },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('radar_edition_closed');
    // A's answer survives and resumes.
    const resumed = await call(t.app, respondents[0]!, { method: 'GET', url: `${base(orgs[0]!.orgId, editionId)}/response` });
    expect(resumed.json().answers).toEqual([{ technologyId: tech.ai, areaId: S, spread: 'i-drift', relevance: 3 }]);
    expect(resumed.json().areas).toEqual([S, T]);
  });

  it('imports radar files, refuses a file with errors line by line, and exports the same blips again', async () => {
    const admin = await loginAs(t.app, orgs[0]!.admin.email);
    const url = `/api/orgs/${orgs[0]!.orgId}/radar/radars`;
    const csv = sharedFixture('radar/byor/localfiles_radar.csv');
    const imported = await call(t.app, admin, {
      method: 'POST',
      url,
      payload: { format: 'byor-csv', text: csv, title: 'Vores radar', edition: '2026' },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const radarId = imported.json().id as string;
    const original = parseRadar('byor-csv', csv);
    expect(original.ok).toBe(true);
    if (!original.ok) return;
    expect(imported.json().blips).toBe(original.doc.blips.length);

    for (const format of ['byor-csv', 'byor-json', 'zalando', 'backstage'] as const) {
      const file = await call(t.app, admin, { method: 'GET', url: `${url}/${radarId}/export?format=${format}` });
      expect(file.statusCode, file.body).toBe(200);
      const back = parseRadar(format, file.body);
      expect(back.ok, JSON.stringify(back)).toBe(true);
      if (!back.ok) continue;
      expect(back.doc.blips.map((b) => [b.name, b.ring, b.sector, b.movement])).toEqual(
        original.doc.blips.map((b) => [b.name, b.ring, b.sector, b.movement]),
      );
    }
    const html = await call(t.app, admin, { method: 'GET', url: `${url}/${radarId}/export?format=html` });
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('<svg');

    const before = await databaseFingerprint(t.services.db);
    const refused = await call(t.app, admin, {
      method: 'POST',
      url,
      headers: { 'accept-language': 'da' },
      payload: { format: 'byor-csv', text: sharedFixture('radar/byor/sheet.csv') },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().code).toBe('radar_file_invalid');
    expect(refused.json().fields.length).toBeGreaterThan(0);
    expect(refused.json().fields[0].path).toMatch(/^line \d+$/);
    expect(await databaseFingerprint(t.services.db)).toEqual(before);

    const list = await call(t.app, admin, { method: 'GET', url });
    expect(list.json().map((r: { title: string; editions: string[] }) => [r.title, r.editions])).toEqual([['Vores radar', ['2026']]]);
  });
});
