/** Service configuration from the environment (see README, "Configuration"). */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.js';
import { parseParty, type Party } from './auth/clients.js';
import { DEFAULT_BEWAKER, type BewakerConfig } from './process/terms/bewaker-config.js';

export interface Config {
  host: string;
  port: number;
  maxBytes: number;
  logLevel: string;
  /** PostgreSQL server; without it the embedded database under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** Parallel inbox workers (server mode; the embedded database always uses 1). */
  workers: number;
  /** Region contract files (regions/<id>.json), validated at start-up. */
  regionsDir: string;
  /** The termijnbewaker (src/process/terms/bewaker.ts); default DEFAULT_BEWAKER. */
  termijnen?: BewakerConfig;
  amqp?: {
    url: string;
    inboxQueue: string;
    deadLetterQueue: string;
    /** Exchange for outgoing messages ('' = the default exchange, routing key = queue name). */
    exchange: string;
    /** The party messages from the queue count as sent by (the broker authenticates the publisher). */
    party: Party;
  };
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, got '${raw}'`);
  return n;
}

/** A whole number of working days in [min, max]; 0 allowed. */
function days(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${name} must be a whole number of working days from 0 to ${max}, got '${raw}'`);
  return n;
}

const str = (name: string): string | undefined => (process.env[name] === '' ? undefined : process.env[name]);

export function loadConfig(): Config {
  const amqpUrl = str('AMQP_URL');
  let party: Party | undefined;
  if (amqpUrl) {
    try {
      party = parseParty(str('AMQP_PARTY') ?? 'hub:amqp');
    } catch (e) {
      throw new Error(`AMQP_PARTY: ${(e as Error).message}`);
    }
  }
  return {
    host: str('HOST') ?? '127.0.0.1',
    port: int('PORT', 8080),
    maxBytes: int('IJW_MAX_BYTES', 25 * 1024 * 1024),
    logLevel: str('LOG_LEVEL') ?? 'info',
    databaseUrl: str('DATABASE_URL'),
    dataDir: str('IJW_DATA_DIR') ?? './data',
    regionsDir: str('IJW_REGIONS_DIR') ?? join(PROJECT_ROOT, 'regions'),
    // One worker per core: more only compete for the same cores (bench/pipeline.ts: p99 at 200/s).
    workers: int('IJW_WORKERS', Math.max(1, availableParallelism())),
    termijnen: {
      // Below 5: the answer term is 5 working days (OP274, OP346), so the margin lies inside it.
      inOnderzoekMarge: days('IJW_IN_ONDERZOEK_MARGE', DEFAULT_BEWAKER.inOnderzoekMarge, 4),
      escalatieWerkdagen: days('IJW_ESCALATIE_WERKDAGEN', DEFAULT_BEWAKER.escalatieWerkdagen, 35),
    },
    ...(amqpUrl && party
      ? {
          amqp: {
            url: amqpUrl,
            inboxQueue: str('AMQP_INBOX_QUEUE') ?? 'ijw.inbox',
            deadLetterQueue: str('AMQP_DEAD_LETTER_QUEUE') ?? 'ijw.inbox.dead',
            exchange: str('AMQP_EXCHANGE') ?? '',
            party,
          },
        }
      : {}),
  };
}
