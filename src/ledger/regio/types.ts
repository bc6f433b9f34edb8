/**
 * The region contract file (regions/<id>.json): the reference data a rule engine needs to judge a
 * message against one region's contracts — which municipality takes part in which contract, the
 * products with their code-list values and tariffs, which provider (AGB) is contracted for what,
 * and the regional contract rules.
 *
 * Format rules (see docs/regions.md):
 * - Field names are Dutch (the file is read and written by a municipality's IT team); code values
 *   are the iJw 3.2 codes themselves and are checked against the same code lists the XSD uses.
 * - Nothing is invented: where the source gives no value the file says so with {@link Onbekend}
 *   (a reason, ideally with the source line), never with a placeholder.
 * - Every fact points at its source with {@link BronVerwijzing}.
 * - Rules ({@link Regel}) are a tagged list; a new kind of rule is a new `soort` added to the union
 *   and to the validator, without touching the rest of the format. Unknown kinds are rejected at load.
 */
import type { MessageCode } from '../../message/model/dsl.js';
import type {
  LDT_Eenheid,
  LDT_Frequentie,
  LDT_ProductCategorie,
  LDT_TypeVerwijzer,
} from '../../message/types.generated.js';

/** Version of the file format itself (not of the region's contracts). */
export const REGIO_FORMAAT = 1;

/** A calendar date, ISO 8601 `YYYY-MM-DD` (same form as LDT_Datum). */
export type Datum = string;

/** A CBS gemeentecode: 4 digits (LDT_Gemeente). */
export type GemeenteCode = string;

/** An AGB code: 8 digits (LDT_AgbCode). */
export type AgbCode = string;

/**
 * A value the source does not give. `onbekend` says why, with a source reference in the text or in
 * `bron`. `kandidaten` optionally lists the values the source leaves open (e.g. Stuks 82 or 84); a
 * check may accept any candidate but must report that the value itself is not established.
 */
export interface Onbekend<T = never> {
  onbekend: string;
  kandidaten?: T[];
  bron?: BronVerwijzing[];
}

/** A closed or open period. Both ends inclusive; no `tot` = open-ended. */
export interface Periode {
  van: Datum;
  tot?: Datum;
}

/**
 * When something holds. `Onbekend` = the source states the fact but no dates: the fact is taken to
 * hold on every date (an unknown period never excludes a date) and a check can report that the
 * period itself could not be verified.
 */
export type Geldigheid = Periode | Onbekend;

/** A source document of the region file. */
export interface BronDocument {
  /** Short id used in {@link BronVerwijzing.document}. */
  id: string;
  titel: string;
  /** Where the document lives (path or URL). Line references (`L12-14`) count lines of this file. */
  bestand: string;
  toelichting?: string;
}

/** Where a fact comes from: a document id from `bronnen` and a place in it. */
export interface BronVerwijzing {
  document: string;
  /** Line numbers (`L31-32`, `L691, L1475`) or a section/rule id (`§2.2`, `FLV-301`). */
  plaats: string;
}

export interface Regio {
  /** Must equal {@link REGIO_FORMAAT}. */
  formaat: number;
  /** Lower-case id; must equal the file name without `.json`. */
  id: string;
  naam: string;
  /** Version of this file's content (free text, e.g. `1` or `2027-01`). */
  versie: string;
  /** Validity of the contract set described by this file. */
  geldigheid: Geldigheid;
  bronnen: BronDocument[];
  toelichting?: string;
  gemeenten: Gemeente[];
  contracten: Contract[];
  producten: Product[];
  /** Contracted providers, or explicitly unknown when the source does not list them. */
  aanbieders: Aanbieder[] | Onbekend;
  regels: Regel[];
}

export interface Gemeente {
  cbs: GemeenteCode;
  naam: string;
  bron: BronVerwijzing[];
  /** Participation per contract; a contract without an entry counts as "does not take part". */
  deelname: Deelname[];
  toelichting?: string;
}

export interface Deelname {
  /** A {@link Contract.id}. */
  contract: string;
  doetMee: boolean;
  geldigheid: Geldigheid;
  bron: BronVerwijzing[];
  toelichting?: string;
}

/** A regional contract or lot (perceel), e.g. "Basis Begeleiding". */
export interface Contract {
  id: string;
  naam: string;
  geldigheid: Geldigheid;
  bron: BronVerwijzing[];
  toelichting?: string;
}

