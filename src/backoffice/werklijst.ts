/**
 * The backoffice work list (GET /werklijst, gemeente keys): what needs a person.
 * - `afgekeurd`: a JW301/JW319 the provider rejected in its JW302/JW320 (any code but 0200/0233).
 *   It counts as not sent (IV032, OP286): correct it and send again.
 * - `retour-ontbreekt`: a JW301/JW319 delivered more than 3 working days ago without a JW302/JW320
 *   (OP090): follow it up with the provider outside the message traffic.
 * - `verzoek-termijn`: an open request (VOT product, VOW) whose answer is due by the end of the next
 *   working day or overdue (OP274, OP346): decide it at GET /verzoeken/:id.
 * - `escalatie`: a request the termijnbewaker escalated because its 8-week final answer is near
 *   (src/process/terms/bewaker.ts); listed once, instead of as verzoek-termijn.
 * - `verwerking-vast`: an incoming message whose processing keeps failing, escalated by the
 *   termijnbewaker near its answer deadline: look at its errors (GET /berichten/:id) and the logs.
 */
import type { FastifyInstance } from 'fastify';
import type { Sql } from '../db/index.js';
import { requireClient } from '../http/auth.js';
import { amsterdamDate, type WorkingDayCalendar } from '../process/terms/index.js';
import { openVerplichtingen } from './termijnen.js';
import { openVerzoeken } from './verzoeken.js';

export interface WerklijstItem {
  soort: 'afgekeurd' | 'retour-ontbreekt' | 'verzoek-termijn' | 'escalatie' | 'verwerking-vast';
  bericht: { id: number; berichtcode: string; identificatie: string; aanbieder: string; verzondenOp: Date | null };
  retour?: { id: number; retourcodes: string[]; ontvangenOp: Date };
  /** retour-ontbreekt: when the retour was due; verzoek-termijn: when the answer is due. */
  termijn?: Date;
  /** verzoek-termijn: the request (its JW315/JW317 is `bericht`). */
  verzoek?: { id: number; soort: 'vot' | 'vow'; referentieAanbieder: string; status: 'open' | 'in_onderzoek'; verlopen: boolean };
}

export async function werklijst(sql: Sql, gemeente: string, calendar: WorkingDayCalendar, now = new Date()): Promise<WerklijstItem[]> {
  const afgekeurd = await sql<{ id: number; berichtcode: string; identificatie: string; ontvanger: string; processed_at: Date | null; retour_id: number; retourcodes: string[]; ontvangen: Date }[]>`
    select o.id, o.berichtcode, o.identificatie, o.ontvanger, o.processed_at, r.id as retour_id, r.retourcodes, r.created_at as ontvangen
    from bericht r join bericht o on o.id = r.heen_id
    where r.direction = 'in' and r.berichtcode in ('JW302', 'JW320') and r.verdict = 'ok'
      and o.afzender = ${gemeente}
      and exists (select 1 from unnest(r.retourcodes) c where c not in ('0200', '0233'))
    order by r.id`;
  const items: WerklijstItem[] = afgekeurd.map((a) => ({
    soort: 'afgekeurd',
    bericht: { id: a.id, berichtcode: a.berichtcode, identificatie: a.identificatie, aanbieder: a.ontvanger, verzondenOp: a.processed_at },
    retour: { id: a.retour_id, retourcodes: a.retourcodes, ontvangenOp: a.ontvangen },
  }));
  const geescaleerd = new Set<number>();
  for (const v of await openVerplichtingen(sql, gemeente, calendar, now)) {
    if (v.termijn === 'eindAntwoord' && v.geescaleerdOp && v.verzoek) {
      // The termijnbewaker escalated it: the 8-week final answer is near and only a person can give it.
      geescaleerd.add(v.verzoek.id);
      items.push({
        soort: 'escalatie',
        bericht: { ...v.bericht, identificatie: v.bericht.identificatie ?? '', verzondenOp: null },
        termijn: v.uiterlijk,
        verzoek: { id: v.verzoek.id, soort: v.bericht.berichtcode === 'JW315' ? 'vot' : 'vow', referentieAanbieder: v.verzoek.referentieAanbieder, status: v.verzoek.status as 'open' | 'in_onderzoek', verlopen: v.verlopen },
      });
      continue;
    }
    if (v.termijn !== 'retourberichtVerwacht' || !v.verlopen) continue;
    items.push({
      soort: 'retour-ontbreekt',
      bericht: { ...v.bericht, identificatie: v.bericht.identificatie ?? '', verzondenOp: v.verzondenOp ?? null },
      termijn: v.uiterlijk,
    });
  }
  const bijna = calendar.addWorkingDays(amsterdamDate(now), 1);
  for (const v of await openVerzoeken(sql, gemeente, now)) {
    if (amsterdamDate(v.uiterlijk) > bijna || geescaleerd.has(v.id)) continue;
    items.push({
      soort: 'verzoek-termijn',
      bericht: { id: v.bericht.id, berichtcode: v.bericht.berichtcode, identificatie: v.bericht.identificatie ?? '', aanbieder: v.aanbieder, verzondenOp: null },
      termijn: v.uiterlijk,
      verzoek: { id: v.id, soort: v.soort, referentieAanbieder: v.referentieAanbieder, status: v.status, verlopen: v.verlopen },
    });
  }
  const vast = await sql<{ id: number; berichtcode: string; identificatie: string; afzender: string; deadline: Date }[]>`
    select id, berichtcode, identificatie, afzender, deadline from bericht
    where direction = 'in' and state = 'received' and geescaleerd_op is not null and ontvanger = ${gemeente}
    order by deadline`;
  for (const m of vast) {
    items.push({
      soort: 'verwerking-vast',
      bericht: { id: m.id, berichtcode: m.berichtcode, identificatie: m.identificatie, aanbieder: m.afzender, verzondenOp: null },
      termijn: m.deadline,
    });
  }
  return items;
}

export function registerWerklijst(app: FastifyInstance, deps: { sql: Sql; calendar: WorkingDayCalendar; now: () => Date }): void {
  app.get('/werklijst', { preHandler: requireClient(deps.sql) }, async (req, reply) => {
    const party = req.client!.party;
    if (party.kind !== 'gemeente') return reply.code(403).send({ error: 'the work list is for a gemeente' });
    return { items: await werklijst(deps.sql, party.code, deps.calendar, deps.now()) };
  });
}
