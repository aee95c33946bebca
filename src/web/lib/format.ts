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