export const UITVOERINGSVARIANTEN = ['inspanningsgericht', 'outputgericht', 'taakgericht'] as const;
export type Uitvoeringsvariant = (typeof UITVOERINGSVARIANTEN)[number];

export interface Product {
  /** JZ020 Productcategorie, or unknown (with the candidate categories) when the source does not state it. */
  categorie: LDT_ProductCategorie | Onbekend<LDT_ProductCategorie>;
  /** Productcode (LDT_ProductCode, 1–5 characters). */
  code: string;
  naam: string;
  /** The {@link Contract.id} the product belongs to, or unknown with the candidate contracts. */
  contract: string | Onbekend<string>;
  uitvoeringsvariant: Uitvoeringsvariant;
  /**
   * WJ756 Eenheid of the product: the unit it is declared and priced in. Unknown (with candidates)
   * when the source does not pin it down.
   */
  eenheid: LDT_Eenheid | Onbekend<LDT_Eenheid>;
  /** Units a toewijzing may use; default `[eenheid]` (e.g. `['01', '04']`: minutes or hours). */
  toewijzingEenheden?: LDT_Eenheid[];
  /** WMO757 Frequenties a toewijzing may use. */
  frequenties: LDT_Frequentie[];
  geldigheid: Geldigheid;
  /** Tariffs per validity period, or explicitly unknown, or explicitly none (not declarable). */
  tarieven: Tarief[] | Onbekend | GeenTarief;
  bron: BronVerwijzing[];
  toelichting?: string;
}

export interface Tarief {
  geldigheid: Periode;
  /** Eurocent per `eenheid` (LDT_Bedrag range). */
  eurocent: number;
  /** Unit the amount is per; default the product's eenheid. `04` (per hour) may price a `01` product (IV081). */
  eenheid?: LDT_Eenheid;
  bron: BronVerwijzing[];
}

/** The product has no tariff of its own (e.g. an extra-cliënt dummy): it cannot be declared. */
export interface GeenTarief {
  geenTarief: string;
  bron?: BronVerwijzing[];
}

export interface Aanbieder {
  agb: AgbCode;
  naam?: string;
  producten: AanbiederProduct[];
  bron: BronVerwijzing[];
  toelichting?: string;
}

export interface AanbiederProduct {
  /** A {@link Product.code}. */
  product: string;
  geldigheid: Geldigheid;
  /** Only for these municipalities (CBS codes); absent = every participating municipality. */
  gemeenten?: GemeenteCode[];
}

// ---------------------------------------------------------------------------------------------
// Rules

export const REGEL_SOORTEN = ['leeftijd', 'maximum', 'combinatie', 'verwijzer', 'termijn', 'bijzonder'] as const;
export type RegelSoort = (typeof REGEL_SOORTEN)[number];

/** What a failed check leads to. */
export const ERNSTEN = ['afwijzen', 'waarschuwen', 'signaleren', 'informatie'] as const;
export type Ernst = (typeof ERNSTEN)[number];

/** `machine`: decidable from message data, history and this file; `handmatig`: needs a person or data iJw does not carry. */
export const CONTROLES = ['machine', 'handmatig'] as const;
export type Controle = (typeof CONTROLES)[number];

interface RegelBasis {
  /** Unique within the file, e.g. `FLV-301`. */
  id: string;
  soort: RegelSoort;
  omschrijving: string;
  bron: BronVerwijzing[];
  controle: Controle;
  ernst: Ernst;
  /** Scope: product codes; absent = not limited by product. */
  producten?: string[];
  /** Scope: contract ids. */
  contracten?: string[];
  /** Scope: CBS codes. */
  gemeenten?: GemeenteCode[];
  /** Scope: messages the rule is checked on. */
  berichten?: MessageCode[];
  /** Default: the region's geldigheid. */
  geldigheid?: Geldigheid;
  toelichting?: string;
}

export const DUUR_EENHEDEN = ['dagen', 'werkdagen', 'weken', 'maanden', 'jaren'] as const;
export type DuurEenheid = (typeof DUUR_EENHEDEN)[number];

export interface Duur {
  aantal: number;
  eenheid: DuurEenheid;
}

