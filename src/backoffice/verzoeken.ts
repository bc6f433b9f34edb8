/**
 * Backoffice API for requests (VOT products and VOWs; gemeente keys, for their own requests):
 * - GET /verzoeken: the open ones with their deadlines, the most urgent first;
 * - GET /verzoeken/:id: one request with its content and the answers sent on it;
 * - POST /verzoeken/:id/toewijzen: honour it with a JW301 (OP344);
 * - POST /verzoeken/:id/afwijzen: reject it with a JW319 VerzoekAntwoord 1 and a WJ759 reason;
 * - POST /verzoeken/:id/in-onderzoek: a JW319 VerzoekAntwoord 2, once (TR360).
 *
 * A VOT is decided per product, a VOW as a whole (OP344). After "in onderzoek" a final answer
 * still follows (TR359, TR365); after a final answer nothing does (409, naming the rule). Each
 * decision is one transaction: the ledger change and the outgoing message commit together.
 *
 * Honouring a VOT product (IV094): the gemeente may deviate from what was requested (dates, omvang,
 * budget, even the product); by default it assigns what was requested. A new ToewijzingNummer
 * (TR332), the same checks as POST /toewijzingen (contract OP296, extension instead of a continuing
 * toewijzing OP380, client data), and the JW301 with the client's full current set (OP087) where
 * only the new toewijzing carries the product's ReferentieAanbieder (TR379, IV094).
 *
 * Honouring a VOW (IV093, OP348, OP257, OP380): taken over as requested, in ONE JW301 with the VOW's
 * ReferentieAanbieder on every ToegewezenProduct. OngewijzigdProduct: re-sent unchanged (no
 * RedenWijziging, same Toewijzingsdatum/-tijd, IV013). TeWijzigenProduct: when only the Einddatum,
 * the Budget or a total volume (Frequentie 6) changes, the same number with RedenWijziging 12;
 * otherwise the toewijzing ends the day before the GewensteIngangsdatum (RedenWijziging 12) and a
 * new number carries the change from that date; a change from its very Ingangsdatum deletes it
 * (RedenWijziging 13, refused under TR385 while approved prestaties on it are not credited) and a new
 * number covers the whole period. NieuwProduct: a new number. A GewensteIngangsdatum that has passed
 * is only honoured in agreement with the provider (IV093, OP345: instemmingAanbieder), as requested
 * or, with `ingangsdatum`, from a later date agreed with the provider (IV093 examples 2a, 3b): the
 * changes and new products take effect on that date, an end asked before it moves to the day before.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Sql } from '../db/index.js';
import { requireClient } from '../http/auth.js';
import { openVoorVerwijderen } from '../ledger/gebruik.js';
import { stuurJw319 } from '../ledger/antwoord.js';
import { contractControle, type ContractUitkomst } from '../ledger/contract.js';
import type { Regio } from '../ledger/regio/index.js';
import { huidigeVersies, isActueel, isVerwijderd, stuurJw301, type ClientGegevens, type VersieRow } from '../ledger/toewijzing.js';
import { VERZOEK_COLUMNS, type VerzoekRow } from '../ledger/verzoek.js';
import { BuildError } from '../message/xml/build.js';
import type {
  CDT_Omvang,
  CDT_Product,
  JW315AangevraagdProduct,
  JW317Verzoek,
  LDT_RedenAfwijzingVerzoek,
} from '../message/types.generated.js';
import type { Metrics } from '../metrics.js';
import { RuleViolationError } from '../process/rules/engine.js';
import { addDays, amsterdamDate } from '../process/terms/index.js';
import { moetVerlengen } from './toewijzingen.js';

export interface Deps {
  sql: Sql;
  metrics: Metrics;
  regios: readonly Regio[];
  now: () => Date;
  onQueued(): void;
}

/** An open request as the list shows it. */
export interface OpenVerzoek {
  id: number;
  soort: 'vot' | 'vow';
  aanbieder: string;
  bsn: string;
  referentieAanbieder: string;
  status: 'open' | 'in_onderzoek';
  dagtekening: string;
  ontvangenOp: Date;
  /** The deadline that applies now: the 5 working days while open (or the 8 weeks if earlier), the 8 weeks in onderzoek. */
  uiterlijk: Date;
  verlopen: boolean;
  antwoordUiterlijk: Date;
  eindantwoordUiterlijk: Date;
  /** VOT: the last moment for a rejection on the woonplaatsbeginsel (OP359); null for a VOW. */
  woonplaatsUiterlijk: Date | null;
  bericht: { id: number; berichtcode: 'JW315' | 'JW317'; identificatie: string | null };
}

