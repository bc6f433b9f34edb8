/**
 * StUF-GGk 0210 ingress: the SOAP service OntvangAsynchroon at POST /stuf/ggk0210 (the GGk
 * delivers here). ggk_Di01 carries a heenbericht, ggk_Du01 a retour (JW302/JW320), both with the
 * iJw XML base64 in xmlBestand; the payload goes through the same inbox as HTTP and AMQP. The
 * synchronous answer is a Bv03 once the payload is committed, or a SOAP fault with a Fo03: StUF055
 * for an envelope or payload that does not conform to its schema. A Fo01 from the GGk reports
 * that a message we sent could not be delivered; it is recorded against that message.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Sql } from '../db/index.js';
import { accept } from '../inbox/accept.js';
import {
  SOAP_CONTENT_TYPE, answerTo, buildBv03, buildFo03Fault, foutFromFault, formatStufTijdstip, newReferentienummer, parseStufRequest,
  type StufFault, type StufFo01, type StufSysteem,
} from '../message/stuf/envelope.js';
import type { MessageCode } from '../message/model/dsl.js';
import { MESSAGE_CODES } from '../message/model/index.js';
import { requireClient } from '../http/auth.js';
import type { IngressDeps } from './http.js';
import { intake } from './intake.js';

export const STUF_PATH = '/stuf/ggk0210';

/** Stands in for a zender/ontvanger the request did not let us read; never presented as a real party. */
const UNKNOWN: StufSysteem = { organisatie: 'onbekend', applicatie: 'onbekend' };

export function registerStuf(app: FastifyInstance, deps: IngressDeps): void {
  const auth = requireClient(deps.sql);

  app.post(STUF_PATH, { preHandler: auth }, async (req, reply) => {
    if (!Buffer.isBuffer(req.body)) return reply.code(415).send({ error: `send SOAP as ${SOAP_CONTENT_TYPE}` });
    const taken = intake(req.body, { maxBytes: deps.maxBytes });
    if (!taken.ok) return fault(reply, { code: taken.error.code === 'TOO_LARGE' ? 'IB003' : 'StUF055', plek: 'client', message: taken.error.message });
    const parsed = parseStufRequest(taken.text);
    if (!parsed.ok) return fault(reply, parsed.fault);
    const request = parsed.value;
    if (request.kind === 'Fo01') return fo01(deps.sql, request, reply, req.log);

    const sg = request.stuurgegevens;
    const context = { zender: sg.zender, ontvanger: sg.ontvanger, referentienummer: sg.referentienummer };
    if (request.payload.bestand !== 'xmlBestand') {
      return fault(reply, { code: 'StUF055', plek: 'client', message: 'an iJw message comes in xmlBestand, not tekstBestand', context });
    }
    const functie = (MESSAGE_CODES as readonly string[]).includes(sg.functie) ? (sg.functie as MessageCode) : undefined;
    if (!functie) return fault(reply, { code: 'StUF055', plek: 'client', message: `functie '${sg.functie}' is not an iJw 3.2 message`, context });

    const result = await accept(deps.sql, {
      bytes: request.payload.bytes,
      client: req.client!,
      channel: 'stuf',
      maxBytes: deps.maxBytes,
      calendar: deps.calendar, now: deps.now(),
      expect: functie,
      stuf: { referentienummer: sg.referentienummer, ...(sg.crossRefnummer ? { crossRefnummer: sg.crossRefnummer } : {}) },
    });
    if (result.kind === 'refused') {
      deps.metrics.refusedIn(result.rule);
      return fault(reply, { code: result.status === 413 ? 'IB003' : 'StUF055', plek: 'client', message: `${result.rule}: ${result.error}`, context });
    }
    if (!result.duplicate) {
      deps.metrics.stored(result.berichtcode, 'stuf', result.state === 'rejected' ? 'xsd' : undefined);
      if (result.state === 'received') deps.onStored();
    }
    req.log.info({ bericht: result.id, berichtcode: result.berichtcode, state: result.state, duplicate: result.duplicate }, 'StUF message stored');
    if (result.state === 'rejected') {
      // Kept for the record; the XSD-invalid payload is answered with StUF055 (no retourbericht, IV028).
      const first = result.report?.errors[0];
      const where = first?.line ? `line ${first.line}${first.path ? ` ${first.path}` : ''}: ` : '';
      return fault(reply, { code: 'StUF055', plek: 'client', message: `xmlBestand is not a valid ${functie}: ${where}${first?.message ?? 'schema error'}`, context });
    }
    return bv03(reply, sg);
  });
}

function bv03(reply: FastifyReply, incoming: { zender: StufSysteem; ontvanger: StufSysteem; referentienummer: string }) {
  const xml = buildBv03({ ...answerTo(incoming), referentienummer: newReferentienummer(), tijdstipBericht: formatStufTijdstip(new Date()) });
  return reply.code(200).type(SOAP_CONTENT_TYPE).send(xml);
}

function fault(reply: FastifyReply, f: StufFault) {
  const c = f.context;
  const xml = buildFo03Fault({
    ...foutFromFault(f),
    // Answer addressing: their ontvanger is our zender and the other way round.
    zender: c?.ontvanger ?? UNKNOWN,
    ontvanger: c?.zender ?? UNKNOWN,
    referentienummer: newReferentienummer(),
    tijdstipBericht: formatStufTijdstip(new Date()),
    ...(c?.referentienummer ? { crossRefnummer: c.referentienummer } : {}),
  });
  return reply.code(500).type(SOAP_CONTENT_TYPE).send(xml);
}

async function fo01(sql: Sql, request: StufFo01, reply: FastifyReply, log: FastifyInstance['log']) {
  const sg = request.stuurgegevens;
  const [row] = await sql<{ id: number; attempts: number }[]>`
    select o.id, o.attempts from outbox o join bericht b on b.id = o.bericht_id
    where b.direction = 'out' and b.stuf_referentienummer = ${sg.crossRefnummer}`;
  const detail = `Fo01 ${request.fout.code} (${request.fout.plek}): ${request.fout.omschrijving}`.slice(0, 2000);
  if (row) await sql`insert into delivery_log (outbox_id, attempt, outcome, detail) values (${row.id}, ${row.attempts}, 'error', ${detail})`;
  log.warn({ outbox: row?.id ?? null, code: request.fout.code, crossRefnummer: sg.crossRefnummer }, row ? 'GGk reports an error on a message we sent' : 'Fo01 for an unknown message');
  return bv03(reply, sg);
}
