import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.js';

describe('dates in Copenhagen time', () => {
  it('shows dd.mm.yyyy and HH:MM in Danish, in winter time (UTC+1)', () => {
    expect(formatDate('2026-11-25T23:30:00.000Z', 'da')).toBe('26.11.2026');
    expect(formatDateTime('2026-11-25T09:05:00.000Z', 'da')).toBe('25.11.2026 10:05');
  });

  it('follows summer time (UTC+2)', () => {
    expect(formatDateTime('2026-06-30T22:15:00.000Z', 'da')).toBe('01.07.2026 00:15');
  });

  it('writes the month in words in English', () => {
    expect(formatDateTime('2026-11-25T09:05:00.000Z', 'en')).toBe('25 Nov 2026, 10:05');
  });
});
