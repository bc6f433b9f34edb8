/**
 * iJw 3.2 basisschema: the shared simple types (LDT_*) and composite types (CDT_*).
 * Transcribed from the facts of the official basisschema; verified against it by
 * test/differential.test.ts.
 */
import { codes, complex, el, opt, simple } from './dsl.js';

export const LDT_AanduidingWoonadres = simple("LDT_AanduidingWoonadres", "string", { maxLength: 2, enumeration: codes({
    "AB": "Aan boord",
    "BY": "Bij",
    "TO": "Tegenover",
    "WW": "Woonwagen",
  }) }, "De aanduiding die wordt gebruikt voor adressen die niet zijn voorzien van de gebruikelijke straatnaam en huisnummeraanduidingen.");
export const LDT_AdresSoort = simple("LDT_AdresSoort", "string", { maxLength: 2, enumeration: codes({
    "01": "BRP-adres",
    "02": "Correspondentie-adres",
    "03": "Verblijfadres",
    "04": "Tijdelijk verblijfadres",
  }) }, "Nadere typering van het adres.");
export const LDT_AgbCode = simple("LDT_AgbCode", "string", { minLength: 1, maxLength: 8, patterns: ["[0-9]{8}"] }, "Identificerende code van een instelling of aanbieder van zorg of ondersteuning (zie https://www.agbcode.nl)");
export const LDT_Bedrag = simple("LDT_Bedrag", "integer", { minInclusive: 0n, maxInclusive: 99999999n }, "Bedrag in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro.");
export const LDT_BerichtCode = simple("LDT_BerichtCode", "string", { minLength: 1, maxLength: 3 }, "Code ter identificatie van een soort bericht. Per bericht is gespecificeerd welke code gebruikt moet worden. De volledige codelijst is te vinden op het portaal van Vektis (http://ei.vektis.nl/WespCodelijstenDetail.aspx?Co_Ge_Code=COD002&Co_Or_Code=VEKT).");
export const LDT_BerichtSubversie = simple("LDT_BerichtSubversie", "integer", { minInclusive: 0n, maxInclusive: 99n }, "Volgnummer van de formele uitgifte van een minor release van een iStandaard.");
export const LDT_BerichtVersie = simple("LDT_BerichtVersie", "integer", { minInclusive: 0n, maxInclusive: 99n }, "Volgnummer van de formele uitgifte van een major release van een iStandaard.");
export const LDT_Budget = simple("LDT_Budget", "integer", { minInclusive: 0n, maxInclusive: 99999999n }, "Budget in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro.");
export const LDT_BurgerServicenummer = simple("LDT_BurgerServicenummer", "string", { minLength: 1, maxLength: 9, patterns: ["[0-9]{9}"] }, "Een door de overheid toegekend identificerend nummer in het kader van het vereenvoudigen van het contact tussen overheid en burgers en het verminderen van de administratieve lasten.");
export const LDT_Commentaar = simple("LDT_Commentaar", "string", { minLength: 1, patterns: ["([.\\s]*\\S+[.\\s]*)+"] }, "Vrije tekst (bijvoorbeeld een toelichting) in een bericht.");
export const LDT_Communicatievorm = simple("LDT_Communicatievorm", "string", { maxLength: 1, enumeration: codes({
    "1": "Tolk taal",
    "2": "Doventolk",
    "3": "Doofblindentolk",
  }) }, "Gecodeerde aanduiding van de bijzondere vorm van communicatie die gebruikt dient te worden.");
export const LDT_Datum = simple("LDT_Datum", "date", { patterns: ["[^:Z]*"] }, "Datum");
export const LDT_DatumGebruik = simple("LDT_DatumGebruik", "string", { maxLength: 1, enumeration: codes({
    "1": "dag onbekend; alleen maand en jaar gebruiken",
    "2": "dag en maand onbekend; alleen jaar gebruiken",
    "3": "dag, maand en jaar onbekend; onbekende datum",
  }) }, "Indicator die aangeeft welk deel van de voorafgaande datum gebruikt mag worden.");
export const LDT_DebetCredit = simple("LDT_DebetCredit", "string", { maxLength: 1, enumeration: codes({
    "C": "Creditbedrag en aantal",
    "D": "Debetbedrag en aantal",
  }) });
export const LDT_Eenheid = simple("LDT_Eenheid", "string", { maxLength: 2, enumeration: codes({
    "01": "Minuut",
    "04": "Uur",
    "14": "Etmaal",
    "16": "Dagdeel (4 uur)",
    "82": "Stuks (output)",
    "83": "Euro's",
    "84": "Stuks (inspanning)",
  }) }, "Aanduiding van de eenheid waarin de omvang van een ondersteuningsproduct is beschreven.");
export const LDT_Emailadres = simple("LDT_Emailadres", "string", { minLength: 1, maxLength: 80, patterns: [".*[^\\s].*"] }, "Emailadres van een client of relatie.");
export const LDT_Frequentie = simple("LDT_Frequentie", "string", { maxLength: 1, enumeration: codes({
    "1": "Per dag",
    "2": "Per week",
    "4": "Per maand",
    "6": "Totaal binnen geldigheidsduur toewijzing",
  }) }, "Aanduiding van de frequentie waarmee een ondersteuningsproduct geleverd wordt.");
