import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, newId } from './ids.js';
import { hashPassword, sha256, verifyPassword } from './secrets.js';
import { langFromHeader } from '../plugins/errors.js';

describe('newId', () => {
  it('makes opaque, unique identifiers that sort by creation time', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => newId(1_700_000_000_000 + i));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('passwords', () => {
  it('verifies the right password and refuses others; hashes are salted', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('anything', null)).toBe(false);
    expect(await verifyPassword('anything', 'garbage')).toBe(false);
  });

  it('treats composed and decomposed æøå alike', async () => {
    const hash = await hashPassword('blåbærgrød-æøå');
    expect(await verifyPassword('blåbærgrød-æøå'.normalize('NFD'), hash)).toBe(true);
  });

  it('stores tokens as SHA-256', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('langFromHeader', () => {
  it('is Danish unless English is preferred', () => {
    expect(langFromHeader(undefined)).toBe('da');
    expect(langFromHeader('en-GB,en;q=0.9')).toBe('en');
    expect(langFromHeader('da-DK,da;q=0.9,en;q=0.8')).toBe('da');
    expect(langFromHeader('de-DE,en;q=0.5')).toBe('en');
    expect(langFromHeader('en;q=0.2,da;q=0.8')).toBe('da');
    expect(langFromHeader('fr')).toBe('da');
  });

  it('never throws on arbitrary headers', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (h) => ['da', 'en'].includes(langFromHeader(h))));
  });
});
