import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Access, FileMediaType, Operation } from '../../contracts/operation.js';
import type { Actor } from '../lib/actor.js';
import { AppError } from '../lib/errors.js';
import { safeEqual } from '../lib/secrets.js';
import type { Authenticated } from '../features/accounts/service.js';
import type { Role } from '../features/organisations/repository.js';
import { fieldMessage } from '../../contracts/errors.js';
import { zodFields } from './errors.js';

const ROLE_RANK: Record<Role, number> = { member: 1, facilitator: 2, admin: 3 };
const ORG_ACCESS: Partial<Record<Access, Role>> = { member: 'member', facilitator: 'facilitator', admin: 'admin' };
/** Operations a person who must change a one-time password may still call. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['getSession', 'logout', 'changePassword']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

type Infer<T> = [T] extends [z.ZodNever] ? undefined : T extends z.ZodType ? z.output<T> : undefined;

export interface OperationContext<O extends Operation> {
  params: Infer<NonNullable<O['params']>>;
  query: Infer<NonNullable<O['query']>>;
  body: Infer<NonNullable<O['body']>>;
  /** The caller; always set for operations that are not public. */
  auth: O['access'] extends 'public' ? Authenticated | null : Authenticated;
  actor: O['access'] extends 'public' ? Actor | null : Actor;
  /** The caller's role in the organisation of an organisation-scoped operation. */
  role: O['access'] extends 'member' | 'facilitator' | 'admin' ? Role : null;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Result<O extends Operation> = [NonNullable<O['response']>] extends [z.ZodNever] ? void : z.input<NonNullable<O['response']>>;

export interface RouteState {
  auth: Authenticated | null;
  actor: Actor | null;
  role: Role | null;
}

/** Authorisation before anything is parsed: who calls, and may they touch this organisation at all. */
async function authorise(
  app: FastifyInstance,
  op: Operation,
  request: FastifyRequest,
  params: Record<string, unknown> | undefined,
): Promise<RouteState> {
  if (op.access === 'public') {
    return { auth: request.auth, actor: request.auth ? actorFor(request.auth, request) : null, role: null };
  }
  const auth = request.auth;
  if (!auth) throw new AppError('unauthenticated');
  if (auth.via === 'session' && !SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !auth.sessionId || !safeEqual(sent, app.services.accounts.csrfTokenFor(auth.sessionId))) {
      throw new AppError('csrf_invalid');
    }
  }
  if (auth.user.must_change_password === 1 && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(op.operationId)) {
    throw new AppError('password_change_required');
  }
  const actor = actorFor(auth, request);
  if (op.access === 'platform_admin') {
    if (auth.user.is_platform_admin !== 1) throw new AppError('forbidden');
    return { auth, actor, role: null };
  }
  const needed = ORG_ACCESS[op.access];
  if (!needed) return { auth, actor, role: null };
  const orgId = params?.orgId;
  // Not a member, or no such organisation: the same answer, so nothing about other tenants leaks.
  const role = typeof orgId === 'string' ? await app.services.organisations.repo.getRole(orgId, auth.user.id) : undefined;
  if (!role) throw new AppError('not_found');
  if (ROLE_RANK[role] < ROLE_RANK[needed]) throw new AppError('forbidden');
  return { auth, actor, role };
}

function actorFor(auth: Authenticated, request: FastifyRequest): Actor {
  return { userId: auth.user.id, email: auth.user.email, ip: request.ip ?? null, isPlatformAdmin: auth.user.is_platform_admin === 1 };
}

function parsePart<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string, request: FastifyRequest): Infer<S> {
  if (!schema) {
    if (where === 'query' && value && typeof value === 'object' && Object.keys(value).length > 0) {
      throw new AppError(
        'validation_failed',
        Object.keys(value).map((k) => ({ path: `query.${k}`, message: fieldMessage('unknown_field', request.lang) })),
      );
    }
    if (where === 'body' && value !== undefined && value !== null) {
      throw new AppError('validation_failed', [{ path: 'body', message: fieldMessage('unknown_field', request.lang) }]);
    }
    return undefined as Infer<S>;
  }
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!result.success) {
    // A malformed identifier in the path names nothing that exists.
    if (where === 'params') throw new AppError('not_found');
    throw new AppError('validation_failed', zodFields(result.error, request.lang, where === 'body' ? undefined : where));
  }
  return result.data as Infer<S>;
}

/** The part of every operation before its handler: authorise, then parse params, query and body. */
function register<O extends Operation>(app: FastifyInstance, op: O, respond: (ctx: OperationContext<O>) => Promise<unknown>): void {
  app.operations.push(op);
  const max = op.rateLimited === 'join' ? app.config.joinRateLimit : app.config.loginRateLimit;
  const rateLimit = op.rateLimited ? { rateLimit: { max, timeWindow: 60_000 } } : {};
  app.route({
    method: op.method,
    url: op.path,
    config: { operation: op, ...rateLimit },
    handler: async (request, reply) => {
      // Malformed identifiers name nothing (404) and never reach the database.
      const params = parsePart(op.params, request.params, 'params', request);
      const state = await authorise(app, op, request, params as Record<string, unknown> | undefined);
      const ctx = {
        ...state,
        params,
        query: parsePart(op.query, request.query, 'query', request),
        body: parsePart(op.body, request.body, 'body', request),
        request,
        reply,
      } as OperationContext<O>;
      return respond(ctx);
    },
  });
}

/**
 * Registers one API operation: authorisation, then zod validation of params, query and body,
 * then the handler, whose result is checked against the response contract before it is sent.
 */
export function route<O extends Operation>(app: FastifyInstance, op: O, handler: (ctx: OperationContext<O>) => Promise<Result<O>>): void {
  register(app, op, async (ctx) => {
    const result = await handler(ctx);
    if (op.status === 204 || !op.response) return ctx.reply.code(204).send();
    const out = op.response.parse(result);
    return ctx.reply.code(op.status).type('application/json; charset=utf-8').send(out);
  });
}

export interface FileResult {
  body: Uint8Array;
  filename: string;
  /** One of the operation's declared media types; the first when left out. */
  type?: FileMediaType;
}

/** Registers an operation that answers with a file (its `produces` media type) to download. */
export function fileRoute<O extends Operation>(
  app: FastifyInstance,
  op: O,
  handler: (ctx: OperationContext<O>) => Promise<FileResult>,
): void {
  if (!op.produces) throw new Error(`${op.operationId} must declare what it produces`);
  const declared: readonly FileMediaType[] = typeof op.produces === 'string' ? [op.produces] : op.produces;
  register(app, op, async (ctx) => {
    const file = await handler(ctx);
    const type = file.type ?? declared[0]!;
    if (!declared.includes(type)) throw new Error(`${op.operationId} answered ${type}, which it does not declare`);
    const charset = type.startsWith('text/') || type === 'application/json' || type === 'image/svg+xml' ? '; charset=utf-8' : '';
    const ascii = file.filename.replace(/[^A-Za-z0-9._-]+/g, '-');
    return ctx.reply
      .code(200)
      .type(type + charset)
      .header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .send(Buffer.from(file.body));
  });
}
