/**
 * What the approved, not credited debits of a toewijzing used (TR322, TR369, TR385): the totals in
 * `toewijzing_gebruik` plus the declarations not yet folded into them (migration 009).
 *
 * A declaration's judgement commits its prestaties and its JW325 together; its effect on the totals
 * (approved debits add, the debits its approved credits credit go) is folded in afterwards by
 * `vouwGebruik`, in a transaction of its own that also marks the declaration as folded. Every
 * reader goes through `leesGebruik`, which adds the unfolded declarations' effect in the same
 * statement, so a reader sees one consistent sum before, during and after a fold, and a crash
 * between the two commits loses nothing (the next fold picks the declaration up).
 *
 * The effect is derived from the prestatie rows each time (one source of truth), not stored apart:
 * folding is additive, so declarations can be folded in any order.
 */
import type postgres from 'postgres';
import type { Sql } from '../db/index.js';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/**
 * Advisory lock class of "the declarations of a gemeente" (key 2: hashtext(gemeente)): judging a
 * JW323 holds it shared (src/ledger/declaratie.ts), deleting a toewijzing exclusively
 * (`openVoorVerwijderen`), so no prestatie is approved on a toewijzing between the check for approved
 * prestaties and its deletion.
 */
export const DECLARATIE_LOCK = 4323;

/**
 * Rows (gemeente, toewijzingnummer, eenheid, volume, bedrag, debets) of what the declarations in
 * `declaraties` (a fragment yielding declaratie ids, found through prestatie_declaratie) change in
 * the totals.
 */
function effect(sql: Sql, declaraties: Fragment): Fragment {
  return sql`
    select p.gemeente, p.toewijzingnummer, p.eenheid, p.geleverd_volume as volume, p.ingediend_bedrag as bedrag, 1 as debets
    from prestatie p
    where p.declaratie_id in (${declaraties}) and p.toegekend and p.debet_credit = 'D'
    union all
    select g.gemeente, g.toewijzingnummer, g.eenheid, -g.geleverd_volume, -g.ingediend_bedrag, -1
    from prestatie c
    join prestatie g on g.agb = c.agb and g.referentienummer = c.vorig_referentienummer and g.toegekend
                    and g.debet_credit = 'D' and g.gecrediteerd_door = c.referentienummer and g.gemeente = c.gemeente
    where c.declaratie_id in (${declaraties}) and c.toegekend and c.debet_credit = 'C'`;
}

export interface GebruikRij {
  toewijzingnummer: number;
  eenheid: string;
  volume: number;
  bedrag: number;
  /** Approved debits on it that were not credited. */
  debets: number;
}

/**
 * Separators of lists and rows sent or read as one text value (here and in src/ledger/declaratie.ts):
 * the unit and record separators, control characters XML 1.0 forbids in text, so no value from a
 * message can contain them.
 */
export const US = '\x1f';
export const RS = '\x1e';

/**
 * The totals of the toewijzingen `nummers` of one gemeente, one row per (toewijzingnummer, eenheid),
 * including the declarations not yet folded in. One statement, so one snapshot: the totals kept
 * (probed per number on their primary key) and the unfolded declarations' whole effect, each as one
 * text value. The latter is not joined with the numbers in SQL but filtered here: it is small (the
 * declarations of the last moments), and a join with a list of thousands is where a planner with
 * stale statistics (right after a first large declaration) picks a nested loop that takes seconds.
 */
export async function leesGebruik(sql: Sql, gemeente: string, nummers: readonly number[]): Promise<GebruikRij[]> {
  if (!nummers.length) return [];
  const ongevouwen = sql`select id from declaratie where gemeente = ${gemeente} and not gebruik_bijgewerkt and uitkomst = 'verwerkt'`;
  const [r] = await sql<{ bewaard: string | null; ongevouwen: string | null }[]>`
    select (select string_agg(concat_ws(${US}, g.toewijzingnummer, g.eenheid, g.volume, g.bedrag, g.debets), ${RS})
            from unnest(string_to_array(${nummers.join(US)}::text, ${US})::bigint[]) as n(nr)
            join toewijzing_gebruik g on g.gemeente = ${gemeente} and g.toewijzingnummer = n.nr) as bewaard,
           (select string_agg(concat_ws(${US}, e.toewijzingnummer, e.eenheid, e.volume, e.bedrag, e.debets), ${RS})
            from (select x.toewijzingnummer, x.eenheid, sum(x.volume) as volume, sum(x.bedrag) as bedrag, sum(x.debets) as debets
                  from (${effect(sql, ongevouwen)}) x group by x.toewijzingnummer, x.eenheid) e) as ongevouwen`;
  const gevraagd = new Set(nummers);
  const totaal = new Map<string, GebruikRij>();
  const add = (text: string | null, filter: boolean): void => {
    if (!text) return;
    for (const l of text.split(RS)) {
      const [nr, eenheid, volume, bedrag, debets] = l.split(US) as [string, string, string, string, string];
      const toewijzingnummer = Number(nr);
      if (filter && !gevraagd.has(toewijzingnummer)) continue;
      const k = `${nr}|${eenheid}`;
      const t = totaal.get(k);
      if (t) {
        t.volume += Number(volume);
        t.bedrag += Number(bedrag);
        t.debets += Number(debets);
      } else totaal.set(k, { toewijzingnummer, eenheid, volume: Number(volume), bedrag: Number(bedrag), debets: Number(debets) });
    }
  };
  add(r?.bewaard ?? null, false);
  add(r?.ongevouwen ?? null, true);
  return [...totaal.values()];
}