export const LDT_Gemeente = simple("LDT_Gemeente", "string", { minLength: 1, patterns: ["[0-9]{4}"] }, "Identificerende code van een gemeente die betrokken is bij de uitvoering van zorg of ondersteuning.");
export const LDT_Geslacht = simple("LDT_Geslacht", "string", { maxLength: 1, enumeration: codes({
    "0": "Onbekend",
    "1": "Mannelijk",
    "2": "Vrouwelijk",
  }) }, "De sekse van een persoon, zoals bij geboorte formeel vastgesteld of nadien formeel gewijzigd.");
export const LDT_Huisletter = simple("LDT_Huisletter", "string", { minLength: 1, maxLength: 1, patterns: [".*[^\\s].*"] }, "Een alfabetisch teken achter het huisnummer zoals dit door het gemeentebestuur is toegekend.");
export const LDT_Huisnummer = simple("LDT_Huisnummer", "integer", { minInclusive: 0n, maxInclusive: 99999n }, "De numerieke aanduiding zoals de gemeente die aan het object heeft toegekend.");
export const LDT_HuisnummerToevoeging = simple("LDT_HuisnummerToevoeging", "string", { minLength: 1, maxLength: 4, patterns: [".*[^\\s].*"] }, "Die letters of tekens die noodzakelijk zijn om, naast huisnummer en -letter, de brievenbus te vinden.");
export const LDT_IdentificatieBericht = simple("LDT_IdentificatieBericht", "string", { minLength: 1, maxLength: 12, patterns: [".*[^\\s].*"] }, "Naam of nummer, die ter identificatie aan een totale aanlevering kan worden meegegeven.");
export const LDT_IdentificatieDeclaratie = simple("LDT_IdentificatieDeclaratie", "string", { minLength: 1, maxLength: 12 }, "Identificatie van een declaratie zoals bepaald door de zorgaanbieder");
export const LDT_JaNee = simple("LDT_JaNee", "string", { maxLength: 1, enumeration: codes({
    "1": "Ja",
    "2": "Nee",
  }) }, "Codering voor ja of nee.");
export const LDT_JuridischeStatus = simple("LDT_JuridischeStatus", "string", { maxLength: 2, enumeration: codes({
    "01": "Rechterlijke machtiging (rm) voorlopig / voortgezette machtiging",
    "02": "RM op eigen verzoek",
    "03": "RM met voorwaardelijk ontslag",
    "04": "Onder toezichtstelling (ots)",
    "05": "In bewaring stelling (ibs)",
    "11": "Strafrechterlijke justitiele contacten: tbs",
    "12": "Strafrechterlijke justitiele contacten: overig",
  }) }, "Juridische situatie die voor de client van toepassing is op het moment van beoordeling.");
