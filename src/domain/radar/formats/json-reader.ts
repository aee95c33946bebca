import type { IssueList } from './issues.js';
import { type JsonLines, type JsonObject, type JsonValue, isObject, own, parseJson } from './json.js';

/**
 * Typed reading of a JSON radar file's fields, each problem reported on the line of the key or
 * value it is about and named by its path (entries[3].ring).
 */
export class JsonReader {
  constructor(
    private readonly issues: IssueList,
    readonly lines: JsonLines,
  ) {}

  line(node: object, key?: string): number | null {
    return key === undefined ? this.lines.of(node) : this.lines.ofKey(node, key);
  }

  private value(obj: JsonObject, key: string, path: string, required: boolean): JsonValue | undefined {
    const v = own(obj, key);
    if ((v === undefined || v === null) && required) this.issues.add(this.line(obj), 'missing_value', path);
    return v === null ? undefined : v;
  }

  private wrong(obj: JsonObject, key: string, path: string, expected: string): undefined {
    this.issues.add(this.line(obj, key), 'wrong_type', path, { expected });
    return undefined;
  }

  str(obj: JsonObject, key: string, path: string, required = false): string | undefined {
    const v = this.value(obj, key, path, required);
    if (v === undefined || typeof v === 'string') return v;
    return this.wrong(obj, key, path, 'string');
  }

  int(obj: JsonObject, key: string, path: string, required = false): number | undefined {
    const v = this.value(obj, key, path, required);
    if (v === undefined || (typeof v === 'number' && Number.isInteger(v))) return v;
    return this.wrong(obj, key, path, 'integer');
  }

  bool(obj: JsonObject, key: string, path: string): boolean | undefined {
    const v = this.value(obj, key, path, false);
    if (v === undefined || typeof v === 'boolean') return v;
    return this.wrong(obj, key, path, 'boolean');
  }

  arr(obj: JsonObject, key: string, path: string, required = false): JsonValue[] | undefined {
    const v = this.value(obj, key, path, required);
    if (v === undefined || Array.isArray(v)) return v;
    return this.wrong(obj, key, path, 'array');
  }

  /** An array's items that are objects; the others are reported. */
  objects(array: JsonValue[], path: string): { item: JsonObject; index: number }[] {
    const out: { item: JsonObject; index: number }[] = [];
    array.forEach((item, index) => {
      if (isObject(item)) out.push({ item, index });
      else
        this.issues.add(Array.isArray(item) ? this.line(item) : this.line(array), 'wrong_type', `${path}[${index}]`, {
          expected: 'object',
        });
    });
    return out;
  }
}

/** The file's top-level object with a reader for it, or null with the problem reported. */
export function readJsonObject(text: string, issues: IssueList): { root: JsonObject; read: JsonReader } | null {
  if (text.replace(/^\ufeff/, '').trim() === '') {
    issues.add(null, 'empty_file');
    return null;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    issues.add(parsed.line, 'malformed_json', undefined, { column: parsed.column });
    return null;
  }
  if (!isObject(parsed.value)) {
    issues.add(Array.isArray(parsed.value) ? parsed.lines.of(parsed.value) : 1, 'wrong_type', undefined, { expected: 'object' });
    return null;
  }
  return { root: parsed.value, read: new JsonReader(issues, parsed.lines) };
}

/** CSS colours as radar tools write them: hex, rgb()/hsl() or a colour name; nothing that could carry more CSS. */
export function isColor(value: string): boolean {
  return /^#[0-9a-fA-F]{3,8}$|^(?:rgb|rgba|hsl|hsla)\(\s*[0-9.]+%?(?:\s*[,/ ]\s*[0-9.]+%?){2,3}\s*\)$|^[a-zA-Z]{3,30}$/.test(value.trim());
}
