/**
 * Database access: PostgreSQL through postgres.js. With DATABASE_URL the service uses that server;
 * without it, an embedded PostgreSQL (PGlite, persisted under IJW_DATA_DIR, default ./data) served
 * on a loopback port through pglite-socket, so the same driver and the same SQL run in both modes.
 */
import postgres from 'postgres';
import { startEmbedded, type Embedded } from './embedded.js';

export type Sql = postgres.Sql;

export interface Database {
  sql: Sql;
  mode: 'server' | 'embedded';
  /** Where the data lives (URL without password, or the embedded data directory). */
  describe: string;
  close(): Promise<void>;
}

/** Explicit on purpose: the caller (config.ts) reads the environment, so a test never gets the wrong database. */
export interface DatabaseOptions {
  /** PostgreSQL server URL; without it the embedded database. */
  url?: string;
  /** Embedded data directory, or 'memory://' for a throw-away database. */
  dataDir: string;
  /** Connections in the pool (server mode); the embedded database always has one. */
  max?: number;
}

const bigintAsNumber: postgres.PostgresType<number> = {
  to: 20,
  from: [20],
  serialize: (x: number) => x.toString(),
  parse: (x: string) => Number(x),
};

const common = {
  // Ids and amounts fit in JS numbers (2^53); bigint columns come back as numbers, not strings.
  types: { bigint: bigintAsNumber },
  onnotice: () => {},
  transform: { undefined: null },
} as const;

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const url = opts.url;
  if (url) {
    const sql = postgres(url, { ...common, max: opts.max ?? 10 });
    return {
      sql,
      mode: 'server',
      describe: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const embedded: Embedded = await startEmbedded(opts.dataDir);
  // PGlite is one session: a second connection would share its transaction, so exactly one.
  const sql = postgres({ ...common, host: embedded.host, port: embedded.port, user: 'postgres', database: 'postgres', max: 1 });
  return {
    sql,
    mode: 'embedded',
    describe: embedded.dir,
    close: async () => {
      await sql.end({ timeout: 5 });
      await embedded.stop();
    },
  };
}