export const LDT_LandCode = simple("LDT_LandCode", "string", { maxLength: 2, enumeration: codes({
    "AD": "ANDORRA",
    "AE": "VERENIGDE ARABISCHE EMIRATEN",
    "AF": "AFGHANISTAN",
    "AG": "ANTIGUA EN BARBUDA",
    "AI": "ANGUILA",
    "AL": "ALBANIE",
    "AM": "ARMENIE",
    "AO": "ANGOLA",
    "AQ": "ANTARTICA",
    "AR": "ARGENTINIE",
    "AS": "AMERIKAANS-SAMOA",
    "AT": "OOSTENRIJK",
    "AU": "AUSTRALIE",
    "AW": "ARUBA",
    "AX": "ÅLANDSEILANDEN",
    "AZ": "AZERBEIDZJAN",
    "BA": "BOSNIE EN HERZEGOVINA",
    "BB": "BARBADOS",
    "BD": "BANGLADESH",
    "BE": "BELGIE",
    "BF": "BURKINA FASO",
    "BG": "BULGARIJE",
    "BH": "BAHREIN",
    "BI": "BURUNDI",
    "BJ": "BENIN",
    "BL": "SAINT BARTHÉLEMY",
    "BM": "BERMUDA",
    "BN": "BRUNEI",
    "BO": "BOLIVIA",
    "BQ": "BONAIRE, SINT EUSTATIUS en SABA",
    "BR": "BRAZILIE",
    "BS": "BAHAMA'S",
    "BT": "BHUTAN",
    "BV": "BOUVET",
    "BW": "BOTSWANA",
    "BY": "WIT-RUSLAND",
    "BZ": "BELIZE",
    "CA": "CANADA",
    "CC": "COCOSEILANDEN",
    "CD": "CONGO-KINSHASA",
    "CF": "CENTRAAL-AFRIKAANSE REPUBLIEK",
    "CG": "CONGO-BRAZZAVILLE",
    "CH": "ZWITSERLAND",
    "CI": "IVOORKUST",
    "CK": "COOKEILANDEN",
    "CL": "CHILI",
    "CM": "KAMEROEN",
    "CN": "CHINA",
    "CO": "COLOMBIA",
    "CR": "COSTA RICA",
    "CU": "CUBA",
    "CV": "KAAPVERDIE",
    "CW": "CURAÇAO",
    "CX": "CHRISTMASEILAND",
    "CY": "CYPRUS",
    "CZ": "TSJECHIE",
    "DE": "DUITSLAND",
    "DJ": "DJIBOUTI",
    "DK": "DENEMARKEN",
    "DM": "DOMINICA",
    "DO": "DOMINICAANSE REPUBLIEK",
    "DZ": "ALGERIJE",
    "EC": "ECUADOR",
    "EE": "ESTLAND",
    "EG": "EGYPTE",
    "EH": "WESTELIJKE SAHARA",
    "ER": "ERITREA",
    "ES": "SPANJE",
    "ET": "ETHIOPIE",
    "FI": "FINLAND",
    "FJ": "FIJI",
    "FK": "FALKLANDEILANDEN",
    "FM": "MICRONESIA",
    "FO": "FAERÖER",
    "FR": "FRANKRIJK",
    "GA": "GABON",
    "GB": "VERENIGD KONINKRIJK",
    "GD": "GRENADA",
    "GE": "GEORGIE",
    "GF": "FRANS-GUYANA",
    "GG": "GUERNSEY",
    "GH": "GHANA",
    "GI": "GIBRALTAR",
    "GL": "GROENLAND",
    "GM": "GAMBIA",
    "GN": "GUINEA",
    "GP": "GUADELOUPE",
    "GQ": "EQUATORIAAL-GUINEA",
    "GR": "GRIEKENLAND",
    "GS": "ZUID-GEORGIE EN DE ZUIDELIJKE SANDWICHEILANDEN",
    "GT": "GUATEMALA",
    "GU": "GUAM",
    "GW": "GUINEE-BISSAU",
    "GY": "GUYANA",
    "HK": "HONGKONG",
    "HM": "HEARD EN MCDONALDEILANDEN",
    "HN": "HONDURAS",
    "HR": "KROATIE",
    "HT": "HAÏTI",
    "HU": "HONGARIJE",
    "ID": "INDONESIE",
    "IE": "IERLAND",
    "IL": "ISRAEL",
    "IM": "ISLE OF MAN",
    "IN": "INDIA",
    "IO": "BRITS TERRITORIUM IN DE INDISCHE OCEAAN",
    "IQ": "IRAK",
    "IR": "IRAN",
    "IS": "IJSLAND",
    "IT": "ITALIE",
    "JE": "JERSEY",
    "JM": "JAMAICA",
    "JO": "JORDANIE",
    "JP": "JAPAN",
    "KE": "KENIA",
    "KG": "KIRGIZIE",
    "KH": "CAMBODJA",
    "KI": "KIRIBATI",
    "KM": "COMOREN",
    "KN": "SAINT KITTS EN NEVIS",
    "KP": "NOORD-KOREA",
    "KR": "ZUID-KOREA",
    "KW": "KOEWEIT",
    "KY": "CAYMANEILANDEN",
    "KZ": "KAZACHSTAN",
    "LA": "LAOS",
    "LB": "LIBANON",
    "LC": "SAINT LUCIA",
    "LI": "LIECHTENSTEIN",
    "LK": "SRI LANKA",
    "LR": "LIBERIA",
    "LS": "LESOTHO",
    "LT": "LITOUWEN",
    "LU": "LUXEMBURG",
    "LV": "LETLAND",
    "LY": "LIBIE",
    "MA": "MAROKKO",
    "MC": "MONACO",
    "MD": "MOLDAVIE",
    "ME": "MONTENEGRO",
    "MF": "SAINT MARTIN",
    "MG": "MADAGASKAR",
    "MH": "MARSHALLEILANDEN",
    "MK": "MACEDONIE",
    "ML": "MALI",
    "MM": "MYANMAR",
    "MN": "MONGOLIE",
    "MO": "MACAU",
    "MP": "NOORDELIJKE MARIANEN",
    "MQ": "MARTINIQUE",
    "MR": "MAURITANIE",
    "MS": "MONTSERRAT",
    "MT": "MALTA",
    "MU": "MAURITIUS",
    "MV": "MALDIVEN",
    "MW": "MALAWI",
    "MX": "MEXICO",
    "MY": "MALEISIE",
    "MZ": "MOZAMBIQUE",
    "NA": "NAMIBIE",
    "NC": "NIEUW-CALEDONIE",
    "NE": "NIGER",
    "NF": "NORFOLK",
    "NG": "NIGERIA",
    "NI": "NICARAGUA",
    "NL": "NEDERLAND",
    "NO": "NOORWEGEN",
    "NP": "NEPAL",
    "NR": "NAURU",
    "NU": "NIUE",
    "NZ": "NIEUW-ZEELAND",
    "OM": "OMAN",
    "PA": "PANAMA",
    "PE": "PERU",
    "PF": "FRANS-POLYNESIE",
    "PG": "PAPOEA-NIEUW-GUINEA",
    "PH": "FILIPIJNEN",
    "PK": "PAKISTAN",
    "PL": "POLEN",
    "PM": "SAINT-PIERRE EN MIQUELON",
    "PN": "PITCAIRNEILANDEN",
    "PR": "PUERTO RICO",
    "PS": "PALESTIJNSE AUTORITEIT",
    "PT": "PORTUGAL",
    "PW": "PALAU",
    "PY": "PARAGUAY",
    "QA": "QATAR",
    "RE": "RÉUNION",
    "RO": "ROEMENIE",
    "RS": "SERVIE",
    "RU": "RUSLAND",
    "RW": "RWANDA",
    "SA": "SAOEDI-ARABIE",
    "SB": "SALOMONSEILANDEN",
    "SC": "SEYCHELLEN",
    "SD": "SOEDAN",
    "SE": "ZWEDEN",
    "SG": "SINGAPORE",
    "SH": "SINT-HELENA",
    "SI": "SLOVENIE",
    "SJ": "SPITSBERGEN EN JAN MAYEN",
    "SK": "SLOWAKIJE",
    "SL": "SIERRA LEONE",
    "SM": "SAN MARINO",
    "SN": "SENEGAL",
    "SO": "SOMALIE",
    "SR": "SURINAME",
    "SS": "ZUID SOEDAN",
    "ST": "SAO TOMÉ EN PRINCIPE",
    "SV": "EL SALVADOR",
    "SX": "SINT MAARTEN (Nederlands deel)",
    "SY": "SYRIE",
    "SZ": "SWAZILAND",
    "TC": "TURKS- EN CAICOSEILANDEN",
    "TD": "TSJAAD",
    "TF": "FRANSE ZUIDELIJKE EN ANTARCTISCHE GEBIEDEN",
    "TG": "TOGO",
    "TH": "THAILAND",
    "TJ": "TADZJIKISTAN",
    "TK": "TOKELAU",
    "TL": "OOST-TIMOR",
    "TM": "TURKMENISTAN",
    "TN": "TUNESIE",
    "TO": "TONGA",
    "TR": "TURKIJE",
    "TT": "TRINIDAD EN TOBAGO",
    "TV": "TUVALU",
    "TW": "TAIWAN",
    "TZ": "TANZANIA",
    "UA": "OEKRAINE",
    "UG": "OEGANDA",
    "UM": "KLEINE PACIFISCHE EILANDEN VAN DE VERENIGDE STATEN",
    "US": "VERENIGDE STATEN",
    "UY": "URUGUAY",
    "UZ": "OEZBEKISTAN",
    "VA": "VATICAANSTAD",
    "VC": "SAINT VINCENT EN DE GRENADINES",
    "VE": "VENEZUELA",
    "VG": "BRITSE MAAGDENEILANDEN",
    "VI": "AMERIKAANSE MAAGDENEILANDEN",
    "VN": "VIETNAM",
    "VU": "VANUATU",
    "WF": "WALLIS EN FUTUNA",
    "WS": "SAMOA",
    "YE": "JEMEN",
    "YT": "MAYOTTE",
    "ZA": "ZUID-AFRIKA",
    "ZM": "ZAMBIA",
    "ZW": "ZIMBABWE",
  }) }, "Identificatie van een (historisch/actueel) land of gebiedsdeel.");
