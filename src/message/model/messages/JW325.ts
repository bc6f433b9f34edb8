/** JW325: Bericht met retourinformatie voor declaratie Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const RetourCodes = complex("JW325", "RetourCodes", [
  many("RetourCode", B.LDT_RetourCode),
]);
export const Header = complex("JW325", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["491"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_Gemeente),
  el("Ontvanger", B.LDT_AgbCode),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
  el("DeclaratieIdentificatie", B.CDT_BerichtIdentificatie),
  opt("XsltVersie", B.LDT_Versie),
  el("XsdVersieDeclaratie", B.CDT_XsdVersie),
  el("RetourCodes", RetourCodes),
]);
export const Prestatie = complex("JW325", "Prestatie", [
  el("ProductReferentie", B.CDT_Referentie),
  el("ToewijzingNummer", B.LDT_Nummer),
  el("ProductCategorie", B.LDT_ProductCategorie),
  el("ProductCode", B.LDT_ProductCode),
  el("ProductPeriode", B.CDT_GeslotenPeriode),
  el("GeleverdVolume", B.LDT_Volume),
  el("Eenheid", B.LDT_Eenheid),
  opt("ProductTarief", B.LDT_Bedrag),
  el("IngediendBedrag", B.CDT_BedragMetDC),
  el("RetourCodes", RetourCodes),
]);
export const Prestaties = complex("JW325", "Prestaties", [
  many("Prestatie", Prestatie),
]);
export const Client = complex("JW325", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Prestaties", Prestaties),
  el("RetourCodes", RetourCodes),
]);
export const Clienten = complex("JW325", "Clienten", [
  many("Client", Client),
]);
export const DeclaratieAntwoord = complex("JW325", "DeclaratieAntwoord", [
  el("DeclaratieNummer", B.LDT_IdentificatieDeclaratie),
  el("TotaalIngediendBedrag", B.CDT_TotaalBedragMetDC),
  el("TotaalToegekendBedrag", B.CDT_TotaalBedragMetDC),
  opt("Clienten", Clienten),
  el("RetourCodes", RetourCodes),
], "Gegevens over het antwoord op een ingediende declaratie.");
export const Root = complex("JW325", "Root", [
  el("Header", Header),
  opt("DeclaratieAntwoord", DeclaratieAntwoord),
], "Bericht met retourinformatie voor declaratie Jeugdhulp.");

export const JW325: MessageModel = {
  code: "JW325",
  berichtCode: "491",
  documentation: "Bericht met retourinformatie voor declaratie Jeugdhulp.",
  root: Root,
};
