/**
 * Retourberichten per IV028 / IV032 / IV033 and the JW325 for a rejected JW323 (IV087).
 *
 * - CL1 (XSD) failure: no retourbericht at all (the sender hears it from the transport layer).
 * - CL2 failure: a header-only retourbericht with RetourCode 0001; the header is the heenbericht's,
 *   copied unchanged (Afzender and Ontvanger NOT swapped), plus IdentificatieRetour,
 *   DagtekeningRetour and XsdVersieRetour. XsltVersie stays empty: we do not run the official XSLTs.
 * - A JW323 failing CL2 gets a JW325 with header RetourCode 0001 and no DeclaratieAntwoord.
 * - CL3/CL4 in a client class: the Client copied with a code on every class (classRetour). A JW323
 *   judged per prestatie gets its JW325 from src/process/jw325.ts.
 */
import { XSD_VERSION, type ComplexType, type MessageCode } from '../message/model/dsl.js';
import { MODELS } from '../message/model/index.js';
import type { Berichten, CDT_BerichtIdentificatie, LDT_RetourCode } from '../message/types.generated.js';

/** Which message answers which: heenbericht → retourbericht (JW323 is answered by JW325). */
export const RETOUR_OF: Readonly<Partial<Record<MessageCode, MessageCode>>> = {
  JW301: 'JW302',
  JW305: 'JW306',
  JW307: 'JW308',
  JW315: 'JW316',
  JW317: 'JW318',
  JW319: 'JW320',
  JW323: 'JW325',
};

export const OWN_XSD_VERSIE = { BasisschemaXsdVersie: XSD_VERSION.basisschema, BerichtXsdVersie: XSD_VERSION.bericht };

/** The header of a heenbericht a gemeente sends a provider (JW301 436, JW319 488), with our own identification and XsdVersie. */
export function gemeenteHeader<B extends '436' | '488'>(berichtCode: B, gemeente: string, agb: string, ident: CDT_BerichtIdentificatie) {
  return {
    BerichtCode: berichtCode,
    BerichtVersie: 3 as const,
    BerichtSubversie: 2 as const,
    Afzender: gemeente,
    Ontvanger: agb,
    BerichtIdentificatie: { ...ident },
    XsdVersie: { ...OWN_XSD_VERSIE },
  };
}

/** The retour's own BerichtIdentificatie (Identificatie unique per berichtsoort per sender, TR056). */
export type IdentificatieSource = (code: MessageCode) => CDT_BerichtIdentificatie;

let counter = 0;
/**
 * Identificatie for stand-alone use (CLI, /check): 8 base-36 digits of the millisecond clock plus 4
 * of a process counter, so 12 characters (the LDT_IdentificatieBericht maximum) that do not repeat
 * within one process. The pipeline replaces this with a database sequence.
 */