export const LDT_Landnummer = simple("LDT_Landnummer", "string", { minLength: 1, maxLength: 4, patterns: [".*[^\\s].*"] }, "Het telefoonnummer van een land, vanuit Nederland benaderd.");
export const LDT_Naam = simple("LDT_Naam", "string", { minLength: 1, maxLength: 200, patterns: [".*[^\\s].*"] }, "De naam van een persoon, indien nodig verkort weergegeven.");
export const LDT_NaamGebruik = simple("LDT_NaamGebruik", "string", { maxLength: 1, enumeration: codes({
    "1": "Eigen naam",
    "2": "Naam echtgenoot of geregistreerd partner of alternatieve naam",
    "3": "Naam echtgenoot of geregistreerd partner gevolgd door eigen naam",
    "4": "Eigen naam gevolgd door naam echtgenoot of geregistreerd partner",
    "5": "Pseudoniem",
    "6": "Niet-natuurlijk persoon",
  }) }, "Aanduiding naamgebruik (gecodeerd).");
export const LDT_NaamVerwijzer = simple("LDT_NaamVerwijzer", "string", { minLength: 1, maxLength: 64, patterns: [".*[^\\s].*"] }, "Naam of organisatienaam van de persoon of instantie die de client heeft doorverwezen naar ondersteuning.");
export const LDT_Nummer = simple("LDT_Nummer", "integer", { minInclusive: 0n, maxInclusive: 999999999n }, "Nummer");
export const LDT_Organisatienaam = simple("LDT_Organisatienaam", "string", { minLength: 1, maxLength: 35, patterns: [".*[^\\s].*"] }, "De naam van een organisatie waar de client of relatie client verblijft.");
export const LDT_Persoonsid = simple("LDT_Persoonsid", "string", { minLength: 1, maxLength: 20, patterns: [".*[^\\s].*"] }, "Identificerend nummer van een natuurlijk persoon.");
export const LDT_Plaatsnaam = simple("LDT_Plaatsnaam", "string", { minLength: 1, maxLength: 80, patterns: [".*[^\\s].*"] }, "De door de gemeente vastgestelde naam van een woonplaats.");
export const LDT_Postcode = simple("LDT_Postcode", "string", { minLength: 1, maxLength: 8, patterns: [".*[^\\s].*"] }, "Aanduiding van de (inter)nationale postcode. Dit veld is geschikt voor zowel de Nederlandse als niet-Nederlandse postcodes.");
export const LDT_ProductCategorie = simple("LDT_ProductCategorie", "string", { maxLength: 2, enumeration: codes({
    "31": "(2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam",
    "32": "(2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder",
    "33": "(2015) Zonder verblijf: daghulp op locatie van de aanbieder",
    "34": "(2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige",
    "35": "(2015) Met verblijf: pleegzorg",
    "36": "(2015) Met verblijf: gezinsgericht",
    "37": "(2015) Met verblijf: gesloten plaatsing",
    "38": "(2015) Met verblijf: overig residentieel",
    "40": "Persoonlijke verzorging",
    "41": "Dagbehandeling",
    "42": "Vervoerdiensten",
    "43": "Jeugdhulp verblijf (incl. behandeling)",
    "44": "Jeugdhulp verblijf (excl. behandeling)",
    "45": "Jeugdhulp ambulant",
    "46": "Jeugdhulp crisis",
    "47": "Jeugdreclassering",
    "48": "Jeugdbescherming",
    "49": "Activiteiten in het preventief justitieel kader",
    "50": "Maatwerkarrangementen jeugd",
    "51": "Generalistische basis-ggz",
    "52": "Specialistische ggz",
    "53": "Kindergeneeskunde",
    "54": "Jeugd-ggz",
    "55": "Landelijk ingekochte zorg",
  }) }, "Gecodeerde aanduiding van hoofdcategorieen van producten in het kader van de Jeugdwet.");