/** Per ToewijzingNummer, how many approved prestaties on it were not credited (TR385). */
export async function nietGecrediteerd(sql: Sql, gemeente: string, nummers: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const r of await leesGebruik(sql, gemeente, nummers)) out.set(r.toewijzingnummer, (out.get(r.toewijzingnummer) ?? 0) + r.debets);
  return out;
}

/**
 * Folds every judged declaration not yet in the totals into them, oldest first, each in its own
 * transaction with its mark (a second folder finds it marked and adds nothing). Returns how many it
 * folded.
 */
export async function vouwGebruik(sql: Sql): Promise<number> {
  let folded = 0;
  let rijen = 0;
  for (;;) {
    const open = await sql<{ id: string }[]>`
      select id from declaratie where not gebruik_bijgewerkt and uitkomst = 'verwerkt' order by id limit 100`;
    if (!open.length) {
      await statistiekBij(sql, rijen);
      return folded;
    }
    for (const { id } of open) {
      // One statement: the mark and the totals commit together. A folder that finds the mark set
      // (another folded it meanwhile) adds nothing and counts nothing.
      const [r] = await sql<{ n: number; rijen: number }[]>`
        with d as (update declaratie set gebruik_bijgewerkt = true where id = ${id} and not gebruik_bijgewerkt returning id),
             t as (insert into toewijzing_gebruik (gemeente, toewijzingnummer, eenheid, volume, bedrag, debets)
                   select e.gemeente, e.toewijzingnummer, e.eenheid, sum(e.volume), sum(e.bedrag), sum(e.debets)
                   from (${effect(sql, sql`select id from d`)}) e
                   group by e.gemeente, e.toewijzingnummer, e.eenheid
                   on conflict (gemeente, toewijzingnummer, eenheid) do update
                     set volume = toewijzing_gebruik.volume + excluded.volume, bedrag = toewijzing_gebruik.bedrag + excluded.bedrag,
                         debets = toewijzing_gebruik.debets + excluded.debets
                   returning 1)
        select (select count(*) from d)::int as n, (select count(*) from t)::int as rijen`;
      folded += r!.n;
      rijen += r!.rijen;
    }
  }
}

/**
 * Before deleting toewijzing `nummer` (RedenWijziging 13): takes the gemeente's declaration lock
 * exclusively until the transaction ends, and returns how many approved prestaties on it were not
 * credited; TR385 (OP362) allows the deletion only when none.
 */
export async function openVoorVerwijderen(sql: Sql, gemeente: string, nummer: number): Promise<number> {
  await sql`select pg_advisory_xact_lock(${DECLARATIE_LOCK}, hashtext(${gemeente}))`;
  return (await nietGecrediteerd(sql, gemeente, [nummer])).get(nummer) ?? 0;
}

/**
 * After a large fold: when the planner's idea of the size of toewijzing_gebruik or prestatie is
 * behind what was just added (a first large declaration on a young ledger, before autovacuum gets
 * to it), refresh their statistics, so the next declaration's reads probe the indexes instead of
 * scanning a table it believes empty once per toewijzing.
 */
async function statistiekBij(sql: Sql, rijen: number): Promise<void> {
  if (rijen < 1000) return;
  const achter = await sql<{ relname: string }[]>`
    select relname from pg_class where relname in ('toewijzing_gebruik', 'prestatie') and relkind = 'r'
      and (reltuples < 0 or reltuples < ${rijen})`;
  for (const { relname } of achter) await sql.unsafe(`analyze ${relname === 'prestatie' ? 'prestatie' : 'toewijzing_gebruik'}`);
}
