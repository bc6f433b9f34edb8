/**
 * The toewijzingen's totals folded in after a declaration's answer (src/ledger/gebruik.ts, D28):
 * leesGebruik reads the same sum before and after a fold, folding is additive in any order, and two
 * folders at the same moment count a declaration once. Declarations and prestaties are written
 * directly (the pipeline tests in declaratie.test.ts drive the same code through JW323s). Both
 * database modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Sql } from '../../src/db/index.js';
import { migrate } from '../../src/db/migrate.js';
import { leesGebruik, openVoorVerwijderen, vouwGebruik } from '../../src/ledger/gebruik.js';
import { startWorkers } from '../../src/process/worker.js';
import { DB_MODES, freshDatabase } from '../support/db.js';
import pino from 'pino';

const GEMEENTE = '0384';
const AGB = '65656055';

describe.each(DB_MODES)('toewijzing totals folded after the answer (%s database)', (mode) => {
  let db: Database;
  let second: Database | undefined;
  let drop: () => Promise<void>;
  let seq = 0;

  beforeAll(async () => {
    const fresh = await freshDatabase(mode);
    drop = fresh.drop;
    db = await openDatabase({ url: fresh.databaseUrl, dataDir: fresh.dataDir, max: 2 });
    await migrate(db.sql);
    // A second pool on the server: a folder in another process.
    if (fresh.databaseUrl) second = await openDatabase({ url: fresh.databaseUrl, dataDir: fresh.dataDir, max: 2 });
  }, 60_000);

  afterAll(async () => {
    await second?.close();
    await db?.close();
    await drop?.();
  });

  /** A processed declaration, not folded, with approved prestaties: debits [ref, toewijzing, volume] and credits [ref, credited ref]. */
  async function declaratie(debits: [string, number, number][], credits: [string, string][] = []): Promise<void> {
    const n = ++seq;
    // Its JW323: bericht_id is unique per declaration.
    const [b] = await db.sql<{ id: number }[]>`
      insert into bericht (direction, channel, berichtcode, party, sha256, raw, state)
      values ('in', 'http', 'JW323', ${`agb:${AGB}`}, ${Buffer.from([n])}, '\\x00'::bytea, 'processed') returning id`;
    const [d] = await db.sql<{ id: number }[]>`
      insert into declaratie (gemeente, agb, declaratienummer, bericht_id, identificatie, dagtekening, xsd_versie, periode_begin, periode_eind,
                              declaratie_dagtekening, totaal_ingediend, totaal_toegekend, uitkomst, retourcodes)
      values (${GEMEENTE}, ${AGB}, ${`DN${n}`}, ${b!.id}, ${`DECL${n}`}, '2026-05-06', '3.2/3.2', '2026-04-01', '2026-04-30',
              '2026-05-06', 0, 0, 'verwerkt', '{8001}')
      returning id`;
    for (const [ref, nummer, volume] of debits) await prestatie(d!.id, ref, null, nummer, volume, 'D');
    for (const [ref, vorig] of credits) {
      const [debit] = await db.sql<{ toewijzingnummer: string; geleverd_volume: string }[]>`
        update prestatie set gecrediteerd_door = ${ref} where agb = ${AGB} and referentienummer = ${vorig} and toegekend
        returning toewijzingnummer, geleverd_volume`;
      await prestatie(d!.id, ref, vorig, Number(debit!.toewijzingnummer), Number(debit!.geleverd_volume), 'C');
    }
  }

  async function prestatie(declaratieId: number, ref: string, vorig: string | null, nummer: number, volume: number, dc: 'D' | 'C'): Promise<void> {
    await db.sql`
      insert into prestatie (declaratie_id, gemeente, agb, referentienummer, vorig_referentienummer, bsn, toewijzingnummer, product_categorie,
                             product_code, begindatum, einddatum, geleverd_volume, eenheid, product_tarief, debet_credit, ingediend_bedrag, toegekend)
      values (${declaratieId}, ${GEMEENTE}, ${AGB}, ${ref}, ${vorig}, '999900006', ${nummer}, '45', '45A03', '2026-04-01', '2026-04-30',
              ${volume}, '04', 1250, ${dc}, ${(dc === 'D' ? 1 : -1) * volume * 1250}, true)`;
  }

  /** What the rules read, per toewijzing: 'nummer:volume:debets'. */
  const read = async (sql: Sql = db.sql) =>
    (await leesGebruik(sql, GEMEENTE, [1, 2, 3]))
      .sort((a, b) => a.toewijzingnummer - b.toewijzingnummer)
      .map((r) => `${r.toewijzingnummer}:${r.volume}:${r.debets}`);
  const kept = async () =>
    (await db.sql<{ k: string }[]>`select toewijzingnummer || ':' || volume || ':' || debets as k from toewijzing_gebruik order by toewijzingnummer`).map((r) => r.k);

  it('reads the same totals before and after a fold, with credits of debits folded earlier', async () => {
    await declaratie([['R1', 1, 4], ['R2', 2, 3]]);
    expect(await read()).toEqual(['1:4:1', '2:3:1']);
    expect(await vouwGebruik(db.sql)).toBe(1);
    expect(await kept()).toEqual(['1:4:1', '2:3:1']);
    // A credit of the folded R1 and a new debit, then another debit on 2: read before and after their fold.
    await declaratie([['R3', 1, 2]], [['C1', 'R1']]);
    await declaratie([['R4', 2, 5]]);
    const before = await read();
    expect(before).toEqual(['1:2:1', '2:8:2']);
    expect(await vouwGebruik(db.sql)).toBe(2);
    expect(await read()).toEqual(before);
    expect(await kept()).toEqual(['1:2:1', '2:8:2']);
    expect(await vouwGebruik(db.sql)).toBe(0);
    expect(await kept()).toEqual(['1:2:1', '2:8:2']);
  });

  it('a deletion sees the debits of a declaration not yet folded (TR385)', async () => {
    await declaratie([['R5', 3, 1]]);
    expect(await db.sql.begin((tx) => openVoorVerwijderen(tx as unknown as Sql, GEMEENTE, 3))).toBe(1);
    await vouwGebruik(db.sql);
    expect(await db.sql.begin((tx) => openVoorVerwijderen(tx as unknown as Sql, GEMEENTE, 3))).toBe(1);
  });

  it('the workers fold at start-up what a crash left unfolded (also without metrics)', async () => {
    await declaratie([['W1', 1, 1]]);
    const w = startWorkers({ sql: db.sql, log: pino({ level: 'silent' }), concurrency: 1, pollMs: 50 });
    await w.stop();
    expect(await db.sql`select id from declaratie where uitkomst = 'verwerkt' and not gebruik_bijgewerkt`).toHaveLength(0);
  });

  it('two folders at the same moment count each declaration once', async () => {
    for (let k = 0; k < 5; k++) await declaratie([[`S${k}`, 1 + (k % 2), 1]]);
    const expected = await read();
    const other = second?.sql ?? db.sql;
    const [a, b] = await Promise.all([vouwGebruik(db.sql), vouwGebruik(other)]);
    // Each declaration is folded by exactly one of them.
    expect(a + b).toBe(5);
    expect(await read()).toEqual(expected);
    expect(await kept()).toEqual(expected);
  });
});
