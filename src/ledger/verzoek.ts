/**
 * Requests in the ledger (S3): what the request rules read and what an accepted JW315/JW317 opens.
 *
 * An accepted VOT opens one request per AangevraagdProduct (OP344: a VOT may be decided per
 * product, each with its own ReferentieAanbieder); an accepted VOW opens one for the whole Verzoek
 * (OP344, OP348: a VOW is honoured or rejected as a whole). Each gets its answer deadlines: a JW301
 * or JW319 within 5 working days (OP274, OP346), and after "in onderzoek" the final answer within
 * 8 weeks of the request's Dagtekening (OP346; ijw-rules.md §9.1 T1). A rejected message opens
 * nothing (IV032, OP286), so its references stay free (§9.1 N1). The decisions on a request are
 * taken through src/backoffice/verzoeken.ts and sent by stuurJw301 / stuurJw319.
 *
 * The 5 working days count from the receipt of the message in our inbox (StageContext.ontvangenOp,
 * by the service's clock), in the service's working-day calendar, so a backlog in our own inbox
 * never moves a deadline.
 */
import type { Sql } from '../db/index.js';
import type { JW315Bericht, JW317Bericht, LDT_VerzoekAntwoord } from '../message/types.generated.js';
import type { VerzoekSoort, VerzoekStatus, VerzoekView } from '../process/rules/verzoek.js';
import type { Stage, StageContext } from '../process/stages.js';
import { deadlineFor, type WorkingDayCalendar } from '../process/terms/index.js';
import { toewijzingViews } from './toewijzing.js';

/** A request as stored (migration 005). */
export interface VerzoekRow {
  id: number;
  gemeente: string;
  agb: string;
  bsn: string;
  referentie_aanbieder: string;
  soort: VerzoekSoort;
  bericht_id: number;
  dagtekening: string;
  ontvangen_op: Date;
  /** The JW315 AangevraagdProduct (vot) or the JW317 Verzoek (vow). */
  inhoud: unknown;
  status: VerzoekStatus;
  antwoord_uiterlijk: Date;
  eindantwoord_uiterlijk: Date;
  /** VOT: the last moment for a rejection on the woonplaatsbeginsel (OP359); null for a VOW. */
  woonplaats_uiterlijk: Date | null;
  toegewezen_bericht_id: number | null;
  decided_at: Date | null;
}

/** The columns of VerzoekRow, for selects (dates as YYYY-MM-DD). */
export const VERZOEK_COLUMNS = `id, gemeente, agb, bsn, referentie_aanbieder, soort, bericht_id, to_char(dagtekening, 'YYYY-MM-DD') as dagtekening,
  ontvangen_op, inhoud, status, antwoord_uiterlijk, eindantwoord_uiterlijk, woonplaats_uiterlijk, toegewezen_bericht_id, decided_at`;

/** The answer deadlines of a request accepted at `ontvangenOp` with this Dagtekening. */
export function verzoekTermijnen(ontvangenOp: Date, dagtekening: string, cal: WorkingDayCalendar): { antwoord: Date; eindantwoord: Date; woonplaats: Date } {
  return {
    antwoord: deadlineFor('verzoekAntwoord', ontvangenOp, cal).dueAt,
    eindantwoord: deadlineFor('eindAntwoordInOnderzoek', ontvangenOp, cal, { dagtekening }).dueAt,
    woonplaats: deadlineFor('woonplaatsbeginsel', ontvangenOp, cal).dueAt,
  };
}

/**
 * The requests a message's rules consult (RuleEnv verzoeken): every request of `agb` with one of
 * `referenties` (any gemeente: TR347 is the provider's over the whole domain), plus, with a `bsn`,
 * every pending request of that client at `agb` in `gemeente` (TR374). One query.
 */
export async function verzoekViews(
  sql: Sql,
  args: { gemeente: string; agb: string; bsn?: string; referenties: readonly string[] },
): Promise<VerzoekView[]> {
  const rows = await sql<(Omit<VerzoekView, 'antwoorden'> & { antwoorden: LDT_VerzoekAntwoord[] | null; referentie_aanbieder: string })[]>`
    select v.gemeente, v.agb, v.bsn, v.referentie_aanbieder, v.soort, v.status,
           array(select a.verzoek_antwoord from antwoord a where a.verzoek_id = v.id and a.status = 'verzonden' order by a.id) as antwoorden
    from verzoek v
    where (v.agb = ${args.agb} and v.referentie_aanbieder = any(${sql.array([...args.referenties])}::text[]))
       or (${args.bsn ?? null}::text is not null and v.gemeente = ${args.gemeente} and v.agb = ${args.agb}
           and v.bsn = ${args.bsn ?? null} and v.status in ('open', 'in_onderzoek'))
    order by v.id`;
  return rows.map((r) => ({
    gemeente: r.gemeente,
    agb: r.agb,
    bsn: r.bsn,
    referentieAanbieder: r.referentie_aanbieder,
    soort: r.soort,
    status: r.status,
    antwoorden: r.antwoorden ?? [],
  }));
}

