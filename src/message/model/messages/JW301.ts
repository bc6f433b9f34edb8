/** JW301: Bericht voor de toewijzing van Jeugdhulp aan een aanbieder. */
import * as B from '../basisschema.js';
import { complex, el, many, opt, restrict, simple, type MessageModel } from '../dsl.js';

export const Header = complex("JW301", "Header", [
  el("BerichtCode", restrict(B.LDT_BerichtCode, { patterns: ["436"] })),
  el("BerichtVersie", restrict(B.LDT_BerichtVersie, { patterns: ["3"] })),
  el("BerichtSubversie", restrict(B.LDT_BerichtSubversie, { patterns: ["2"] })),
  el("Afzender", B.LDT_Gemeente),
  el("Ontvanger", B.LDT_AgbCode),
  el("BerichtIdentificatie", B.CDT_BerichtIdentificatie),
  el("XsdVersie", B.CDT_XsdVersie),
]);
export const Contact = complex("JW301", "Contact", [
  el("Soort", B.LDT_AdresSoort),
  opt("Adres", B.CDT_Adres),
  opt("Organisatie", B.LDT_Organisatienaam),
  opt("Telefoon", B.CDT_Telefoonnummers),
  opt("Emailadres", B.LDT_Emailadres),
  opt("Periode", B.CDT_OpenPeriode),
], "Gegevens voor de aanduiding van het adres van de client of relatie.");
export const Relatie = complex("JW301", "Relatie", [
  el("Nummer", B.LDT_Persoonsid),
  opt("Volgorde", B.LDT_RelatieVolgorde),
  el("Soort", B.LDT_SoortRelatie),
  opt("Geboortedatum", B.CDT_Geboortedatum),
  opt("Geslacht", B.LDT_Geslacht),
  el("Naam", B.CDT_VolledigeNaam),
  el("Contact", Contact),
], "Persoonsgegevens van de relatie van de client.");
export const Relaties = complex("JW301", "Relaties", [
  many("Relatie", Relatie),
]);
export const Contactgegevens = complex("JW301", "Contactgegevens", [
  many("Contact", Contact),
]);
export const ToegewezenProduct = complex("JW301", "ToegewezenProduct", [
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
], "Gegevens over een product dat de gemeente toewijst aan een aanbieder.");
export const ToegewezenProducten = complex("JW301", "ToegewezenProducten", [
  many("ToegewezenProduct", ToegewezenProduct),
]);
export const Client = complex("JW301", "Client", [
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
], "Persoonsgegevens van de client.");
export const Root = complex("JW301", "Root", [
  el("Header", Header),
  el("Client", Client),
], "Bericht voor de toewijzing van Jeugdhulp aan een aanbieder.");

export const JW301: MessageModel = {
  code: "JW301",
  berichtCode: "436",
  documentation: "Bericht voor de toewijzing van Jeugdhulp aan een aanbieder.",
  root: Root,
};