/** The open requests of a gemeente, the earliest deadline first (also read by GET /werklijst). */
export async function openVerzoeken(sql: Sql, gemeente: string, now: Date): Promise<OpenVerzoek[]> {
  const rows = await sql<(VerzoekRow & { uiterlijk: Date; identificatie: string | null })[]>`
    select v.id, v.agb, v.bsn, v.referentie_aanbieder, v.soort, v.bericht_id, to_char(v.dagtekening, 'YYYY-MM-DD') as dagtekening,
           v.ontvangen_op, v.status, v.antwoord_uiterlijk, v.eindantwoord_uiterlijk, v.woonplaats_uiterlijk,
           case when v.status = 'open' then least(v.antwoord_uiterlijk, v.eindantwoord_uiterlijk) else v.eindantwoord_uiterlijk end as uiterlijk,
           b.identificatie
    from verzoek v join bericht b on b.id = v.bericht_id
    where v.gemeente = ${gemeente} and v.status in ('open', 'in_onderzoek')
    order by uiterlijk, v.id`;
  return rows.map((r) => ({
    id: r.id,
    soort: r.soort,
    aanbieder: r.agb,
    bsn: r.bsn,
    referentieAanbieder: r.referentie_aanbieder,
    status: r.status as 'open' | 'in_onderzoek',
    dagtekening: r.dagtekening,
    ontvangenOp: r.ontvangen_op,
    uiterlijk: r.uiterlijk,
    verlopen: r.uiterlijk < now,
    antwoordUiterlijk: r.antwoord_uiterlijk,
    eindantwoordUiterlijk: r.eindantwoord_uiterlijk,
    woonplaatsUiterlijk: r.woonplaats_uiterlijk,
    bericht: { id: r.bericht_id, berichtcode: r.soort === 'vot' ? 'JW315' : 'JW317', identificatie: r.identificatie },
  }));
}

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const ID = { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^\\d{1,15}$' } } } as const;

/** POST /verzoeken/:id/toewijzen. For a VOT product every field may deviate from the request (IV094); a VOW takes none of them (IV093). */
export interface Toewijzen {
  /** The client as sent in a JW301, when the gemeente has not sent this client before. */
  client?: ClientGegevens;
  product?: CDT_Product | null;
  ingangsdatum?: string;
  einddatum?: string | null;
  omvang?: CDT_Omvang | null;
  budget?: number | null;
  commentaar?: string;
  /**
   * The provider agreed (a VOW with a GewensteIngangsdatum that has passed: IV093, OP345). For a VOW,
   * `ingangsdatum` is then the later date agreed for the changes to take effect.
   */
  instemmingAanbieder?: boolean;
}

const TOEWIJZEN = {
  type: 'object',
  additionalProperties: false,
  properties: {
    client: { type: 'object' },
    product: { anyOf: [{ type: 'object' }, { type: 'null' }] },
    ingangsdatum: DATE,
    einddatum: { anyOf: [DATE, { type: 'null' }] },
    omvang: { anyOf: [{ type: 'object' }, { type: 'null' }] },
    budget: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] },
    commentaar: { type: 'string' },
    instemmingAanbieder: { type: 'boolean' },
  },
} as const;

export interface Afwijzen {
  /** WJ759 RedenAfwijzingVerzoek. */
  reden: LDT_RedenAfwijzingVerzoek;
  /** With reden 8 (Woonplaatsbeginsel): the responsible gemeente (TR377). */
  gemeente?: string;
}

const AFWIJZEN = {
  type: 'object',
  required: ['reden'],
  additionalProperties: false,
  properties: {
    reden: { type: 'string', enum: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] },
    gemeente: { type: 'string', pattern: '^\\d{4}$' },
  },
} as const;

class Refused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function registerVerzoeken(app: FastifyInstance, deps: Deps): void {
  const auth = requireClient(deps.sql);

  const gemeenteOf = (req: FastifyRequest, reply: FastifyReply): string | undefined => {
    const party = req.client!.party;
    if (party.kind === 'gemeente') return party.code;
    void reply.code(403).send({ error: 'only a gemeente decides on requests' });
    return undefined;
  };

  app.get('/verzoeken', { preHandler: auth }, async (req, reply) => {
    const gemeente = gemeenteOf(req, reply);
    if (!gemeente) return reply;
    return { verzoeken: await openVerzoeken(deps.sql, gemeente, deps.now()) };
  });

