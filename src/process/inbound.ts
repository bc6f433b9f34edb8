/**
 * Processing of one stored incoming message, inside the caller's transaction: CL2 (in-message
 * rules), then the header rules TR056 and TR135 (CL3/CL4), then the answer per IV028/IV087 into the
 * outbox. The caller writes the message's new state in the same transaction (src/process/worker.ts),
 * so a crash at any point leaves the message 'received' and it is processed again with the same effect.
 *
 * The ledger rules (issue 4) come in between the header rules and the answer.
 */
import type { Sql } from '../db/index.js';
import type { MessageCode } from '../message/model/dsl.js';
import type { Berichten, LDT_RetourCode } from '../message/types.generated.js';
import { buildMessage } from '../message/xml/build.js';
import type { Parsed } from '../inbox/parsed.js';
import { enqueue, type Kanaal } from '../outbox/enqueue.js';
import { readMessage } from './check.js';
import { RETOUR_OF, classRetour, headerOnlyRetour } from './retour.js';
import { stageOf, type Judged, type StageContext } from './stages.js';
import { regioVoor, type Regio } from '../ledger/regio/index.js';
import { assertSendable, runRules } from './rules/engine.js';
import type { RuleEnv, Violation } from './rules/types.js';
import { amsterdamDate, type WorkingDayCalendar } from './terms/index.js';
import { verzoekNaAfkeuring } from '../ledger/antwoord.js';

export interface InboxRow {
  id: number;
  berichtcode: MessageCode;
  /** The stored bytes, unless the parse made at intake was handed over (src/inbox/parsed.ts). */
  raw?: Buffer;
  parsed?: Parsed;
  party: string;
  stuf_referentienummer: string | null;
  /** TR056: the sender used this Identificatie for this berichtsoort before (read with the claim). */
  identificatie_eerder: boolean;
  /** When the message was received (the terms count from it). */
  ontvangen_op: Date;
}

/** What a round of the worker shares between its messages, so each costs as few round trips as possible. */
export interface RoundContext {
  nextIdentificatie(): Promise<string>;
  /** The region contracts (the ledger rules' reference data). */
  regios: readonly Regio[];
  /** The working-day calendar of the terms. */
  calendar: WorkingDayCalendar;
  kanaalFor(party: string): Promise<Kanaal>;
  /** A pool to read committed state from alongside the transaction (StageContext.lezer); none: the transaction. */
  lezer?: Sql;
}

/** ok; rules = CL2 (0001); header = CL3/CL4 in the Header; ledger = CL3/CL4 in a client class (whole
 *  message rejected); partial = a JW323 of which some prestaties were rejected. */
export type ProcessVerdict = 'ok' | 'rules' | 'header' | 'ledger' | 'partial';

export interface Processed {
  verdict: ProcessVerdict;
  retourcodes: string[];
  /** The violations, as stored with the message (rule, retourcode, path, line, message; never a BSN). */
  errors: { rule: string; retourcode: string; path: string; line: number | null; message: string }[];
  /** The answer we queued (none for a retour from a provider). */
  answer?: { berichtcode: MessageCode; berichtId: number };
}

interface Header {
  Afzender: string;
  Ontvanger: string;
  BerichtIdentificatie: { Identificatie: string; Dagtekening: string };
}

/** Retours from a provider answer our JW301/JW319; they are linked, not answered. */
const RETOUR_ON: Partial<Record<MessageCode, MessageCode>> = { JW302: 'JW301', JW320: 'JW319' };

