import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import {
  ERRORS,
  describeIssue,
  fieldMessage,
  isFieldMessageKey,
  issuePath,
  type ErrorCode,
  type Lang,
  type TApiError,
  type TFieldError,
} from '../../contracts/errors.js';
import { AppError } from '../lib/errors.js';

/** English when the caller asks for it (Accept-Language), Danish otherwise. */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return 'da';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('da') || tag.startsWith('nb') || tag.startsWith('no') || tag.startsWith('sv')) return 'da';
    if (tag.startsWith('en')) return 'en';
  }
  return 'da';
}

/** One message per field: the first thing wrong with it. */
export function zodFields(error: ZodError, lang: Lang, prefix?: string): TFieldError[] {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issuePath(issue, prefix);
    if (!fields.has(path)) fields.set(path, describeIssue(issue, lang));
  }
  return [...fields].map(([path, message]) => ({ path, message }));
}

/** Field messages in AppErrors are error codes or field message keys; localise them here. */
function localiseFields(fields: TFieldError[] | undefined, lang: Lang): TFieldError[] | undefined {
  if (!fields) return undefined;
  return fields.map((f) => {
    const entry = (ERRORS as Record<string, { da: string; en: string }>)[f.message];
    if (entry) return { path: f.path, message: entry[lang] };
    return isFieldMessageKey(f.message) ? { path: f.path, message: fieldMessage(f.message, lang) } : f;
  });
}

export function sendError(reply: FastifyReply, lang: Lang, code: ErrorCode, fields?: TFieldError[]): FastifyReply {
  const body: TApiError = { code, message: ERRORS[code][lang], ...(fields && fields.length ? { fields } : {}) };
  return reply.code(ERRORS[code].status).type('application/json; charset=utf-8').send(body);
}

/** Maps what Fastify and its plugins throw for bad requests onto the error catalogue. */
function codeForFrameworkError(err: FastifyError): ErrorCode | null {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'invalid_json';
    default:
      break;
  }
  if (err instanceof SyntaxError) return 'invalid_json';
  const status = err.statusCode ?? 500;
  if (status === 429) return 'rate_limited';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 404) return 'not_found';
  if (status === 405) return 'method_not_allowed';
  if (status >= 400 && status < 500) return 'validation_failed';
  return null;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const lang = request.lang ?? 'da';
    if (err instanceof AppError) return sendError(reply, lang, err.code, localiseFields(err.fields, lang));
    const code = codeForFrameworkError(err);
    if (code) {
      request.log.info({ err: { code: err.code, message: err.message } }, 'request rejected');
      return sendError(reply, lang, code);
    }
    request.log.error({ err }, 'unhandled error');
    return sendError(reply, lang, 'internal');
  });
}
