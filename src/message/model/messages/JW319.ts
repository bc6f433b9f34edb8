/** JW319: Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const Header = complex("JW319", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["488"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_Gemeente),
  el("Ontvanger", B.LDT_AgbCode),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
]);
export const Woonplaatsbeginsel = complex("JW319", "Woonplaatsbeginsel", [
  el("Gemeente", B.LDT_Gemeente),
]);
export const Antwoord = complex("JW319", "Antwoord", [
  el("ReferentieAanbieder", B.LDT_Referentie),
  el("VerzoekAntwoord", B.LDT_VerzoekAntwoord),
  opt("RedenAfwijzingVerzoek", B.LDT_RedenAfwijzingVerzoek),
  opt("Woonplaatsbeginsel", Woonplaatsbeginsel),
], "Gegevens over het antwoord dat de gemeente geeft op een verzoek van de aanbieder.");
export const Root = complex("JW319", "Root", [
  el("Header", Header),
  el("Antwoord", Antwoord),
], "Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp.");

export const JW319: MessageModel = {
  code: "JW319",
  berichtCode: "488",
  documentation: "Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp.",
  root: Root,
};