export async function processInbound(tx: Sql, row: InboxRow, now: Date, round: RoundContext): Promise<Processed> {
  let read: Parsed;
  if (row.parsed) read = row.parsed;
  else {
    if (!row.raw) throw new Error(`message ${row.id}: neither its parse nor its bytes were given`);
    const fresh = readMessage(row.raw);
    // The inbox only holds messages that passed CL1; if one no longer does, the schema changed under
    // it. Fail loudly: the message stays in the inbox and shows up in the metrics.
    if (!fresh.ok) throw new Error(`stored message ${row.id} no longer passes CL1: ${fresh.report.errors[0]?.message ?? '?'}`);
    read = fresh;
  }
  const { code, bericht, lineOf } = read;
  const header = (bericht as { Header: Header }).Header;
  const today = amsterdamDate(now);
  const nextIdent = async (): Promise<{ Identificatie: string; Dagtekening: string }> => ({ Identificatie: await round.nextIdentificatie(), Dagtekening: today });

  let verdict: ProcessVerdict = 'ok';
  let retourcodes: LDT_RetourCode[] = [];
  const stage = stageOf(code);
  const ctx: StageContext = {
    berichtId: row.id,
    gemeente: header.Ontvanger,
    agb: header.Afzender,
    now,
    today,
    ontvangenOp: row.ontvangen_op,
    calendar: round.calendar,
    regio: regioVoor(round.regios, header.Ontvanger),
    lezer: round.lezer ?? tx,
  };
  let judged: Judged | undefined;
  // CL2 (in-message rules). A stage that writes ahead loads alongside it: CL2 then runs while the
  // database reads and writes (`meanwhile`), and what was written is discarded when CL2 fails.
  let cl2: Violation[] | undefined;
  const runCl2 = (): void => {
    cl2 ??= runRules(code, bericht, { direction: 'in', lineOf });
  };
  const alongside = stage?.loadAlongsideCl2 ? await stage.load(tx, bericht, ctx, runCl2) : undefined;
  runCl2();
  let violations: Violation[] = cl2!;
  if (violations.length) {
    // IV028: a CL2 failure is answered with 0001 alone; CL3/CL4 are not judged.
    verdict = 'rules';
    retourcodes = ['0001'];
    if (alongside) await stage?.discard?.(tx, bericht, ctx);
  } else {
    const env: RuleEnv = {
      ...(alongside ?? (stage ? await stage.load(tx, bericht, ctx) : {})),
      regio: ctx.regio,
      today,
      identificatieEerderOntvangen: row.identificatie_eerder,
    };
    violations = runRules(code, bericht, { direction: 'in', lineOf, levels: [3, 4], env });
    const inHeader = violations.filter((v) => v.path.startsWith(`/${code.toLowerCase()}:Bericht/${code.toLowerCase()}:Header`));
    if (inHeader.length) {
      // IV028: an error in the Header: only the Header, with that code; the classes are not judged.
      verdict = 'header';
      violations = inHeader;
      await stage?.discard?.(tx, bericht, ctx);
      retourcodes = [...new Set(inHeader.map((v) => v.retourcode as LDT_RetourCode))];
    } else if (stage?.judge) {
      const own = await nextIdent();
      judged = await stage.judge(tx, bericht, violations, ctx, () => own);
      ({ verdict, retourcodes } = judged);
    } else if (violations.length) {
      // IV028/IV032: an error in a client class rejects the whole message; the retour names the class.
      verdict = 'ledger';
      retourcodes = [...new Set(violations.map((v) => v.retourcode as LDT_RetourCode))];
    } else if (stage) {
      await stage.apply(tx, bericht, ctx);
    }
  }

  let answer: Processed['answer'];
  const heenOf = RETOUR_ON[code];
  if (heenOf) {
    // JW302/JW320: link to the JW301/JW319 it answers (its header is a copy of ours).
    const [linked] = await tx<{ heen_id: number | null }[]>`
      update bericht set heen_id = (
        select id from bericht
        where direction = 'out' and berichtcode = ${heenOf} and afzender = ${header.Afzender}
          and identificatie = ${header.BerichtIdentificatie.Identificatie}
        order by id limit 1)
      where id = ${row.id}
      returning heen_id`;
    // A valid retour: its codes are stored with it (the work list reads them). Any code but
    // 0200/0233 rejects our message as a whole: it counts as not sent (IV032, OP286), so what it
    // introduced is undone and the work list shows it for correction.
    if (verdict === 'ok') {
      retourcodes = [...new Set(retourcodesIn(bericht))] as LDT_RetourCode[];
      const afgekeurd = retourcodes.some((c) => c !== '0200' && c !== '0233');
      if (afgekeurd && linked?.heen_id && heenOf === 'JW301') {
        await tx`update toewijzing_versie set status = 'afgekeurd' where bericht_id = ${linked.heen_id}`;
      }
      // The requests it answered: a rejected JW319 is taken back, a rejected JW301 honoured nothing.
      if (afgekeurd && linked?.heen_id) await verzoekNaAfkeuring(tx, heenOf, linked.heen_id);
    }
  } else {
    const answerCode = RETOUR_OF[code];
    if (!answerCode) throw new Error(`no answer defined for ${code}`);
    // We answer as the gemeente the heenbericht was addressed to.
    const gemeente = header.Ontvanger;
    const ident = judged ? undefined : await nextIdent();
    const built = judged?.answer ?? buildAnswer(code, bericht, violations, retourcodes, verdict, () => ident!);
    const own = ownIdentificatie(built.code, built.bericht);
    // A JW325 must also answer its JW323 exactly (TR337, TR366, TR367, TR371, TR376): the provider
    // has no retourbericht to tell us otherwise.
    assertSendable(built.code, built.bericht, built.code === 'JW325'
      ? { levels: [2, 3], env: { identificatieEerderOntvangen: false, declaratie: bericht as Berichten['JW323'] } }
      : {});
    const xml = buildMessage(built.code, built.bericht);
    const out = await enqueue(tx, await round.kanaalFor(row.party), {
      berichtcode: built.code,
      xml,
      party: row.party,
      // A retourbericht keeps the heenbericht's header (IV028); a JW325 has its own, from the gemeente.
      afzender: built.code === 'JW325' ? gemeente : header.Afzender,
      ontvanger: built.code === 'JW325' ? header.Afzender : header.Ontvanger,
      identificatie: own.Identificatie,
      dagtekening: own.Dagtekening,
      heenId: row.id,
      stufCrossref: row.stuf_referentienummer,
      at: now,
    });
    answer = { berichtcode: built.code, berichtId: out.berichtId };
  }

  const errors = violations.map((v) => ({ rule: v.rule, retourcode: v.retourcode, path: v.path, line: v.line ?? null, message: v.message }));
  return { verdict, retourcodes, errors, ...(answer ? { answer } : {}) };
}

