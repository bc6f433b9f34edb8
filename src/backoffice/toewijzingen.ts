/**
 * Backoffice API: a new toewijzing on the municipality's own initiative (POST /toewijzingen) and a
 * change of one under the same number (PATCH /toewijzingen/:nummer). Only a
 * gemeente client may call it, for itself. One transaction: the client data, a new ToewijzingNummer
 * (TR332), the version, and the JW301 with the client's full current set at that provider (OP087)
 * after the contract check against the region file (OP296; src/ledger/contract.ts)
 * in the outbox. A JW301 the provider would reject (stacking, TR302; TR006; a value the XSD does not
 * allow) is refused with the rule or the field, and nothing is stored.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Sql } from '../db/index.js';
import { requireClient } from '../http/auth.js';
import { contractControle } from '../ledger/contract.js';
import type { Regio } from '../ledger/regio/index.js';
import { huidigeVersies, isVerwijderd, stuurJw301, type ClientGegevens, type VersieRow } from '../ledger/toewijzing.js';
import { addDays, amsterdamDate } from '../process/terms/index.js';
import { BuildError } from '../message/xml/build.js';
import type { CDT_Omvang, CDT_Product } from '../message/types.generated.js';
import type { Metrics } from '../metrics.js';
import { RuleViolationError } from '../process/rules/engine.js';
import { openVoorVerwijderen } from '../ledger/gebruik.js';

export interface NieuweToewijzing {
  aanbieder: string;
  /** The client as sent in the JW301; may be left out when the gemeente sent this client before (then `bsn`). */
  client?: ClientGegevens;
  bsn?: string;
  product?: CDT_Product;
  ingangsdatum: string;
  einddatum?: string;
  omvang?: CDT_Omvang;
  /** Eurocent. */
  budget?: number;
  commentaar?: string;
}

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const BODY = {
  type: 'object',
  required: ['aanbieder', 'ingangsdatum'],
  additionalProperties: false,
  properties: {
    aanbieder: { type: 'string', pattern: '^\\d{8}$' },
    client: { type: 'object' },
    bsn: { type: 'string', pattern: '^\\d{9}$' },
    product: { type: 'object' },
    ingangsdatum: DATE,
    einddatum: DATE,
    omvang: { type: 'object' },
    budget: { type: 'integer', minimum: 0 },
    commentaar: { type: 'string' },
  },
} as const;

