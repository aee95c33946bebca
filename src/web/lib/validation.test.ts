import { describe, expect, it } from 'vitest';
import { ZLoginBody } from '../../contracts/session.js';
import { serverFieldErrors, validateWith, withExtraErrors } from './validation.js';

describe('form validation with the shared contracts', () => {
  it('gives the same localised messages as the server, one per field', () => {
    const result = validateWith(ZLoginBody, { email: 'ikke-en-email', password: '' }, 'da');
    expect(result).toEqual({ ok: false, errors: { email: 'Skal være en gyldig e-mailadresse.', password: 'Skal udfyldes.' } });
    expect(validateWith(ZLoginBody, { email: '', password: '' }, 'en')).toMatchObject({ ok: false, errors: { password: 'Required.' } });
  });

  it('returns the parsed body when valid', () => {
    expect(validateWith(ZLoginBody, { email: ' Anne@Kommune.DK ', password: 'x' }, 'da')).toEqual({
      ok: true,
      data: { email: 'anne@kommune.dk', password: 'x' },
    });
  });

  it('adds client-only checks', () => {
    const valid = validateWith(ZLoginBody, { email: 'a@b.dk', password: 'x' }, 'da');
    expect(withExtraErrors(valid, { repeat: 'Forskellige.' })).toEqual({ ok: false, errors: { repeat: 'Forskellige.' } });
    expect(withExtraErrors(valid, {})).toBe(valid);
  });

  it('maps server field errors by path', () => {
    expect(
      serverFieldErrors([
        { path: 'name', message: 'Findes allerede.' },
        { path: 'body.email', message: 'Ugyldig.' },
      ]),
    ).toEqual({
      name: 'Findes allerede.',
      email: 'Ugyldig.',
    });
  });
});
