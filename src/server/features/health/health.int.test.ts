import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DIALECT } from '../../../../test/helpers/database.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.js';

describe('GET /healthz', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('answers ok and names the database', async () => {
    t = await createTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: TEST_DIALECT });
  });

  it('answers 503 when the database is unreachable', async () => {
    t = await createTestApp();
    await t.services.db.close();
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', database: TEST_DIALECT });
  });
});
