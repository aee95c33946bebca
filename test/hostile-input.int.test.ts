import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerFor, call, createOrgFixture, createTestApp, type Caller, type TestApp } from './helpers/app.js';
import { fingerprint } from './helpers/fingerprint.js';
import { newId } from '../src/server/lib/ids.js';

/**
 * No input makes the server answer 5xx or write anything: for every operation in the OpenAPI
 * document, fast-check builds requests that are wrong in at least one place — malformed JSON,
 * oversized or deeply nested bodies, wrongly typed fields, hostile strings (SQL fragments,
 * script tags, control characters), huge numbers, unknown fields and parameters — and each
 * must be answered with a 4xx in the error shape, with the database unchanged.
 */

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
  maximum?: number;
  $ref?: string;
};
type Op = {
  operationId: string;
  parameters: { name: string; in: 'path' | 'query'; schema: Schema }[];
  requestBody?: { content: { 'application/json': { schema: Schema } } };
};
type Doc = { paths: Record<string, Record<string, Op>>; components: { schemas: Record<string, Schema> } };

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '1; DELETE FROM organisations',
  '" UNION SELECT password_hash FROM users --',
  "admin'--",
  '%27%20OR%201=1',
];
const SCRIPT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
];
const CONTROL = ['\u0000', '\u0007bell', 'line\u000bfeed', '\u001b[31mred', 'nul\u0000byte', '\u009b'];
const HUGE_NUMBERS = [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 64, -0.5, 1.5, 123456789012345680000];

const hostileString = fc.oneof(
  fc.constantFrom(...SQL, ...SCRIPT),
  fc.constantFrom(...CONTROL).map((c) => `Navn ${c}`),
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => `${s}\u0000`),
  fc.integer({ min: 5000, max: 20000 }).map((n) => 'x'.repeat(n)),
);

const wrongType = fc.oneof(
  fc.constantFrom(...HUGE_NUMBERS),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.constantFrom(...SQL), { minLength: 1, maxLength: 3 }),
  fc.constant({ $gt: '' }),
);

/** JSON text nested `depth` levels deep (built as text: the object itself would overflow the stack). */
function deepNesting(depth: number): string {
  return '[{"a":'.repeat(depth / 2) + '1' + '}]'.repeat(depth / 2);
}

/** The JSON text of a body with one more field given as raw JSON text. */
function withField(body: unknown, name: string, rawValue: string): string {
  const base = JSON.stringify(body ?? {});
  return `{${JSON.stringify(name)}:${rawValue}${base === '{}' ? '' : ','}${base.slice(1)}`;
}

function resolve(doc: Doc, s: Schema): Schema {
  return s.$ref ? resolve(doc, doc.components.schemas[s.$ref.split('/').pop()!]!) : s;
}

/** A value the property's schema rejects, whatever the schema is. */
function invalidFor(doc: Doc, raw: Schema): fc.Arbitrary<unknown> {
  const s = resolve(doc, raw);
  const variants = s.anyOf?.map((x) => resolve(doc, x)) ?? [s];
  const types = new Set(variants.flatMap((v) => (v.enum ? ['enum'] : Array.isArray(v.type) ? v.type : [v.type ?? 'any'])));
  const options: fc.Arbitrary<unknown>[] = [];
  if (types.has('string') || types.has('enum')) {
    options.push(fc.constantFrom(...HUGE_NUMBERS), fc.boolean(), fc.constant([]), fc.constant({ toString: 'x' }));
    // Free text only forbids control characters; identifiers, enums and formats also refuse SQL and markup.
    const constrained = variants.find((v) => v.enum || v.format || (v.pattern && !v.pattern.includes('u0000')));
    if (constrained) options.push(fc.constantFrom(...SQL, ...SCRIPT));
    const free = variants.find((v) => v.type === 'string' && !v.enum);
    if (free?.maxLength) options.push(fc.integer({ min: free.maxLength + 1, max: free.maxLength + 5000 }).map((n) => 'y'.repeat(n)));
    if (free?.pattern) options.push(fc.constantFrom(...CONTROL).map((c) => `ok ${c} <script>`));
  } else if (types.has('number') || types.has('integer')) {
    options.push(fc.constantFrom(...SQL, ...SCRIPT), fc.constant('1e999'), fc.constant([1]), fc.constant({}));
    if (types.has('integer')) options.push(fc.constant(1.5));
  } else if (types.has('boolean')) {
    options.push(fc.constantFrom('true', 'yes', 1, 0, ...SQL));
  } else if (types.has('object') || types.has('array')) {
    options.push(fc.constantFrom(...SQL), fc.constant(42));
  }
  if (!variants.some((v) => v.type === 'null')) options.push(fc.constant(null));
  return options.length ? fc.oneof(...options) : wrongType;
}