export const LDT_ProductCode = simple("LDT_ProductCode", "string", { minLength: 1, maxLength: 5, patterns: [".*[^\\s].*"] }, "Gecodeerde aanduiding van een product voor zorg of ondersteuning.");
export const LDT_RedenAfwijzingVerzoek = simple("LDT_RedenAfwijzingVerzoek", "string", { maxLength: 2, enumeration: codes({
    "1": "Geen wijziging, maar nieuwe aanvraag",
    "2": "Past niet binnen budget",
    "3": "Geen contract",
    "4": "Past niet binnen contract",
    "5": "Andere gemeente",
    "6": "Stapeling",
    "7": "Zorginhoudelijke afkeur",
    "8": "Woonplaatsbeginsel",
    "9": "Leeftijdsgrens is bereikt",
  }) }, "De reden van afwijzing van een verzoek.");
export const LDT_RedenBeeindiging = simple("LDT_RedenBeeindiging", "string", { maxLength: 2, enumeration: codes({
    "02": "Overlijden",
    "20": "Levering is tijdelijk beeindigd.",
    "31": "Levering is volgens plan beeindigd.",
    "32": "Voortijdig afgesloten: eenzijdig door de client.",
    "33": "Voortijdig afgesloten: eenzijdig door de aanbieder.",
    "34": "Voortijdig afgesloten: in overeenstemming.",
    "35": "Voortijdig afgesloten: wegens externe omstandigheden.",
    "36": "Geinitieerd door de gemeente",
    "37": "In verband met wijzigingsverzoek",
    "38": "Overstap naar andere aanbieder",
    "39": "Uitstroom naar ander domein",
  }) }, "De reden van beeindiging van de Jeugdhulp bij een client.");
export const LDT_RedenVerzoek = simple("LDT_RedenVerzoek", "string", { maxLength: 1, enumeration: codes({
    "1": "Verandering clientsituatie",
    "2": "Wijziging zorgplan",
  }) }, "Reden waarom een verzoek wordt ingediend");
export const LDT_RedenWijziging = simple("LDT_RedenWijziging", "string", { maxLength: 2, enumeration: codes({
    "01": "Administratieve correctie (vervallen)",
    "02": "Client overleden",
    "03": "Contractwijziging",
    "04": "Herbeoordeling: verlenging toewijzing",
    "05": "Herbeoordeling: verkorting toewijzing",
    "06": "Uitstroom naar ander domein",
    "07": "Verhuizing naar een andere gemeente",
    "08": "Wijziging leveringsvorm",
    "09": "Overstap naar andere aanbieder",
    "10": "Overgang naar nieuwe bekostigingssystematiek",
    "11": "Gemeentelijke herindeling",
    "12": "Geinitieerd door de aanbieder",
    "13": "Verwijderd",
    "14": "Administratieve correctie",
  }) }, "De reden waarom een toewijzing wordt gewijzigd.");
