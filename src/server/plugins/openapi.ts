import { z } from 'zod';
import { ERRORS, ZApiError } from '../../contracts/errors.js';
import type { Access, Operation } from '../../contracts/operation.js';

type Json = Record<string, unknown>;

const ACCESS_TEXT: Record<Access, string> = {
  public: 'No login needed.',
  user: 'Any signed-in user.',
  member: 'Members of the organisation.',
  facilitator: 'Facilitators and administrators of the organisation.',
  admin: 'Administrators of the organisation.',
  platform_admin: 'Platform administrators.',
};

/** Collects named schemas into components, renaming `$defs` references on the way. */
class Components {
  readonly schemas: Record<string, Json> = {};

  add(schema: z.ZodType, io: 'input' | 'output'): Json {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
    const defs = (json.$defs ?? {}) as Record<string, Json>;
    delete json.$defs;
    delete json.$schema;
    const renames = new Map<string, string>();
    for (const [id, def] of Object.entries(defs)) {
      let name = id;
      const existing = this.schemas[name];
      if (existing && JSON.stringify(existing) !== JSON.stringify(def)) name = `${id}${io === 'input' ? 'Input' : 'Output'}`;
      renames.set(id, name);
    }
    const rewrite = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(rewrite);
      if (!node || typeof node !== 'object') return node;
      const out: Json = {};
      for (const [k, v] of Object.entries(node)) {
        out[k] =
          k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')
            ? `#/components/schemas/${renames.get(v.slice(8)) ?? v.slice(8)}`
            : rewrite(v);
      }
      return out;
    };
    for (const [id, def] of Object.entries(defs)) this.schemas[renames.get(id)!] = rewrite(def) as Json;
    return rewrite(json) as Json;
  }
}

function parameters(components: Components, schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const json = components.add(schema, 'input');
  const props = (json.properties ?? {}) as Record<string, Json>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: s }));
}

/** The OpenAPI 3.1 document, generated from the same zod contracts the server validates with. */
export function buildOpenApi(operations: Operation[], version: string): Json {
  const components = new Components();
  const errorRef = components.add(ZApiError, 'output');
  const paths: Record<string, Record<string, Json>> = {};
  for (const op of operations) {
    const path = op.path.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, Json> = {};
    const fileTypes = op.produces === undefined ? [] : typeof op.produces === 'string' ? [op.produces] : op.produces;
    responses[String(op.status)] = fileTypes.length
      ? {
          description: 'The file',
          content: Object.fromEntries(fileTypes.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
        }
      : op.status === 204 || !op.response
        ? { description: 'Done' }
        : { description: 'Success', content: { 'application/json': { schema: components.add(op.response, 'output') } } };
    const errorCodes = new Set<string>(['validation_failed', 'internal', ...(op.errors ?? [])]);
    if (op.access !== 'public') ['unauthenticated', 'csrf_invalid', 'forbidden'].forEach((c) => errorCodes.add(c));
    if (op.params) errorCodes.add('not_found');
    if (op.body) ['invalid_json', 'payload_too_large', 'unsupported_media_type'].forEach((c) => errorCodes.add(c));
    const byStatus = new Map<number, string[]>();
    for (const code of errorCodes) {
      const status = ERRORS[code as keyof typeof ERRORS]?.status;
      if (status) byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
      responses[String(status)] = { description: `Error: ${codes.join(', ')}`, content: { 'application/json': { schema: errorRef } } };
    }
    const operation: Json = {
      operationId: op.operationId,
      summary: op.summary,
      description: ACCESS_TEXT[op.access] + (op.rateLimited ? ' Rate-limited per client.' : ''),
      tags: [op.tag],
      parameters: [...parameters(components, op.params, 'path'), ...parameters(components, op.query, 'query')],
      responses,
      ...(op.access === 'public' ? { security: [] } : {}),
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: components.add(op.body, 'input') } } } }
        : {}),
    };
    paths[path] = { ...(paths[path] ?? {}), [op.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pejling API',
      version,
      description:
        'Every request and response is described by the zod contracts the server validates with. Errors have the shape {code, message, fields?}; messages are Danish unless Accept-Language asks for English. Requests made with the session cookie must send the X-CSRF-Token header from GET /api/session on every change; API tokens are sent as Authorization: Bearer.',
    },
    servers: [{ url: '/' }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths,
    components: {
      schemas: components.schemas,
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (pjl_…), created on the profile page' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'pejling_session' },
      },
    },
  };
}
