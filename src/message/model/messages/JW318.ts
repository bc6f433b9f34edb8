/** JW318: Bericht voor Verzoek om wijziging Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const RetourCodes = complex("JW318", "RetourCodes", [
  many("RetourCode", B.LDT_RetourCode),
]);
export const Header = complex("JW318", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["487"] })),
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
export const OngewijzigdProduct = complex("JW318", "OngewijzigdProduct", [
  el("ToewijzingNummer", B.LDT_Nummer),
  el("RetourCodes", RetourCodes),
], "Gegevens over het product dat ongewijzigd voortgezet gaat worden.");
export const OngewijzigdeProducten = complex("JW318", "OngewijzigdeProducten", [
  many("OngewijzigdProduct", OngewijzigdProduct),
]);
export const TeWijzigenProduct = complex("JW318", "TeWijzigenProduct", [
  el("ToewijzingNummer", B.LDT_Nummer),
  el("GewensteIngangsdatum", B.LDT_Datum),
  opt("Einddatum", B.LDT_Datum),
  opt("Omvang", B.CDT_Omvang),
  opt("Budget", B.LDT_Budget),
  el("RetourCodes", RetourCodes),
], "Gegevens over het product waarvoor een wijziging wordt aangevraagd.");
export const TeWijzigenProducten = complex("JW318", "TeWijzigenProducten", [
  many("TeWijzigenProduct", TeWijzigenProduct),
]);
export const NieuwProduct = complex("JW318", "NieuwProduct", [
  opt("Product", B.CDT_Product),
  el("GewensteIngangsdatum", B.LDT_Datum),
  opt("Einddatum", B.LDT_Datum),
  opt("Omvang", B.CDT_Omvang),
  opt("Budget", B.LDT_Budget),
  el("RetourCodes", RetourCodes),
], "Gegevens over het product waarvoor een toewijzing wordt aangevraagd.");
export const NieuweProducten = complex("JW318", "NieuweProducten", [
  many("NieuwProduct", NieuwProduct),
]);
export const Verzoek = complex("JW318", "Verzoek", [
  el("ReferentieAanbieder", B.LDT_Referentie),
  el("RedenVerzoek", B.LDT_RedenVerzoek),
  opt("OngewijzigdeProducten", OngewijzigdeProducten),
  opt("TeWijzigenProducten", TeWijzigenProducten),
  opt("NieuweProducten", NieuweProducten),
  el("RetourCodes", RetourCodes),
]);
export const Client = complex("JW318", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Verzoek", Verzoek),
  el("RetourCodes", RetourCodes),
]);
export const Root = complex("JW318", "Root", [
  el("Header", Header),
  opt("Client", Client),
], "Bericht voor Verzoek om wijziging Jeugdhulp.");

export const JW318: MessageModel = {
  code: "JW318",
  berichtCode: "487",
  documentation: "Bericht voor Verzoek om wijziging Jeugdhulp.",
  root: Root,
};
