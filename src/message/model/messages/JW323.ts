/** JW323: Bericht voor declaratie Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const Header = complex("JW323", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["490"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_AgbCode),
  el("Ontvanger", B.LDT_Gemeente),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
]);
export const Prestatie = complex("JW323", "Prestatie", [
  el("ProductReferentie", B.CDT_Referentie),
  el("ToewijzingNummer", B.LDT_Nummer),
  el("ProductCategorie", B.LDT_ProductCategorie),
  el("ProductCode", B.LDT_ProductCode),
  el("ProductPeriode", B.CDT_GeslotenPeriode),
  el("GeleverdVolume", B.LDT_Volume),
  el("Eenheid", B.LDT_Eenheid),
  opt("ProductTarief", B.LDT_Bedrag),
  el("IngediendBedrag", B.CDT_BedragMetDC),
]);
export const Prestaties = complex("JW323", "Prestaties", [
  many("Prestatie", Prestatie),
]);
export const Client = complex("JW323", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Prestaties", Prestaties),
]);
export const Clienten = complex("JW323", "Clienten", [
  many("Client", Client),
]);
export const Declaratie = complex("JW323", "Declaratie", [
  el("DeclaratieNummer", restrict(B.LDT_IdentificatieDeclaratie, { patterns: ["([a-zA-Z0-9])+"] })),
  el("DeclaratiePeriode", B.CDT_GeslotenPeriode),
  el("DeclaratieDagtekening", B.LDT_Datum),
  el("TotaalIngediendBedrag", B.CDT_TotaalBedragMetDC),
  el("Clienten", Clienten),
], "Gegevens over de ingediende declaratie.");
export const Root = complex("JW323", "Root", [
  el("Header", Header),
  el("Declaratie", Declaratie),
], "Bericht voor declaratie Jeugdhulp.");

export const JW323: MessageModel = {
  code: "JW323",
  berichtCode: "490",
  documentation: "Bericht voor declaratie Jeugdhulp.",
  root: Root,
};
