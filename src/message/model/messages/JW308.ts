/** JW308: Bericht voor het melden van de stop van levering van Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const RetourCodes = complex("JW308", "RetourCodes", [
  many("RetourCode", B.LDT_RetourCode),
]);
export const Header = complex("JW308", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["441"] })),
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
export const StopProduct = complex("JW308", "StopProduct", [
  opt("ToewijzingNummer", B.LDT_Nummer),
  opt("Product", B.CDT_Product),
  opt("ToewijzingIngangsdatum", B.LDT_Datum),
  el("Begindatum", B.LDT_Datum),
  el("RedenBeeindiging", B.LDT_RedenBeeindiging),
  el("Einddatum", B.LDT_Datum),
  el("StatusAanlevering", B.LDT_StatusAanlevering),
  el("RetourCodes", RetourCodes),
], "Gegevens over het beeindigen van de levering van ondersteuning.");
export const StopProducten = complex("JW308", "StopProducten", [
  many("StopProduct", StopProduct),
]);
export const Client = complex("JW308", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Geboortedatum", B.CDT_Geboortedatum),
  el("Geslacht", B.LDT_Geslacht),
  el("Naam", B.CDT_VerkorteNaam),
  el("StopProducten", StopProducten),
  el("RetourCodes", RetourCodes),
], "Persoonsgegevens van de client.");
export const Root = complex("JW308", "Root", [
  el("Header", Header),
  opt("Client", Client),
], "Bericht voor het melden van de stop van levering van Jeugdhulp.");

export const JW308: MessageModel = {
  code: "JW308",
  berichtCode: "441",
  documentation: "Bericht voor het melden van de stop van levering van Jeugdhulp.",
  root: Root,
};
