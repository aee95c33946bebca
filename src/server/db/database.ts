import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import type { Database } from './schema.js';

export type DialectName = DatabaseConfig['dialect'];

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  /** The embedded SQLite handle, for online backups; null on PostgreSQL. */
  readonly sqlite: SQLite.Database | null;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Periodic upkeep: SQLite refreshes its query planner statistics (PostgreSQL's autovacuum does that itself). */
  maintain(): Promise<void>;
  /**
   * PostgreSQL only (null on SQLite): a channel between server processes sharing the database,
   * over LISTEN/NOTIFY. `listen` keeps a dedicated connection (reconnecting after a loss) and
   * returns a function that stops it; `notify` sends a payload (at most 8000 bytes).
   */
  readonly channel: {
    listen(name: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
    notify(name: string, payload: string): Promise<void>;
  } | null;
  close(): Promise<void>;
}

/** PostgreSQL returns bigint counts as strings; make them numbers everywhere. */
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function openDatabase(config: DatabaseConfig): Db {
  return config.dialect === 'sqlite' ? openSqlite(config.file) : openPostgres(config.url);
}

function openSqlite(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const handle = new SQLite(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = NORMAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
  let closed = false;
  return {
    kysely,
    dialect: 'sqlite',
    sqlite: handle,
    channel: null,
    async ping() {
      if (closed || !handle.open) throw new Error('database is closed');
      handle.prepare('select 1').get();
    },
    async maintain() {
      if (!closed) handle.pragma('optimize');
    },
    async close() {
      if (closed) return;
      closed = true;
      if (handle.open) handle.pragma('optimize');
      await kysely.destroy();
    },
  };
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    kysely,
    dialect: 'postgresql',
    sqlite: null,
    async ping() {
      if (closed) throw new Error('database is closed');
      await sql`select 1`.execute(kysely);
    },
    async maintain() {},
    channel: {
      async listen(name, onPayload) {
        let client: pg.Client | null = null;
        let stopped = false;
        let retry: NodeJS.Timeout | null = null;
        const connect = async (delay: number): Promise<void> => {
          const c = new pg.Client({ connectionString: url });
          c.on('notification', (n) => {
            if (n.channel === name && n.payload !== undefined) onPayload(n.payload);
          });
          c.on('error', () => {
            // The connection is lost: listen again on a new one, with growing pauses.
            c.end().catch(() => undefined);
            if (!stopped && client === c) retry = setTimeout(() => void connect(Math.min(delay * 2, 5000)).catch(() => undefined), delay);
          });
          await c.connect();
          await c.query(`LISTEN ${pg.escapeIdentifier(name)}`);
          client = c;
        };
        await connect(100);
        return async () => {
          stopped = true;
          if (retry) clearTimeout(retry);
          await client?.end().catch(() => undefined);
        };
      },
      async notify(name, payload) {
        await sql`select pg_notify(${name}, ${payload})`.execute(kysely);
      },
    },
    async close() {
      if (closed) return;
      closed = true;
      await kysely.destroy();
    },
  };
}
