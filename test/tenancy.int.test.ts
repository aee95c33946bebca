import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  bearerFor,
  call,
  createOrgFixture,
  createTestApp,
  loginAs,
  type Caller,
  type OrgFixture,
  type TestApp,
} from './helpers/app.js';
import { fingerprint } from './helpers/fingerprint.js';

/**
 * Tenant isolation: a user of organisation A, with the highest role A has, tries every API
 * operation against the resources of organisation B. Each try must answer 404 — never B's data,
 * never a change to B.
 */

interface World {
  a: OrgFixture;
  b: OrgFixture;
  bMemberId: string;
  bTokenId: string;
  bUnitChildName: string;
  bRoundId: string;
  bActionId: string;
  bWorkshopId: string;
  bEditionId: string;
  aEditionId: string;
  bTechnologyId: string;
  bRadarId: string;
  catalogueTechnologyId: string;
}

type Probe = { method: string; url: (w: World) => string; body?: (w: World) => unknown; what: string };

/** For each operation: the ways it could reach B, or why it cannot (it acts on the caller only). */
const PROBES: Record<string, Probe[] | { none: string }> = {
  getSession: { none: 'answers only about the caller' },
  login: { none: 'takes only credentials' },
  logout: { none: 'ends only the caller’s session' },
  updateProfile: [{ method: 'PATCH', url: () => '/api/me', body: (w) => ({ lastOrgId: w.b.orgId }), what: 'switch to B' }],
  changePassword: { none: 'changes only the caller’s password' },
  listApiTokens: { none: 'lists only the caller’s tokens' },
  createApiToken: { none: 'creates a token for the caller' },
  revokeApiToken: [{ method: 'DELETE', url: (w) => `/api/me/tokens/${w.bTokenId}`, what: 'revoke B’s token' }],
  lookupInvite: { none: 'the link’s secret is the capability; tested in organisations tests' },
  acceptInvite: { none: 'the link’s secret is the capability; tested in organisations tests' },
  listMyOrganisations: { none: 'lists only the caller’s organisations (checked below)' },
  listAllOrganisations: { none: 'platform administrators only; answers 403 to others (checked below)' },
  createOrganisation: { none: 'platform administrators only; answers 403 to others (checked below)' },
  getOrganisation: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}`, what: 'read B' }],
  updateOrganisation: [{ method: 'PATCH', url: (w) => `/api/orgs/${w.b.orgId}`, body: () => ({ name: 'Taken over' }), what: 'rename B' }],
  listUnits: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/units`, what: 'list B’s units' }],
  createUnit: [
    { method: 'POST', url: (w) => `/api/orgs/${w.b.orgId}/units`, body: () => ({ name: 'Intruder' }), what: 'add a unit to B' },
    {
      method: 'POST',
      url: (w) => `/api/orgs/${w.a.orgId}/units`,
      body: (w) => ({ name: 'Child of B', parentId: w.b.unitId }),
      what: 'hang an A unit under B’s unit',
    },
  ],
  updateUnit: [
    {
      method: 'PATCH',
      url: (w) => `/api/orgs/${w.b.orgId}/units/${w.b.unitId}`,
      body: () => ({ name: 'Renamed' }),
      what: 'rename B’s unit',
    },
    {
      method: 'PATCH',
      url: (w) => `/api/orgs/${w.a.orgId}/units/${w.b.unitId}`,
      body: () => ({ name: 'Renamed' }),
      what: 'rename B’s unit through A',
    },
    {
      method: 'PATCH',
      url: (w) => `/api/orgs/${w.a.orgId}/units/${w.a.unitId}`,
      body: (w) => ({ parentId: w.b.unitId }),
      what: 'move an A unit under B’s unit',
    },
  ],
  deleteUnit: [
    { method: 'DELETE', url: (w) => `/api/orgs/${w.b.orgId}/units/${w.b.unitId}`, what: 'delete B’s unit' },
    { method: 'DELETE', url: (w) => `/api/orgs/${w.a.orgId}/units/${w.b.unitId}`, what: 'delete B’s unit through A' },
  ],
  listMembers: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/members`, what: 'list B’s members' }],
  inviteMember: [
    {
      method: 'POST',
      url: (w) => `/api/orgs/${w.b.orgId}/members`,
      body: () => ({ email: 'spy@example.dk', name: 'Spy', role: 'admin' }),
      what: 'invite into B',
    },
  ],
  updateMember: [
    { method: 'PATCH', url: (w) => `/api/orgs/${w.b.orgId}/members/${w.bMemberId}`, body: () => ({ role: 'admin' }), what: 'promote in B' },
    {
      method: 'PATCH',
      url: (w) => `/api/orgs/${w.a.orgId}/members/${w.bMemberId}`,
      body: () => ({ role: 'admin' }),
      what: 'promote B’s member through A',
    },
  ],
  removeMember: [
    { method: 'DELETE', url: (w) => `/api/orgs/${w.b.orgId}/members/${w.bMemberId}`, what: 'remove from B' },
    { method: 'DELETE', url: (w) => `/api/orgs/${w.a.orgId}/members/${w.bMemberId}`, what: 'remove B’s member through A' },
  ],
  renewInvite: [
    {
      method: 'POST',
      url: (w) => `/api/orgs/${w.b.orgId}/members/${w.bMemberId}/invite`,
      body: () => ({ method: 'password' }),
      what: 'take over B’s pending member',
    },
    {
      method: 'POST',
      url: (w) => `/api/orgs/${w.a.orgId}/members/${w.bMemberId}/invite`,
      body: () => ({ method: 'link' }),
      what: 'take over B’s pending member through A',
    },
  ],
  listAuditEvents: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/audit`, what: 'read B’s audit log' }],
  exportOrganisation: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/export`, what: 'export B' }],
  listInstruments: { none: 'the questionnaires are the platform’s, not an organisation’s' },
  getInstrument: { none: 'the questionnaires are the platform’s, not an organisation’s' },
  listRounds: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/rounds`, what: 'list B’s rounds' }],
  createRound: [
    {
      method: 'POST',
      url: (w) => `/api/orgs/${w.b.orgId}/rounds`,
      body: () => ({ instrumentId: 'kl-digital-modenhed', title: 'X', mode: 'team', anonymous: true }),
      what: 'open a round in B',
    },
    {
      method: 'POST',
      url: (w) => `/api/orgs/${w.a.orgId}/rounds`,
      body: (w) => ({ instrumentId: 'kl-digital-modenhed', title: 'X', mode: 'team', anonymous: true, unitId: w.b.unitId }),
      what: 'open an A round for B’s unit',
    },
  ],
  ...roundProbes(),
  listWorkshops: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/workshops`, what: 'list B’s workshops' }],
  createWorkshop: [
    { method: 'POST', url: (w) => `/api/orgs/${w.b.orgId}/workshops`, body: () => ({ title: 'X' }), what: 'prepare a workshop in B' },
  ],
  ...workshopProbes(),
  joinWorkshop: { none: 'a participant joins by the code shown in the room, without an account or organisation' },
  listActionPlans: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/action-plans`, what: 'read B’s action plans' }],
  getRadarCatalogue: { none: 'the technology catalogue is the platform’s, not an organisation’s' },
  createCatalogueTechnology: { none: 'platform administrators only; answers 403 to others (checked below)' },
  updateCatalogueTechnology: { none: 'platform administrators only; answers 403 to others (checked below)' },
  listOrganisationDirectory: { none: 'names and types of the organisations, to invite to a radar edition; nothing else of theirs' },
  ...radarProbes(),
};