  app.get<{ Params: { id: string } }>('/verzoeken/:id', { preHandler: auth, schema: { params: ID } }, async (req, reply) => {
    const gemeente = gemeenteOf(req, reply);
    if (!gemeente) return reply;
    const [v] = await deps.sql<(VerzoekRow & { identificatie: string | null })[]>`
      select ${deps.sql.unsafe(VERZOEK_COLUMNS)}, (select identificatie from bericht where id = verzoek.bericht_id) as identificatie
      from verzoek where id = ${Number(req.params.id)} and gemeente = ${gemeente}`;
    if (!v) return reply.code(404).send({ error: `no request ${req.params.id} of gemeente ${gemeente}` });
    const antwoorden = await deps.sql<{ id: number; verzoek_antwoord: string; reden_afwijzing: string | null; woonplaats_gemeente: string | null; bericht_id: number; status: string; created_at: Date }[]>`
      select id, verzoek_antwoord, reden_afwijzing, woonplaats_gemeente, bericht_id, status, created_at from antwoord where verzoek_id = ${v.id} order by id`;
    return {
      id: v.id,
      soort: v.soort,
      aanbieder: v.agb,
      bsn: v.bsn,
      referentieAanbieder: v.referentie_aanbieder,
      status: v.status,
      dagtekening: v.dagtekening,
      ontvangenOp: v.ontvangen_op,
      antwoordUiterlijk: v.antwoord_uiterlijk,
      eindantwoordUiterlijk: v.eindantwoord_uiterlijk,
      woonplaatsUiterlijk: v.woonplaats_uiterlijk,
      besluitOp: v.decided_at,
      bericht: { id: v.bericht_id, berichtcode: v.soort === 'vot' ? 'JW315' : 'JW317', identificatie: v.identificatie },
      inhoud: v.inhoud,
      toewijzing: v.toegewezen_bericht_id === null ? null : { bericht: { id: v.toegewezen_bericht_id, berichtcode: 'JW301' } },
      antwoorden: antwoorden.map((a) => ({
        id: a.id,
        verzoekAntwoord: a.verzoek_antwoord,
        redenAfwijzingVerzoek: a.reden_afwijzing,
        woonplaatsbeginsel: a.woonplaats_gemeente,
        bericht: { id: a.bericht_id, berichtcode: 'JW319' },
        status: a.status,
        verzondenOp: a.created_at,
      })),
    };
  });

  /** One decision: the request locked, checked, decided and answered in one transaction. */
  async function decide(
    req: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    actie: 'toewijzen' | 'afwijzen' | 'in-onderzoek',
    run: (tx: Sql, v: VerzoekRow, now: Date) => Promise<Record<string, unknown> & { bericht: { id: number; berichtcode: 'JW301' | 'JW319'; identificatie: string } }>,
  ) {
    const gemeente = gemeenteOf(req, reply);
    if (!gemeente) return reply;
    const now = deps.now();
    try {
      const result = await deps.sql.begin(async (t) => {
        const tx = t as unknown as Sql;
        const [v] = await tx<VerzoekRow[]>`
          select ${tx.unsafe(VERZOEK_COLUMNS)} from verzoek where id = ${Number(req.params.id)} and gemeente = ${gemeente} for update`;
        if (!v) throw new Refused(404, `no request ${req.params.id} of gemeente ${gemeente}`);
        besluitbaar(v, actie);
        return run(tx, v, now);
      });
      deps.metrics.queued(result.bericht.berichtcode);
      deps.onQueued();
      // No BSN in the log: the request's id and reference identify it.
      req.log.info({ verzoek: Number(req.params.id), actie, bericht: result.bericht.id }, 'request decided');
      return reply.send(result);
    } catch (e) {
      return refusal(reply, e);
    }
  }

  app.post<{ Params: { id: string }; Body: Toewijzen }>(
    '/verzoeken/:id/toewijzen',
    { preHandler: auth, schema: { params: ID, body: TOEWIJZEN } },
    (req, reply) =>
      decide(req, reply, 'toewijzen', async (tx, v, now) => {
        const b = req.body ?? {};
        const uitkomst = v.soort === 'vot' ? await honoreerVot(tx, v, b, deps.regios, now) : await honoreerVow(tx, v, b, deps.regios, now);
        return {
          verzoek: v.id,
          status: 'toegewezen',
          toewijzingNummers: uitkomst.nummers,
          bericht: { id: uitkomst.jw301.berichtId, berichtcode: 'JW301' as const, identificatie: uitkomst.jw301.identificatie },
          contract: uitkomst.contract,
        };
      }),
  );

