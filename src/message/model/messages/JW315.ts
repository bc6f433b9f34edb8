/** JW315: Bericht voor het aanvragen van een toewijzing voor Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const Header = complex("JW315", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["446"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_AgbCode),
  el("Ontvanger", B.LDT_Gemeente),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
]);
export const AangevraagdProduct = complex("JW315", "AangevraagdProduct", [
  el("ReferentieAanbieder", B.LDT_Referentie),
  opt("BeschikkingNummer", B.LDT_Nummer),
  opt("Product", B.CDT_Product),
  opt("BeschikkingIngangsdatum", B.LDT_Datum),
  el("ToewijzingIngangsdatum", B.LDT_Datum),
  opt("ToewijzingEinddatum", B.LDT_Datum),
  opt("Omvang", B.CDT_Omvang),
  opt("Budget", B.LDT_Budget),
  el("Verwijzer", B.CDT_Verwijzer),
  opt("Raamcontract", B.LDT_JaNee),
  opt("Commentaar", B.LDT_Commentaar),
], "Gegevens over het product waarvoor een toewijzing wordt aangevraagd.");
export const AangevraagdeProducten = complex("JW315", "AangevraagdeProducten", [
  many("AangevraagdProduct", AangevraagdProduct),
]);
export const Client = complex("JW315", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Geboortedatum", B.CDT_Geboortedatum),
  el("Geslacht", B.LDT_Geslacht),
  el("Naam", B.CDT_VerkorteNaam),
  opt("GezagsdragerBekend", B.LDT_JaNee),
  opt("Commentaar", B.LDT_Commentaar),
  el("AangevraagdeProducten", AangevraagdeProducten),
], "Persoonsgegevens van de client.");
export const Root = complex("JW315", "Root", [
  el("Header", Header),
  el("Client", Client),
], "Bericht voor het aanvragen van een toewijzing voor Jeugdhulp.");

export const JW315: MessageModel = {
  code: "JW315",
  berichtCode: "446",
  documentation: "Bericht voor het aanvragen van een toewijzing voor Jeugdhulp.",
  root: Root,
};
