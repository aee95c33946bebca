import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../app.js';
import { openMigratedDatabase } from '../bootstrap.js';
import { ensureCookieSecret, type Config } from '../config.js';
import { DEMO_LOGIN, seedDemo } from '../features/demo/seed.js';
import { WEB_DIST_DIR } from '../lib/paths.js';
import { createServices } from '../services.js';
import type { Io } from './commands.js';

/**
 * Runs the server until SIGTERM or SIGINT; then stops taking connections, lets requests in
 * flight finish and closes the database.
 */
export async function serve(baseConfig: Config, opts: { demo: boolean; io: Io }): Promise<void> {
  const config = ensureCookieSecret({
    ...baseConfig,
    webDir: baseConfig.webDir ?? (existsSync(join(WEB_DIST_DIR, 'index.html')) ? WEB_DIST_DIR : null),
  });
  const db = await openMigratedDatabase(config);
  if (opts.demo) {
    const outcome = await seedDemo(createServices(db, config));
    if (outcome.created) opts.io.out('Demo data created (Fjordby Kommune).');
  }
  const app = await buildApp({ config, db });
  if (!config.webDir) app.log.warn('The web app is not built (npm run build); serving the API only.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      app.log.error('shutdown took more than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => {
        app.log.info('stopped');
        process.exitCode = 0;
      },
      (err: unknown) => {
        app.log.error({ err }, 'error while shutting down');
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.startsWith('http://localhost') ? `http://localhost:${port}` : config.publicUrl;
  opts.io.out('');
  opts.io.out(`  Pejling kører på ${url}  (database: ${db.dialect})`);
  if (opts.demo) opts.io.out(`  Demo-login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  opts.io.out('');
}
