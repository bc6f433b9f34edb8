/** JW317: Bericht voor Verzoek om wijziging Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const Header = complex("JW317", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["486"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_AgbCode),
  el("Ontvanger", B.LDT_Gemeente),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
]);
export const OngewijzigdProduct = complex("JW317", "OngewijzigdProduct", [
  el("ToewijzingNummer", B.LDT_Nummer),
], "Gegevens over het product dat ongewijzigd voortgezet gaat worden.");
export const OngewijzigdeProducten = complex("JW317", "OngewijzigdeProducten", [
  many("OngewijzigdProduct", OngewijzigdProduct),
]);
export const TeWijzigenProduct = complex("JW317", "TeWijzigenProduct", [
  el("ToewijzingNummer", B.LDT_Nummer),
  el("GewensteIngangsdatum", B.LDT_Datum),
  opt("Einddatum", B.LDT_Datum),
  opt("Omvang", B.CDT_Omvang),
  opt("Budget", B.LDT_Budget),
], "Gegevens over het product waarvoor een wijziging wordt aangevraagd.");
export const TeWijzigenProducten = complex("JW317", "TeWijzigenProducten", [
  many("TeWijzigenProduct", TeWijzigenProduct),
]);
export const NieuwProduct = complex("JW317", "NieuwProduct", [
  opt("Product", B.CDT_Product),
  el("GewensteIngangsdatum", B.LDT_Datum),
  opt("Einddatum", B.LDT_Datum),
  opt("Omvang", B.CDT_Omvang),
  opt("Budget", B.LDT_Budget),
], "Gegevens over het product waarvoor een toewijzing wordt aangevraagd.");
export const NieuweProducten = complex("JW317", "NieuweProducten", [
  many("NieuwProduct", NieuwProduct),
]);
export const Verzoek = complex("JW317", "Verzoek", [
  el("ReferentieAanbieder", B.LDT_Referentie),
  el("RedenVerzoek", B.LDT_RedenVerzoek),
  opt("OngewijzigdeProducten", OngewijzigdeProducten),
  opt("TeWijzigenProducten", TeWijzigenProducten),
  opt("NieuweProducten", NieuweProducten),
]);
export const Client = complex("JW317", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Verzoek", Verzoek),
]);
export const Root = complex("JW317", "Root", [
  el("Header", Header),
  el("Client", Client),
], "Bericht voor Verzoek om wijziging Jeugdhulp.");

export const JW317: MessageModel = {
  code: "JW317",
  berichtCode: "486",
  documentation: "Bericht voor Verzoek om wijziging Jeugdhulp.",
  root: Root,
};
