/**
 * A JSON reader that remembers lines: the same values as JSON.parse, plus the line each object,
 * array and property starts on, so an unknown ring in the 40th entry is reported on its line
 * rather than as "somewhere in the file". Objects are built with defineProperty, so a key such as
 * "__proto__" is an ordinary key, as with JSON.parse. Nesting deeper than MAX_DEPTH is refused
 * instead of exhausting the stack.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface JsonLines {
  /** Line an object or array starts on. */
  of(node: object): number | null;
  /** Line a property of an object starts on (its key), or the object's own line. */
  ofKey(node: object, key: string): number | null;
}

export type JsonParsed = { ok: true; value: JsonValue; lines: JsonLines } | { ok: false; line: number; column: number };

const MAX_DEPTH = 64;
const ESCAPES = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super('malformed JSON');
  }
}

export function parseJson(text: string): JsonParsed {
  const nodeLines = new WeakMap<object, number>();
  const keyLines = new WeakMap<object, Map<string, number>>();
  // Line starts, so an offset's line is a binary search away.
  const starts = [0];
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) starts.push(k + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  const fail = (at = i): never => {
    throw new JsonSyntaxError(at);
  };

  const str = (): string => {
    if (text[i] !== '"') fail();
    i++;
    let out = '';
    let from = i;
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(from, i);
        i++;
        return out;
      }
      if (c < 0x20) fail();
      if (c === 92) {
        out += text.slice(from, i);
        const e = text[i + 1];
        const simple = e === undefined ? undefined : ESCAPES.get(e);
        if (simple !== undefined) {
          out += simple;
          i += 2;
        } else if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(i);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          fail(i);
        }
        from = i;
        continue;
      }
      i++;
    }
  };

  const num = (): number => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
    return Number(m![0]);
  };

  const value = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail();
    ws();
    const c = text[i];
    if (c === '{') {
      const obj: JsonObject = {};
      const keys = new Map<string, number>();
      nodeLines.set(obj, lineAt(i));
      keyLines.set(obj, keys);
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        const keyLine = lineAt(i);
        const key = str();
        ws();
        if (text[i] !== ':') fail();
        i++;
        const v = value(depth + 1);
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        keys.set(key, keyLine);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail();
      }
    }
    if (c === '[') {
      const arr: JsonValue[] = [];
      nodeLines.set(arr, lineAt(i));
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail();
      }
    }
    if (c === '"') return str();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return num();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail();
  };

  try {
    const v = value(0);
    ws();
    if (i < text.length) fail();
    return {
      ok: true,
      value: v,
      lines: {
        of: (node) => nodeLines.get(node) ?? null,
        ofKey: (node, key) => keyLines.get(node)?.get(key) ?? nodeLines.get(node) ?? null,
      },
    };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const offset = Math.min(e.offset, text.length);
    const line = lineAt(offset);
    return { ok: false, line, column: offset - starts[line - 1]! + 1 };
  }
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A key's own value, never one inherited from Object.prototype. */
export function own(obj: JsonObject, key: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}
