import { describe, expect, it } from 'vitest';
import { copenhagenToIso, formatClock, formatDate, formatDateTime, formatNumber, formatPercent, formatShort } from './format.js';

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

  it('gives the time of day as after »kl.« in Danish', () => {
    expect(formatClock(new Date('2026-11-25T13:32:00.000Z'), 'da')).toBe('14.32');
    expect(formatClock(new Date('2026-06-25T13:32:00.000Z'), 'en')).toBe('15:32');
  });

  it('turns a date and time on the Copenhagen wall clock into UTC, in winter and summer', () => {
    expect(copenhagenToIso('2026-12-01', '12:00')).toBe('2026-12-01T11:00:00.000Z');
    expect(copenhagenToIso('2026-07-01', '00:15')).toBe('2026-06-30T22:15:00.000Z');
    expect(copenhagenToIso('2026-03-29', '12:00')).toBe('2026-03-29T10:00:00.000Z');
    expect(copenhagenToIso('2026-02-30', '12:00')).toBeNull();
    expect(copenhagenToIso('2026-12-01', '25:00')).toBeNull();
    expect(copenhagenToIso('', '12:00')).toBeNull();
  });
});

describe('numbers', () => {
  it('uses a decimal comma in Danish and a point in English', () => {
    expect(formatNumber(62.5, 'da')).toBe('62,5');
    expect(formatNumber(50, 'da')).toBe('50,0');
    expect(formatNumber(62.5, 'en')).toBe('62.5');
    expect(formatNumber(null, 'da')).toBe('–');
    expect(formatShort(2, 'da')).toBe('2');
    expect(formatShort(2.5, 'da')).toBe('2,5');
  });

  it('writes percentages the local way', () => {
    expect(formatPercent(0.4, 'da').replace(/\s/g, ' ')).toBe('40 %');
    expect(formatPercent(0.4, 'en')).toBe('40%');
  });
});
