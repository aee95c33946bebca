import type { Language } from '../i18n/index.js';

const TIME_ZONE = 'Europe/Copenhagen';

function parts(iso: string, language: Language, withTime: boolean): Record<string, string> {
  const formatter = new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: language === 'da' ? '2-digit' : 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  });
  const out: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(iso))) out[part.type] = part.value;
  return out;
}

/** 25.11.2026 in Danish, 25 Nov 2026 in English; always Copenhagen time. */
export function formatDate(iso: string, language: Language): string {
  const p = parts(iso, language, false);
  return language === 'da' ? `${p.day}.${p.month}.${p.year}` : `${p.day} ${p.month} ${p.year}`;
}

/** 25.11.2026 09:30 in Danish, 25 Nov 2026, 09:30 in English; always Copenhagen time. */
export function formatDateTime(iso: string, language: Language): string {
  const p = parts(iso, language, true);
  return language === 'da' ? `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}` : `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
}

/** Machine-readable value for a <time> element. */
export function isoDate(iso: string): string {
  return new Date(iso).toISOString();
}

function locale(language: Language): string {
  return language === 'da' ? 'da-DK' : 'en-GB';
}

/** A number with a fixed number of decimals: 62,5 in Danish, 62.5 in English; null is shown as a dash. */
export function formatNumber(value: number | null | undefined, language: Language, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A number with at most `decimals` decimals, without trailing zeros: 2 or 2,5. */
export function formatShort(value: number | null | undefined, language: Language, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: decimals }).format(value);
}

/** A share (0–1) as a whole percentage: 40 % in Danish, 40% in English. */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The time of day in Copenhagen: 14.32 in Danish (as after »kl.«), 14:32 in English. */
export function formatClock(date: Date, language: Language): string {
  const p = parts(date.toISOString(), language, true);
  return language === 'da' ? `${p.hour}.${p.minute}` : `${p.hour}:${p.minute}`;
}

/** Minutes Copenhagen is ahead of UTC at an instant (60 in winter, 120 in summer). */
function copenhagenOffset(instant: number): number {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0);
  return Math.round((asUtc - instant) / 60_000);
}

/**
 * A date (YYYY-MM-DD) and time (HH:MM) on the wall clock in Copenhagen as an ISO timestamp in UTC;
 * null when either is malformed.
 */
export function copenhagenToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  let instant = wall - copenhagenOffset(wall) * 60_000;
  // Near a change to or from summer time the offset at the result can differ from the first guess.
  const second = copenhagenOffset(instant);
  instant = wall - second * 60_000;
  return new Date(instant).toISOString();
}
