import { describe, expect, it } from 'vitest';
import { ZEmail, ZMunicipalityCode, zLine } from './common.js';
import { describeIssue } from './errors.js';
import { ZChangePasswordBody } from './session.js';

function messages(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: Parameters<typeof describeIssue>[0][] } } },
  value: unknown,
  lang: 'da' | 'en' = 'da',
) {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error!.issues.map((i) => describeIssue(i, lang));
}

describe('shared contracts', () => {
  it('trims and lower-cases emails', () => {
    expect(ZEmail.parse('  Anne.Hansen@Kommune.DK ')).toBe('anne.hansen@kommune.dk');
    expect(messages(ZEmail, 'not-an-email')).toEqual(['Skal være en gyldig e-mailadresse.']);
    expect(messages(ZEmail, 'not-an-email', 'en')).toEqual(['Must be a valid email address.']);
  });

  it('refuses control characters in one-line text and empty text after trimming', () => {
    expect(zLine(10).parse('  Økonomi ')).toBe('Økonomi');
    expect(messages(zLine(10), 'a\u0000b')).toEqual(['Må ikke indeholde styretegn.']);
    expect(messages(zLine(10), '   ')).toEqual(['Skal udfyldes.']);
    expect(messages(zLine(3), 'abcd', 'en')).toEqual(['Must be at most 3 characters.']);
    expect(messages(zLine(3), undefined)).toEqual(['Skal udfyldes.']);
  });

  it('knows Danish municipality numbers', () => {
    expect(ZMunicipalityCode.safeParse('101').success).toBe(true);
    expect(ZMunicipalityCode.safeParse('860').success).toBe(true);
    for (const bad of ['100', '861', '1O1', '0101', '']) expect(ZMunicipalityCode.safeParse(bad).success).toBe(false);
  });

  it('wants a new password that differs from the current one', () => {
    expect(messages(ZChangePasswordBody, { currentPassword: 'same-password-1', newPassword: 'same-password-1' })).toEqual([
      'Den nye adgangskode skal være forskellig fra den nuværende.',
    ]);
  });
});