/** Every radar operation, against B's edition, technology and imported radar through B and through A. */
function radarProbes(): Record<string, Probe[]> {
  const both = (op: string, method: string, tail: (w: World) => string, body?: (w: World) => unknown): Probe[] =>
    (['b', 'a'] as const).map((org) => ({
      method,
      url: (w: World) => `/api/orgs/${w[org].orgId}/radar${tail(w)}`,
      ...(body ? { body } : {}),
      what: `${op} through ${org.toUpperCase()}`,
    }));
  const edition = (w: World) => `/editions/${w.bEditionId}`;
  const answer = () => ({ answers: [] });
  const placement = () => ({ ring: 'klar', meaning: 'Overtaget', competences: '', nextStep: '' });
  return {
    listOwnTechnologies: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/radar/technologies`, what: 'list B’s own technologies' }],
    createOwnTechnology: [
      {
        method: 'POST',
        url: (w) => `/api/orgs/${w.b.orgId}/radar/technologies`,
        body: () => ({ sector: 'infrastruktur', name: { da: 'X', en: 'X' }, description: { da: '', en: '' } }),
        what: 'add a technology to B',
      },
    ],
    updateOwnTechnology: both(
      'rename B’s own technology',
      'PATCH',
      (w) => `/technologies/${w.bTechnologyId}`,
      () => ({ archived: true }),
    ),
    listRadarEditions: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/radar/editions`, what: 'list B’s radar editions' }],
    createRadarEdition: [
      { method: 'POST', url: (w) => `/api/orgs/${w.b.orgId}/radar/editions`, body: () => ({ name: 'X' }), what: 'open an edition in B' },
    ],
    getRadarEdition: both('read B’s edition', 'GET', edition),
    updateRadarEdition: both('rename B’s edition', 'PATCH', edition, () => ({ name: 'Overtaget' })),
    controlRadarEdition: both(
      'open B’s edition',
      'POST',
      (w) => `${edition(w)}/status`,
      () => ({ action: 'open' }),
    ),
    deleteRadarEdition: both('delete B’s edition', 'DELETE', edition),
    setRadarParticipants: both(
      'join B’s edition',
      'PUT',
      (w) => `${edition(w)}/participants`,
      (w) => ({ orgIds: [w.a.orgId, w.b.orgId] }),
    ),
    getRadarResponse: both('read answers to B’s edition', 'GET', (w) => `${edition(w)}/response`),
    saveRadarAnswers: both('answer B’s edition', 'PUT', (w) => `${edition(w)}/response`, answer),
    getRadarMaturity: both('read maturity ratings of B’s edition', 'GET', (w) => `${edition(w)}/maturity`),
    saveRadarMaturity: both(
      'rate B’s edition',
      'PUT',
      (w) => `${edition(w)}/maturity`,
      () => ({ ratings: [] }),
    ),
    getRadarView: both('read B’s radar', 'GET', (w) => `${edition(w)}/radar?radar=own`),
    exportRadarView: both('export B’s radar', 'GET', (w) => `${edition(w)}/radar/export?format=byor-json`),
    compareRadars: both('compare B’s radars', 'GET', (w) => `${edition(w)}/compare`),
    getRadarTechnologyPage: [
      ...both('read a technology of B’s edition', 'GET', (w) => `${edition(w)}/technologies/${w.catalogueTechnologyId}`),
      ...both('read B’s own technology', 'GET', (w) => `/editions/${w.aEditionId}/technologies/${w.bTechnologyId}`),
    ],
    saveRadarPlacement: [
      ...both('place on B’s radar', 'PUT', (w) => `${edition(w)}/placements/${w.catalogueTechnologyId}`, placement),
      ...both('place B’s own technology', 'PUT', (w) => `/editions/${w.aEditionId}/placements/${w.bTechnologyId}`, placement),
    ],
    deleteRadarPlacement: both('remove B’s placement', 'DELETE', (w) => `${edition(w)}/placements/${w.catalogueTechnologyId}`),
    listStoredRadars: [{ method: 'GET', url: (w) => `/api/orgs/${w.b.orgId}/radar/radars`, what: 'list B’s imported radars' }],
    importRadar: [
      {
        method: 'POST',
        url: (w) => `/api/orgs/${w.b.orgId}/radar/radars`,
        body: () => ({ format: 'byor-csv', text: 'name,ring,quadrant,isNew,description\nX,Adopt,Tools,FALSE,x' }),
        what: 'import into B',
      },
    ],
    getStoredRadar: both('read B’s imported radar', 'GET', (w) => `/radars/${w.bRadarId}`),
    exportStoredRadar: both('export B’s imported radar', 'GET', (w) => `/radars/${w.bRadarId}/export?format=html`),
    deleteStoredRadar: both('delete B’s imported radar', 'DELETE', (w) => `/radars/${w.bRadarId}`),
  };
}

