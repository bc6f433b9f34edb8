/**
 * The code lists a region file is checked against, taken from the message model (the same
 * enumerations the generated XSD and types.generated.ts use), so a region file can never hold a
 * code the messages would reject.
 */
import { MESSAGE_CODES, type SimpleType } from '../../message/model/dsl.js';
import {
  LDT_Eenheid,
  LDT_Frequentie,
  LDT_ProductCategorie,
  LDT_TypeVerwijzer,
} from '../../message/model/basisschema.js';

export interface CodeList {
  /** Code list name for messages, e.g. `WJ756 Eenheid`. */
  readonly name: string;
  readonly codes: ReadonlyMap<string, string>;
}

function fromModel(name: string, type: SimpleType): CodeList {
  const enumeration = type.facets.enumeration;
  if (!enumeration) throw new Error(`${type.name ?? name} has no enumeration`);
  return { name, codes: new Map(enumeration.map((c) => [c.value, c.description])) };
}

export const EENHEID = fromModel('WJ756 Eenheid', LDT_Eenheid);
export const FREQUENTIE = fromModel('WMO757 Frequentie', LDT_Frequentie);
export const PRODUCTCATEGORIE = fromModel('JZ020 Productcategorie', LDT_ProductCategorie);
export const TYPE_VERWIJZER = fromModel('COD327 Verwijzer', LDT_TypeVerwijzer);
export const BERICHTCODES: ReadonlySet<string> = new Set(MESSAGE_CODES);

/** Eenheden that fit each uitvoeringsvariant (ijw-rules §7.7/§8.2; UP026, OP261–OP263, OP305). */
export const EENHEDEN_PER_VARIANT: Readonly<Record<'inspanningsgericht' | 'outputgericht', ReadonlySet<string>>> = {
  inspanningsgericht: new Set(['01', '04', '14', '16', '84']),
  outputgericht: new Set(['82', '83']),
};

/** Eenheden that may not be combined with Frequentie 1 (per dag) (CS338). */
export const NIET_PER_DAG: ReadonlySet<string> = new Set(['14', '16', '83', '84']);
