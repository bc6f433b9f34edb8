/**
 * Backoffice API: a new toewijzing on the municipality's own initiative (POST /toewijzingen). Only a
 * gemeente client may call it, for itself. One transaction: the client data, a new ToewijzingNummer
 * (TR332), the version, and the JW301 with the client's full current set at that provider (OP087)
 * in the outbox. A JW301 the provider would reject (stacking, TR302; TR006; a value the XSD does not
 * allow) is refused with the rule or the field, and nothing is stored.
 */
import type { FastifyInstance } from 'fastify';
import type { Sql } from '../db/index.js';
import { requireClient } from '../http/auth.js';
import { stuurJw301, type ClientGegevens } from '../ledger/toewijzing.js';
import { BuildError } from '../message/xml/build.js';
import type { CDT_Omvang, CDT_Product } from '../message/types.generated.js';
import type { Metrics } from '../metrics.js';
import { RuleViolationError } from '../process/rules/engine.js';

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

export function registerToewijzingen(app: FastifyInstance, deps: { sql: Sql; metrics: Metrics; onQueued(): void }): void {
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
    const now = new Date();
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
      return reply.code(201).send({ toewijzingNummer: result.toewijzingNummer, bericht: { id: result.jw301.berichtId, berichtcode: 'JW301', identificatie: result.jw301.identificatie } });
    } catch (e) {
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
  });
}

class Refused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}