/** Every workshop operation, against B's workshop through B's organisation and through A's. */
function workshopProbes(): Record<string, Probe[]> {
  const through = (op: string, method: string, tail: string, body?: (w: World) => unknown): Probe[] =>
    (['b', 'a'] as const).map((org) => ({
      method,
      url: (w: World) => `/api/orgs/${w[org].orgId}/workshops/${w.bWorkshopId}${tail}`,
      ...(body ? { body } : {}),
      what: `${op} B’s workshop through ${org.toUpperCase()}`,
    }));
  return {
    getWorkshop: through('read', 'GET', ''),
    updateWorkshop: through('change', 'PATCH', '', () => ({ title: 'Overtaget' })),
    deleteWorkshop: through('delete', 'DELETE', ''),
    controlWorkshop: through('open', 'POST', '/control', () => ({ action: 'open' })),
    moderateNote: through('hide a note of', 'PATCH', '/notes/01jdq3v8x2k4m6n8p0r2s4t6v8', () => ({ hidden: true })),
    getWorkshopMinutes: through('download the minutes of', 'GET', '/minutes.pdf'),
    getWorkshopWorkbook: through('download the workbook of', 'GET', '/workshop.xlsx'),
    selectNotes: through('decide for', 'PUT', '/selection', () => ({ strength: [], challenge: [], focus: [] })),
  };
}

