/**
 * The legal terms, as the backoffice and monitoring see them (GET /termijnen, gemeente keys):
 * every open obligation with its due moment, earliest first, and per term the share answered in
 * time. The deadline of an answer is stored with the incoming message at receipt (src/inbox/deadline.ts);
 * the provider's retour on our JW301/JW319 is due 3 working days after delivery (OP090).
 */
import type { FastifyInstance } from 'fastify';
import type { Sql } from '../db/index.js';
import { requireClient } from '../http/auth.js';
import { deadlineFor, type WorkingDayCalendar } from '../process/terms/index.js';
import { inOnderzoekMoment } from '../process/terms/bewaker.js';
import { DEFAULT_BEWAKER, type BewakerConfig } from '../process/terms/bewaker-config.js';

export type Termijn = 'retourbericht' | 'declaratieAntwoord' | 'retourberichtVerwacht' | 'verzoekAntwoord' | 'eindAntwoord' | 'woonplaatsbeginsel';

export interface OpenVerplichting {
  termijn: Termijn;
  /** Who must act: G = we, P = the provider (we follow it up). */
  partij: 'G' | 'P';
  bericht: { id: number; berichtcode: string; identificatie: string | null; aanbieder: string };
  uiterlijk: Date;
  verlopen: boolean;
  /** retourberichtVerwacht: when our message was delivered. */
  verzondenOp?: Date;
  /** verzoekAntwoord / eindAntwoord: the request (a VOT product or a VOW) the answer is owed on. */
  verzoek?: { id: number; referentieAanbieder: string; status: string };
  /** verzoekAntwoord: when the termijnbewaker takes the request in onderzoek if nobody decides. */
  automatischInOnderzoekOp?: Date;
  /** eindAntwoord: when the request was escalated for nearing its 8-week deadline. */
  geescaleerdOp?: Date | null;
}

export interface TermijnStand {
  termijn: Termijn;
  beantwoord: number;
  opTijd: number;
}

const termijnOf = (berichtcode: string): Termijn => (berichtcode === 'JW323' ? 'declaratieAntwoord' : 'retourbericht');

export async function openVerplichtingen(
  sql: Sql,
  gemeente: string,
  calendar: WorkingDayCalendar,
  now = new Date(),
  bewaker: BewakerConfig = DEFAULT_BEWAKER,
): Promise<OpenVerplichting[]> {
  const ours = await sql<{ id: number; berichtcode: string; identificatie: string | null; afzender: string; deadline: Date }[]>`
    select id, berichtcode, identificatie, afzender, deadline from bericht
    where direction = 'in' and state = 'received' and deadline is not null and ontvanger = ${gemeente}`;
  const theirs = await sql<{ id: number; berichtcode: string; identificatie: string; ontvanger: string; processed_at: Date }[]>`
    select o.id, o.berichtcode, o.identificatie, o.ontvanger, o.processed_at from bericht o
    where o.direction = 'out' and o.berichtcode in ('JW301', 'JW319') and o.afzender = ${gemeente} and o.state = 'sent'
      and not exists (select 1 from bericht r where r.heen_id = o.id and r.direction = 'in')`;
  // Requests: the first answer (JW301 or JW319) within 5 working days, the final one within 8 weeks (OP274, OP346).
  const verzoeken = await sql<{ id: number; status: string; referentie_aanbieder: string; agb: string; antwoord_uiterlijk: Date; eindantwoord_uiterlijk: Date; woonplaats_uiterlijk: Date | null; geescaleerd_op: Date | null; bericht_id: number; berichtcode: string; identificatie: string | null }[]>`
    select v.id, v.status, v.referentie_aanbieder, v.agb, v.antwoord_uiterlijk, v.eindantwoord_uiterlijk, v.woonplaats_uiterlijk, v.geescaleerd_op,
           b.id as bericht_id, b.berichtcode, b.identificatie
    from verzoek v join bericht b on b.id = v.bericht_id
    where v.gemeente = ${gemeente} and v.status in ('open', 'in_onderzoek')`;
  const list: OpenVerplichting[] = [
    ...verzoeken.flatMap((v) => {
      const base = {
        partij: 'G' as const,
        bericht: { id: v.bericht_id, berichtcode: v.berichtcode, identificatie: v.identificatie, aanbieder: v.agb },
        verzoek: { id: v.id, referentieAanbieder: v.referentie_aanbieder, status: v.status },
      };
      const eind = { ...base, termijn: 'eindAntwoord' as const, uiterlijk: v.eindantwoord_uiterlijk, verlopen: v.eindantwoord_uiterlijk < now, geescaleerdOp: v.geescaleerd_op };
      // OP359: the last moment to reject on the woonplaatsbeginsel, while it lies ahead; after it that
      // rejection is refused, so it never lapses (the request still has its other terms).
      const woonplaats = v.woonplaats_uiterlijk && v.woonplaats_uiterlijk >= now
        ? [{ ...base, termijn: 'woonplaatsbeginsel' as const, uiterlijk: v.woonplaats_uiterlijk, verlopen: false }]
        : [];
      if (v.status !== 'open') return [eind, ...woonplaats];
      return [
        { ...base, termijn: 'verzoekAntwoord' as const, uiterlijk: v.antwoord_uiterlijk, verlopen: v.antwoord_uiterlijk < now, automatischInOnderzoekOp: inOnderzoekMoment(v, bewaker, calendar) },
        eind,
        ...woonplaats,
      ];
    }),
    ...ours.map((m) => ({
      termijn: termijnOf(m.berichtcode),
      partij: 'G' as const,
      bericht: { id: m.id, berichtcode: m.berichtcode, identificatie: m.identificatie, aanbieder: m.afzender },
      uiterlijk: m.deadline,
      verlopen: m.deadline < now,
    })),
    ...theirs.map((o) => {
      const uiterlijk = deadlineFor('retourberichtVerwacht', o.processed_at, calendar).dueAt;
      return {
        termijn: 'retourberichtVerwacht' as const,
        partij: 'P' as const,
        bericht: { id: o.id, berichtcode: o.berichtcode, identificatie: o.identificatie, aanbieder: o.ontvanger },
        uiterlijk,
        verlopen: uiterlijk < now,
        verzondenOp: o.processed_at,
      };
    }),
  ];
  return list.sort((a, b) => a.uiterlijk.getTime() - b.uiterlijk.getTime());
}