export const LDT_Referentie = simple("LDT_Referentie", "string", { minLength: 1, maxLength: 36, patterns: [".*[^\\s].*"] }, "Naam of nummer dat als referentie kan worden meegegeven.");
export const LDT_ReferentieNummer = simple("LDT_ReferentieNummer", "string", { minLength: 1, maxLength: 20 });
export const LDT_RelatieVolgorde = simple("LDT_RelatieVolgorde", "integer", { minInclusive: 0n, maxInclusive: 99n }, "Aanduiding van de prioriteit van de contactpersoon.");
export const LDT_RetourCode = simple("LDT_RetourCode", "string", { maxLength: 4, enumeration: codes({
    "0001": "Bericht is afgekeurd om technische redenen.",
    "0200": "Geen opmerking over deze berichtklasse.",
    "0233": "Berichtklasse is niet beoordeeld.",
    "0611": "Het ingediende tarief komt niet overeen met het contractuele tarief",
    "8001": "Declaratie is volledig toegewezen.",
    "8017": "Van deze credit prestatie is geen debet prestatie bekend.",
    "8021": "Referentienummer prestatie is reeds aangeleverd.",
    "8187": "De prestatie hoort niet bij deze client.",
    "8214": "DeclaratiePeriode is niet de kalendermaand die volgt op voorgaande DeclaratiePeriode terwijl iedere declaratieperiode zorg geleverd is.",
    "8848": "Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen.",
    "9019": "Het regie bericht kan niet gekoppeld worden aan een toewijzing.",
    "9056": "Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.",
    "9063": "Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is.",
    "9069": "Er is geen actueel startbericht met dezelfde sleutel.",
    "9071": "Het eerdere start bericht kan niet verwijderd worden omdat de zorg al beeindigd is",
    "9074": "Er is al een eerder bericht ontvangen met dezelfde sleutel.",
    "9307": "Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing",
    "9308": "Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing",
    "9319": "De ProductPeriode valt niet geheel binnen een DeclaratiePeriode.",
    "9321": "Het ingediende volume overschrijdt het toegewezen volume.",
    "9322": "De som van de ingediende volumes overschrijdt het toegewezen volume",
    "9326": "De actuele levering is nog niet gestopt met een Stopbericht.",
    "9332": "Toewijzing heeft geen uniek nummer binnen wettelijk domein.",
    "9333": "Declaratienummer is niet uniek",
    "9338": "Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer",
    "9339": "ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.",
    "9340": "ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.",
    "9341": "Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct",
    "9346": "Eenheid is ongelijk is aan waarde 83 (Euro's), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met (het onafgeronde) ProductTarief.",
    "9347": "ReferentieAanbieder is niet uniek voor de aanbieder binnen het wettelijk domein",
    "9349": "Het VOW bericht bevat niet alle actuele toegewezen producten van de client, hetzij in OngewijzigdProduct, hetzij in TeWijzigenProduct",
    "9350": "OngewijzigdProduct is niet gerelateerd aan een actueel toegewezen product op basis van het toewijzingnummer.",
    "9351": "TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer.",
    "9355": "ReferentieAanbieder in het antwoordbericht komt niet voor in een eerder verzoek om toewijzing of verzoek om wijziging",
    "9357": "GewensteIngangsdatum is kleiner dan of gelijk aan de dagtekening, maar niet gelijk aan de ingangsdatum van het originele ToegewezenProduct.",
    "9359": "Er is al een toewijzing gestuurd met deze ReferentieAanbieder.",
    "9360": "Er is al een antwoordbericht met deze ReferentieAanbieder",
    "9361": "Het product komt vaker voor met overlappende zorgperiodes.",
    "9365": "Er komt al een antwoordbericht met dezelfde ReferentieAanbieder voor waar VerzoekAntwoord de waarde Nee heeft.",
    "9366": "ProductReferentie komt niet voor in een Declaratiebericht",
    "9367": "De waarde komt niet overeen met de waarde uit heenbericht met gelijke ProductReferentie",
    "9369": "Budget is meegegeven, maar de som van GeleverdVolume in alle ingediende Prestaties passen niet binnen het toegewezen Budget.",
    "9373": "Budget is gewijzigd, maar GewensteIngangsdatum is niet gelijk aan die in de actuele toewijzing",
    "9374": "Er is al een verzoek onderhanden.",
    "9375": "Omvang is gevuld, terwijl Product in toewijzing met ToewijzingNummer leeg is en Einddatum groter dan 31-12-2020 of leeg is",
    "9379": "ReferentieAanbieder refereert niet naar een verzoek om toewijzing of verzoek om wijziging, is onterecht gevuld",
    "9384": "Declaratie op toewijzing met RedenWijziging \"13\" (Verwijderd)",
    "9385": "Toewijzing heeft goedgekeurde declaratieregels",
    "9387": "Begindatum van de ProductPeriode is niet eerste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Ingangsdatum van de toewijzing ligt niet later in deze betreffende maand",
    "9388": "Einddatum van de ProductPeriode is niet laatste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Einddatum van de toewijzing ligt niet eerder in deze betreffende maand.",
    "9389": "Deze prestatie heeft een debetprestatie zonder bijbehorende creditprestatie",
    "9390": "Er is al een Prestatie met gelijk ProductReferentie met waarde Credit",
    "9411": "Omvang is leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer gevuld is.",
    "9412": "Omvang is niet leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum groter dan 31-12-2020 of leeg is",
    "9413": "RedenBeeindiging heeft waarde 20, terwijl er al een ander StopProduct met hetzelfde Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging waarde 20 is.",
    "9414": "Einddatum is niet >= aan Einddatum uit actuele StopProduct met gelijk Bsn, ToewijzingNummer en Begindatum",
    "9415": "Er is StopProduct met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20",
    "S300": "Gemeentecode komt niet voor in de lijst van CBS.",
    "S329": "ProductCode hoort niet bij de ProductCategorie.",
  }) }, "Melding in een iStandaarden-retourbericht. Het betreft een code die in een retourbericht het resultaat van de beoordeling van een (deel van een) ontvangen bericht weergeeft.");
