import type { z } from 'zod';

/** Who may call an operation. Organisation-scoped levels require membership with at least that role. */
export type Access = 'public' | 'user' | 'member' | 'facilitator' | 'admin' | 'platform_admin';

export type FileMediaType =
  | 'application/pdf'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  | 'text/csv'
  | 'application/json'
  | 'text/html'
  | 'image/svg+xml';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One API operation: its route, its contracts and who may call it. Shared by server, web and OpenAPI. */
export interface Operation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
  A extends Access = Access,
> {
  operationId: string;
  method: HttpMethod;
  /** Fastify-style path, e.g. `/api/orgs/:orgId/units`. */
  path: string;
  summary: string;
  tag: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Success status; 204 means no body. */
  status: 200 | 201 | 204;
  /**
   * For file downloads: the media type of the body, or the types it may have when the caller picks
   * a format (then there is no JSON response contract).
   */
  produces?: FileMediaType | readonly FileMediaType[];
  response?: R;
  /** Error codes this operation may answer with besides the generic ones. */
  errors?: readonly string[];
  /** True for operations that must be slowed down against guessing (login, links). */
  /**
   * Operations slowed down against guessing: `true` for credentials (login, links; LOGIN_RATE_LIMIT
   * per client), `'join'` for joining a workshop (JOIN_RATE_LIMIT: a room of phones often shares one address).
   */
  rateLimited?: boolean | 'join';
}

export function defineOperation<
  P extends z.ZodType = z.ZodNever,
  Q extends z.ZodType = z.ZodNever,
  B extends z.ZodType = z.ZodNever,
  R extends z.ZodType = z.ZodNever,
  A extends Access = Access,
>(op: Operation<P, Q, B, R, A>): Operation<P, Q, B, R, A> {
  return op;
}

export type ParamsOf<O> = O extends Operation<infer P, z.ZodType, z.ZodType, z.ZodType> ? z.infer<P> : never;
export type QueryOf<O> = O extends Operation<z.ZodType, infer Q, z.ZodType, z.ZodType> ? z.infer<Q> : never;
export type BodyOf<O> = O extends Operation<z.ZodType, z.ZodType, infer B, z.ZodType> ? z.input<B> : never;
export type ResponseOf<O> = O extends Operation<z.ZodType, z.ZodType, z.ZodType, infer R> ? z.output<R> : never;