interface Shot {
  what: string;
  path: Record<string, string>;
  query?: Record<string, string>;
  body?: { json?: unknown; raw?: string; contentType?: string };
}

/** Every way to be wrong that applies to this operation, each as an arbitrary request. */
function hostileShots(doc: Doc, op: Op, method: string, validPath: Record<string, string>, validBody: unknown): fc.Arbitrary<Shot> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const bodySchema = op.requestBody ? resolve(doc, op.requestBody.content['application/json'].schema) : null;
  const shots: fc.Arbitrary<Shot>[] = [];

  for (const p of pathParams) {
    shots.push(
      hostileString.map((v) => ({
        what: `path ${p.name}`,
        path: { ...validPath, [p.name]: v },
        body: validBody === undefined ? undefined : { json: validBody },
      })),
    );
  }
  shots.push(
    fc
      .record({ key: fc.constantFrom('__proto__', 'constructor', 'x', "a' OR 1=1 --", '<b>'), value: hostileString })
      .map(({ key, value }) => ({
        what: 'unknown query parameter',
        path: validPath,
        query: { [key]: value },
        body: validBody === undefined ? undefined : { json: validBody },
      })),
  );
  for (const q of queryParams) {
    shots.push(
      invalidFor(doc, q.schema).map((v) => ({
        what: `query ${q.name}`,
        path: validPath,
        query: { [q.name]: typeof v === 'string' ? v : JSON.stringify(v) },
      })),
    );
  }
  if (bodySchema) {
    shots.push(
      fc
        .constantFrom('{"name": ', '{name: 1}', "{'a':1}", '[1,2', 'null x', '\u0000{}', '{"a":1}{"b":2}')
        .map((raw) => ({ what: 'malformed JSON', path: validPath, body: { raw } })),
    );
    shots.push(
      fc
        .constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded')
        .map((contentType) => ({ what: `content type ${contentType}`, path: validPath, body: { raw: '{"a":1}', contentType } })),
    );
    shots.push(
      fc
        .oneof(wrongType, fc.constantFrom(...SQL), fc.constant(null))
        .map((json) => ({ what: 'body of the wrong type', path: validPath, body: { json } })),
    );
    shots.push(
      fc
        .integer({ min: 2000, max: 100000 })
        .map((d) => ({ what: `nesting ${d} deep`, path: validPath, body: { raw: withField(validBody, 'extra', deepNesting(d)) } })),
    );
    shots.push(fc.constant({ what: 'oversized body', path: validPath, body: { raw: JSON.stringify({ name: 'z'.repeat(1_100_000) }) } }));
    shots.push(
      fc
        .record({
          key: fc.constantFrom('__proto__', 'constructor', 'isPlatformAdmin', 'is_platform_admin', 'role; DROP', 'org_id'),
          value: fc.oneof(hostileString, fc.constant({ polluted: true })),
        })
        .map(({ key, value }) => ({
          what: `unknown field ${key}`,
          path: validPath,
          body: { raw: withField(validBody, key, JSON.stringify(value)) },
        })),
    );
    for (const [name, prop] of Object.entries(bodySchema.properties ?? {})) {
      shots.push(
        invalidFor(doc, prop).map((v) => ({
          what: `field ${name}`,
          path: validPath,
          body: { json: { ...(validBody as object), [name]: v } },
        })),
      );
    }
    for (const name of bodySchema.required ?? []) {
      const { [name]: _dropped, ...rest } = validBody as Record<string, unknown>;
      shots.push(fc.constant({ what: `missing ${name}`, path: validPath, body: { json: rest } }));
    }
  } else if (method !== 'GET') {
    shots.push(
      fc
        .oneof(wrongType, fc.constantFrom(...SQL))
        .map((json) => ({ what: 'a body where none is taken', path: validPath, body: { json: { payload: json } } })),
    );
  }
  return fc.oneof(...shots);
}

