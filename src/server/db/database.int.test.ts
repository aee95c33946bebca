import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DIALECT, freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { createServices } from '../services.js';
import { openDatabase } from './database.js';
import { MIGRATION_NAMES, migrateToLatest } from './migrate.js';
import { TABLES_IN_DEPENDENCY_ORDER } from './schema.js';

const secrets = { cookieSecret: 'x'.repeat(40), sessionTtlHours: 1, publicUrl: 'http://localhost' };

describe(`the ${TEST_DIALECT} database`, () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await freshDatabase();
  });
  afterEach(async () => database.drop());

  it('runs the numbered migrations once, creating every table', async () => {
    const db = openDatabase(database.config);
    try {
      expect((await migrateToLatest(db)).applied).toEqual(MIGRATION_NAMES);
      expect((await migrateToLatest(db)).applied).toEqual([]);
      for (const table of TABLES_IN_DEPENDENCY_ORDER) {
        await expect(db.kysely.selectFrom(table).selectAll().limit(1).execute()).resolves.toEqual([]);
      }
    } finally {
      await db.close();
    }
  });

  it('keeps everything across a restart', async () => {
    const first = openDatabase(database.config);
    await migrateToLatest(first);
    const s1 = createServices(first, secrets);
    const user = await s1.accounts.createUser({ email: 'persist@example.dk', name: 'Persist', password: 'persist-password' });
    const org = await s1.organisations.create(
      { name: 'Varig Kommune', type: 'kommune', municipalityCode: '147' },
      { userId: user.id, email: user.email, ip: null, isPlatformAdmin: false },
      true,
    );
    await first.close();

    const second = openDatabase(database.config);
    try {
      await migrateToLatest(second);
      const s2 = createServices(second, secrets);
      expect(await s2.organisations.get(org.id, 'admin')).toMatchObject({ name: 'Varig Kommune', municipalityCode: '147', memberCount: 1 });
      const { auth } = await s2.accounts.login('persist@example.dk', 'persist-password', null);
      expect(auth.user.id).toBe(user.id);
      expect((await s2.audit.list(org.id, { limit: 10 })).events.map((e) => e.action)).toEqual(['login.succeeded', 'org.created']);
    } finally {
      await second.close();
    }
  });

  it.runIf(TEST_DIALECT === 'sqlite')('runs SQLite in WAL mode with foreign keys on', async () => {
    const db = openDatabase(database.config);
    try {
      expect(db.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.sqlite!.pragma('foreign_keys', { simple: true })).toBe(1);
      await db.maintain();
      await db.ping();
    } finally {
      await db.close();
    }
  });

  it('refuses to break references (a membership of an unknown organisation)', async () => {
    const db = openDatabase(database.config);
    try {
      await migrateToLatest(db);
      await expect(
        db.kysely
          .insertInto('memberships')
          .values({ org_id: 'nope', user_id: 'nope', role: 'admin', created_at: new Date().toISOString() })
          .execute(),
      ).rejects.toThrow();
    } finally {
      await db.close();
    }
  });
});
