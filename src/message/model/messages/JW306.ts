/** JW306: Bericht voor het melden van de start van levering van Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const RetourCodes = complex("JW306", "RetourCodes", [
  many("RetourCode", B.LDT_RetourCode),
]);
export const Header = complex("JW306", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["439"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_AgbCode),
  el("Ontvanger", B.LDT_Gemeente),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
  el("IdentificatieRetour", B.LDT_IdentificatieBericht),
  el("DagtekeningRetour", B.LDT_Datum),
  opt("XsltVersie", B.LDT_Versie),
  el("XsdVersieRetour", B.CDT_XsdVersie),
  opt("RetourCodes", RetourCodes),
]);
export const StartProduct = complex("JW306", "StartProduct", [
  opt("ToewijzingNummer", B.LDT_Nummer),
  opt("Product", B.CDT_Product),
  opt("ToewijzingIngangsdatum", B.LDT_Datum),
  el("Begindatum", B.LDT_Datum),
  el("StatusAanlevering", B.LDT_StatusAanlevering),
  el("RetourCodes", RetourCodes),
], "Gegevens over het product waarvan de levering gestart is.");
export const StartProducten = complex("JW306", "StartProducten", [
  many("StartProduct", StartProduct),
]);
export const Client = complex("JW306", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Geboortedatum", B.CDT_Geboortedatum),
  el("Geslacht", B.LDT_Geslacht),
  el("Naam", B.CDT_VerkorteNaam),
  el("StartProducten", StartProducten),
  el("RetourCodes", RetourCodes),
], "Persoonsgegevens van de client.");
export const Root = complex("JW306", "Root", [
  el("Header", Header),
  opt("Client", Client),
], "Bericht voor het melden van de start van levering van Jeugdhulp.");

export const JW306: MessageModel = {
  code: "JW306",
  berichtCode: "439",
  documentation: "Bericht voor het melden van de start van levering van Jeugdhulp.",
  root: Root,
};