describe('hostile input to every operation in the OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  let caller: Caller;
  const valid: { path: Record<string, string>; bodies: Record<string, unknown> } = { path: {}, bodies: {} };

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrgFixture(t.services, 'h');
    await t.services.accounts.repo.updateUser(org.admin.id, { is_platform_admin: 1 });
    const actor = { userId: org.admin.id, email: org.admin.email, ip: null, isPlatformAdmin: true };
    const pending = await t.services.organisations.invite(
      org.orgId,
      { email: 'pending-h@example.dk', name: 'Pending', role: 'member', method: 'link' },
      actor,
    );
    caller = await bearerFor(t.services, org.admin.email);
    const tokens = await t.services.accounts.repo.listTokens(org.admin.id);
    const inviteToken = new URL(pending.credentials!.inviteUrl!).hash.slice(1);
    const round = await t.services.assessments.createRound(
      org.orgId,
      { instrumentId: 'kl-digital-modenhed', title: 'Runde', mode: 'team', anonymous: true },
      actor,
    );
    const action = await t.services.assessments.createAction(org.orgId, round.id, { title: 'Handling', owner: 'Ejer' }, org.admin.id);
    const workshop = await t.services.workshops.create(org.orgId, { title: 'Værksted', templateId: 'udviklingsvaerksted' }, actor, 'da');
    const noteId = newId();
    await t.services.db.kysely
      .insertInto('workshop_notes')
      .values({
        id: noteId,
        workshop_id: workshop.id,
        participant_id: null,
        category: 'strength',
        text: 'En styrke',
        hidden: 0,
        merged_into: null,
        selected_position: null,
        created_at: '2026-11-26T08:00:00.000Z',
        updated_at: '2026-11-26T08:00:00.000Z',
      })
      .execute();
    const edition = await t.services.radar.createEdition(org.orgId, { name: '2026' }, actor);
    await t.services.radar.setParticipants(org.orgId, edition.id, [org.orgId], actor);
    await t.services.radar.control(org.orgId, edition.id, 'open', actor);
    const technologyId = edition.technologyList[0]!.id;
    const stored = await t.services.radar.importRadar(
      org.orgId,
      { format: 'byor-csv', text: 'name,ring,quadrant,isNew,description\nRadar,Adopt,Tools,FALSE,x' },
      actor,
      'da',
    );
    valid.path = {
      editionId: edition.id,
      technologyId,
      radarId: stored.id,
      noteId,
      workshopId: workshop.id,
      orgId: org.orgId,
      unitId: org.unitId,
      userId: pending.member.userId,
      tokenId: tokens[0]!.id,
      roundId: round.id,
      actionId: action.id,
      instrumentId: 'kl-digital-modenhed',
      questionId: 'strategi-samme-svar',
    };
    // A request that would succeed, per operation; each shot below spoils one part of it.
    valid.bodies = {
      login: { email: org.admin.email, password: 'correct-horse-battery' },
      updateProfile: { name: 'Ny Navn', locale: 'en' },
      changePassword: { currentPassword: 'correct-horse-battery', newPassword: 'another-long-password' },
      createApiToken: { name: 'Token' },
      lookupInvite: { token: inviteToken },
      acceptInvite: { token: inviteToken, password: 'pending-password-1', name: 'Pending' },
      createOrganisation: { name: 'Ny Kommune', type: 'kommune', municipalityCode: '101' },
      updateOrganisation: { name: 'Omdøbt', type: 'region', municipalityCode: null },
      createUnit: { name: 'Ny enhed', parentId: org.unitId },
      updateUnit: { name: 'Omdøbt enhed', parentId: null },
      inviteMember: { email: 'ny@example.dk', name: 'Ny Person', role: 'member', method: 'link' },
      updateMember: { role: 'facilitator' },
      renewInvite: { method: 'password' },
      createRound: {
        instrumentId: 'ledelsesudfordringer',
        title: 'Værksted',
        mode: 'team',
        anonymous: true,
        unitId: org.unitId,
        deadline: '2099-01-01T12:00:00Z',
      },
      saveMyResponse: { unitId: org.unitId, answers: { 'strategi-faelles-fortaelling': 4 }, comments: { strategi: 'Godt' } },
      saveConclusion: { text: 'Vi er enige om retningen.' },
      createRoundAction: { title: 'Ny handling', owner: 'Anne', dueDate: '2027-03-01', questionId: 'strategi-samme-svar' },
      updateRoundAction: { status: 'done', dueDate: null },
      createCatalogueTechnology: { sector: 'infrastruktur', name: { da: 'Ny', en: 'New' }, description: { da: 'Tekst', en: 'Text' } },
      updateCatalogueTechnology: { name: { da: 'Omdøbt', en: 'Renamed' } },
      createOwnTechnology: { sector: 'infrastruktur', name: { da: 'Egen', en: 'Own' }, description: { da: 'Tekst', en: 'Text' } },
      updateOwnTechnology: { archived: true },
      createRadarEdition: { name: '2027', areas: [{ name: 'Sundhed' }], threshold: 5 },
      updateRadarEdition: { name: 'Omdøbt' },
      controlRadarEdition: { action: 'close' },
      setRadarParticipants: { orgIds: [org.orgId] },
      saveRadarAnswers: {
        areas: ['social-og-sundhed'],
        answers: [{ technologyId, areaId: 'social-og-sundhed', spread: 'i-drift', relevance: 4 }],
      },
      saveRadarMaturity: { ratings: [{ technologyId, level: 3, note: 'Moden' }] },
      saveRadarPlacement: { ring: 'klar', meaning: 'Det betyder', competences: 'Data', nextStep: 'Forsøg' },
      importRadar: {
        format: 'byor-csv',
        text: 'name,ring,quadrant,isNew,description\nX,Adopt,Tools,FALSE,x',
        title: 'Radar',
        edition: '2026',
      },
      createWorkshop: { title: 'Udviklingsværksted', scheduledFor: '2027-02-01T09:00:00+01:00', areas: ['Sundhed', 'Teknik'] },
      updateWorkshop: {
        title: 'Omdøbt',
        groundRules: ['Alle bliver hørt.'],
        areas: [{ name: 'Sundhed' }],
        settings: { answering: 'group', dotsPerParticipant: 3 },
        steps: [{ kind: 'present', title: 'Velkomst', durationMinutes: 10, purpose: 'Vi starter.' }],
      },
      controlWorkshop: { action: 'open' },
      moderateNote: { text: 'Omformuleret', hidden: false, mergedInto: null },
      selectNotes: { strength: [noteId], challenge: [], focus: [] },
      joinWorkshop: { code: 'ABC234', displayName: 'Anna', groupName: null },
    };
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as Doc;
  });
  afterAll(async () => t.close());

  it('knows a valid request for every operation that takes a body', () => {
    const withBody = Object.values(doc.paths).flatMap((m) =>
      Object.values(m)
        .filter((o) => o.requestBody)
        .map((o) => o.operationId),
    );
    expect(withBody.filter((id) => !(id in valid.bodies))).toEqual([]);
  });

  const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);

  it(`answers 4xx and writes nothing, for ${RUNS} hostile requests per operation`, { timeout: 600_000 }, async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(25);
    const seen: Record<string, number> = {};
    for (const { path, method, op } of operations) {
      const validPath = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, valid.path[p.name]!]));
      const arbitrary = hostileShots(doc, op, method, validPath, valid.bodies[op.operationId]);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (shot) => {
          const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(shot.path[name]!));
          const query = shot.query ? `?${new URLSearchParams(shot.query).toString()}` : '';
          const before = await fingerprint(t.services.db);
          const body = shot.body;
          const res = await call(t.app, caller, {
            method: method as 'GET',
            url: url + query,
            ...(body?.raw !== undefined
              ? { payload: body.raw, headers: { 'content-type': body.contentType ?? 'application/json' } }
              : body && 'json' in body
                ? { payload: JSON.stringify(body.json), headers: { 'content-type': 'application/json' } }
                : {}),
          });
          const label = `${op.operationId} (${shot.what}) → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, label).toBeLessThan(500);
          const error = res.json() as { code: string; message: string };
          expect(typeof error.code, label).toBe('string');
          expect(error.message.length, label).toBeGreaterThan(0);
          expect(await fingerprint(t.services.db), label).toEqual(before);
          seen[op.operationId] = (seen[op.operationId] ?? 0) + 1;
        }),
        { numRuns: RUNS, seed: Number(process.env.HOSTILE_SEED ?? 20261125) },
      );
    }
    expect(Object.keys(seen).length).toBe(operations.length);
  });

  it('stores hostile text that is valid as plain text, exactly as given, and serves it as JSON', async () => {
    for (const name of [...SQL, ...SCRIPT]) {
      const res = await call(t.app, caller, { method: 'POST', url: `/api/orgs/${valid.path.orgId}/units`, payload: { name } });
      expect(res.statusCode).toBe(201);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.json().name).toBe(name.trim());
    }
    const units = (await call(t.app, caller, { method: 'GET', url: `/api/orgs/${valid.path.orgId}/units` })).json() as { name: string }[];
    expect(units.map((u) => u.name)).toEqual(expect.arrayContaining([...SQL, ...SCRIPT]));
    expect(await t.services.db.kysely.selectFrom('users').select('id').execute()).not.toHaveLength(0);
  });
});