  app.post<{ Params: { id: string }; Body: Afwijzen }>(
    '/verzoeken/:id/afwijzen',
    { preHandler: auth, schema: { params: ID, body: AFWIJZEN } },
    (req, reply) =>
      decide(req, reply, 'afwijzen', async (tx, v, now) => {
        const { reden, gemeente } = req.body;
        if (reden === '8') {
          // FAQ: the woonplaatsbeginsel is a reason for VOTs only; TR377: it names the responsible gemeente.
          if (v.soort !== 'vot') throw new Refused(422, 'RedenAfwijzingVerzoek 8 (Woonplaatsbeginsel) is for a VOT only (FAQ); for a VOW use 5 (Andere gemeente)');
          if (!gemeente) throw new Refused(422, "RedenAfwijzingVerzoek 8 (Woonplaatsbeginsel) needs 'gemeente', the responsible municipality (TR377, OP359)");
          if (gemeente === v.gemeente) throw new Refused(422, `'gemeente' names the municipality responsible under the woonplaatsbeginsel, not ${v.gemeente} itself (OP359)`);
          // OP359: within 2 weeks of receipt; after that the gemeente decides the request itself.
          if (v.woonplaats_uiterlijk && now > v.woonplaats_uiterlijk) {
            throw new Refused(409, `the 2-week term for a rejection on the woonplaatsbeginsel ended ${v.woonplaats_uiterlijk.toISOString()} (OP359): decide the request yourself (toewijzen, or another RedenAfwijzingVerzoek)`);
          }
        } else if (gemeente) {
          throw new Refused(422, `'gemeente' (Woonplaatsbeginsel) only goes with RedenAfwijzingVerzoek 8 (TR409)`);
        }
        const sent = await stuurJw319(tx, { verzoekId: v.id, verzoekAntwoord: '1', reden, ...(gemeente ? { woonplaatsGemeente: gemeente } : {}), now });
        return { verzoek: v.id, status: 'afgewezen', bericht: { id: sent.berichtId, berichtcode: 'JW319' as const, identificatie: sent.identificatie } };
      }),
  );

  app.post<{ Params: { id: string } }>(
    '/verzoeken/:id/in-onderzoek',
    { preHandler: auth, schema: { params: ID } },
    (req, reply) =>
      decide(req, reply, 'in-onderzoek', async (tx, v, now) => {
        const sent = await stuurJw319(tx, { verzoekId: v.id, verzoekAntwoord: '2', now });
        return {
          verzoek: v.id,
          status: 'in_onderzoek',
          eindantwoordUiterlijk: v.eindantwoord_uiterlijk,
          bericht: { id: sent.berichtId, berichtcode: 'JW319' as const, identificatie: sent.identificatie },
        };
      }),
  );
}

/** What may still be decided on a request in its status; a refusal names the rule. */
function besluitbaar(v: VerzoekRow, actie: 'toewijzen' | 'afwijzen' | 'in-onderzoek'): void {
  const ref = `request ${v.id} (ReferentieAanbieder ${v.referentie_aanbieder})`;
  if (v.status === 'toegewezen') {
    throw new Refused(409, actie === 'toewijzen'
      ? `${ref} was already honoured by a JW301: its ReferentieAanbieder goes only in the first JW301 that honours it (TR379, OP344)`
      : `${ref} was already honoured by a JW301: no JW319 may follow it (TR359)`);
  }
  if (v.status === 'afgewezen') {
    throw new Refused(409, actie === 'toewijzen'
      ? `${ref} was already rejected (JW319 VerzoekAntwoord 1): that answer is final (OP344, TR365)`
      : `${ref} was already rejected (JW319 VerzoekAntwoord 1): nothing can follow a rejection (TR365${actie === 'in-onderzoek' ? ', TR360' : ''})`);
  }
  if (v.status === 'in_onderzoek' && actie === 'in-onderzoek') {
    throw new Refused(409, `${ref} is already in onderzoek: VerzoekAntwoord 2 is sent once, then a JW301 or a rejection follows (TR360)`);
  }
}

const sameOmvang = (a: CDT_Omvang | null | undefined, b: CDT_Omvang | null | undefined): boolean =>
  (!a && !b) || (!!a && !!b && a.Volume === b.Volume && a.Eenheid === b.Eenheid && a.Frequentie === b.Frequentie);

