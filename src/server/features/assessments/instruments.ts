import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { ZInstrument, type TInstrument } from '../../../domain/instruments/schema.js';
import type { Database } from '../../db/schema.js';
import { readContentFiles } from '../../lib/content.js';
import { PROJECT_ROOT } from '../../lib/paths.js';
import { nowIso } from '../../lib/time.js';

export const INSTRUMENTS_DIR = join(PROJECT_ROOT, 'content', 'instruments');

/** The instruments in content/instruments, validated once at start. */
export class InstrumentRegistry {
  private constructor(private readonly byId: Map<string, TInstrument>) {}

  static load(dir: string = INSTRUMENTS_DIR): InstrumentRegistry {
    return new InstrumentRegistry(readContentFiles(dir, ZInstrument, 'instrument'));
  }

  list(): TInstrument[] {
    return [...this.byId.values()];
  }

  get(id: string): TInstrument | undefined {
    return this.byId.get(id);
  }
}

function contentHash(instrument: TInstrument): string {
  return createHash('sha256').update(JSON.stringify(instrument)).digest('hex');
}

/**
 * Records every instrument version in the database, so a round keeps the exact content it was
 * answered with. A file whose content changed while its version did not is refused: old rounds
 * would silently change meaning.
 */
export async function syncInstrumentVersions(db: Kysely<Database>, registry: InstrumentRegistry): Promise<void> {
  for (const instrument of registry.list()) {
    const hash = contentHash(instrument);
    const stored = await db
      .selectFrom('instrument_versions')
      .select('content_hash')
      .where('instrument_id', '=', instrument.id)
      .where('version', '=', instrument.version)
      .executeTakeFirst();
    if (!stored) {
      await db
        .insertInto('instrument_versions')
        .values({
          instrument_id: instrument.id,
          version: instrument.version,
          content: JSON.stringify(instrument),
          content_hash: hash,
          created_at: nowIso(),
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    } else if (stored.content_hash !== hash) {
      throw new Error(
        `content/instruments/${instrument.id}.json changed, but its version is still ${instrument.version}. Raise "version" so rounds answered with version ${instrument.version} keep their content.`,
      );
    }
  }
}
