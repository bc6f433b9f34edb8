/**
 * Applies migrations/NNN_name.sql in order, each in its own transaction, and records them with a
 * checksum. A landed migration must never change: a changed checksum stops start-up loudly.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../paths.js';
import type { Sql } from './index.js';

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return files.map((name) => {
    const sql = readFileSync(join(dir, name), 'utf8');
    return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

/** Returns the names it applied. */
export async function migrate(sql: Sql, migrations = loadMigrations()): Promise<string[]> {
  await sql`create table if not exists schema_migrations (
    name text primary key,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`;
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await sql.begin(async (tx) => {
      // One migrator at a time, also across service instances.
      await tx`select pg_advisory_xact_lock(7320001)`;
      const [row] = await tx<{ checksum: string }[]>`select checksum from schema_migrations where name = ${m.name}`;
      if (row) {
        if (row.checksum !== m.checksum) {
          throw new Error(`migration ${m.name} was changed after it was applied (checksum differs); add a new migration instead`);
        }
        return false;
      }
      await tx.unsafe(m.sql);
      await tx`insert into schema_migrations (name, checksum) values (${m.name}, ${m.checksum})`;
      return true;
    });
    if (done) applied.push(m.name);
  }
  // Fresh tables have no statistics; without them the planner may scan the inbox for every claim.
  if (applied.length) await sql`analyze`;
  return applied;
}

/** True when every migration on disk is applied (readiness). */
export async function migrationsApplied(sql: Sql, migrations = loadMigrations()): Promise<boolean> {
  const rows = await sql<{ name: string }[]>`select name from schema_migrations`.catch(() => []);
  const have = new Set(rows.map((r) => r.name));
  return migrations.every((m) => have.has(m.name));
}