export const LDT_SoortRelatie = simple("LDT_SoortRelatie", "string", { maxLength: 2, enumeration: codes({
    "03": "Curator (juridisch)",
    "04": "Financieel (gemachtigd)",
    "05": "Financieel (toetsing)",
    "06": "Leefeenheid",
    "07": "Hulpverlener",
    "08": "Specialist",
    "09": "Anders",
    "10": "Ouder",
    "11": "Voogd",
    "12": "Partner/echtgeno(o)t(e)",
    "13": "Pleegouder",
    "14": "Bewindvoerder",
    "15": "Mentor",
    "16": "Zoon/dochter",
    "17": "Familielid",
    "18": "Gezinslid",
    "19": "Buur",
    "20": "Vriend(in)/kennis",
    "21": "Clientondersteuner",
    "22": "Huisarts",
    "23": "Erven van",
    "24": "Werkgever",
    "25": "Wijkcoach",
  }) }, "De soort relatie die een persoon ten opzichte van de client heeft.");
export const LDT_StatusAanlevering = simple("LDT_StatusAanlevering", "string", { maxLength: 1, enumeration: codes({
    "1": "Eerste aanlevering",
    "2": "Gewijzigde aanlevering",
    "3": "Verwijderen aanlevering",
    "9": "Niet van toepassing (ongewijzigd)",
  }) }, "Indicatie over de status van de informatie in de berichtklasse.");
export const LDT_Straatnaam = simple("LDT_Straatnaam", "string", { minLength: 1, maxLength: 24, patterns: [".*[^\\s].*"] }, "De officiele door de gemeente vastgestelde naam van een straat.");
export const LDT_Taal = simple("LDT_Taal", "string", { minLength: 1, maxLength: 25, patterns: [".*[^\\s].*"] }, "De taal van de client waarin met de client wordt gecommuniceerd.");
export const LDT_Telefoonnummer = simple("LDT_Telefoonnummer", "string", { minLength: 1, maxLength: 15, patterns: ["[0-9]*"] }, "Het telefoonnummer waarop de client of relatie van de client te bereiken is.");
export const LDT_Tijd = simple("LDT_Tijd", "time", { patterns: ["[^Z+-]+"] }, "Tijd");
export const LDT_TotaalBedrag = simple("LDT_TotaalBedrag", "integer", { minInclusive: 0n, maxInclusive: 999999999999n }, "Totaalbedrag in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro.");
export const LDT_TypeVerwijzer = simple("LDT_TypeVerwijzer", "string", { maxLength: 2, enumeration: codes({
    "01": "Gemeente",
    "02": "Huisarts",
    "03": "Jeugdarts",
    "04": "Gecertificeerde instelling",
    "05": "Medisch specialist",
    "06": "Zelfverwijzer/geen verwijzer",
    "08": "Rechter, Officier van Justitie, functionaris Justitiele jeugdinrichting",
  }) }, "Aanduiding van de aard van de verwijzer.");
export const LDT_Versie = simple("LDT_Versie", "string", { minLength: 1, patterns: ["(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)"] }, "Volgnummer van de formele uitgifte van een versie.");
export const LDT_VerzoekAntwoord = simple("LDT_VerzoekAntwoord", "string", { maxLength: 1, enumeration: codes({
    "1": "Verzoek afgewezen",
    "2": "Aanvraag in onderzoek",
  }) }, "Het antwoord op een verzoek");
export const LDT_Volume = simple("LDT_Volume", "integer", { minInclusive: 0n, maxInclusive: 99999999n }, "Aanduiding van de mate van ondersteuning betreffende een product, onderdeel van de Omvang.");
export const LDT_Voorletters = simple("LDT_Voorletters", "string", { minLength: 1, maxLength: 6, patterns: ["([a-zA-ZÀ-ỳ])+"] }, "De verzameling van letters die wordt gevormd door de eerste letter van alle in volgorde voorkomende voornamen van een persoon.");
export const LDT_Voorvoegsel = simple("LDT_Voorvoegsel", "string", { minLength: 1, maxLength: 10, patterns: [".*[^\\s].*"] }, "Verzameling van een of meer voorzetsels/lidwoorden, die aan het significante deel van de achternaam van een persoon vooraf gaat en daar een onderdeel van is.");
export const LDT_WettelijkeVertegenwoordiging = simple("LDT_WettelijkeVertegenwoordiging", "string", { maxLength: 2, enumeration: codes({
    "06": "Voogdij",
    "07": "Bewindvoering",
    "08": "Mentorschap",
    "09": "Onder curatele stelling",
    "10": "Zaakwaarneming",
  }) }, "Wettelijke vertegenwoordiging die voor de client van toepassing is op het moment van beoordeling.");

