/** JW302: Bericht voor de toewijzing van Jeugdhulp aan een aanbieder. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const RetourCodes = complex("JW302", "RetourCodes", [
  many("RetourCode", B.LDT_RetourCode),
]);
export const Header = complex("JW302", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["437"] })),
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
export const Contact = complex("JW302", "Contact", [
  el("Soort", B.LDT_AdresSoort),
  opt("Adres", B.CDT_Adres),
  opt("Organisatie", B.LDT_Organisatienaam),
  opt("Telefoon", B.CDT_Telefoonnummers),
  opt("Emailadres", B.LDT_Emailadres),
  opt("Periode", B.CDT_OpenPeriode),
  el("RetourCodes", RetourCodes),
], "Gegevens voor de aanduiding van het adres van de client of relatie.");
export const Relatie = complex("JW302", "Relatie", [
  el("Nummer", B.LDT_Persoonsid),
  opt("Volgorde", B.LDT_RelatieVolgorde),
  el("Soort", B.LDT_SoortRelatie),
  opt("Geboortedatum", B.CDT_Geboortedatum),
  opt("Geslacht", B.LDT_Geslacht),
  el("Naam", B.CDT_VolledigeNaam),
  el("Contact", Contact),
  el("RetourCodes", RetourCodes),
], "Persoonsgegevens van de relatie van de client.");
export const Relaties = complex("JW302", "Relaties", [
  many("Relatie", Relatie),
]);
export const Contactgegevens = complex("JW302", "Contactgegevens", [
  many("Contact", Contact),
]);
export const ToegewezenProduct = complex("JW302", "ToegewezenProduct", [
  el("ToewijzingNummer", B.LDT_Nummer),
  opt("ReferentieAanbieder", B.LDT_Referentie),
  opt("Product", B.CDT_Product),
  el("Toewijzingsdatum", B.LDT_Datum),
  el("Toewijzingstijd", B.LDT_Tijd),
  el("Ingangsdatum", B.LDT_Datum),
  opt("Einddatum", B.LDT_Datum),
  opt("RedenWijziging", B.LDT_RedenWijziging),
  opt("Omvang", B.CDT_Omvang),
  opt("Budget", B.LDT_Budget),
  opt("Commentaar", B.LDT_Commentaar),
  el("RetourCodes", RetourCodes),
], "Gegevens over een product dat de gemeente toewijst aan een aanbieder.");
export const ToegewezenProducten = complex("JW302", "ToegewezenProducten", [
  many("ToegewezenProduct", ToegewezenProduct),
]);
export const Client = complex("JW302", "Client", [
  el("Bsn", B.LDT_BurgerServicenummer),
  el("Geboortedatum", B.CDT_Geboortedatum),
  el("Geslacht", B.LDT_Geslacht),
  el("Naam", B.CDT_VolledigeNaam),
  opt("Communicatie", B.CDT_Communicatie),
  opt("JuridischeStatus", B.LDT_JuridischeStatus),
  opt("WettelijkeVertegenwoordiging", B.LDT_WettelijkeVertegenwoordiging),
  opt("Commentaar", B.LDT_Commentaar),
  opt("Relaties", Relaties),
  el("Contactgegevens", Contactgegevens),
  el("ToegewezenProducten", ToegewezenProducten),
  el("RetourCodes", RetourCodes),
], "Persoonsgegevens van de client.");
export const Root = complex("JW302", "Root", [
  el("Header", Header),
  opt("Client", Client),
], "Bericht voor de toewijzing van Jeugdhulp aan een aanbieder.");

export const JW302: MessageModel = {
  code: "JW302",
  berichtCode: "437",
  documentation: "Bericht voor de toewijzing van Jeugdhulp aan een aanbieder.",
  root: Root,
};