function buildAnswer(
  code: MessageCode,
  bericht: Berichten[MessageCode],
  violations: readonly Violation[],
  retourcodes: LDT_RetourCode[],
  verdict: ProcessVerdict,
  ident: () => { Identificatie: string; Dagtekening: string },
): { code: MessageCode; bericht: Berichten[MessageCode] } {
  if (code === 'JW323') {
    // A declaration that passes CL2 and the header rules is judged per prestatie by its stage
    // (src/ledger/declaratie.ts), which builds the JW325 itself; only a CL2 (0001) or header
    // rejection gets here: a header-only JW325 with that code (IV087).
    if (verdict !== 'rules' && verdict !== 'header') throw new Error(`a JW323 with verdict ${verdict} is answered by its stage`);
  }
  // Rejected in a client class: the client with a code on every class (IV028).
  if (verdict === 'ledger') return classRetour(code as 'JW305', bericht as Berichten['JW305'], violations, ident);
  // Accepted: a header without RetourCodes (IV028); rejected: the header with the code(s), for a
  // JW323 a JW325 with them and no DeclaratieAntwoord (IV087).
  return headerOnlyRetour(code, bericht as never, retourcodes, ident);
}

/** The BerichtIdentificatie an answer carries as its own: IdentificatieRetour in a retour, the header's in a JW325. */
function ownIdentificatie(code: MessageCode, b: Berichten[MessageCode]): { Identificatie: string; Dagtekening: string } {
  const h = (b as unknown as { Header: Record<string, unknown> }).Header;
  if (code === 'JW325') return h.BerichtIdentificatie as { Identificatie: string; Dagtekening: string };
  return { Identificatie: h.IdentificatieRetour as string, Dagtekening: h.DagtekeningRetour as string };
}

/** Every RetourCode anywhere in a retour (header, client, product classes). */
export function retourcodesIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) retourcodesIn(x, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'RetourCodes' && v && typeof v === 'object') out.push(...((v as { RetourCode?: string[] }).RetourCode ?? []));
      else retourcodesIn(v, out);
    }
  }
  return out;
}