export function registerToewijzingen(app: FastifyInstance, deps: { sql: Sql; metrics: Metrics; regios: readonly Regio[]; now: () => Date; onQueued(): void }): void {
  const auth = requireClient(deps.sql);

  app.post<{ Body: NieuweToewijzing }>('/toewijzingen', { preHandler: auth, schema: { body: BODY } }, async (req, reply) => {
    const party = req.client!.party;
    if (party.kind !== 'gemeente') return reply.code(403).send({ error: 'only a gemeente issues toewijzingen' });
    const gemeente = party.code;
    const b = req.body;
    const bsn = b.client?.Bsn ?? b.bsn;
    if (!bsn) return reply.code(422).send({ error: "give 'client' (the client as sent in a JW301) or, for a client sent before, 'bsn'" });
    if (b.client && b.bsn && b.bsn !== b.client.Bsn) return reply.code(422).send({ error: "'bsn' differs from client.Bsn" });
    if (b.einddatum && b.einddatum < b.ingangsdatum) return reply.code(422).send({ error: 'einddatum lies before ingangsdatum' });
    const contract = contractControle(deps.regios, { gemeente, agb: b.aanbieder, product: b.product, omvang: b.omvang, datum: b.ingangsdatum });
    if (contract.weigeringen.length) {
      return reply.code(422).send({ error: 'the toewijzing does not fit the contract (OP296)', weigeringen: contract.weigeringen, onbekend: contract.onbekend });
    }
    const now = deps.now();
    try {
      const result = await deps.sql.begin(async (tx) => {
        const sql = tx as unknown as Sql;
        if (b.client) {
          await sql`
            insert into client_gegevens (gemeente, bsn, gegevens) values (${gemeente}, ${bsn}, ${sql.json(b.client as never)})
            on conflict (gemeente, bsn) do update set gegevens = excluded.gegevens, bijgewerkt_op = now()`;
        } else {
          const [known] = await sql`select 1 from client_gegevens where gemeente = ${gemeente} and bsn = ${bsn}`;
          if (!known) throw new Refused(422, `no client data for this BSN yet: send 'client' the first time`);
        }
        const verlengen = moetVerlengen(await huidigeVersies(sql, gemeente, b.aanbieder, bsn), b, amsterdamDate(now));
        if (verlengen) {
          throw new Refused(422, `extend toewijzing ${verlengen.toewijzingnummer} (PATCH /toewijzingen/${verlengen.toewijzingnummer}, RedenWijziging 04) instead of issuing a new one: same product and volume, directly after its Einddatum, which has not passed (OP380)`);
        }
        const [t] = await sql<{ id: number; toewijzingnummer: number }[]>`
          insert into toewijzing (gemeente, toewijzingnummer, agb, bsn)
          values (${gemeente}, nextval('toewijzingnummer_seq'), ${b.aanbieder}, ${bsn})
          returning id, toewijzingnummer`;
        await sql`
          insert into toewijzing_versie (toewijzing_id, vastgesteld_op, product_categorie, product_code, ingangsdatum, einddatum,
                                         omvang, budget, commentaar)
          values (${t!.id}, ${now}, ${b.product?.Categorie ?? null}, ${b.product?.Code ?? null}, ${b.ingangsdatum}, ${b.einddatum ?? null},
                  ${b.omvang ? sql.json(b.omvang as never) : null}, ${b.budget ?? null}, ${b.commentaar ?? null})`;
        const jw301 = await stuurJw301(sql, { gemeente, agb: b.aanbieder, bsn, now });
        return { toewijzingNummer: t!.toewijzingnummer, jw301 };
      });
      deps.metrics.queued('JW301');
      deps.onQueued();
      req.log.info({ toewijzingNummer: result.toewijzingNummer, bericht: result.jw301.berichtId }, 'toewijzing issued');
      return reply.code(201).send({
        toewijzingNummer: result.toewijzingNummer,
        bericht: { id: result.jw301.berichtId, berichtcode: 'JW301', identificatie: result.jw301.identificatie },
        // What the contract check could not judge, for a person to verify.
        contract: { regio: contract.regio, onbekend: contract.onbekend },
      });
    } catch (e) {
      return refusal(reply, e);
    }
  });

  app.patch<{ Params: { nummer: string }; Body: Wijziging }>(
    '/toewijzingen/:nummer',
    { preHandler: auth, schema: { body: WIJZIGING } },
    async (req, reply) => {
      const party = req.client!.party;
      if (party.kind !== 'gemeente') return reply.code(403).send({ error: 'only a gemeente changes its toewijzingen' });
      const gemeente = party.code;
      const nummer = Number(req.params.nummer);
      if (!Number.isSafeInteger(nummer) || nummer < 0) return reply.code(400).send({ error: 'ToewijzingNummer is a whole number' });
      const now = deps.now();
      try {
        const result = await deps.sql.begin(async (tx) => {
          const sql = tx as unknown as Sql;
          const [t] = await sql<{ id: number; agb: string; bsn: string }[]>`
            select id, agb, bsn from toewijzing where gemeente = ${gemeente} and toewijzingnummer = ${nummer} for update`;
          if (!t) throw new Refused(404, `no toewijzing ${nummer} of gemeente ${gemeente}`);
          const huidig = (await huidigeVersies(sql, gemeente, t.agb, t.bsn)).find((v) => v.toewijzing_id === t.id);
          if (!huidig || isVerwijderd(huidig)) throw new Refused(409, `toewijzing ${nummer} was never sent successfully or is deleted`);
          if (req.body.redenWijziging === '13') {
            await verwijder(sql, gemeente, nummer, huidig, req.body);
            await sql`
              insert into toewijzing_versie (toewijzing_id, vastgesteld_op, product_categorie, product_code, ingangsdatum, einddatum,
                                             reden_wijziging, omvang, budget, commentaar, instemming_aanbieder)
              values (${t.id}, ${now}, ${huidig.product_categorie}, ${huidig.product_code}, ${huidig.ingangsdatum}, ${huidig.ingangsdatum},
                      '13', ${huidig.omvang ? sql.json(huidig.omvang as never) : null}, ${huidig.budget},
                      ${req.body.commentaar === undefined ? huidig.commentaar : req.body.commentaar}, ${req.body.instemmingAanbieder ?? false})`;
            return stuurJw301(sql, { gemeente, agb: t.agb, bsn: t.bsn, now });
          }
          const nieuw = wijzig(huidig, req.body, amsterdamDate(now));
          await sql`
            insert into toewijzing_versie (toewijzing_id, vastgesteld_op, product_categorie, product_code, ingangsdatum, einddatum,
                                           reden_wijziging, omvang, budget, commentaar, instemming_aanbieder)
            values (${t.id}, ${now}, ${huidig.product_categorie}, ${huidig.product_code}, ${huidig.ingangsdatum}, ${nieuw.einddatum},
                    ${req.body.redenWijziging}, ${nieuw.omvang ? sql.json(nieuw.omvang as never) : null}, ${nieuw.budget}, ${nieuw.commentaar},
                    ${req.body.instemmingAanbieder ?? false})`;
          return stuurJw301(sql, { gemeente, agb: t.agb, bsn: t.bsn, now });
        });
        deps.metrics.queued('JW301');
        deps.onQueued();
        req.log.info({ toewijzingNummer: nummer, bericht: result.berichtId }, 'toewijzing changed');
        return reply.send({ toewijzingNummer: nummer, bericht: { id: result.berichtId, berichtcode: 'JW301', identificatie: result.identificatie } });
      } catch (e) {
        return refusal(reply, e);
      }
    },
  );
}

