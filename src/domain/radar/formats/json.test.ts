import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isObject, parseJson } from './json.js';

describe('parseJson', () => {
  it('gives what JSON.parse gives', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const parsed = parseJson(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what JSON.parse refuses', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(parseJson(text).ok).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the line of each object and key', () => {
    const text = '{\n  "entries": [\n    { "label": "A" },\n    {\n      "label": "B",\n      "ring": 9\n    }\n  ]\n}';
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error('should parse');
    const root = parsed.value as { entries: object[] };
    expect(parsed.lines.of(root)).toBe(1);
    expect(parsed.lines.ofKey(root, 'entries')).toBe(2);
    expect(parsed.lines.of(root.entries[0]!)).toBe(3);
    expect(parsed.lines.of(root.entries[1]!)).toBe(4);
    expect(parsed.lines.ofKey(root.entries[1]!, 'ring')).toBe(6);
  });

  it('says where the syntax breaks', () => {
    expect(parseJson('{\n  "a": 1,\n  "b": oops\n}')).toEqual({ ok: false, line: 3, column: 8 });
    expect(parseJson('[1, 2')).toMatchObject({ ok: false, line: 1 });
  });

  it('treats __proto__ as an ordinary key', () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}, "a": 1}');
    if (!parsed.ok || !isObject(parsed.value)) throw new Error('should parse');
    expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(Object.keys(parsed.value)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting too deep instead of overflowing the stack', () => {
    expect(parseJson('['.repeat(100_000) + ']'.repeat(100_000)).ok).toBe(false);
  });

  it('skips a byte-order mark', () => {
    expect(parseJson('\ufeff[1]')).toMatchObject({ ok: true, value: [1] });
  });
});