/** The client data for the JW301: the body's (stored for the gemeente), or what the gemeente sent before. */
async function clientGegevens(tx: Sql, v: VerzoekRow, client: ClientGegevens | undefined): Promise<void> {
  if (client) {
    if (client.Bsn !== v.bsn) throw new Refused(422, "client.Bsn is not the client of this request");
    await tx`
      insert into client_gegevens (gemeente, bsn, gegevens) values (${v.gemeente}, ${v.bsn}, ${tx.json(client as never)})
      on conflict (gemeente, bsn) do update set gegevens = excluded.gegevens, bijgewerkt_op = now()`;
    return;
  }
  const [known] = await tx`select 1 from client_gegevens where gemeente = ${v.gemeente} and bsn = ${v.bsn}`;
  if (!known) throw new Refused(422, "no client data for this client yet: send 'client' (the client as sent in a JW301) the first time");
}

function contractOf(regios: readonly Regio[], v: VerzoekRow, product: CDT_Product | undefined, omvang: CDT_Omvang | undefined, datum: string): ContractUitkomst {
  const c = contractControle(regios, { gemeente: v.gemeente, agb: v.agb, product, omvang, datum });
  if (c.weigeringen.length) {
    throw new Refused(422, `the toewijzing does not fit the contract (OP296): ${c.weigeringen.join('; ')}; reject the request with reden 3 or 4 instead`);
  }
  return c;
}

interface NieuweVersie {
  toewijzingId: number;
  vastgesteldOp: Date;
  product: CDT_Product | undefined;
  ingangsdatum: string;
  einddatum: string | null;
  redenWijziging: string | null;
  omvang: CDT_Omvang | null;
  budget: number | null;
  commentaar: string | null;
  referentie: string;
  instemming: boolean;
}

async function insertVersie(tx: Sql, n: NieuweVersie): Promise<void> {
  await tx`
    insert into toewijzing_versie (toewijzing_id, vastgesteld_op, product_categorie, product_code, ingangsdatum, einddatum,
                                   reden_wijziging, omvang, budget, referentie_aanbieder, commentaar, instemming_aanbieder)
    values (${n.toewijzingId}, ${n.vastgesteldOp}, ${n.product?.Categorie ?? null}, ${n.product?.Code ?? null}, ${n.ingangsdatum},
            ${n.einddatum}, ${n.redenWijziging}, ${n.omvang ? tx.json(n.omvang as never) : null}, ${n.budget},
            ${n.referentie}, ${n.commentaar}, ${n.instemming})`;
}

/** A new toewijzing with a new number (TR332): its first version honours the request. */
async function nieuweToewijzing(tx: Sql, v: VerzoekRow, versie: Omit<NieuweVersie, 'toewijzingId'>): Promise<number> {
  const [t] = await tx<{ id: number; toewijzingnummer: number }[]>`
    insert into toewijzing (gemeente, toewijzingnummer, agb, bsn)
    values (${v.gemeente}, nextval('toewijzingnummer_seq'), ${v.agb}, ${v.bsn})
    returning id, toewijzingnummer`;
  await insertVersie(tx, { ...versie, toewijzingId: t!.id });
  return t!.toewijzingnummer;
}

function productOfVersie(h: Pick<VersieRow, 'product_categorie' | 'product_code'>): CDT_Product | undefined {
  return h.product_categorie ? ({ Categorie: h.product_categorie, ...(h.product_code ? { Code: h.product_code } : {}) } as CDT_Product) : undefined;
}

interface Honoured {
  nummers: number[];
  jw301: { berichtId: number; identificatie: string };
  contract: { regio: string | null; onbekend: string[] };
}

