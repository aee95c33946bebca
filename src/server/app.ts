import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { accountRoutes } from './features/accounts/routes.js';
import { syncInstrumentVersions } from './features/assessments/instruments.js';
import { assessmentRoutes } from './features/assessments/routes.js';
import { liveRoutes } from './features/live/routes.js';
import { radarRoutes } from './features/radar/routes.js';
import { workshopRoutes } from './features/workshops/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { organisationRoutes } from './features/organisations/routes.js';
import { transferRoutes } from './features/transfer/routes.js';
import { registerAuthentication } from './plugins/auth.js';
import { registerErrorHandling, sendError } from './plugins/errors.js';
import { buildOpenApi } from './plugins/openapi.js';
import { registerSecurity } from './plugins/security.js';
import { registerWeb } from './plugins/web.js';
import './plugins/types.js';
import { createServices } from './services.js';
import { VERSION } from './version.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export interface AppOptions {
  config: Config;
  db: Db;
  /** A pino logger configuration or instance; tests pass `false`. */
  logger?: FastifyServerOptions['logger'] | FastifyServerOptions['loggerInstance'];
}

function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  const base = {
    level: config.logLevel,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
  };
  return config.logFormat === 'pretty'
    ? { ...base, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } }
    : base;
}

/** Builds the whole application over an open database: plugins, API operations and the web app. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { config, db } = opts;
  const app = Fastify({
    logger: opts.logger === undefined ? loggerOptions(config) : (opts.logger as FastifyServerOptions['logger']),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    forceCloseConnections: 'idle',
    return503OnClosing: false,
    routerOptions: { maxParamLength: 200 },
  });
  app.decorate('config', config);
  const services = createServices(db, config);
  await syncInstrumentVersions(db.kysely, services.assessments.registry);
  await services.radar.ensureCatalogue();
  app.decorate('services', services);
  app.decorate('operations', []);
  // While shutting down: requests in flight finish and close their connection; new ones get a 503.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (request, reply) => {
    if (closing) return sendError(reply.header('connection', 'close'), request.lang ?? 'da', 'unavailable');
  });
  app.addHook('onSend', async (request, reply) => {
    if (closing) reply.header('connection', 'close');
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');
  });
  // Hourly upkeep: expired sessions go (they also go on use) and SQLite refreshes its statistics; the timer never keeps the process alive.
  let sweeper: NodeJS.Timeout | null = null;
  app.addHook('onReady', async () => {
    sweeper = setInterval(() => {
      Promise.all([app.services.accounts.repo.deleteExpiredSessions(new Date().toISOString()), db.maintain()]).catch((err: unknown) =>
        app.log.warn({ err }, 'hourly upkeep failed'),
      );
    }, 3600_000);
    sweeper.unref();
  });
  app.addHook('onClose', async () => {
    if (sweeper) clearInterval(sweeper);
    await db.close();
  });

  registerErrorHandling(app);
  await registerSecurity(app);
  registerAuthentication(app);

  healthRoutes(app);
  accountRoutes(app);
  organisationRoutes(app);
  auditRoutes(app);
  transferRoutes(app);
  assessmentRoutes(app);
  workshopRoutes(app);
  radarRoutes(app);
  await liveRoutes(app);

  const openapi = buildOpenApi(app.operations, VERSION);
  app.get('/api/openapi.json', async (_request, reply) => reply.header('Cache-Control', 'no-cache').send(openapi));

  await registerWeb(app);
  return app;
}