interface NieuwVerzoek {
  referentie: string;
  soort: VerzoekSoort;
  inhoud: unknown;
}

async function open(tx: Sql, ctx: StageContext, bsn: string, dagtekening: string, verzoeken: readonly NieuwVerzoek[]): Promise<void> {
  const t = verzoekTermijnen(ctx.ontvangenOp, dagtekening, ctx.calendar);
  // A VOT has a handful of products: one insert each keeps the jsonb plain.
  for (const v of verzoeken) {
    await tx`
      insert into verzoek (gemeente, agb, bsn, referentie_aanbieder, soort, bericht_id, dagtekening, ontvangen_op, inhoud,
                           antwoord_uiterlijk, eindantwoord_uiterlijk, woonplaats_uiterlijk)
      values (${ctx.gemeente}, ${ctx.agb}, ${bsn}, ${v.referentie}, ${v.soort}, ${ctx.berichtId}, ${dagtekening}, ${ctx.ontvangenOp},
              ${tx.json(v.inhoud as never)}, ${t.antwoord}, ${t.eindantwoord}, ${v.soort === 'vot' ? t.woonplaats : null})`;
  }
}

export const votStage: Stage<'JW315'> = {
  async load(tx, bericht: JW315Bericht, ctx) {
    const referenties = bericht.Client.AangevraagdeProducten.AangevraagdProduct.map((p) => p.ReferentieAanbieder);
    return { verzoeken: await verzoekViews(tx, { gemeente: ctx.gemeente, agb: ctx.agb, bsn: bericht.Client.Bsn, referenties }), regio: ctx.regio };
  },
  async apply(tx, bericht: JW315Bericht, ctx) {
    const producten = bericht.Client.AangevraagdeProducten.AangevraagdProduct;
    await open(tx, ctx, bericht.Client.Bsn, bericht.Header.BerichtIdentificatie.Dagtekening,
      producten.map((p) => ({ referentie: p.ReferentieAanbieder, soort: 'vot' as const, inhoud: p })));
  },
};

export const vowStage: Stage<'JW317'> = {
  async load(tx, bericht: JW317Bericht, ctx) {
    const bsn = bericht.Client.Bsn;
    const v = bericht.Client.Verzoek;
    // The toewijzingen the JW317 rules (TR349–TR351, TR357, TR361, TR373, TR375, TR411, TR412) read.
    const nummers = [
      ...(v.OngewijzigdeProducten?.OngewijzigdProduct ?? []).map((p) => p.ToewijzingNummer),
      ...(v.TeWijzigenProducten?.TeWijzigenProduct ?? []).map((p) => p.ToewijzingNummer),
    ];
    const [toewijzingen, verzoeken] = await Promise.all([
      toewijzingViews(tx, { gemeente: ctx.gemeente, agb: ctx.agb, bsns: [bsn], nummers }),
      verzoekViews(tx, { gemeente: ctx.gemeente, agb: ctx.agb, bsn, referenties: [v.ReferentieAanbieder] }),
    ]);
    return { toewijzingen, verzoeken, regio: ctx.regio };
  },
  async apply(tx, bericht: JW317Bericht, ctx) {
    const v = bericht.Client.Verzoek;
    await open(tx, ctx, bericht.Client.Bsn, bericht.Header.BerichtIdentificatie.Dagtekening, [{ referentie: v.ReferentieAanbieder, soort: 'vow', inhoud: v }]);
  },
};

/**
 * A request's status from what was sent on it and not rejected (OP286): honoured by a JW301,
 * rejected by a JW319 VerzoekAntwoord 1, in onderzoek after VerzoekAntwoord 2, else open. Used
 * when a JW302/JW320 takes an answer back; the decisions set the status directly.
 */
export async function herberekenStatus(tx: Sql, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  await tx`
    update verzoek v set
      status = s.status,
      decided_at = case when s.status in ('toegewezen', 'afgewezen') then v.decided_at end
    from (
      select w.id,
             case when w.toegewezen_bericht_id is not null then 'toegewezen'
                  when exists (select 1 from antwoord a where a.verzoek_id = w.id and a.status = 'verzonden' and a.verzoek_antwoord = '1') then 'afgewezen'
                  when exists (select 1 from antwoord a where a.verzoek_id = w.id and a.status = 'verzonden' and a.verzoek_antwoord = '2') then 'in_onderzoek'
                  else 'open' end as status
      from verzoek w where w.id in ${tx(ids)}) s
    where v.id = s.id`;
}

/** A JW301 the provider rejected (JW302) did not honour the requests it answered (OP286): they are open again. */
export async function honoreringAfgekeurd(tx: Sql, jw301Id: number): Promise<number[]> {
  const rows = await tx<{ id: number }[]>`update verzoek set toegewezen_bericht_id = null where toegewezen_bericht_id = ${jw301Id} returning id`;
  const ids = rows.map((r) => r.id);
  await herberekenStatus(tx, ids);
  return ids;
}
