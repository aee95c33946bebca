import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestApp, loginAs, type TestApp } from '../../../../test/helpers/app.js';
import { DEMO_LOGIN, seedDemo } from './seed.js';

describe('the demo data', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  it('gives a newcomer rounds to read, a trend, a conclusion with an action and a round to answer', async () => {
    const outcome = await seedDemo(t.services);
    expect(outcome.created).toBe(true);
    const orgId = outcome.orgId!;
    const demo = await loginAs(t.app, DEMO_LOGIN.email, DEMO_LOGIN.password);

    const rounds = (await call(t.app, demo, { method: 'GET', url: `/api/orgs/${orgId}/rounds` })).json() as {
      id: string;
      title: string;
      status: string;
      myStatus: string;
      respondents: number;
    }[];
    expect(rounds.map((r) => [r.status, r.myStatus, r.respondents])).toEqual([
      ['open', 'not_started', 0],
      ['closed', 'submitted', 9],
      ['closed', 'submitted', 9],
    ]);

    const latest = rounds.find((r) => r.title.endsWith('2026'))!;
    const results = (await call(t.app, demo, { method: 'GET', url: `/api/orgs/${orgId}/rounds/${latest.id}/results` })).json();
    expect(results.hiddenBecause).toBeNull();
    expect(results.pooled.respondents).toBe(9);
    expect(results.conclusions).toHaveLength(2);
    expect(results.actions).toHaveLength(1);

    const comparison = (await call(t.app, demo, { method: 'GET', url: `/api/orgs/${orgId}/rounds/${latest.id}/compare` })).json();
    expect(comparison.trend).toHaveLength(2);
    const [earlier, now] = comparison.trend as { date: string; overall: number }[];
    expect(Date.parse(now!.date) - Date.parse(earlier!.date)).toBeGreaterThan(300 * 24 * 3600 * 1000);
    expect(now!.overall).toBeGreaterThan(earlier!.overall);

    expect((await seedDemo(t.services)).created).toBe(false);
  });

  it('leaves the rounds out when asked', async () => {
    const { orgId } = await seedDemo(t.services, { rounds: false });
    expect(await t.services.assessments.repo.listRounds(orgId!)).toEqual([]);
  });
});
