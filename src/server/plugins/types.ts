import type { Lang } from '../../contracts/errors.js';
import type { Operation } from '../../contracts/operation.js';
import type { Config } from '../config.js';
import type { Authenticated } from '../features/accounts/service.js';
import type { LiveHub } from '../features/live/hub.js';
import type { Services } from '../services.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    services: Services;
    /** Every API operation registered, in order: the source of the OpenAPI document. */
    operations: Operation[];
    /** The live side of workshops (WebSocket connections). */
    live: LiveHub;
  }
  interface FastifyRequest {
    auth: Authenticated | null;
    lang: Lang;
  }
  interface FastifyContextConfig {
    operation?: Operation;
  }
}
