import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit (pure logic, no database), integration (the API over a real database:
 * SQLite, or PostgreSQL when PEJLING_TEST_PG_URL is set) and e2e (Chromium against a served build).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A page that waits on a deliberately slow password hash may take seconds on a busy machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