export const PEILMOMENTEN = ['ingangsdatum', 'einddatum', 'gehele-periode'] as const;
export type Peilmoment = (typeof PEILMOMENTEN)[number];

/** Age limits: `vanaf` ≤ age < `tot` (years). */
export interface LeeftijdRegel extends RegelBasis {
  soort: 'leeftijd';
  vanaf?: number;
  tot?: number;
  /** When the age is measured; unknown when the source does not say. */
  peilmoment: Peilmoment | Onbekend<Peilmoment>;
  uitzonderingen: string[];
}

export const GROOTHEDEN = ['volume', 'duur', 'aantal', 'bedrag'] as const;
export type Grootheid = (typeof GROOTHEDEN)[number];

export const MAXIMUM_PER = ['toewijzing', 'traject', 'kalenderjaar', 'maand', 'week', 'dag', 'groep', 'gezin'] as const;
export type MaximumPer = (typeof MAXIMUM_PER)[number];

/**
 * A cap. `eenheid` depends on `grootheid`: volume → a WJ756 code; duur → a {@link DuurEenheid};
 * bedrag → `eurocent`; aantal → what is counted (free text, e.g. `jeugdigen`).
 */
export interface MaximumRegel extends RegelBasis {
  soort: 'maximum';
  grootheid: Grootheid;
  maximum: number;
  eenheid: string;
  per: MaximumPer;
  /** The source calls it a guideline (richtlijn) rather than a hard limit. */
  richtlijn: boolean;
  voorwaarde?: MaximumVoorwaarde;
}

/** The cap applies only when all given conditions hold. */
export interface MaximumVoorwaarde {
  /** Toewijzing lasts at most this long. */
  toewijzingsduurTot?: Duur;
  /** Verwijzer type (COD327) of the request/toewijzing is one of these. */
  verwijzers?: LDT_TypeVerwijzer[];
}

export const RELATIES = ['niet-toegestaan', 'toegestaan', 'voorwaardelijk', 'vereist'] as const;
export type Relatie = (typeof RELATIES)[number];

/** Another product of this file, or care outside it named by its zorgvorm (codes possibly unknown). */
export type CombinatieDoel = { product: string } | { zorgvorm: string; productcodes: string[] | Onbekend };

/** Concurrent toewijzingen (samenloop/stapelen) of the scoped products with `met`. */
export interface CombinatieRegel extends RegelBasis {
  soort: 'combinatie';
  relatie: Relatie;
  met: CombinatieDoel[];
  /** Same client, or anyone in the same family. */
  binnen: 'client' | 'gezin';
  /** For `voorwaardelijk`: the condition, in words. */
  voorwaarde?: string;
}

/** Allowed verwijzer types (COD327). */
export interface VerwijzerRegel extends RegelBasis {
  soort: 'verwijzer';
  /** Whose verwijzer: the request itself, or the original toewijzing a JW317 changes. */
  verwijzerVan: 'verzoek' | 'oorspronkelijke-toewijzing';
  toegestaan: LDT_TypeVerwijzer[];
  uitzonderingen: string[];
}

/** A deadline or lead time. */
export interface TermijnRegel extends RegelBasis {
  soort: 'termijn';
  partij: 'aanbieder' | 'gemeente';
  richting: 'uiterlijk-na' | 'minstens-voor';
  termijn: Duur;
  /** The reference moment, in words (e.g. "daadwerkelijke startdatum zorg"). */
  moment: string;
}

/** A special rule kept as text with its source; the engine hands it to a person. */
export interface BijzondereRegel extends RegelBasis {
  soort: 'bijzonder';
}

export type Regel = LeeftijdRegel | MaximumRegel | CombinatieRegel | VerwijzerRegel | TermijnRegel | BijzondereRegel;

// ---------------------------------------------------------------------------------------------
// Load results

/** One problem in a region file. */
export interface RegioFout {
  file: string;
  /** JSON path, e.g. `$.producten[3].eenheid`. */
  path: string;
  message: string;
}

/** What a tariff lookup can say. `geen`: the product has no tariff of its own (not declarable). */
export type TariefUitkomst =
  | { kind: 'bekend'; eurocent: number; eenheid: LDT_Eenheid; periode: Periode; afgeleid?: string }
  | { kind: 'onbekend'; reason: string }
  | { kind: 'geen'; reason: string };

export type JaNeeOnbekend = true | false | 'onbekend';