/**
 * OP380: a toewijzing that would directly continue an existing one for the same product with the
 * same volume (not a total over the term, Frequentie 6) must be an extension of that one, as long
 * as its Einddatum has not passed. Returns the toewijzing to extend, if any.
 */
export function moetVerlengen(huidige: readonly VersieRow[], b: Pick<NieuweToewijzing, 'product' | 'ingangsdatum' | 'omvang'>, today: string): VersieRow | undefined {
  const sameOmvang = (a: CDT_Omvang | null | undefined, c: CDT_Omvang | null | undefined): boolean =>
    (!a && !c) || (!!a && !!c && a.Volume === c.Volume && a.Eenheid === c.Eenheid && a.Frequentie === c.Frequentie);
  if (b.omvang?.Frequentie === '6') return undefined;
  return huidige.find(
    (v) =>
      !isVerwijderd(v) &&
      v.einddatum !== null &&
      v.einddatum >= today &&
      addDays(v.einddatum, 1) === b.ingangsdatum &&
      (v.product_categorie ?? undefined) === b.product?.Categorie &&
      (v.product_code ?? undefined) === b.product?.Code &&
      sameOmvang(v.omvang, b.omvang),
  );
}

/** A change of an existing toewijzing under the same number (OP033x1). */
export interface Wijziging {
  /** JZ002; 13 (Verwijderd) and 01 (vervallen) are not changes. */
  redenWijziging: string;
  einddatum?: string | null;
  omvang?: CDT_Omvang;
  budget?: number;
  commentaar?: string | null;
  /** The provider agreed (OP033x1, OP186, OP298, OP299): required for shortening, extending and lowering. */
  instemmingAanbieder?: boolean;
}

const WIJZIGING = {
  type: 'object',
  required: ['redenWijziging'],
  additionalProperties: false,
  properties: {
    redenWijziging: { type: 'string', pattern: '^\\d{2}$' },
    einddatum: { anyOf: [DATE, { type: 'null' }] },
    omvang: { type: 'object' },
    budget: { type: 'integer', minimum: 0 },
    commentaar: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    instemmingAanbieder: { type: 'boolean' },
  },
} as const;

/**
 * The new version's content, or a refusal naming the rule. Only Einddatum, Budget, a frequency-6
 * Omvang and Commentaar may change under the same number; anything else ends the toewijzing and
 * needs a new one (OP257, IV066).
 */
