import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The source documents the content encodes (outside the repository; present where the content is written). */
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');

/**
 * The JSON files of a content folder (`content/<folder>`), each read and checked against its
 * schema, for content tests: the file names, the raw data, the zod issues, and the parsed value.
 */
export function loadContent<T extends z.ZodType>(folder: string, schema: T) {
  const dir = join(ROOT, 'content', folder);
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const loaded = new Map(
    files.map((f) => {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      } catch (e) {
        throw new Error(`content/${folder}/${f} is not valid JSON: ${(e as Error).message}`);
      }
      return [f, { raw, result: schema.safeParse(raw) }] as const;
    }),
  );
  const issues = (file: string): string => {
    const { result } = loaded.get(file)!;
    return result.success ? '' : result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  };
  /** The parsed file; fails the calling test with the zod issues when it is missing or invalid. */
  const get = (id: string): z.output<T> => {
    const file = `${id}.json`;
    const found = loaded.get(file);
    if (!found) throw new Error(`content/${folder}/${file} is missing`);
    if (!found.result.success) throw new Error(`${file} is not valid:\n${issues(file)}`);
    return found.result.data as z.output<T>;
  };
  return { dir, files, raw: (file: string) => loaded.get(file)!.raw, issues, get };
}

/** Every object with a `da` or `en` key, with its path, found anywhere in a raw file. */
export function texts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, k) => texts(v, `${path}[${k}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const here = 'da' in record || 'en' in record ? [{ path, text: record }] : [];
  return [...here, ...Object.entries(record).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k))];
}