/** IV094: one VOT product, by default as requested, with a new ToewijzingNummer. */
async function honoreerVot(tx: Sql, v: VerzoekRow, b: Toewijzen, regios: readonly Regio[], now: Date): Promise<Honoured> {
  if (b.instemmingAanbieder !== undefined) throw new Refused(422, "'instemmingAanbieder' is for honouring a VOW with a passed GewensteIngangsdatum");
  const gevraagd = v.inhoud as JW315AangevraagdProduct;
  const pick = <K extends keyof Toewijzen, T>(key: K, requested: T | undefined): T | undefined =>
    key in b ? ((b[key] as T | null | undefined) ?? undefined) : requested;
  const product = pick('product', gevraagd.Product);
  const ingangsdatum = b.ingangsdatum ?? gevraagd.ToewijzingIngangsdatum;
  const einddatum = pick('einddatum', gevraagd.ToewijzingEinddatum);
  const omvang = pick('omvang', gevraagd.Omvang);
  const budget = pick('budget', gevraagd.Budget);
  if (einddatum && einddatum < ingangsdatum) throw new Refused(422, `einddatum ${einddatum} lies before ingangsdatum ${ingangsdatum}`);
  const contract = contractOf(regios, v, product, omvang, ingangsdatum);
  await clientGegevens(tx, v, b.client);
  const today = amsterdamDate(now);
  const verlengen = moetVerlengen(await huidigeVersies(tx, v.gemeente, v.agb, v.bsn), { product, ingangsdatum, omvang }, today);
  if (verlengen) {
    throw new Refused(422, `this would directly continue toewijzing ${verlengen.toewijzingnummer} with the same product and volume, whose Einddatum has not passed: OP380 requires extending it instead of a new toewijzing; choose other dates, or reject the request and extend (PATCH /toewijzingen/${verlengen.toewijzingnummer})`);
  }
  const nummer = await nieuweToewijzing(tx, v, {
    vastgesteldOp: now,
    product,
    ingangsdatum,
    einddatum: einddatum ?? null,
    redenWijziging: null,
    omvang: omvang ?? null,
    budget: budget ?? null,
    commentaar: b.commentaar ?? null,
    referentie: v.referentie_aanbieder,
    instemming: false,
  });
  const jw301 = await stuurJw301(tx, {
    gemeente: v.gemeente, agb: v.agb, bsn: v.bsn, now,
    honoreert: [{ referentieAanbieder: v.referentie_aanbieder, soort: 'vot', toewijzingNummers: [nummer] }],
  });
  await tx`update verzoek set status = 'toegewezen', toegewezen_bericht_id = ${jw301.berichtId}, decided_at = ${now} where id = ${v.id}`;
  return { nummers: [nummer], jw301, contract: { regio: contract.regio, onbekend: contract.onbekend } };
}

