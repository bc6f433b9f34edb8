/**
 * The JW325 for a JW323 whose CL3/CL4 rules have run (IV087, ijw-rules.md §1.4). The header rules
 * (a header-only JW325) and CL2 (0001) are answered elsewhere (src/process/retour.ts).
 *
 * - A violation on the Declaratie class (TR333, TR318): header 0200, DeclaratieAntwoord with that
 *   code, TotaalToegekendBedrag 0 (D), no Clienten; the declaration counts as not sent.
 * - Nothing rejected: header 0200, DeclaratieAntwoord 8001, TotaalToegekendBedrag =
 *   TotaalIngediendBedrag, no Clienten.
 * - Some prestaties rejected: header 0200, DeclaratieAntwoord 0200 with TotaalToegekendBedrag = the
 *   approved prestaties (debit +, credit −; a negative total carries C, zero D: CS325), and per
 *   affected Client (in message order) only its rejected prestaties, copied unchanged (TR366,
 *   TR367), each with its codes; the Client 0200. A violation on the Client itself gives the Client
 *   that code and every one of its prestaties 0233 (not assessed).
 * TotaalToegekendBedrag is TotaalIngediendBedrag minus the returned prestaties, which is TR342's
 * equation by construction (TotaalIngediendBedrag adds up, TR358 at CL2).
 */
import type { JW323Bericht, JW325Bericht, JW325Client, LDT_RetourCode } from '../message/types.generated.js';
import { rejectedJw325, type IdentificatieSource } from './retour.js';
import { signed, signedTotaal } from './rules/support.js';

/** Where the violations of a JW323 lie: the Declaratie class, a Client, or a Prestatie (1-based, as in the XPath). */
export interface Oordeel {
  declaratie: LDT_RetourCode[];
  /** Client index → codes on the Client class itself. */
  clients: Map<number, LDT_RetourCode[]>;
  /** Client index → prestatie index → codes. */
  prestaties: Map<number, Map<number, LDT_RetourCode[]>>;
}

const DECLARATIE = '/jw323:Bericht/jw323:Declaratie';
const CLIENT = /^\/jw323:Bericht\/jw323:Declaratie\/jw323:Clienten\/jw323:Client\[(\d+)\](?:\/jw323:Prestaties\/jw323:Prestatie\[(\d+)\])?/;

const add = (list: LDT_RetourCode[], code: string): void => {
  if (!list.includes(code as LDT_RetourCode)) list.push(code as LDT_RetourCode);
};

/** Sorts the class-level violations of a JW323 by the class they lie in (the deepest class of their path). */
export function oordeel(violations: readonly { path: string; retourcode: string }[]): Oordeel {
  const o: Oordeel = { declaratie: [], clients: new Map(), prestaties: new Map() };
  for (const v of violations) {
    const m = CLIENT.exec(v.path);
    if (m) {
      const c = Number(m[1]);
      if (m[2] === undefined) {
        let list = o.clients.get(c);
        if (!list) o.clients.set(c, (list = []));
        add(list, v.retourcode);
      } else {
        let perClient = o.prestaties.get(c);
        if (!perClient) o.prestaties.set(c, (perClient = new Map()));
        let list = perClient.get(Number(m[2]));
        if (!list) perClient.set(Number(m[2]), (list = []));
        add(list, v.retourcode);
      }
    } else if (v.path === DECLARATIE || v.path.startsWith(`${DECLARATIE}/`)) {
      add(o.declaratie, v.retourcode);
    } else {
      throw new Error(`violation at ${v.path} lies in no class of the Declaratie (header violations are answered before the ledger)`);
    }
  }
  return o;
}

const totaal = (cents: number): { TotaalBedrag: number; DebetCredit: 'D' | 'C' } => ({ TotaalBedrag: Math.abs(cents), DebetCredit: cents < 0 ? 'C' : 'D' });

/** What the JW325 says of a declaration, before it is built. */
export interface Uitslag {
  /** ok: all approved; ledger: rejected on the Declaratie class (not sent); partial: some prestaties rejected. */
  verdict: 'ok' | 'ledger' | 'partial';
  /** The approved amount, signed (eurocent). */
  toegekend: number;
  /** Whether prestatie (client index, prestatie index), 1-based, was approved; false for all when verdict is 'ledger'. */
  goedgekeurd(client: number, prestatie: number): boolean;
  /** The codes of a rejected prestatie (its own, or 0233 under a rejected Client). */
  codes(client: number, prestatie: number): LDT_RetourCode[] | undefined;
}

export function uitslag(decl: JW323Bericht, o: Oordeel): Uitslag {
  if (o.declaratie.length) return { verdict: 'ledger', toegekend: 0, goedgekeurd: () => false, codes: () => [...o.declaratie] };
  const codes = (c: number, p: number): LDT_RetourCode[] | undefined => (o.clients.has(c) ? ['0233'] : o.prestaties.get(c)?.get(p));
  const ingediend = signedTotaal(decl.Declaratie.TotaalIngediendBedrag);
  if (o.clients.size === 0 && o.prestaties.size === 0) return { verdict: 'ok', toegekend: ingediend, goedgekeurd: () => true, codes };
  let afgewezen = 0;
  decl.Declaratie.Clienten.Client.forEach((client, ci) => {
    if (!o.clients.has(ci + 1) && !o.prestaties.has(ci + 1)) return;
    client.Prestaties.Prestatie.forEach((p, pi) => {
      if (codes(ci + 1, pi + 1)) afgewezen += signed(p.IngediendBedrag);
    });
  });
  return { verdict: 'partial', toegekend: ingediend - afgewezen, goedgekeurd: (c, p) => codes(c, p) === undefined, codes };
}

export function buildJw325(decl: JW323Bericht, o: Oordeel, ident: IdentificatieSource): Uitslag & { bericht: JW325Bericht } {
  const d = decl.Declaratie;
  const u = uitslag(decl, o);
  const bericht = rejectedJw325(decl, ['0200'], ident);
  const antwoord = (toegekend: { TotaalBedrag: number; DebetCredit: 'D' | 'C' }, code: LDT_RetourCode[]) => ({
    DeclaratieNummer: d.DeclaratieNummer,
    TotaalIngediendBedrag: { ...d.TotaalIngediendBedrag },
    TotaalToegekendBedrag: toegekend,
    RetourCodes: { RetourCode: code },
  });
  if (u.verdict === 'ledger') {
    bericht.DeclaratieAntwoord = antwoord({ TotaalBedrag: 0, DebetCredit: 'D' }, [...o.declaratie]);
  } else if (u.verdict === 'ok') {
    bericht.DeclaratieAntwoord = antwoord({ ...d.TotaalIngediendBedrag }, ['8001']);
  } else {
    const clients: JW325Client[] = [];
    d.Clienten.Client.forEach((client, ci) => {
      const own = o.clients.get(ci + 1);
      if (!own && !o.prestaties.has(ci + 1)) return;
      const prestaties: JW325Client['Prestaties']['Prestatie'] = [];
      client.Prestaties.Prestatie.forEach((p, pi) => {
        const list = u.codes(ci + 1, pi + 1);
        if (list) prestaties.push({ ...structuredClone(p), RetourCodes: { RetourCode: [...list] } });
      });
      clients.push({ Bsn: client.Bsn, Prestaties: { Prestatie: prestaties }, RetourCodes: { RetourCode: own ? [...own] : ['0200'] } });
    });
    bericht.DeclaratieAntwoord = { ...antwoord(totaal(u.toegekend), ['0200']), Clienten: { Client: clients } };
  }
  return { ...u, bericht };
}