/** Every round operation, against B's round through B's organisation and through A's. */
function roundProbes(): Record<string, Probe[]> {
  const through = (op: string, method: string, tail: string, body?: (w: World) => unknown): Probe[] =>
    (['b', 'a'] as const).map((org) => ({
      method,
      url: (w: World) => `/api/orgs/${w[org].orgId}/rounds/${w.bRoundId}${tail.replace(':actionId', w.bActionId)}`,
      ...(body ? { body } : {}),
      what: `${op} B’s round through ${org.toUpperCase()}`,
    }));
  return {
    getRound: through('read', 'GET', ''),
    closeRound: through('close', 'POST', '/close'),
    getMyResponse: through('read my response in', 'GET', '/response'),
    saveMyResponse: through('answer', 'PATCH', '/response', () => ({ answers: { 'strategi-faelles-fortaelling': 3 } })),
    submitMyResponse: through('submit to', 'POST', '/response/submit'),
    getRoundResults: through('read the results of', 'GET', '/results'),
    getRoundComparison: through('compare', 'GET', '/compare'),
    getRoundReport: through('download the report of', 'GET', '/report.pdf'),
    getRoundAnswersSheet: through('download the answers of', 'GET', '/answers.xlsx'),
    saveConclusion: through('conclude on', 'PUT', '/conclusions/strategi-samme-svar', () => ({ text: 'Overtaget' })),
    createRoundAction: through('add an action to', 'POST', '/actions', () => ({ title: 'X', owner: 'Y' })),
    updateRoundAction: through('change an action of', 'PATCH', '/actions/:actionId', () => ({ status: 'done' })),
    deleteRoundAction: through('delete an action of', 'DELETE', '/actions/:actionId'),
  };
}

