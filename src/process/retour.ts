/**
 * Retourberichten per IV028 / IV032 / IV033 and the JW325 for a rejected JW323 (IV087).
 *
 * - CL1 (XSD) failure: no retourbericht at all (the sender hears it from the transport layer).
 * - CL2 failure: a header-only retourbericht with RetourCode 0001; the header is the heenbericht's,
 *   copied unchanged (Afzender and Ontvanger NOT swapped), plus IdentificatieRetour,
 *   DagtekeningRetour and XsdVersieRetour. XsltVersie stays empty: we do not run the official XSLTs.
 * - A JW323 failing CL2 gets a JW325 with header RetourCode 0001 and no DeclaratieAntwoord.
 */
import { XSD_VERSION, type MessageCode } from '../message/model/dsl.js';
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

/**
 * JW325 approving a whole JW323 (IV087, ijw-rules.md §1.4): header 0200, DeclaratieAntwoord with
 * RetourCode 8001 and TotaalToegekendBedrag = TotaalIngediendBedrag, no Clienten.
 */
export function approvedJw325(decl: Berichten['JW323'], ident: IdentificatieSource): Berichten['JW325'] {
  const b = rejectedJw325(decl, ['0200'], ident);
  const d = decl.Declaratie;
  b.DeclaratieAntwoord = {
    DeclaratieNummer: d.DeclaratieNummer,
    TotaalIngediendBedrag: { ...d.TotaalIngediendBedrag },
    TotaalToegekendBedrag: { ...d.TotaalIngediendBedrag },
    RetourCodes: { RetourCode: ['8001'] },
  };
  return b;
}