export const CDT_Achternaam = complex("basisschema", "CDT_Achternaam", [
  el("Achternaam", LDT_Naam),
  opt("Voorvoegsel", LDT_Voorvoegsel),
], "De achternaam van een natuurlijk persoon, aangeduid als Naam met Voorvoegsel.");
export const CDT_Huis = complex("basisschema", "CDT_Huis", [
  el("Huisnummer", LDT_Huisnummer),
  opt("Huisletter", LDT_Huisletter),
  opt("HuisnummerToevoeging", LDT_HuisnummerToevoeging),
  opt("AanduidingWoonadres", LDT_AanduidingWoonadres),
], "Aanduiding van een specifiek huis in een straat, onderdeel van het adres.");
export const CDT_Adres = complex("basisschema", "CDT_Adres", [
  opt("Huis", CDT_Huis),
  opt("Postcode", LDT_Postcode),
  opt("Straatnaam", LDT_Straatnaam),
  opt("Plaatsnaam", LDT_Plaatsnaam),
  opt("LandCode", LDT_LandCode),
], "Gegevens voor de aanduiding van een adres.");
export const CDT_BedragMetDC = complex("basisschema", "CDT_BedragMetDC", [
  el("Bedrag", LDT_Bedrag),
  el("DebetCredit", LDT_DebetCredit),
], "Samengesteld bedrag met DebetCredit indicatie.");
export const CDT_BerichtIdentificatie = complex("basisschema", "CDT_BerichtIdentificatie", [
  el("Identificatie", LDT_IdentificatieBericht),
  el("Dagtekening", LDT_Datum),
], "Naam of nummer en dagtekening ter identificatie van een totale aanlevering.");
export const CDT_Communicatie = complex("basisschema", "CDT_Communicatie", [
  el("Vorm", LDT_Communicatievorm),
  opt("Taal", LDT_Taal),
], "Aanduiding over bijzondere vorm van communicatie die gebruikt dient te worden.");
export const CDT_Geboortedatum = complex("basisschema", "CDT_Geboortedatum", [
  el("Datum", LDT_Datum),
  opt("DatumGebruik", LDT_DatumGebruik),
], "Datum waarop een natuurlijk persoon geboren is.");
export const CDT_GeslotenPeriode = complex("basisschema", "CDT_GeslotenPeriode", [
  el("Begindatum", LDT_Datum),
  el("Einddatum", LDT_Datum),
], "Tijdsperiode met zowel begin- als einddatum");
export const CDT_Omvang = complex("basisschema", "CDT_Omvang", [
  el("Volume", LDT_Volume),
  el("Eenheid", LDT_Eenheid),
  el("Frequentie", LDT_Frequentie),
], "Aanduiding van de omvang van de te leveren of geleverde ondersteuning, uitgedrukt in Volume, Eenheid en Frequentie.");
export const CDT_OpenPeriode = complex("basisschema", "CDT_OpenPeriode", [
  opt("Begindatum", LDT_Datum),
  opt("Einddatum", LDT_Datum),
], "Aanduiding van een tijdsperiode met een Begindatum en/of een Einddatum.");
export const CDT_Product = complex("basisschema", "CDT_Product", [
  el("Categorie", LDT_ProductCategorie),
  opt("Code", LDT_ProductCode),
], "Gecodeerde omschrijving van een product, dienst of resultaat ten behoeve van het leveren van ondersteuning aan een client. Product wordt uitgedrukt in een categorie en eventueel nader gespecificeerd met een specifieke productcode.");
export const CDT_Referentie = complex("basisschema", "CDT_Referentie", [
  el("ReferentieNummer", LDT_ReferentieNummer),
  opt("VorigReferentieNummer", LDT_ReferentieNummer),
]);
export const CDT_Telefoon = complex("basisschema", "CDT_Telefoon", [
  el("Telefoonnummer", LDT_Telefoonnummer),
  el("Landnummer", LDT_Landnummer),
], "Het telefoonnummer waarop de client of relatie van de client te bereiken is.");
export const CDT_Telefoonnummers = complex("basisschema", "CDT_Telefoonnummers", [
  el("Telefoon01", CDT_Telefoon),
  opt("Telefoon02", CDT_Telefoon),
], "De telefoonnummers waarop de client of relatie van de client te bereiken is.");
export const CDT_TotaalBedragMetDC = complex("basisschema", "CDT_TotaalBedragMetDC", [
  el("TotaalBedrag", LDT_TotaalBedrag),
  el("DebetCredit", LDT_DebetCredit),
], "Samengesteld totaal bedrag met DebetCredit indicatie.");
export const CDT_VerkorteNaam = complex("basisschema", "CDT_VerkorteNaam", [
  el("Geslachtsnaam", CDT_Achternaam),
  opt("Voornamen", LDT_Naam),
  opt("Voorletters", LDT_Voorletters),
], "De naam van een natuurlijk persoon, aangeduid als Geslachtsnaam en eventueel Voornamen en/of Voorletters.");
export const CDT_Verwijzer = complex("basisschema", "CDT_Verwijzer", [
  el("Type", LDT_TypeVerwijzer),
  opt("Naam", LDT_NaamVerwijzer),
  opt("ZorgverlenerCode", LDT_AgbCode),
], "Gegevens over de persoon of instantie die een client heeft doorverwezen naar ondersteuning, aangeduid als Type en Naam of ZorgverlenerCode.");
export const CDT_VolledigeNaam = complex("basisschema", "CDT_VolledigeNaam", [
  el("Geslachtsnaam", CDT_Achternaam),
  opt("Partnernaam", CDT_Achternaam),
  opt("Voornamen", LDT_Naam),
  opt("Voorletters", LDT_Voorletters),
  el("NaamGebruik", LDT_NaamGebruik),
], "Volledige naam van een natuurlijk persoon, aangeduid als Geslachtsnaam, eventueel Partnernaam, Voornamen en/of Voorletters en NaamGebruik.");
export const CDT_XsdVersie = complex("basisschema", "CDT_XsdVersie", [
  el("BasisschemaXsdVersie", LDT_Versie),
  el("BerichtXsdVersie", LDT_Versie),
]);