describe('tenant isolation across every API operation', () => {
  let t: TestApp;
  let w: World;
  const callers: Record<string, Caller> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const a = await createOrgFixture(t.services, 'A');
    const b = await createOrgFixture(t.services, 'B');
    const bAdminActor = { userId: b.admin.id, email: b.admin.email, ip: null, isPlatformAdmin: false };
    const pending = await t.services.organisations.invite(
      b.orgId,
      { email: 'pending-b@example.dk', name: 'Pending B', role: 'member', method: 'link' },
      bAdminActor,
    );
    await t.services.organisations.createUnit(b.orgId, { name: 'Secret child unit of B', parentId: b.unitId }, bAdminActor);
    await bearerFor(t.services, b.admin.email);
    const bTokens = await t.services.accounts.repo.listTokens(b.admin.id);
    const round = await t.services.assessments.createRound(
      b.orgId,
      { instrumentId: 'kl-digital-modenhed', title: 'B’s secret round', mode: 'team', anonymous: true },
      bAdminActor,
    );
    await t.services.assessments.saveMyResponse(b.orgId, round.id, b.admin.id, { answers: { 'strategi-faelles-fortaelling': 4 } });
    const action = await t.services.assessments.createAction(b.orgId, round.id, { title: 'B’s secret action', owner: 'B' }, b.admin.id);
    const workshop = await t.services.workshops.create(
      b.orgId,
      { title: 'B’s secret workshop', templateId: 'udviklingsvaerksted' },
      bAdminActor,
      'da',
    );
    const bEdition = await t.services.radar.createEdition(b.orgId, { name: 'B’s secret edition' }, bAdminActor);
    await t.services.radar.setParticipants(b.orgId, bEdition.id, [b.orgId], bAdminActor);
    const aActor = { userId: a.admin.id, email: a.admin.email, ip: null, isPlatformAdmin: false };
    const aEdition = await t.services.radar.createEdition(a.orgId, { name: 'A’s edition' }, aActor);
    await t.services.radar.setParticipants(a.orgId, aEdition.id, [a.orgId], aActor);
    const catalogueTechnologyId = bEdition.technologyList[0]!.id;
    await t.services.radar.savePlacement(
      b.orgId,
      bEdition.id,
      catalogueTechnologyId,
      { ring: 'afvent', meaning: 'B’s secret note', competences: '', nextStep: '' },
      bAdminActor,
    );
    const bTechnology = await t.services.radar.createTechnology(
      b.orgId,
      { sector: 'infrastruktur', name: { da: 'B’s secret technology', en: 'B’s secret technology' }, description: { da: '', en: '' } },
      bAdminActor,
    );
    const bRadar = await t.services.radar.importRadar(
      b.orgId,
      { format: 'byor-csv', text: 'name,ring,quadrant,isNew,description\nB’s secret blip,Adopt,Tools,FALSE,x', title: 'B’s secret radar' },
      bAdminActor,
      'da',
    );
    w = {
      a,
      b,
      bEditionId: bEdition.id,
      aEditionId: aEdition.id,
      bTechnologyId: bTechnology.id,
      bRadarId: bRadar.id,
      catalogueTechnologyId,
      bWorkshopId: workshop.id,
      bMemberId: pending.member.userId,
      bTokenId: bTokens[0]!.id,
      bUnitChildName: 'Secret child unit of B',
      bRoundId: round.id,
      bActionId: action.id,
    };
    callers.session = await loginAs(t.app, a.admin.email);
    callers.token = await bearerFor(t.services, a.admin.email);
    callers.member = await loginAs(t.app, (await addMember(t.services, a.orgId, 'member', 'A')).email);
  });
  afterAll(async () => t.close());

  it('has a probe, or a stated reason for none, for every operation in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const ids = Object.values(doc.paths).flatMap((m) => Object.values(m).map((o) => o.operationId));
    expect(ids.filter((id) => !(id in PROBES))).toEqual([]);
    expect(Object.keys(PROBES).filter((id) => !ids.includes(id))).toEqual([]);
  });

  for (const via of ['session', 'token', 'member'] as const) {
    it(`answers 404 to every reach into B, never B's data, and changes nothing (via ${via})`, async () => {
      const secrets = [
        w.b.orgId,
        'Org B',
        'Unit B',
        w.b.admin.email,
        'pending-b@example.dk',
        w.bUnitChildName,
        'B’s secret round',
        'B’s secret action',
        'B’s secret workshop',
        'B’s secret edition',
        'B’s secret note',
        'B’s secret technology',
        'B’s secret radar',
        'B’s secret blip',
      ];
      for (const [operationId, probes] of Object.entries(PROBES)) {
        if (!Array.isArray(probes)) continue;
        for (const probe of probes) {
          const before = await fingerprint(t.services.db);
          const res = await call(t.app, callers[via]!, {
            method: probe.method as 'GET',
            url: probe.url(w),
            ...(probe.body ? { payload: probe.body(w) as object } : {}),
          });
          const label = `${operationId}: ${probe.what} → ${res.statusCode} ${res.body}`;
          // A member of A may be refused for lack of role in A itself, before B is ever looked at.
          const allowed = via === 'member' && probe.url(w).includes(w.a.orgId) ? [403, 404] : [404];
          expect(allowed, label).toContain(res.statusCode);
          expect(res.json().code, label).toBe(res.statusCode === 404 ? 'not_found' : 'forbidden');
          for (const s of secrets) expect(res.body, label).not.toContain(s);
          expect(await fingerprint(t.services.db), label).toEqual(before);
        }
      }
    });
  }

  it('lists only the caller’s own organisations, and keeps platform operations to platform administrators', async () => {
    const mine = (await call(t.app, callers.token!, { method: 'GET', url: '/api/orgs' })).json() as { id: string }[];
    expect(mine.map((o) => o.id)).toEqual([w.a.orgId]);
    expect((await call(t.app, callers.token!, { method: 'GET', url: '/api/admin/orgs' })).statusCode).toBe(403);
    const before = await fingerprint(t.services.db);
    expect(
      (await call(t.app, callers.token!, { method: 'POST', url: '/api/admin/orgs', payload: { name: 'X', type: 'kommune' } })).statusCode,
    ).toBe(403);
    expect(await fingerprint(t.services.db)).toEqual(before);
    const technology = { sector: 'infrastruktur', name: { da: 'X', en: 'X' }, description: { da: '', en: '' } };
    expect(
      (await call(t.app, callers.token!, { method: 'POST', url: '/api/radar/catalogue/technologies', payload: technology })).statusCode,
    ).toBe(403);
    expect(
      (
        await call(t.app, callers.token!, {
          method: 'PATCH',
          url: `/api/radar/catalogue/technologies/${w.catalogueTechnologyId}`,
          payload: { archived: true },
        })
      ).statusCode,
    ).toBe(403);
    expect(await fingerprint(t.services.db)).toEqual(before);
  });
});
