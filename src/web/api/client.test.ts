import { describe, expect, it } from 'vitest';
import { buildUrl } from './client.js';

describe('buildUrl', () => {
  it('fills path parameters and adds the query', () => {
    expect(buildUrl('/api/orgs/:orgId/members/:userId', { orgId: 'o1', userId: 'u/2' })).toBe('/api/orgs/o1/members/u%2F2');
    expect(buildUrl('/api/orgs/:orgId/audit', { orgId: 'o1' }, { limit: 50, before: undefined, action: 'logout' })).toBe(
      '/api/orgs/o1/audit?limit=50&action=logout',
    );
  });

  it('refuses a missing parameter rather than calling a wrong URL', () => {
    expect(() => buildUrl('/api/orgs/:orgId', {})).toThrow(/orgId/);
  });
});
