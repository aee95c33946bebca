import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(join(here, file), 'utf8'));

/** Every key path of a text bundle, e.g. `radarView.legend.title`. */
function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('text bundles', () => {
  for (const bundle of ['', '.pages', '.radar', '.radarview']) {
    it(`has the same keys in Danish and English (${bundle || 'core'})`, () => {
      const da = keys(read(`da${bundle}.json`)).sort();
      const en = keys(read(`en${bundle}.json`)).sort();
      expect(en.filter((k) => !da.includes(k))).toEqual([]);
      expect(da.filter((k) => !en.includes(k))).toEqual([]);
    });
  }

  it('keeps the page bundles apart: they are merged at the top level, so a shared key would be lost', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const bundle of ['da.pages.json', 'da.radar.json', 'da.radarview.json']) {
      for (const top of Object.keys(read(bundle) as object)) {
        if (seen.has(top)) clashes.push(`${top} in ${seen.get(top)} and ${bundle}`);
        seen.set(top, bundle);
      }
    }
    expect(clashes).toEqual([]);
  });
});