/** IV093: the whole VOW, as requested, in one JW301. */
async function honoreerVow(tx: Sql, v: VerzoekRow, b: Toewijzen, regios: readonly Regio[], now: Date): Promise<Honoured> {
  const extra = Object.keys(b).filter((k) => k !== 'instemmingAanbieder' && k !== 'client' && k !== 'ingangsdatum');
  if (extra.length) {
    throw new Refused(422, `a VOW is honoured as requested, as a whole (OP344, OP348, IV093): ${extra.join(', ')} cannot be given; reject it if it cannot be honoured so`);
  }
  await clientGegevens(tx, v, b.client);
  const verzoek = v.inhoud as JW317Verzoek;
  const ref = v.referentie_aanbieder;
  const today = amsterdamDate(now);
  const ongewijzigd = verzoek.OngewijzigdeProducten?.OngewijzigdProduct ?? [];
  const teWijzigen = verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? [];
  const nieuw = verzoek.NieuweProducten?.NieuwProduct ?? [];

  const gewenst = [...teWijzigen, ...nieuw].map((p) => p.GewensteIngangsdatum);
  const verstreken = gewenst.filter((d) => d < today);
  if (verstreken.length && b.instemmingAanbieder !== true) {
    throw new Refused(422, `GewensteIngangsdatum ${[...new Set(verstreken)].sort().join(', ')} has passed: a VOW is honoured retroactively only in agreement with the provider (IV093, OP345): set instemmingAanbieder, or reject it`);
  }
  // IV093 (examples 2a, 3b): when a GewensteIngangsdatum has passed, the changes may take effect on
  // a later date agreed with the provider; only the toewijzingen's dates move, nothing else.
  const per = b.ingangsdatum;
  if (per !== undefined) {
    if (b.instemmingAanbieder !== true) throw new Refused(422, "'ingangsdatum' on a VOW is the date agreed with the provider (IV093): set instemmingAanbieder as well");
    if (!verstreken.length) throw new Refused(422, `'ingangsdatum' moves the changes of a VOW only when a GewensteIngangsdatum has passed (IV093); ${[...new Set(gewenst)].sort().join(', ')} still lie ahead: honour it as requested`);
    if (gewenst.every((d) => d >= per)) throw new Refused(422, `'ingangsdatum' ${per} is not after any GewensteIngangsdatum (${[...new Set(gewenst)].sort().join(', ')}): honour the VOW as requested`);
  }
  /** The date a requested change takes effect: as requested, or the agreed date when that is later. */
  const ingang = (gewensteIngangsdatum: string): string => (per !== undefined && per > gewensteIngangsdatum ? per : gewensteIngangsdatum);

  const huidige = await huidigeVersies(tx, v.gemeente, v.agb, v.bsn);
  const byNummer = new Map(huidige.map((h) => [h.toewijzingnummer, h]));
  const bestaand = (nummer: number): VersieRow => {
    const h = byNummer.get(nummer);
    if (!h || isVerwijderd(h)) {
      throw new Refused(409, `toewijzing ${nummer} named in the VOW no longer exists for this client at this provider: the VOW no longer describes the situation; reject it (OP344)`);
    }
    return h;
  };
  const genoemd = new Set<number>([...ongewijzigd.map((p) => p.ToewijzingNummer), ...teWijzigen.map((p) => p.ToewijzingNummer)]);
  // TR349: the VOW holds every actual toewijzing; one issued since it arrived would be left out of the package.
  const ontbreekt = huidige.filter((h) => isActueel(h, today) && !genoemd.has(h.toewijzingnummer)).map((h) => h.toewijzingnummer);
  if (ontbreekt.length) {
    throw new Refused(409, `toewijzing ${ontbreekt.join(', ')} is actual for this client but not in the VOW (TR349, IV093: the JW301 honours the complete package); reject the VOW`);
  }

  const nummers: number[] = [];
  const onbekend: string[] = [];
  let regio: string | null = null;
  /** An unchanged toewijzing re-sent with the VOW's reference: a copy of its current version, established at the same moment (IV013). */
  const herhaal = async (h: VersieRow): Promise<void> => {
    await insertVersie(tx, {
      toewijzingId: h.toewijzing_id, vastgesteldOp: h.vastgesteld_op, product: productOfVersie(h), ingangsdatum: h.ingangsdatum,
      einddatum: h.einddatum, redenWijziging: null, omvang: h.omvang, budget: h.budget, commentaar: h.commentaar, referentie: ref, instemming: true,
    });
    nummers.push(h.toewijzingnummer);
  };
  const nieuwNummer = async (product: CDT_Product | undefined, p: { GewensteIngangsdatum: string; Einddatum?: string; Omvang?: CDT_Omvang; Budget?: number }): Promise<void> => {
    const c = contractOf(regios, v, product, p.Omvang, p.GewensteIngangsdatum);
    regio = c.regio;
    onbekend.push(...c.onbekend);
    nummers.push(await nieuweToewijzing(tx, v, {
      vastgesteldOp: now, product, ingangsdatum: p.GewensteIngangsdatum, einddatum: p.Einddatum ?? null, redenWijziging: null,
      omvang: p.Omvang ?? null, budget: p.Budget ?? null, commentaar: null, referentie: ref, instemming: true,
    }));
  };

  for (const p of ongewijzigd) await herhaal(bestaand(p.ToewijzingNummer));

  for (const p of teWijzigen) {
    const h = bestaand(p.ToewijzingNummer);
    const omvang = p.Omvang ?? null;
    const budget = p.Budget ?? null;
    const vanaf = ingang(p.GewensteIngangsdatum);
    // An end asked before the agreed date moves with it: the provider went on delivering until then
    // (IV093 example 2a), never beyond the toewijzing's own Einddatum.
    const sameNumber = sameOmvang(h.omvang, omvang) || (h.omvang?.Frequentie === '6' && omvang?.Frequentie === '6' && omvang.Eenheid === h.omvang.Eenheid);
    let einddatum = p.Einddatum ?? null;
    if (sameNumber && per !== undefined && einddatum !== null && einddatum < addDays(per, -1)) {
      const tot = addDays(per, -1);
      einddatum = h.einddatum !== null && h.einddatum < tot ? h.einddatum : tot;
    }
    if (!sameNumber && einddatum !== null && einddatum < vanaf) {
      throw new Refused(422, `TeWijzigenProduct ${p.ToewijzingNummer}: its Einddatum ${einddatum} lies before the agreed ingangsdatum ${vanaf} of its new Omvang; agree another date or reject the VOW`);
    }
    if (p.GewensteIngangsdatum < h.ingangsdatum) {
      throw new Refused(422, `TeWijzigenProduct ${p.ToewijzingNummer}: GewensteIngangsdatum ${p.GewensteIngangsdatum} lies before its Ingangsdatum ${h.ingangsdatum}; an earlier start is an extra toewijzing, not a change: agree with the provider or reject the VOW`);
    }
    if (sameNumber) {
      // OP033x1, OP257, OP380: only Einddatum, Budget or a total volume: the same number, RedenWijziging 12.
      if (sameOmvang(h.omvang, omvang) && einddatum === h.einddatum && budget === h.budget) {
        await herhaal(h);
        continue;
      }
      await insertVersie(tx, {
        toewijzingId: h.toewijzing_id, vastgesteldOp: now, product: productOfVersie(h), ingangsdatum: h.ingangsdatum, einddatum,
        redenWijziging: '12', omvang, budget, commentaar: h.commentaar, referentie: ref, instemming: true,
      });
      nummers.push(h.toewijzingnummer);
      continue;
    }
    const nieuweInhoud = { GewensteIngangsdatum: vanaf, ...(einddatum ? { Einddatum: einddatum } : {}), ...(p.Omvang ? { Omvang: p.Omvang } : {}), ...(p.Budget !== undefined ? { Budget: p.Budget } : {}) };
    if (vanaf === h.ingangsdatum) {
      // The Omvang changes from the very start: the toewijzing is deleted (RedenWijziging 13,
      // Einddatum = Ingangsdatum, OP033x1) and a new number covers the whole period (OP257), unless
      // approved prestaties on it were not credited (TR385).
      const open = await openVoorVerwijderen(tx, v.gemeente, h.toewijzingnummer);
      if (open > 0) {
        throw new Refused(409, `TeWijzigenProduct ${p.ToewijzingNummer}: its Omvang changes from its Ingangsdatum ${h.ingangsdatum} on, which deletes toewijzing ${p.ToewijzingNummer} (RedenWijziging 13, OP257); it has ${open} approved prestatie(s) that were not credited (TR385, OP362): the provider credits them first, or reject the VOW`);
      }
      await insertVersie(tx, {
        toewijzingId: h.toewijzing_id, vastgesteldOp: now, product: productOfVersie(h), ingangsdatum: h.ingangsdatum, einddatum: h.ingangsdatum,
        redenWijziging: '13', omvang: h.omvang, budget: h.budget, commentaar: h.commentaar, referentie: ref, instemming: true,
      });
      nummers.push(h.toewijzingnummer);
      await nieuwNummer(productOfVersie(h), nieuweInhoud);
      continue;
    }
    // Any other change (OP257, IV066): end the toewijzing the day before, a new number from the GewensteIngangsdatum.
    const eindOud = addDays(vanaf, -1);
    if (h.einddatum !== null && h.einddatum <= eindOud) await herhaal(h);
    else {
      await insertVersie(tx, {
        toewijzingId: h.toewijzing_id, vastgesteldOp: now, product: productOfVersie(h), ingangsdatum: h.ingangsdatum, einddatum: eindOud,
        redenWijziging: '12', omvang: h.omvang, budget: h.budget, commentaar: h.commentaar, referentie: ref, instemming: true,
      });
      nummers.push(h.toewijzingnummer);
    }
    await nieuwNummer(productOfVersie(h), nieuweInhoud);
  }

  for (const p of nieuw) {
    const vanaf = ingang(p.GewensteIngangsdatum);
    if (p.Einddatum !== undefined && p.Einddatum < vanaf) {
      throw new Refused(422, `NieuwProduct ${p.Product?.Code ?? p.Product?.Categorie ?? ''}: its Einddatum ${p.Einddatum} lies before the agreed ingangsdatum ${vanaf}; agree another date or reject the VOW`);
    }
    await nieuwNummer(p.Product, { ...p, GewensteIngangsdatum: vanaf });
  }

  const jw301 = await stuurJw301(tx, {
    gemeente: v.gemeente, agb: v.agb, bsn: v.bsn, now,
    honoreert: [{ referentieAanbieder: ref, soort: 'vow', toewijzingNummers: nummers }],
  });
  await tx`update verzoek set status = 'toegewezen', toegewezen_bericht_id = ${jw301.berichtId}, decided_at = ${now} where id = ${v.id}`;
  return { nummers, jw301, contract: { regio, onbekend } };
}

function refusal(reply: FastifyReply, e: unknown) {
  if (e instanceof Refused) return reply.code(e.status).send({ error: e.message });
  if (e instanceof RuleViolationError) {
    return reply.code(422).send({
      error: `the ${e.code} would be rejected by the provider`,
      violations: e.violations.map((v) => ({ rule: v.rule, path: v.path, message: v.message })),
    });
  }
  if (e instanceof BuildError) return reply.code(422).send({ error: 'the message would not be valid against its XSD', problems: e.errors });
  throw e;
}
