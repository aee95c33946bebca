import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.js';

describe('serving the web app', () => {
  let t: TestApp;
  const js = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  beforeAll(async () => {
    const webDir = mkdtempSync(join(tmpdir(), 'pejling-web-'));
    mkdirSync(join(webDir, 'assets'), { recursive: true });
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html lang="da"><title>Pejling</title><div id="root"></div>');
    writeFileSync(join(webDir, 'deltag.html'), '<!doctype html><html lang="da"><title>Deltag – Pejling</title><div id="deltag"></div>');
    writeFileSync(join(webDir, 'assets', 'main-AbC123.js'), js);
    writeFileSync(join(webDir, 'assets', 'main-AbC123.js.gz'), gzipSync(js));
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await createTestApp({ webDir });
  });
  afterAll(async () => t.close());

  it('caches hashed assets for a year and serves the precompressed copy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/main-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
    const plain = await t.app.inject({ method: 'GET', url: '/assets/main-AbC123.js' });
    expect(plain.body).toBe(js);
  });

  it('revalidates files without a content hash', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers every page path with the app shell, so client routes survive a reload', async () => {
    for (const url of ['/', '/login', '/org/01jdq3v8x2k4m6n8p0r2s4t6v8/indstillinger', '/profil?tab=tokens']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
    // Uptime checks often ask with HEAD.
    const head = await t.app.inject({ method: 'HEAD', url: '/login' });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toContain('text/html');
  });

  it('answers the participant pages with the participant view’s own shell', async () => {
    for (const url of ['/deltag', '/deltag/ABC234', '/deltag/?lang=en']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('<div id="deltag">');
    }
    for (const url of ['/deltagelse', '/org/x/deltag'])
      expect((await t.app.inject({ method: 'GET', url })).body, url).toContain('<div id="root">');
  });

  it('keeps 404 for missing assets and API paths', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/assets/missing-123.js' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/missing' })).json().code).toBe('not_found');
    expect((await t.app.inject({ method: 'POST', url: '/login', payload: {} })).statusCode).toBe(404);
  });
});