export function wijzig(
  huidig: Pick<VersieRow, 'ingangsdatum' | 'einddatum' | 'omvang' | 'budget' | 'commentaar'>,
  w: Wijziging,
  today: string,
): { einddatum: string | null; omvang: CDT_Omvang | null; budget: number | null; commentaar: string | null } {
  if (w.redenWijziging === '13') throw new Refused(422, 'a deletion (RedenWijziging 13) is not a change of the content: see verwijder()');
  if (w.redenWijziging === '01') throw new Refused(422, 'RedenWijziging 01 is no longer used (CS336); use 14 for an administrative correction');
  const consent = w.instemmingAanbieder === true;
  const einddatum = w.einddatum === undefined ? huidig.einddatum : w.einddatum;
  if (einddatum !== null && einddatum < huidig.ingangsdatum) throw new Refused(422, `einddatum ${einddatum} lies before the Ingangsdatum ${huidig.ingangsdatum}`);
  // Shortening and extending are both agreed with the provider (OP033x1); an end in the past too (OP186).
  if (einddatum !== huidig.einddatum && !consent) {
    const past = einddatum !== null && einddatum < today ? '; an Einddatum in the past only in agreement (OP186)' : '';
    throw new Refused(422, `changing the Einddatum is done in consultation with the provider (OP033x1${past}): set instemmingAanbieder`);
  }
  let omvang = huidig.omvang;
  if (w.omvang) {
    const h = huidig.omvang;
    if (!h || h.Frequentie !== '6' || w.omvang.Frequentie !== '6' || w.omvang.Eenheid !== h.Eenheid) {
      throw new Refused(422, 'under the same ToewijzingNummer only a total volume (Frequentie 6, same Eenheid) may change; end this toewijzing and issue a new one (OP257, IV066)');
    }
    if (w.omvang.Volume < h.Volume && !consent) throw new Refused(422, 'lowering the volume needs the provider\'s agreement (OP298): set instemmingAanbieder');
    omvang = w.omvang;
  }
  let budget = huidig.budget;
  if (w.budget !== undefined) {
    if (huidig.budget !== null && w.budget < huidig.budget && !consent) throw new Refused(422, 'lowering the budget needs the provider\'s agreement (OP299): set instemmingAanbieder');
    budget = w.budget;
  }
  const commentaar = w.commentaar === undefined ? huidig.commentaar : w.commentaar;
  if (einddatum === huidig.einddatum && omvang === huidig.omvang && budget === huidig.budget && commentaar === huidig.commentaar) {
    throw new Refused(422, 'nothing changes: give einddatum, omvang, budget or commentaar');
  }
  return { einddatum, omvang, budget, commentaar };
}

/**
 * Deleting a toewijzing (RedenWijziging 13): a new version with Einddatum = Ingangsdatum, after
 * which it counts as never sent (OP033x1, CS335). Refused while the toewijzing has approved
 * prestaties that were not credited: deleting it would take away the ground for care already
 * declared and paid (TR385 → 9385 at the provider, OP362); the provider credits them first. Only the
 * Einddatum (= Ingangsdatum, if given) and the Commentaar may come with it. The shared/exclusive
 * advisory lock per gemeente orders this check against declarations being judged at the same time
 * (src/ledger/declaratie.ts takes it shared), so none can be approved between the check and the
 * commit.
 */
async function verwijder(sql: Sql, gemeente: string, nummer: number, huidig: Pick<VersieRow, 'ingangsdatum'>, w: Wijziging): Promise<void> {
  if (w.einddatum !== undefined && w.einddatum !== huidig.ingangsdatum) {
    throw new Refused(422, `a deletion (RedenWijziging 13) sets the Einddatum to the Ingangsdatum ${huidig.ingangsdatum} (OP033x1, CS335), not ${w.einddatum}`);
  }
  if (w.omvang !== undefined || w.budget !== undefined) throw new Refused(422, 'a deletion (RedenWijziging 13) changes no omvang or budget');
  const open = await openVoorVerwijderen(sql, gemeente, nummer);
  if (open > 0) {
    throw new Refused(409, `toewijzing ${nummer} has ${open} approved prestatie(s) that were not credited: it cannot be deleted (TR385, OP362) until the provider credits them`);
  }
}

function refusal(reply: FastifyReply, e: unknown) {
  if (e instanceof Refused) return reply.code(e.status).send({ error: e.message });
  if (e instanceof RuleViolationError) {
    return reply.code(422).send({
      error: 'the JW301 would be rejected by the provider',
      violations: e.violations.map((v) => ({ rule: v.rule, path: v.path, message: v.message })),
    });
  }
  if (e instanceof BuildError) return reply.code(422).send({ error: 'the JW301 would not be valid against its XSD', problems: e.errors });
  throw e;
}

class Refused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}
