/** JW307: Bericht voor het melden van de stop van levering van Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const Header = complex("JW307", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["440"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_AgbCode),
  el("Ontvanger", B.LDT_Gemeente),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
]);
export const StopProduct = complex("JW307", "StopProduct", [
  opt("ToewijzingNummer", B.LDT_Nummer),
  opt("Product", B.CDT_Product),
  opt("ToewijzingIngangsdatum", B.LDT_Datum),
  el("Begindatum", B.LDT_Datum),
  el("RedenBeeindiging", B.LDT_RedenBeeindiging),
  el("Einddatum", B.LDT_Datum),
  el("StatusAanlevering", B.LDT_StatusAanlevering),
], "Gegevens over het beeindigen van de levering van ondersteuning.");
export const StopProducten = complex("JW307", "StopProducten", [
  many("StopProduct", StopProduct),
]);
export const Client = complex("JW307", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Geboortedatum", B.CDT_Geboortedatum),
  el("Geslacht", B.LDT_Geslacht),
  el("Naam", B.CDT_VerkorteNaam),
  el("StopProducten", StopProducten),
], "Persoonsgegevens van de client.");
export const Root = complex("JW307", "Root", [
  el("Header", Header),
  el("Client", Client),
], "Bericht voor het melden van de stop van levering van Jeugdhulp.");

export const JW307: MessageModel = {
  code: "JW307",
  berichtCode: "440",
  documentation: "Bericht voor het melden van de stop van levering van Jeugdhulp.",
  root: Root,
};
