/** JW320: Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const RetourCodes = complex("JW320", "RetourCodes", [
  many("RetourCode", B.LDT_RetourCode),
]);
export const Header = complex("JW320", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["489"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_Gemeente),
  el("Ontvanger", B.LDT_AgbCode),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
  el("IdentificatieRetour", B.LDT_IdentificatieBericht),
  el("DagtekeningRetour", B.LDT_Datum),
  opt("XsltVersie", B.LDT_Versie),
  el("XsdVersieRetour", B.CDT_XsdVersie),
  opt("RetourCodes", RetourCodes),
]);
export const Woonplaatsbeginsel = complex("JW320", "Woonplaatsbeginsel", [
  el("Gemeente", B.LDT_Gemeente),
  el("RetourCodes", RetourCodes),
]);
export const Antwoord = complex("JW320", "Antwoord", [
  el("ReferentieAanbieder", B.LDT_Referentie),
  el("VerzoekAntwoord", B.LDT_VerzoekAntwoord),
  opt("RedenAfwijzingVerzoek", B.LDT_RedenAfwijzingVerzoek),
  opt("Woonplaatsbeginsel", Woonplaatsbeginsel),
  el("RetourCodes", RetourCodes),
], "Gegevens over het antwoord dat de gemeente geeft op een verzoek van de aanbieder.");
export const Root = complex("JW320", "Root", [
  el("Header", Header),
  opt("Antwoord", Antwoord),
], "Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp.");

export const JW320: MessageModel = {
  code: "JW320",
  berichtCode: "489",
  documentation: "Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp.",
  root: Root,
};