export function clockIdentificatie(now: () => Date = () => new Date()): IdentificatieSource {
  return () => {
    const d = now();
    counter = (counter + 1) % 36 ** 4;
    const id = d.getTime().toString(36).slice(-8).padStart(8, '0') + counter.toString(36).padStart(4, '0');
    return { Identificatie: id.toUpperCase(), Dagtekening: isoDate(d) };
  };
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

type Heen = Exclude<keyof typeof RETOUR_OF, 'JW323'>;

/** Header-only retourbericht answering `heen` with the given RetourCodes (IV028). */
export function headerOnlyRetour<C extends MessageCode>(
  code: C,
  heen: Berichten[C],
  retourcodes: LDT_RetourCode[],
  ident: IdentificatieSource,
): { code: MessageCode; bericht: Berichten[MessageCode] } {
  const retourCode = RETOUR_OF[code];
  if (!retourCode) throw new Error(`${code} is not answered by a retourbericht`);
  if (code === 'JW323') return { code: 'JW325', bericht: rejectedJw325(heen as Berichten['JW323'], retourcodes, ident) };
  const h = (heen as Berichten[Heen]).Header;
  const own = ident(retourCode);
  const header = {
    BerichtCode: BERICHTCODE[retourCode],
    BerichtVersie: 3,
    BerichtSubversie: 2,
    Afzender: h.Afzender,
    Ontvanger: h.Ontvanger,
    BerichtIdentificatie: { ...h.BerichtIdentificatie },
    XsdVersie: { ...h.XsdVersie },
    IdentificatieRetour: own.Identificatie,
    DagtekeningRetour: own.Dagtekening,
    XsdVersieRetour: { ...OWN_XSD_VERSIE },
    ...(retourcodes.length ? { RetourCodes: { RetourCode: retourcodes } } : {}),
  };
  return { code: retourCode, bericht: { Header: header } as unknown as Berichten[MessageCode] };
}

/**
 * A retourbericht for a heenbericht rejected in one or more client classes (IV028, CL3/CL4): the
 * Header with 0200, then the Client with all its classes copied unchanged, each carrying the
 * retourcode(s) of the rules that reported in it, or 0200 when none did. Every class of these
 * messages is judged, so 0233 ("not assessed") does not occur here. A violation belongs to the
 * deepest class whose path is a prefix of its path (a field's violation to the field's class).
 */
export function classRetour<C extends Heen>(
  code: C,
  heen: Berichten[C],
  violations: readonly { path: string; retourcode: string }[],
  ident: IdentificatieSource,
): { code: MessageCode; bericht: Berichten[MessageCode] } {
  const retourCode = RETOUR_OF[code]!;
  const { bericht } = headerOnlyRetour(code, heen, ['0200'], ident);
  const root = MODELS[retourCode].root;
  const heenPfx = code.toLowerCase();
  // First pass: copy the heenbericht's classes into the retour's shape, remembering each class by path.
  const classes = new Map<string, { RetourCodes?: { RetourCode: string[] } }>();
  const copy = (node: Record<string, unknown>, type: ComplexType, path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const p of type.sequence) {
      if (p.name === 'RetourCodes') continue;
      const v = node[p.name];
      if (v === undefined) continue;
      if (p.type.kind !== 'complex' || p.type.owner !== retourCode) out[p.name] = structuredClone(v);
      else if (Array.isArray(v)) {
        const t = p.type;
        out[p.name] = v.map((x, i) => copy(x as Record<string, unknown>, t, `${path}/${heenPfx}:${p.name}[${i + 1}]`));
      } else out[p.name] = copy(v as Record<string, unknown>, p.type, `${path}/${heenPfx}:${p.name}`);
    }
    if (type.sequence.some((p) => p.name === 'RetourCodes')) classes.set(path, out as never);
    return out;
  };
  const result = bericht as unknown as Record<string, unknown>;
  for (const p of root.sequence) {
    const v = (heen as unknown as Record<string, unknown>)[p.name];
    if (p.name === 'Header' || v === undefined || p.type.kind !== 'complex') continue;
    result[p.name] = copy(v as Record<string, unknown>, p.type, `/${heenPfx}:Bericht/${heenPfx}:${p.name}`);
  }
  // Second pass: each violation to its deepest class.
  const codes = new Map<string, string[]>();
  for (const v of violations) {
    let at = v.path;
    while (at && !classes.has(at)) at = at.slice(0, Math.max(0, at.lastIndexOf('/')));
    if (!at) throw new Error(`violation at ${v.path} lies in no class of ${retourCode}`);
    const list = codes.get(at) ?? [];
    if (!list.includes(v.retourcode)) list.push(v.retourcode);
    codes.set(at, list);
  }
  for (const [path, node] of classes) node.RetourCodes = { RetourCode: codes.get(path) ?? ['0200'] };
  return { code: retourCode, bericht };
}

const BERICHTCODE: Readonly<Record<string, string>> = {
  JW302: '437', JW306: '439', JW308: '441', JW316: '447', JW318: '487', JW320: '489',
};

/** JW325 rejecting a whole JW323 at header level (CL2 → 0001, or a CL3/4 header code). */
export function rejectedJw325(
  decl: Berichten['JW323'],
  retourcodes: LDT_RetourCode[],
  ident: IdentificatieSource,
): Berichten['JW325'] {
  const h = decl.Header;
  return {
    Header: {
      BerichtCode: '491',
      BerichtVersie: 3,
      BerichtSubversie: 2,
      Afzender: h.Ontvanger,
      Ontvanger: h.Afzender,
      BerichtIdentificatie: ident('JW325'),
      XsdVersie: { ...OWN_XSD_VERSIE },
      DeclaratieIdentificatie: { ...h.BerichtIdentificatie },
      XsdVersieDeclaratie: { ...h.XsdVersie },
      RetourCodes: { RetourCode: retourcodes },
    },
  };
}
