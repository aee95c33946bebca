import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ensureCookieSecret, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults: SQLite in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('localhost');
    expect(c.database).toEqual({ dialect: 'sqlite', file: join(process.cwd(), 'data', 'pejling.db') });
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.bodyLimitBytes).toBe(1024 * 1024);
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/pejling' }).database).toEqual({
      dialect: 'postgresql',
      url: 'postgres://u@db:5432/pejling',
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/pejling/x.db' }).database).toEqual({
      dialect: 'sqlite',
      file: '/var/lib/pejling/x.db',
    });
  });

  it('names every bad setting in one clear message', () => {
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://user:s3cret@x', LOG_LEVEL: 'loud', COOKIE_SECRET: 'short-secret' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as ConfigError).message;
      expect(msg).toContain('PORT="70000"');
      expect(msg).toContain('DATABASE_URL="mysql://user:***@x": must start with postgres://');
      expect(msg).toContain('LOG_LEVEL="loud"');
      expect(msg).toContain('COOKIE_SECRET=(hidden): must be at least 32 characters');
      expect(msg).not.toContain('s3cret');
      expect(msg).not.toContain('short-secret');
    }
  });

  it('uses PUBLIC_URL without a trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://pejling.kommune.dk/' }).publicUrl).toBe('https://pejling.kommune.dk');
    expect(() => loadConfig({ PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
  });
});

describe('ensureCookieSecret', () => {
  it('generates a secret once, keeps it in DATA_DIR readable by the owner only, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pejling-secret-'));
    const first = ensureCookieSecret(loadConfig({ DATA_DIR: dir }));
    expect(first.cookieSecret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, 'cookie-secret')).mode & 0o077).toBe(0);
    expect(ensureCookieSecret(loadConfig({ DATA_DIR: dir })).cookieSecret).toBe(first.cookieSecret);
    expect(readFileSync(join(dir, 'cookie-secret'), 'utf8')).toBe(first.cookieSecret);
    const explicit = 'x'.repeat(40);
    expect(ensureCookieSecret(loadConfig({ DATA_DIR: dir, COOKIE_SECRET: explicit })).cookieSecret).toBe(explicit);
  });
});
