/**
 * Our answers on requests (S4): the JW319 Antwoordbericht, and what a JW302/JW320 that rejects our
 * JW301/JW319 does to the requests they answered.
 *
 * stuurJw319 builds the JW319 for one request, checks it as the provider will (CL1, the CL2 rules
 * CD085/CD086/TR377/TR409, and the message-crossing rules TR355/TR359/TR360/TR365 against the
 * ledger), queues it and records it, all inside the caller's transaction; the backoffice decisions
 * and the terms engine (an automatic "in onderzoek") both call it. A JW319 has no BSN and one
 * Antwoord: one message per ReferentieAanbieder (ijw-rules.md §1.2).
 */
import type { Sql } from '../db/index.js';
import type { Berichten, JW319Antwoord, LDT_RedenAfwijzingVerzoek, LDT_VerzoekAntwoord } from '../message/types.generated.js';
import type { MessageCode } from '../message/model/dsl.js';
import { buildMessage } from '../message/xml/build.js';
import { enqueueVoorAanbieder, nextIdentificaties } from '../outbox/enqueue.js';
import { gemeenteHeader } from '../process/retour.js';
import { assertSendable } from '../process/rules/engine.js';
import { amsterdamDate } from '../process/terms/index.js';
import { herberekenStatus, honoreringAfgekeurd, verzoekViews } from './verzoek.js';

export interface Jw319Opdracht {
  verzoekId: number;
  /** 1 = Verzoek afgewezen (final), 2 = Aanvraag in onderzoek (once, TR360). */
  verzoekAntwoord: LDT_VerzoekAntwoord;
  /** WJ759, with VerzoekAntwoord 1 only (CD085, CD086). */
  reden?: LDT_RedenAfwijzingVerzoek;
  /** The responsible gemeente, with reden 8 (Woonplaatsbeginsel) only (TR377, TR409). */
  woonplaatsGemeente?: string;
  now: Date;
}

/**
 * Builds, checks and queues the JW319 for one request and records it: the request becomes
 * afgewezen (VerzoekAntwoord 1) or in_onderzoek (2). Throws RuleViolationError or BuildError when
 * the provider would reject it (nothing is queued; the caller's transaction rolls back).
 */
export async function stuurJw319(tx: Sql, o: Jw319Opdracht): Promise<{ berichtId: number; identificatie: string; antwoordId: number }> {
  const [v] = await tx<{ id: number; gemeente: string; agb: string; referentie_aanbieder: string }[]>`
    select id, gemeente, agb, referentie_aanbieder from verzoek where id = ${o.verzoekId} for update`;
  if (!v) throw new Error(`no verzoek ${o.verzoekId}`);
  const today = amsterdamDate(o.now);
  const [identificatie] = await nextIdentificaties(tx, 1);
  const antwoord: JW319Antwoord = { ReferentieAanbieder: v.referentie_aanbieder, VerzoekAntwoord: o.verzoekAntwoord };
  if (o.reden !== undefined) antwoord.RedenAfwijzingVerzoek = o.reden;
  if (o.woonplaatsGemeente !== undefined) antwoord.Woonplaatsbeginsel = { Gemeente: o.woonplaatsGemeente };
  const bericht: Berichten['JW319'] = {
    Header: gemeenteHeader('488', v.gemeente, v.agb, { Identificatie: identificatie!, Dagtekening: today }),
    Antwoord: antwoord,
  };
  // CL1 first, as the provider checks it; then CL2 and the message-crossing rules on the ledger's
  // state before this answer (TR056 holds by construction: the Identificatie is from a sequence).
  const xml = buildMessage('JW319', bericht);
  const verzoeken = await verzoekViews(tx, { gemeente: v.gemeente, agb: v.agb, referenties: [v.referentie_aanbieder] });
  assertSendable('JW319', bericht, { levels: [2, 3], env: { identificatieEerderOntvangen: false, verzoeken } });
  const out = await enqueueVoorAanbieder(tx, { berichtcode: 'JW319', xml, gemeente: v.gemeente, agb: v.agb, identificatie: identificatie!, dagtekening: today, at: o.now });
  const [a] = await tx<{ id: number }[]>`
    insert into antwoord (verzoek_id, referentie_aanbieder, verzoek_antwoord, reden_afwijzing, woonplaats_gemeente, bericht_id)
    values (${v.id}, ${v.referentie_aanbieder}, ${o.verzoekAntwoord}, ${o.reden ?? null}, ${o.woonplaatsGemeente ?? null}, ${out.berichtId})
    returning id`;
  const afgewezen = o.verzoekAntwoord === '1';
  await tx`
    update verzoek set status = ${afgewezen ? 'afgewezen' : 'in_onderzoek'}, decided_at = ${afgewezen ? o.now : null}
    where id = ${v.id}`;
  return { berichtId: out.berichtId, identificatie: identificatie!, antwoordId: a!.id };
}

/** A JW319 the provider rejected (JW320) counts as not sent (OP286): its request returns to the status it had before. */
export async function antwoordAfgekeurd(tx: Sql, jw319Id: number): Promise<number[]> {
  const rows = await tx<{ verzoek_id: number }[]>`
    update antwoord set status = 'afgekeurd' where bericht_id = ${jw319Id} and status = 'verzonden' returning verzoek_id`;
  const ids = [...new Set(rows.map((r) => r.verzoek_id))];
  await herberekenStatus(tx, ids);
  return ids;
}

/**
 * The effect on requests of a retour that rejects our message (any code but 0200/0233; IV032,
 * OP286): a rejected JW319 is taken back, and a rejected JW301 no longer honours the requests it
 * answered. src/process/inbound.ts calls it next to undoing the JW301's toewijzing versions.
 */
export async function verzoekNaAfkeuring(tx: Sql, heen: MessageCode, heenId: number): Promise<void> {
  if (heen === 'JW319') await antwoordAfgekeurd(tx, heenId);
  else if (heen === 'JW301') await honoreringAfgekeurd(tx, heenId);
}
