/**
 * Toewijzingen in the ledger (S2) and the JW301 that carries them.
 *
 * A JW301 always holds, for one gemeente, one aanbieder and one client, every toewijzing that is
 * actual on the day it is made plus every version not yet sent (OP087), each with its current
 * version: the latest by Toewijzingsdatum + Toewijzingstijd (IV013, OP033x1) that the provider did
 * not reject (OP286). The JW301 goes through the same guards as everything we send (assertSendable:
 * TR302 no stacking, TR006, the CD/CS rules) before it reaches the outbox.
 */
import type { Sql } from '../db/index.js';
import type { Berichten, CDT_Omvang, CDT_Product, JW301Client, JW301ToegewezenProduct } from '../message/types.generated.js';
import { buildMessage } from '../message/xml/build.js';
import { enqueueVoorAanbieder, nextIdentificaties } from '../outbox/enqueue.js';
import { gemeenteHeader } from '../process/retour.js';
import { assertSendable } from '../process/rules/engine.js';
import { amsterdamDate } from '../process/terms/index.js';
import type { ToewijzingView } from '../process/rules/types.js';
import type { Honorering } from '../process/rules/verzoek.js';
import { nietGecrediteerd } from './gebruik.js';

/** The client as sent in a JW301, without its ToegewezenProducten. */
export type ClientGegevens = Omit<JW301Client, 'ToegewezenProducten'>;

export interface VersieRow {
  versie_id: number;
  toewijzing_id: number;
  toewijzingnummer: number;
  vastgesteld_op: Date;
  product_categorie: string | null;
  product_code: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  reden_wijziging: string | null;
  omvang: CDT_Omvang | null;
  budget: number | null;
  commentaar: string | null;
  bericht_id: number | null;
  /** The request (VOT product or VOW) this version was established to honour (TR379), if any. */
  referentie_aanbieder: string | null;
}

/** Deleted: Einddatum = Ingangsdatum with RedenWijziging 13 (Verwijderd) or 01 (vervallen correctie). */
export const isVerwijderd = (v: Pick<VersieRow, 'ingangsdatum' | 'einddatum' | 'reden_wijziging'>): boolean =>
  v.einddatum === v.ingangsdatum && (v.reden_wijziging === '13' || v.reden_wijziging === '01');

/** Actual on `date`: not deleted and not ended before it; one that starts later is actual too. */
export const isActueel = (v: Pick<VersieRow, 'ingangsdatum' | 'einddatum' | 'reden_wijziging'>, date: string): boolean =>
  !isVerwijderd(v) && (v.einddatum === null || v.einddatum >= date);

/** The current version of every toewijzing of this client at this provider. */
export async function huidigeVersies(sql: Sql, gemeente: string, agb: string, bsn: string): Promise<VersieRow[]> {
  return sql<VersieRow[]>`
    select distinct on (t.id)
           v.id as versie_id, t.id as toewijzing_id, t.toewijzingnummer, v.vastgesteld_op,
           v.product_categorie, v.product_code, to_char(v.ingangsdatum, 'YYYY-MM-DD') as ingangsdatum,
           to_char(v.einddatum, 'YYYY-MM-DD') as einddatum, v.reden_wijziging, v.omvang, v.budget, v.commentaar, v.bericht_id,
           v.referentie_aanbieder
    from toewijzing t join toewijzing_versie v on v.toewijzing_id = t.id
    where t.gemeente = ${gemeente} and t.agb = ${agb} and t.bsn = ${bsn} and v.status = 'verzonden'
    order by t.id, v.vastgesteld_op desc, v.id desc`;
}

/** Toewijzingsdatum and Toewijzingstijd: the moment the version was established, in Dutch time. */
function datumTijd(at: Date): { datum: string; tijd: string } {
  const tijd = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at);
  return { datum: amsterdamDate(at), tijd };
}

function toegewezenProduct(v: VersieRow): JW301ToegewezenProduct {
  const { datum, tijd } = datumTijd(v.vastgesteld_op);
  const p: JW301ToegewezenProduct = {
    ToewijzingNummer: v.toewijzingnummer,
    Toewijzingsdatum: datum,
    Toewijzingstijd: tijd,
    Ingangsdatum: v.ingangsdatum,
  };
  // TR379/IV097: the request's reference only the first time the version that honours it is sent.
  if (v.referentie_aanbieder && v.bericht_id === null) p.ReferentieAanbieder = v.referentie_aanbieder;
  // Element order is the model's; the builder writes it so, whatever the property order here.
  if (v.product_categorie) p.Product = { Categorie: v.product_categorie, ...(v.product_code ? { Code: v.product_code } : {}) } as CDT_Product;
  if (v.einddatum) p.Einddatum = v.einddatum;
  // IV099: RedenWijziging only when the version is new to the provider; a re-sent one has none.
  if (v.reden_wijziging && v.bericht_id === null) p.RedenWijziging = v.reden_wijziging as JW301ToegewezenProduct['RedenWijziging'];
  if (v.omvang) p.Omvang = v.omvang;
  if (v.budget !== null) p.Budget = v.budget;
  if (v.commentaar) p.Commentaar = v.commentaar;
  return p;
}

