import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';

/**
 * Reads every JSON file of a content folder and validates it; an invalid file stops the start
 * with a message naming the file and the first problem.
 */
export function readContentFiles<T extends z.ZodType>(dir: string, schema: T, what: string): Map<string, z.output<T>> {
  const byId = new Map<string, z.output<T>>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = schema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`content/${basename(dir)}/${file} is not a valid ${what}: ${issue.path.join('.')}: ${issue.message}`);
    }
    byId.set((parsed.data as { id: string }).id, parsed.data);
  }
  return byId;
}
