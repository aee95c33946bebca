import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { AccountsService } from './features/accounts/service.js';
import { InstrumentRegistry } from './features/assessments/instruments.js';
import { AssessmentsService } from './features/assessments/service.js';
import { WorkshopsService } from './features/workshops/service.js';
import { AuditService } from './features/audit/service.js';
import { OrganisationsService } from './features/organisations/service.js';
import { TransferService } from './features/transfer/service.js';
import { RadarService } from './features/radar/service.js';
import { loadCatalogue, type TCatalogue } from '../domain/radar/catalogue.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './lib/paths.js';

let registry: InstrumentRegistry | null = null;
/** The instruments of content/instruments, read and validated once per process. */
function sharedRegistry(): InstrumentRegistry {
  registry ??= InstrumentRegistry.load();
  return registry;
}

const readProjectFile = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');
/** The radar's technology catalogue (content/radar/catalogue.json), read and validated once per process. */
export function sharedCatalogue(): TCatalogue {
  return loadCatalogue(readProjectFile);
}

/** Every service of the application, built once per app over one database. */
export interface Services {
  db: Db;
  accounts: AccountsService;
  organisations: OrganisationsService;
  audit: AuditService;
  transfer: TransferService;
  assessments: AssessmentsService;
  workshops: WorkshopsService;
  radar: RadarService;
}

export function createServices(
  db: Db,
  config: Pick<Config, 'cookieSecret' | 'sessionTtlHours' | 'publicUrl'>,
  registry: InstrumentRegistry = sharedRegistry(),
): Services {
  const assessments = new AssessmentsService(db, registry, { publicUrl: config.publicUrl });
  return {
    db,
    accounts: new AccountsService(db.kysely, { cookieSecret: config.cookieSecret, sessionTtlHours: config.sessionTtlHours }),
    organisations: new OrganisationsService(db.kysely, { publicUrl: config.publicUrl }),
    audit: new AuditService(db.kysely),
    transfer: new TransferService(db),
    assessments,
    workshops: new WorkshopsService(db, assessments, { publicUrl: config.publicUrl }),
    radar: new RadarService(db, sharedCatalogue()),
  };
}
