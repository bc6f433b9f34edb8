/**
 * What the approved, not credited debits of a toewijzing used (TR322, TR369, TR385): the totals in
 * `toewijzing_gebruik` plus the declarations not yet folded into them (migration 009).
 *
 * A declaration's judgement commits its prestaties and its JW325 together; its effect on the totals
 * (approved debits add, the debits its approved credits credit go) is folded in afterwards by
 * `vouwGebruik`, in a transaction of its own that also marks the declaration as folded. Every
 * reader goes through `gebruikSelect`, which adds the unfolded declarations' effect in the same
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
 * `declaraties` (a fragment yielding declaratie ids) change in the totals, limited to the
 * toewijzingen in `nummers` (a fragment yielding numbers) when given.
 */
function effect(sql: Sql, declaraties: Fragment, nummers?: Fragment): Fragment {
  const debitIn = nummers ? sql`and p.toewijzingnummer in (${nummers})` : sql``;
  const creditedIn = nummers ? sql`and g.toewijzingnummer in (${nummers})` : sql``;
  return sql`
    select p.gemeente, p.toewijzingnummer, p.eenheid, p.geleverd_volume as volume, p.ingediend_bedrag as bedrag, 1 as debets
    from prestatie p
    where p.declaratie_id in (${declaraties}) and p.toegekend and p.debet_credit = 'D' ${debitIn}
    union all
    select g.gemeente, g.toewijzingnummer, g.eenheid, -g.geleverd_volume, -g.ingediend_bedrag, -1
    from prestatie c
    join prestatie g on g.agb = c.agb and g.referentienummer = c.vorig_referentienummer and g.toegekend
                    and g.debet_credit = 'D' and g.gecrediteerd_door = c.referentienummer and g.gemeente = c.gemeente
    where c.declaratie_id in (${declaraties}) and c.toegekend and c.debet_credit = 'C' ${creditedIn}`;
}

/**
 * The totals of the toewijzingen in `nummers` (a fragment yielding ToewijzingNummers) of one
 * gemeente, one row per (toewijzingnummer, eenheid) with volume, bedrag and debets (the number of
 * approved, not credited debits), including declarations not yet folded in. One statement: one
 * snapshot.
 */
export function gebruikSelect(sql: Sql, gemeente: string, nummers: Fragment): Fragment {
  const ongevouwen = sql`select id from declaratie where gemeente = ${gemeente} and not gebruik_bijgewerkt and uitkomst = 'verwerkt'`;
  return sql`
    select x.toewijzingnummer, x.eenheid, sum(x.volume)::bigint as volume, sum(x.bedrag)::bigint as bedrag, sum(x.debets)::int as debets
    from (select g.toewijzingnummer, g.eenheid, g.volume, g.bedrag, g.debets
          from toewijzing_gebruik g
          where g.gemeente = ${gemeente} and g.toewijzingnummer in (${nummers})
          union all
          select e.toewijzingnummer, e.eenheid, e.volume, e.bedrag, e.debets from (${effect(sql, ongevouwen, nummers)}) e) x
    group by x.toewijzingnummer, x.eenheid`;
}

/**
 * Folds every judged declaration not yet in the totals into them, oldest first, each in its own
 * transaction with its mark (a second folder finds it marked and adds nothing). Returns how many it
 * folded.
 */
export async function vouwGebruik(sql: Sql): Promise<number> {
  let folded = 0;
  for (;;) {
    const open = await sql<{ id: string }[]>`
      select id from declaratie where not gebruik_bijgewerkt and uitkomst = 'verwerkt' order by id limit 100`;
    if (!open.length) return folded;
    for (const { id } of open) {
      // One statement: the mark and the totals commit together. A folder that finds the mark set
      // (another folded it meanwhile) adds nothing and counts nothing.
      const [r] = await sql<{ n: number }[]>`
        with d as (update declaratie set gebruik_bijgewerkt = true where id = ${id} and not gebruik_bijgewerkt returning id),
             t as (insert into toewijzing_gebruik (gemeente, toewijzingnummer, eenheid, volume, bedrag, debets)
                   select e.gemeente, e.toewijzingnummer, e.eenheid, sum(e.volume), sum(e.bedrag), sum(e.debets)
                   from (${effect(sql, sql`select id from d`)}) e
                   group by e.gemeente, e.toewijzingnummer, e.eenheid
                   on conflict (gemeente, toewijzingnummer, eenheid) do update
                     set volume = toewijzing_gebruik.volume + excluded.volume, bedrag = toewijzing_gebruik.bedrag + excluded.bedrag,
                         debets = toewijzing_gebruik.debets + excluded.debets)
        select count(*)::int as n from d`;
      folded += r!.n;
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
  const [open] = await sql<{ n: number }[]>`
    select coalesce(sum(debets), 0)::int as n from (${gebruikSelect(sql, gemeente, sql`select ${nummer}::bigint`)}) g`;
  return open!.n;
}
