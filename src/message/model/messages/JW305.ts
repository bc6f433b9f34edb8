/** JW305: Bericht voor het melden van de start van levering van Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const Header = complex("JW305", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["438"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_AgbCode),
  el("Ontvanger", B.LDT_Gemeente),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
]);
export const StartProduct = complex("JW305", "StartProduct", [
  opt("ToewijzingNummer", B.LDT_Nummer),
  opt("Product", B.CDT_Product),
  opt("ToewijzingIngangsdatum", B.LDT_Datum),
  el("Begindatum", B.LDT_Datum),
  el("StatusAanlevering", B.LDT_StatusAanlevering),
], "Gegevens over het product waarvan de levering gestart is.");
export const StartProducten = complex("JW305", "StartProducten", [
  many("StartProduct", StartProduct),
]);
export const Client = complex("JW305", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Geboortedatum", B.CDT_Geboortedatum),
  el("Geslacht", B.LDT_Geslacht),
  el("Naam", B.CDT_VerkorteNaam),
  el("StartProducten", StartProducten),
], "Persoonsgegevens van de client.");
export const Root = complex("JW305", "Root", [
  el("Header", Header),
  el("Client", Client),
], "Bericht voor het melden van de start van levering van Jeugdhulp.");

export const JW305: MessageModel = {
  code: "JW305",
  berichtCode: "438",
  documentation: "Bericht voor het melden van de start van levering van Jeugdhulp.",
  root: Root,
};
