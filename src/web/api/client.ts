import type { z } from 'zod';
import type { TFieldError } from '../../contracts/errors.js';
import type { Operation } from '../../contracts/operation.js';

/** A failed API call: the HTTP status and the server's error body (already in the user's language). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: TFieldError[];

  constructor(status: number, code: string, message: string, fields: TFieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

type Part<T> = [T] extends [z.ZodNever] ? undefined : T extends z.ZodType ? z.input<T> : undefined;
type Output<T> = [T] extends [z.ZodNever] ? void : T extends z.ZodType ? z.output<T> : void;

export type OpParams<O extends Operation> = Part<NonNullable<O['params']>>;
export type OpQuery<O extends Operation> = Part<NonNullable<O['query']>>;
export type OpBody<O extends Operation> = Part<NonNullable<O['body']>>;
export type OpResponse<O extends Operation> = Output<NonNullable<O['response']>>;

export interface CallInput<O extends Operation> {
  params?: OpParams<O>;
  query?: OpQuery<O>;
  body?: OpBody<O>;
  signal?: AbortSignal;
  /** Lets the request finish after the page is closed (for saving the last changes). */
  keepalive?: boolean;
}

interface ClientState {
  csrfToken: string | null;
  language: string;
  /** Called when the session has ended while the app is in use. */
  onUnauthenticated: () => void;
  /** Called when the server insists on a new password first. */
  onPasswordChangeRequired: () => void;
  /** Fetches a fresh CSRF token (from GET /api/session). */
  refreshCsrf: () => Promise<string | null>;
}

const state: ClientState = {
  csrfToken: null,
  language: 'da',
  onUnauthenticated: () => undefined,
  onPasswordChangeRequired: () => undefined,
  refreshCsrf: async () => null,
};

export function configureClient(patch: Partial<ClientState>): void {
  Object.assign(state, patch);
}

export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

export function setClientLanguage(language: string): void {
  state.language = language;
}

/** `/api/orgs/:orgId/units` with `{ orgId: 'x' }` → `/api/orgs/x/units`, plus a query string. */
export function buildUrl(path: string, params?: object, query?: object): string {
  const values = (params ?? {}) as Record<string, unknown>;
  const url = path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = values[name];
    if (typeof value !== 'string' || value === '') throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}) as [string, unknown][]) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      if (value !== '') search.set(key, String(value));
    }
  }
  const qs = search.toString();
  return qs ? `${url}?${qs}` : url;
}

async function readError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { code?: unknown; message?: unknown; fields?: unknown };
    const fields = Array.isArray(body.fields)
      ? body.fields.filter((f): f is TFieldError => typeof f === 'object' && f !== null && typeof (f as TFieldError).path === 'string')
      : [];
    return new ApiError(
      response.status,
      typeof body.code === 'string' ? body.code : 'internal',
      typeof body.message === 'string' ? body.message : response.statusText,
      fields,
    );
  } catch {
    return new ApiError(response.status, response.status >= 500 ? 'internal' : 'invalid_response', response.statusText);
  }
}

async function send<O extends Operation>(op: O, input: CallInput<O>): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.language };
  if (op.method !== 'GET' && state.csrfToken) headers['X-CSRF-Token'] = state.csrfToken;
  let body: string | undefined;
  if (input.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(input.body);
  }
  return fetch(buildUrl(op.path, input.params ?? undefined, input.query ?? undefined), {
    method: op.method,
    headers,
    body,
    credentials: 'same-origin',
    signal: input.signal,
    keepalive: input.keepalive,
  });
}

/**
 * Calls one API operation described in src/contracts. Resolves with the JSON answer typed by the
 * operation's response contract; rejects with an ApiError carrying the server's localised message.
 */
export async function callOp<O extends Operation>(op: O, input: CallInput<O> = {}): Promise<OpResponse<O>> {
  let response = await send(op, input);
  if (response.status === 403 && op.method !== 'GET') {
    const error = await readError(response.clone());
    // A stale CSRF token (e.g. after a new login in another tab): fetch a fresh one and try once more.
    if (error.code === 'csrf_invalid' && (await state.refreshCsrf())) response = await send(op, input);
  }
  if (!response.ok) {
    const error = await readError(response);
    if (error.code === 'unauthenticated') state.onUnauthenticated();
    if (error.code === 'password_change_required') state.onPasswordChangeRequired();
    throw error;
  }
  if (response.status === 204 || op.status === 204) return undefined as OpResponse<O>;
  return (await response.json()) as OpResponse<O>;
}

/** Downloads an operation's JSON answer as a file, keeping the server's suggested file name. */
export async function downloadOp<O extends Operation>(op: O, input: CallInput<O>, fallbackName: string): Promise<void> {
  const response = await send(op, input);
  if (!response.ok) {
    const error = await readError(response);
    if (error.code === 'unauthenticated') state.onUnauthenticated();
    throw error;
  }
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
