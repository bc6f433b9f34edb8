/**
 * Start and stop of delivery in the ledger (S5, S6): what the start/stop rules read and what an
 * accepted JW305/JW307 changes. Starts and stops are regieberichten: they never gate a payment
 * (OP364), so nothing else in the ledger reads them to reject.
 */
import type { Sql } from '../db/index.js';
import type { JW305Bericht, JW305StartProduct, JW307Bericht, JW307StopProduct } from '../message/types.generated.js';
import { isVerwijderen, stopKey, startKey, type StartView, type StopView } from '../process/rules/startstop.js';
import type { Stage, StageContext } from '../process/stages.js';
import { toewijzingViews } from './toewijzing.js';

type Bericht = JW305Bericht | JW307Bericht;

interface Row {
  id: number;
  toewijzingnummer: number | null;
  product_categorie: string | null;
  product_code: string | null;
  begindatum: string;
  reden_beeindiging?: string;
  einddatum?: string;
}

const startView = (r: Row): StartView => ({
  toewijzingNummer: r.toewijzingnummer,
  categorie: r.product_categorie,
  code: r.product_code,
  begindatum: r.begindatum,
});
const stopView = (r: Row): StopView => ({ ...startView(r), redenBeeindiging: r.reden_beeindiging!, einddatum: r.einddatum! });

const producten = (b: Bericht): (JW305StartProduct | JW307StopProduct)[] =>
  'StartProducten' in b.Client ? b.Client.StartProducten.StartProduct : b.Client.StopProducten.StopProduct;

async function starts(tx: Sql, ctx: StageContext, bsn: string): Promise<Row[]> {
  return tx<Row[]>`
    select id, toewijzingnummer, product_categorie, product_code, to_char(begindatum, 'YYYY-MM-DD') as begindatum
    from start_product
    where gemeente = ${ctx.gemeente} and agb = ${ctx.agb} and bsn = ${bsn} and verwijderd_door is null
    order by id`;
}

async function stops(tx: Sql, ctx: StageContext, bsn: string): Promise<Row[]> {
  return tx<Row[]>`
    select id, toewijzingnummer, product_categorie, product_code, to_char(begindatum, 'YYYY-MM-DD') as begindatum,
           reden_beeindiging, to_char(einddatum, 'YYYY-MM-DD') as einddatum
    from stop_product
    where gemeente = ${ctx.gemeente} and agb = ${ctx.agb} and bsn = ${bsn} and verwijderd_door is null
    order by id`;
}

export const startStopStage: Stage<'JW305' | 'JW307'> = {
  async load(tx, bericht, ctx) {
    const bsn = bericht.Client.Bsn;
    const nummers = producten(bericht).flatMap((p) => (p.ToewijzingNummer === undefined ? [] : [p.ToewijzingNummer]));
    const [toewijzingen, s, st] = await Promise.all([
      toewijzingViews(tx, { gemeente: ctx.gemeente, agb: ctx.agb, bsns: [bsn], nummers }),
      starts(tx, ctx, bsn),
      stops(tx, ctx, bsn),
    ]);
    return { toewijzingen, regio: ctx.regio, starts: s.map(startView), stops: st.map(stopView) };
  },

  // Status 3 first (delete the aanlevering with the same key), then status 1 (a new row): the order
  // the rules judged in (src/process/rules/startstop.ts).
  async apply(tx, bericht, ctx) {
    const bsn = bericht.Client.Bsn;
    const isStart = 'StartProducten' in bericht.Client;
    const lijst = producten(bericht);
    const weg = lijst.filter(isVerwijderen);
    if (weg.length) {
      const bestaand = isStart ? await starts(tx, ctx, bsn) : await stops(tx, ctx, bsn);
      const keyOf = isStart ? (r: Row) => startKey(startView(r)) : (r: Row) => stopKey(stopView(r));
      const byKey = new Map(bestaand.map((r) => [keyOf(r), r.id]));
      const ids = weg.map((p) => {
        const id = byKey.get(isStart ? startKey(p) : stopKey(p as JW307StopProduct));
        // TR063 passed, so the key exists; anything else is a bug, and the round rolls back.
        if (id === undefined) throw new Error(`StatusAanlevering 3 of message ${ctx.berichtId} matches no aanlevering`);
        return id;
      });
      const table = isStart ? 'start_product' : 'stop_product';
      await tx`update ${tx(table)} set verwijderd_door = ${ctx.berichtId} where id in ${tx(ids)}`;
    }
    const nieuw = lijst.filter((p) => !isVerwijderen(p));
    if (!nieuw.length) return;
    const rows = nieuw.map((p) => ({
      gemeente: ctx.gemeente,
      agb: ctx.agb,
      bsn,
      toewijzingnummer: p.ToewijzingNummer ?? null,
      product_categorie: p.Product?.Categorie ?? null,
      product_code: p.Product?.Code ?? null,
      toewijzing_ingangsdatum: p.ToewijzingIngangsdatum ?? null,
      begindatum: p.Begindatum,
      bericht_id: ctx.berichtId,
      ...(isStart ? {} : { reden_beeindiging: (p as JW307StopProduct).RedenBeeindiging, einddatum: (p as JW307StopProduct).Einddatum }),
    }));
    await tx`insert into ${tx(isStart ? 'start_product' : 'stop_product')} ${tx(rows)}`;
  },
};
