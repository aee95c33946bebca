import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';

/** Reads Fastify's printed route tree into "METHOD /path" lines (HEAD left out). */
function routeTable(tree: string): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of tree.split('\n')) {
    const at = line.indexOf('── ');
    if (at < 0) continue;
    const depth = (at - 1) / 4;
    const m = /^(\S+) \(([^)]*)\)$/.exec(line.slice(at + 3).trim());
    if (!m) continue;
    stack.length = depth;
    stack.push(m[1]!);
    const path = stack.join('');
    for (const method of m[2]!.split(', ')) if (method !== 'HEAD') out.push(`${method} ${path}`);
  }
  return out;
}

describe('GET /api/openapi.json', () => {
  let t: TestApp;
  let doc: {
    openapi: string;
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    components: { schemas: Record<string, unknown> };
  };
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(async () => t.close());

  it('lists every API route the server has, each with a unique, stable operationId', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, id: op.operationId })),
    );
    const registered = t.app.operations.map((op) => `${op.method} ${op.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.map((d) => d.key).sort()).toEqual([...registered].sort());
    const ids = documented.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z]+$/);
    // Every /api route Fastify knows about is an operation (the document itself and the live
    // WebSocket, described in docs/live-protocol.md, aside).
    const known = routeTable(t.app.printRoutes({ commonPrefix: false }))
      .filter((r) => r.startsWith('/api/') || r.includes(' /api/'))
      .filter((r) => !r.endsWith('/api/openapi.json') && !r.endsWith('/api/live/ws'));
    expect(known.sort()).toEqual(registered.map((r) => r.replace(/\{(\w+)\}/g, ':$1')).sort());
  });

  it('keeps the operationIds the web app and integrations rely on', () => {
    const ids = Object.values(doc.paths).flatMap((m) => Object.values(m).map((o) => o.operationId));
    for (const id of [
      'getSession',
      'login',
      'logout',
      'listMyOrganisations',
      'getOrganisation',
      'listUnits',
      'createUnit',
      'listMembers',
      'inviteMember',
      'listAuditEvents',
      'createApiToken',
      'exportOrganisation',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('resolves every schema reference and describes errors with the one error shape', () => {
    const text = JSON.stringify(doc);
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas).toHaveProperty(name!);
    expect(doc.components.schemas).toHaveProperty('ApiError');
    for (const methods of Object.values(doc.paths)) {
      for (const op of Object.values(methods)) {
        const statuses = Object.keys(op.responses);
        expect(statuses.some((s) => s.startsWith('2'))).toBe(true);
        expect(statuses).toContain('400');
      }
    }
  });
});