/**
 * Builds, checks and queues the JW301 for (gemeente, agb, bsn) inside the caller's transaction, and
 * records which versions it carried. Throws RuleViolationError or BuildError (nothing is queued,
 * and the caller's transaction rolls back) when it would not be a valid message.
 */
export async function stuurJw301(
  tx: Sql,
  args: {
    gemeente: string;
    agb: string;
    bsn: string;
    now: Date;
    /** The requests this JW301 honours (src/backoffice/verzoeken.ts); none on the gemeente's own initiative. */
    honoreert?: readonly Honorering[];
  },
): Promise<{ berichtId: number; identificatie: string }> {
  const today = amsterdamDate(args.now);
  const [gegevens] = await tx<{ gegevens: ClientGegevens }[]>`
    select gegevens from client_gegevens where gemeente = ${args.gemeente} and bsn = ${args.bsn}`;
  if (!gegevens) throw new Error(`no client data for this BSN in gemeente ${args.gemeente}`);
  const versies = (await huidigeVersies(tx, args.gemeente, args.agb, args.bsn)).filter(
    (v) => isActueel(v, today) || v.bericht_id === null,
  );
  const [identificatie] = await nextIdentificaties(tx, 1);
  const bericht: Berichten['JW301'] = {
    Header: gemeenteHeader('436', args.gemeente, args.agb, { Identificatie: identificatie!, Dagtekening: today }),
    Client: { ...gegevens.gegevens, ToegewezenProducten: { ToegewezenProduct: versies.map(toegewezenProduct) } },
  };
  // CL1 before CL2, as the provider checks it: a value the XSD refuses is named first.
  const xml = buildMessage('JW301', bericht);
  // CL2, and the message-crossing rules on what we send: TR379 against the decision, TR332 and TR385
  // against the ledger (TR056 holds by construction: the Identificatie comes from a sequence).
  const nummers = versies.map((v) => v.toewijzingnummer);
  const [toewijzingen, open] = await Promise.all([
    toewijzingViews(tx, { gemeente: args.gemeente, agb: args.agb, bsns: [args.bsn], nummers }),
    nietGecrediteerd(tx, args.gemeente, nummers),
  ]);
  assertSendable('JW301', bericht, {
    levels: [2, 3],
    env: {
      identificatieEerderOntvangen: false,
      honoreert: args.honoreert ?? [],
      toewijzingen,
      nietGecrediteerd: open,
    },
  });
  const out = await enqueueVoorAanbieder(tx, { berichtcode: 'JW301', xml, gemeente: args.gemeente, agb: args.agb, identificatie: identificatie!, dagtekening: today, at: args.now });
  const unsent = versies.filter((v) => v.bericht_id === null).map((v) => v.versie_id);
  if (unsent.length) await tx`update toewijzing_versie set bericht_id = ${out.berichtId} where id in ${tx(unsent)}`;
  return { berichtId: out.berichtId, identificatie: identificatie! };
}

/**
 * The toewijzingen the message-crossing rules of one incoming message may consult (RuleEnv
 * toewijzingen): the current version of every toewijzing in `gemeente` that the message names by
 * number, plus every toewijzing of its client(s) at the sending provider. One query, whatever the
 * size of the message (a JW323 may name thousands of numbers).
 */
export async function toewijzingViews(
  sql: Sql,
  args: { gemeente: string; agb: string; bsns: readonly string[]; nummers: readonly number[] },
): Promise<Map<number, ToewijzingView>> {
  type Row = Pick<VersieRow, 'toewijzingnummer' | 'product_categorie' | 'product_code' | 'ingangsdatum' | 'einddatum' | 'reden_wijziging' | 'omvang' | 'budget'> & { agb: string; bsn: string };
  const rows = await sql<Row[]>`
    select distinct on (t.id)
           t.toewijzingnummer, t.agb, t.bsn, v.product_categorie, v.product_code,
           to_char(v.ingangsdatum, 'YYYY-MM-DD') as ingangsdatum, to_char(v.einddatum, 'YYYY-MM-DD') as einddatum,
           v.reden_wijziging, v.omvang, v.budget
    from toewijzing t join toewijzing_versie v on v.toewijzing_id = t.id
    where t.gemeente = ${args.gemeente} and v.status = 'verzonden'
      and (t.toewijzingnummer = any(${sql.array(args.nummers.map(String))}::bigint[])
           or (t.agb = ${args.agb} and t.bsn = any(${sql.array([...args.bsns])}::text[])))
    order by t.id, v.vastgesteld_op desc, v.id desc`;
  const out = new Map<number, ToewijzingView>();
  // bigint columns arrive as numbers (src/db/index.ts).
  for (const r of rows) {
    out.set(r.toewijzingnummer, {
      nummer: r.toewijzingnummer,
      agb: r.agb,
      bsn: r.bsn,
      categorie: r.product_categorie,
      code: r.product_code,
      ingangsdatum: r.ingangsdatum,
      einddatum: r.einddatum,
      redenWijziging: r.reden_wijziging,
      omvang: r.omvang,
      budget: r.budget,
      verwijderd: isVerwijderd(r),
    });
  }
  return out;
}
