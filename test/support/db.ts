/**
 * Databases for tests. Every pipeline suite runs against the embedded database (PGlite, in memory)
 * and, when DATABASE_URL is set (CI: always), also against that PostgreSQL server, in a fresh
 * database of its own that is dropped afterwards. With CI_REQUIRE_SERVICES=1 a missing or
 * unreachable server fails the run instead of being skipped.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export type DbMode = 'embedded' | 'server';

const SERVER_URL = process.env.DATABASE_URL;
const REQUIRE = process.env.CI_REQUIRE_SERVICES === '1';

if (!SERVER_URL) {
  const msg = '[tests] DATABASE_URL is not set: pipeline tests run on the embedded database only';
  if (REQUIRE) throw new Error(`${msg}, but CI_REQUIRE_SERVICES=1 asks for a real PostgreSQL`);
  console.warn(msg);
}

/** The modes every pipeline suite runs in. */
export const DB_MODES: DbMode[] = SERVER_URL ? ['embedded', 'server'] : ['embedded'];

/** A fresh database: its URL (server mode) or undefined with dataDir 'memory://' (embedded). */
export async function freshDatabase(mode: DbMode): Promise<{ databaseUrl?: string; dataDir: string; drop(): Promise<void> }> {
  if (mode === 'embedded') return { dataDir: 'memory://', drop: async () => {} };
  const name = `ijw_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(SERVER_URL!, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(SERVER_URL!);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: 'memory://',
    drop: async () => {
      const a = postgres(SERVER_URL!, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