/** Per term: how many of our answers there are, and how many left before their deadline. */
export async function termijnStand(sql: Sql, gemeente?: string): Promise<TermijnStand[]> {
  const rows = await sql<{ berichtcode: string; beantwoord: number; op_tijd: number }[]>`
    select h.berichtcode, count(*)::int as beantwoord, count(*) filter (where a.created_at <= h.deadline)::int as op_tijd
    from bericht h join bericht a on a.heen_id = h.id and a.direction = 'out'
    where h.direction = 'in' and h.deadline is not null and (${gemeente ?? null}::text is null or h.ontvanger = ${gemeente ?? null})
    group by h.berichtcode`;
  const stand = new Map<Termijn, TermijnStand>();
  for (const r of rows) {
    const t = termijnOf(r.berichtcode);
    const s = stand.get(t) ?? { termijn: t, beantwoord: 0, opTijd: 0 };
    s.beantwoord += r.beantwoord;
    s.opTijd += r.op_tijd;
    stand.set(t, s);
  }
  // OP359: rejections on the woonplaatsbeginsel, against their own 2-week term.
  const [w] = await sql<{ beantwoord: number; op_tijd: number }[]>`
    select count(*)::int as beantwoord, count(*) filter (where a.created_at <= v.woonplaats_uiterlijk)::int as op_tijd
    from antwoord a join verzoek v on v.id = a.verzoek_id
    where a.reden_afwijzing = '8' and a.status = 'verzonden' and (${gemeente ?? null}::text is null or v.gemeente = ${gemeente ?? null})`;
  if (w!.beantwoord) stand.set('woonplaatsbeginsel', { termijn: 'woonplaatsbeginsel', beantwoord: w!.beantwoord, opTijd: w!.op_tijd });
  return [...stand.values()];
}

export function registerTermijnen(app: FastifyInstance, deps: { sql: Sql; calendar: WorkingDayCalendar; now: () => Date; bewaker?: BewakerConfig }): void {
  app.get('/termijnen', { preHandler: requireClient(deps.sql) }, async (req, reply) => {
    const party = req.client!.party;
    if (party.kind !== 'gemeente') return reply.code(403).send({ error: 'the terms overview is for a gemeente' });
    return {
      open: await openVerplichtingen(deps.sql, party.code, deps.calendar, deps.now(), deps.bewaker),
      stand: await termijnStand(deps.sql, party.code),
    };
  });
}
