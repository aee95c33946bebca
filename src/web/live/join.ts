import type { Lang } from './i18n.js';
import type { LiveSession } from './session.js';

/** What went wrong with a join, as the form shows it: the server's localised messages. */
export interface JoinFailure {
  /** The server's code (`join_code_invalid`, `validation_failed`, `rate_limited`…) or `network`. */
  code: string;
  message: string;
  fields: { path: string; message: string }[];
}

export type JoinResult = { ok: true; session: LiveSession } | { ok: false; error: JoinFailure };

export interface JoinInput {
  code: string;
  displayName: string | null;
  groupName: string | null;
}

/** POST /api/live/join (contracts/workshops.ts joinWorkshop): public, no cookie, no CSRF token. */
export async function joinWorkshop(
  input: JoinInput,
  lang: Lang,
  texts: { networkError: string; unexpectedError: string },
): Promise<JoinResult> {
  let res: Response;
  try {
    res = await fetch('/api/live/join', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({
        code: input.code,
        ...(input.displayName ? { displayName: input.displayName } : {}),
        ...(input.groupName ? { groupName: input.groupName } : {}),
      }),
    });
  } catch {
    return { ok: false, error: { code: 'network', message: texts.networkError, fields: [] } };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (res.status === 201 && body && typeof body === 'object') {
    const b = body as { token?: unknown; participantId?: unknown; workshopId?: unknown; title?: unknown };
    if (typeof b.token === 'string' && typeof b.workshopId === 'string') {
      return {
        ok: true,
        session: {
          token: b.token,
          participantId: typeof b.participantId === 'string' ? b.participantId : '',
          workshopId: b.workshopId,
          title: typeof b.title === 'string' ? b.title : '',
        },
      };
    }
  }
  const e = (body ?? {}) as { code?: unknown; message?: unknown; fields?: unknown };
  const fields = Array.isArray(e.fields)
    ? e.fields.filter(
        (f): f is { path: string; message: string } =>
          typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.message === 'string',
      )
    : [];
  return {
    ok: false,
    error: {
      code: typeof e.code === 'string' ? e.code : `http_${res.status}`,
      message: typeof e.message === 'string' ? e.message : texts.unexpectedError,
      fields,
    },
  };
}
