import { describe, expect, it } from 'vitest';
import { codeFromPath, isValidCode, normaliseCode } from './code.js';

describe('join codes as people type them', () => {
  it('takes lower case, spaces and dashes', () => {
    expect(normaliseCode(' abc-234 ')).toBe('ABC234');
    expect(normaliseCode('ab c2\t34')).toBe('ABC234');
    expect(normaliseCode('A-B-C-2-3-4')).toBe('ABC234');
  });

  it('accepts six letters and digits, and refuses anything else', () => {
    expect(isValidCode('abc-234')).toBe(true);
    expect(isValidCode('ABC23')).toBe(false);
    expect(isValidCode('ÆBC234')).toBe(false);
    expect(isValidCode('<script>')).toBe(false);
    expect(isValidCode('')).toBe(false);
  });

  it('reads the code from the QR code’s address', () => {
    expect(codeFromPath('/deltag/ABC234')).toBe('ABC234');
    expect(codeFromPath('/deltag/abc234/')).toBe('ABC234');
    expect(codeFromPath('/deltag/abc%20234')).toBe('ABC234');
    expect(codeFromPath('/deltag')).toBe('');
    expect(codeFromPath('/deltag/')).toBe('');
    expect(codeFromPath('/deltag/%E0%A4%A')).toBe('');
    expect(codeFromPath('/deltag/<b>')).toBe('');
    expect(codeFromPath('/deltag/ABC234/extra')).toBe('');
    expect(codeFromPath('/andet/ABC234')).toBe('');
  });
});
