// Generated from src/message/model by `npm run generate`; do not edit.
/* eslint-disable */

/** De aanduiding die wordt gebruikt voor adressen die niet zijn voorzien van de gebruikelijke straatnaam en huisnummeraanduidingen. */
export type LDT_AanduidingWoonadres =
  | 'AB' // Aan boord
  | 'BY' // Bij
  | 'TO' // Tegenover
  | 'WW' // Woonwagen;
/** Nadere typering van het adres. */
export type LDT_AdresSoort =
  | '01' // BRP-adres
  | '02' // Correspondentie-adres
  | '03' // Verblijfadres
  | '04' // Tijdelijk verblijfadres;
/** Identificerende code van een instelling of aanbieder van zorg of ondersteuning (zie https://www.agbcode.nl) */
export type LDT_AgbCode = string;
/** Bedrag in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro. */
export type LDT_Bedrag = number;
/** Code ter identificatie van een soort bericht. Per bericht is gespecificeerd welke code gebruikt moet worden. De volledige codelijst is te vinden op het portaal van Vektis (http://ei.vektis.nl/WespCodelijstenDetail.aspx?Co_Ge_Code=COD002&Co_Or_Code=VEKT). */
export type LDT_BerichtCode = string;
/** Volgnummer van de formele uitgifte van een minor release van een iStandaard. */
export type LDT_BerichtSubversie = number;
/** Volgnummer van de formele uitgifte van een major release van een iStandaard. */
export type LDT_BerichtVersie = number;
/** Budget in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro. */
export type LDT_Budget = number;
/** Een door de overheid toegekend identificerend nummer in het kader van het vereenvoudigen van het contact tussen overheid en burgers en het verminderen van de administratieve lasten. */
export type LDT_BurgerServicenummer = string;
/** Vrije tekst (bijvoorbeeld een toelichting) in een bericht. */
export type LDT_Commentaar = string;
/** Gecodeerde aanduiding van de bijzondere vorm van communicatie die gebruikt dient te worden. */
export type LDT_Communicatievorm =
  | '1' // Tolk taal
  | '2' // Doventolk
  | '3' // Doofblindentolk;
/** Datum */
export type LDT_Datum = string;
/** Indicator die aangeeft welk deel van de voorafgaande datum gebruikt mag worden. */
export type LDT_DatumGebruik =
  | '1' // dag onbekend; alleen maand en jaar gebruiken
  | '2' // dag en maand onbekend; alleen jaar gebruiken
  | '3' // dag, maand en jaar onbekend; onbekende datum;
export type LDT_DebetCredit =
  | 'C' // Creditbedrag en aantal
  | 'D' // Debetbedrag en aantal;
/** Aanduiding van de eenheid waarin de omvang van een ondersteuningsproduct is beschreven. */
export type LDT_Eenheid =
  | '14' // Etmaal
  | '16' // Dagdeel (4 uur)
  | '82' // Stuks (output)
  | '83' // Euro's
  | '84' // Stuks (inspanning)
  | '01' // Minuut
  | '04' // Uur;
/** Emailadres van een client of relatie. */
export type LDT_Emailadres = string;
/** Aanduiding van de frequentie waarmee een ondersteuningsproduct geleverd wordt. */
export type LDT_Frequentie =
  | '1' // Per dag
  | '2' // Per week
  | '4' // Per maand
  | '6' // Totaal binnen geldigheidsduur toewijzing;
/** Identificerende code van een gemeente die betrokken is bij de uitvoering van zorg of ondersteuning. */
export type LDT_Gemeente = string;
/** De sekse van een persoon, zoals bij geboorte formeel vastgesteld of nadien formeel gewijzigd. */
export type LDT_Geslacht =
  | '0' // Onbekend
  | '1' // Mannelijk
  | '2' // Vrouwelijk;
/** Een alfabetisch teken achter het huisnummer zoals dit door het gemeentebestuur is toegekend. */
export type LDT_Huisletter = string;
/** De numerieke aanduiding zoals de gemeente die aan het object heeft toegekend. */
export type LDT_Huisnummer = number;
/** Die letters of tekens die noodzakelijk zijn om, naast huisnummer en -letter, de brievenbus te vinden. */
export type LDT_HuisnummerToevoeging = string;
/** Naam of nummer, die ter identificatie aan een totale aanlevering kan worden meegegeven. */
export type LDT_IdentificatieBericht = string;
/** Identificatie van een declaratie zoals bepaald door de zorgaanbieder */
export type LDT_IdentificatieDeclaratie = string;
/** Codering voor ja of nee. */
export type LDT_JaNee =
  | '1' // Ja
  | '2' // Nee;
/** Juridische situatie die voor de client van toepassing is op het moment van beoordeling. */
export type LDT_JuridischeStatus =
  | '11' // Strafrechterlijke justitiele contacten: tbs
  | '12' // Strafrechterlijke justitiele contacten: overig
  | '01' // Rechterlijke machtiging (rm) voorlopig / voortgezette machtiging
  | '02' // RM op eigen verzoek
  | '03' // RM met voorwaardelijk ontslag
  | '04' // Onder toezichtstelling (ots)
  | '05' // In bewaring stelling (ibs);
/** Identificatie van een (historisch/actueel) land of gebiedsdeel. */
export type LDT_LandCode =
  | 'AD' // ANDORRA
  | 'AE' // VERENIGDE ARABISCHE EMIRATEN
  | 'AF' // AFGHANISTAN
  | 'AG' // ANTIGUA EN BARBUDA
  | 'AI' // ANGUILA
  | 'AL' // ALBANIE
  | 'AM' // ARMENIE
  | 'AO' // ANGOLA
  | 'AQ' // ANTARTICA
  | 'AR' // ARGENTINIE
  | 'AS' // AMERIKAANS-SAMOA
  | 'AT' // OOSTENRIJK
  | 'AU' // AUSTRALIE
  | 'AW' // ARUBA
  | 'AX' // ÅLANDSEILANDEN
  | 'AZ' // AZERBEIDZJAN
  | 'BA' // BOSNIE EN HERZEGOVINA
  | 'BB' // BARBADOS
  | 'BD' // BANGLADESH
  | 'BE' // BELGIE
  | 'BF' // BURKINA FASO
  | 'BG' // BULGARIJE
  | 'BH' // BAHREIN
  | 'BI' // BURUNDI
  | 'BJ' // BENIN
  | 'BL' // SAINT BARTHÉLEMY
  | 'BM' // BERMUDA
  | 'BN' // BRUNEI
  | 'BO' // BOLIVIA
  | 'BQ' // BONAIRE, SINT EUSTATIUS en SABA
  | 'BR' // BRAZILIE
  | 'BS' // BAHAMA'S
  | 'BT' // BHUTAN
  | 'BV' // BOUVET
  | 'BW' // BOTSWANA
  | 'BY' // WIT-RUSLAND
  | 'BZ' // BELIZE
  | 'CA' // CANADA
  | 'CC' // COCOSEILANDEN
  | 'CD' // CONGO-KINSHASA
  | 'CF' // CENTRAAL-AFRIKAANSE REPUBLIEK
  | 'CG' // CONGO-BRAZZAVILLE
  | 'CH' // ZWITSERLAND
  | 'CI' // IVOORKUST
  | 'CK' // COOKEILANDEN
  | 'CL' // CHILI
  | 'CM' // KAMEROEN
  | 'CN' // CHINA
  | 'CO' // COLOMBIA
  | 'CR' // COSTA RICA
  | 'CU' // CUBA
  | 'CV' // KAAPVERDIE
  | 'CW' // CURAÇAO
  | 'CX' // CHRISTMASEILAND
  | 'CY' // CYPRUS
  | 'CZ' // TSJECHIE
  | 'DE' // DUITSLAND
  | 'DJ' // DJIBOUTI
  | 'DK' // DENEMARKEN
  | 'DM' // DOMINICA
  | 'DO' // DOMINICAANSE REPUBLIEK
  | 'DZ' // ALGERIJE
  | 'EC' // ECUADOR
  | 'EE' // ESTLAND
  | 'EG' // EGYPTE
  | 'EH' // WESTELIJKE SAHARA
  | 'ER' // ERITREA
  | 'ES' // SPANJE
  | 'ET' // ETHIOPIE
  | 'FI' // FINLAND
  | 'FJ' // FIJI
  | 'FK' // FALKLANDEILANDEN
  | 'FM' // MICRONESIA
  | 'FO' // FAERÖER
  | 'FR' // FRANKRIJK
  | 'GA' // GABON
  | 'GB' // VERENIGD KONINKRIJK
  | 'GD' // GRENADA
  | 'GE' // GEORGIE
  | 'GF' // FRANS-GUYANA
  | 'GG' // GUERNSEY
  | 'GH' // GHANA
  | 'GI' // GIBRALTAR
  | 'GL' // GROENLAND
  | 'GM' // GAMBIA
  | 'GN' // GUINEA
  | 'GP' // GUADELOUPE
  | 'GQ' // EQUATORIAAL-GUINEA
  | 'GR' // GRIEKENLAND
  | 'GS' // ZUID-GEORGIE EN DE ZUIDELIJKE SANDWICHEILANDEN
  | 'GT' // GUATEMALA
  | 'GU' // GUAM
  | 'GW' // GUINEE-BISSAU
  | 'GY' // GUYANA
  | 'HK' // HONGKONG
  | 'HM' // HEARD EN MCDONALDEILANDEN
  | 'HN' // HONDURAS
  | 'HR' // KROATIE
  | 'HT' // HAÏTI
  | 'HU' // HONGARIJE
  | 'ID' // INDONESIE
  | 'IE' // IERLAND
  | 'IL' // ISRAEL
  | 'IM' // ISLE OF MAN
  | 'IN' // INDIA
  | 'IO' // BRITS TERRITORIUM IN DE INDISCHE OCEAAN
  | 'IQ' // IRAK
  | 'IR' // IRAN
  | 'IS' // IJSLAND
  | 'IT' // ITALIE
  | 'JE' // JERSEY
  | 'JM' // JAMAICA
  | 'JO' // JORDANIE
  | 'JP' // JAPAN
  | 'KE' // KENIA
  | 'KG' // KIRGIZIE
  | 'KH' // CAMBODJA
  | 'KI' // KIRIBATI
  | 'KM' // COMOREN
  | 'KN' // SAINT KITTS EN NEVIS
  | 'KP' // NOORD-KOREA
  | 'KR' // ZUID-KOREA
  | 'KW' // KOEWEIT
  | 'KY' // CAYMANEILANDEN
  | 'KZ' // KAZACHSTAN
  | 'LA' // LAOS
  | 'LB' // LIBANON
  | 'LC' // SAINT LUCIA
  | 'LI' // LIECHTENSTEIN
  | 'LK' // SRI LANKA
  | 'LR' // LIBERIA
  | 'LS' // LESOTHO
  | 'LT' // LITOUWEN
  | 'LU' // LUXEMBURG
  | 'LV' // LETLAND
  | 'LY' // LIBIE
  | 'MA' // MAROKKO
  | 'MC' // MONACO
  | 'MD' // MOLDAVIE
  | 'ME' // MONTENEGRO
  | 'MF' // SAINT MARTIN
  | 'MG' // MADAGASKAR
  | 'MH' // MARSHALLEILANDEN
  | 'MK' // MACEDONIE
  | 'ML' // MALI
  | 'MM' // MYANMAR
  | 'MN' // MONGOLIE
  | 'MO' // MACAU
  | 'MP' // NOORDELIJKE MARIANEN
  | 'MQ' // MARTINIQUE
  | 'MR' // MAURITANIE
  | 'MS' // MONTSERRAT
  | 'MT' // MALTA
  | 'MU' // MAURITIUS
  | 'MV' // MALDIVEN
  | 'MW' // MALAWI
  | 'MX' // MEXICO
  | 'MY' // MALEISIE
  | 'MZ' // MOZAMBIQUE
  | 'NA' // NAMIBIE
  | 'NC' // NIEUW-CALEDONIE
  | 'NE' // NIGER
  | 'NF' // NORFOLK
  | 'NG' // NIGERIA
  | 'NI' // NICARAGUA
  | 'NL' // NEDERLAND
  | 'NO' // NOORWEGEN
  | 'NP' // NEPAL
  | 'NR' // NAURU
  | 'NU' // NIUE
  | 'NZ' // NIEUW-ZEELAND
  | 'OM' // OMAN
  | 'PA' // PANAMA
  | 'PE' // PERU
  | 'PF' // FRANS-POLYNESIE
  | 'PG' // PAPOEA-NIEUW-GUINEA
  | 'PH' // FILIPIJNEN
  | 'PK' // PAKISTAN
  | 'PL' // POLEN
  | 'PM' // SAINT-PIERRE EN MIQUELON
  | 'PN' // PITCAIRNEILANDEN
  | 'PR' // PUERTO RICO
  | 'PS' // PALESTIJNSE AUTORITEIT
  | 'PT' // PORTUGAL
  | 'PW' // PALAU
  | 'PY' // PARAGUAY
  | 'QA' // QATAR
  | 'RE' // RÉUNION
  | 'RO' // ROEMENIE
  | 'RS' // SERVIE
  | 'RU' // RUSLAND
  | 'RW' // RWANDA
  | 'SA' // SAOEDI-ARABIE
  | 'SB' // SALOMONSEILANDEN
  | 'SC' // SEYCHELLEN
  | 'SD' // SOEDAN
  | 'SE' // ZWEDEN
  | 'SG' // SINGAPORE
  | 'SH' // SINT-HELENA
  | 'SI' // SLOVENIE
  | 'SJ' // SPITSBERGEN EN JAN MAYEN
  | 'SK' // SLOWAKIJE
  | 'SL' // SIERRA LEONE
  | 'SM' // SAN MARINO
  | 'SN' // SENEGAL
  | 'SO' // SOMALIE
  | 'SR' // SURINAME
  | 'SS' // ZUID SOEDAN
  | 'ST' // SAO TOMÉ EN PRINCIPE
  | 'SV' // EL SALVADOR
  | 'SX' // SINT MAARTEN (Nederlands deel)
  | 'SY' // SYRIE
  | 'SZ' // SWAZILAND
  | 'TC' // TURKS- EN CAICOSEILANDEN
  | 'TD' // TSJAAD
  | 'TF' // FRANSE ZUIDELIJKE EN ANTARCTISCHE GEBIEDEN
  | 'TG' // TOGO
  | 'TH' // THAILAND
  | 'TJ' // TADZJIKISTAN
  | 'TK' // TOKELAU
  | 'TL' // OOST-TIMOR
  | 'TM' // TURKMENISTAN
  | 'TN' // TUNESIE
  | 'TO' // TONGA
  | 'TR' // TURKIJE
  | 'TT' // TRINIDAD EN TOBAGO
  | 'TV' // TUVALU
  | 'TW' // TAIWAN
  | 'TZ' // TANZANIA
  | 'UA' // OEKRAINE
  | 'UG' // OEGANDA
  | 'UM' // KLEINE PACIFISCHE EILANDEN VAN DE VERENIGDE STATEN
  | 'US' // VERENIGDE STATEN
  | 'UY' // URUGUAY
  | 'UZ' // OEZBEKISTAN
  | 'VA' // VATICAANSTAD
  | 'VC' // SAINT VINCENT EN DE GRENADINES
  | 'VE' // VENEZUELA
  | 'VG' // BRITSE MAAGDENEILANDEN
  | 'VI' // AMERIKAANSE MAAGDENEILANDEN
  | 'VN' // VIETNAM
  | 'VU' // VANUATU
  | 'WF' // WALLIS EN FUTUNA
  | 'WS' // SAMOA
  | 'YE' // JEMEN
  | 'YT' // MAYOTTE
  | 'ZA' // ZUID-AFRIKA
  | 'ZM' // ZAMBIA
  | 'ZW' // ZIMBABWE;
/** Het telefoonnummer van een land, vanuit Nederland benaderd. */
export type LDT_Landnummer = string;
/** De naam van een persoon, indien nodig verkort weergegeven. */
export type LDT_Naam = string;
/** Aanduiding naamgebruik (gecodeerd). */
export type LDT_NaamGebruik =
  | '1' // Eigen naam
  | '2' // Naam echtgenoot of geregistreerd partner of alternatieve naam
  | '3' // Naam echtgenoot of geregistreerd partner gevolgd door eigen naam
  | '4' // Eigen naam gevolgd door naam echtgenoot of geregistreerd partner
  | '5' // Pseudoniem
  | '6' // Niet-natuurlijk persoon;
/** Naam of organisatienaam van de persoon of instantie die de client heeft doorverwezen naar ondersteuning. */
export type LDT_NaamVerwijzer = string;
/** Nummer */
export type LDT_Nummer = number;
/** De naam van een organisatie waar de client of relatie client verblijft. */
export type LDT_Organisatienaam = string;
/** Identificerend nummer van een natuurlijk persoon. */
export type LDT_Persoonsid = string;
/** De door de gemeente vastgestelde naam van een woonplaats. */
export type LDT_Plaatsnaam = string;
/** Aanduiding van de (inter)nationale postcode. Dit veld is geschikt voor zowel de Nederlandse als niet-Nederlandse postcodes. */
export type LDT_Postcode = string;
/** Gecodeerde aanduiding van hoofdcategorieen van producten in het kader van de Jeugdwet. */
export type LDT_ProductCategorie =
  | '31' // (2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam
  | '32' // (2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder
  | '33' // (2015) Zonder verblijf: daghulp op locatie van de aanbieder
  | '34' // (2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige
  | '35' // (2015) Met verblijf: pleegzorg
  | '36' // (2015) Met verblijf: gezinsgericht
  | '37' // (2015) Met verblijf: gesloten plaatsing
  | '38' // (2015) Met verblijf: overig residentieel
  | '40' // Persoonlijke verzorging
  | '41' // Dagbehandeling
  | '42' // Vervoerdiensten
  | '43' // Jeugdhulp verblijf (incl. behandeling)
  | '44' // Jeugdhulp verblijf (excl. behandeling)
  | '45' // Jeugdhulp ambulant
  | '46' // Jeugdhulp crisis
  | '47' // Jeugdreclassering
  | '48' // Jeugdbescherming
  | '49' // Activiteiten in het preventief justitieel kader
  | '50' // Maatwerkarrangementen jeugd
  | '51' // Generalistische basis-ggz
  | '52' // Specialistische ggz
  | '53' // Kindergeneeskunde
  | '54' // Jeugd-ggz
  | '55' // Landelijk ingekochte zorg;
/** Gecodeerde aanduiding van een product voor zorg of ondersteuning. */
export type LDT_ProductCode = string;
/** De reden van afwijzing van een verzoek. */
export type LDT_RedenAfwijzingVerzoek =
  | '1' // Geen wijziging, maar nieuwe aanvraag
  | '2' // Past niet binnen budget
  | '3' // Geen contract
  | '4' // Past niet binnen contract
  | '5' // Andere gemeente
  | '6' // Stapeling
  | '7' // Zorginhoudelijke afkeur
  | '8' // Woonplaatsbeginsel
  | '9' // Leeftijdsgrens is bereikt;
/** De reden van beeindiging van de Jeugdhulp bij een client. */
export type LDT_RedenBeeindiging =
  | '20' // Levering is tijdelijk beeindigd.
  | '31' // Levering is volgens plan beeindigd.
  | '32' // Voortijdig afgesloten: eenzijdig door de client.
  | '33' // Voortijdig afgesloten: eenzijdig door de aanbieder.
  | '34' // Voortijdig afgesloten: in overeenstemming.
  | '35' // Voortijdig afgesloten: wegens externe omstandigheden.
  | '36' // Geinitieerd door de gemeente
  | '37' // In verband met wijzigingsverzoek
  | '38' // Overstap naar andere aanbieder
  | '39' // Uitstroom naar ander domein
  | '02' // Overlijden;
/** Reden waarom een verzoek wordt ingediend */
export type LDT_RedenVerzoek =
  | '1' // Verandering clientsituatie
  | '2' // Wijziging zorgplan;
/** De reden waarom een toewijzing wordt gewijzigd. */
export type LDT_RedenWijziging =
  | '10' // Overgang naar nieuwe bekostigingssystematiek
  | '11' // Gemeentelijke herindeling
  | '12' // Geinitieerd door de aanbieder
  | '13' // Verwijderd
  | '14' // Administratieve correctie
  | '01' // Administratieve correctie (vervallen)
  | '02' // Client overleden
  | '03' // Contractwijziging
  | '04' // Herbeoordeling: verlenging toewijzing
  | '05' // Herbeoordeling: verkorting toewijzing
  | '06' // Uitstroom naar ander domein
  | '07' // Verhuizing naar een andere gemeente
  | '08' // Wijziging leveringsvorm
  | '09' // Overstap naar andere aanbieder;
/** Naam of nummer dat als referentie kan worden meegegeven. */
export type LDT_Referentie = string;
export type LDT_ReferentieNummer = string;
/** Aanduiding van de prioriteit van de contactpersoon. */
export type LDT_RelatieVolgorde = number;
/** Melding in een iStandaarden-retourbericht. Het betreft een code die in een retourbericht het resultaat van de beoordeling van een (deel van een) ontvangen bericht weergeeft. */
export type LDT_RetourCode =
  | '8001' // Declaratie is volledig toegewezen.
  | '8017' // Van deze credit prestatie is geen debet prestatie bekend.
  | '8021' // Referentienummer prestatie is reeds aangeleverd.
  | '8187' // De prestatie hoort niet bij deze client.
  | '8214' // DeclaratiePeriode is niet de kalendermaand die volgt op voorgaande DeclaratiePeriode terwijl iedere declaratieperiode zorg geleverd is.
  | '8848' // Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen.
  | '9019' // Het regie bericht kan niet gekoppeld worden aan een toewijzing.
  | '9056' // Identificatie moet per berichtsoort uniek zijn voor de verzendende partij.
  | '9063' // Het bericht kan niet verwerkt worden omdat geen eerder bericht ontvangen is.
  | '9069' // Er is geen actueel startbericht met dezelfde sleutel.
  | '9071' // Het eerdere start bericht kan niet verwijderd worden omdat de zorg al beeindigd is
  | '9074' // Er is al een eerder bericht ontvangen met dezelfde sleutel.
  | '9307' // Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing
  | '9308' // Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing
  | '9319' // De ProductPeriode valt niet geheel binnen een DeclaratiePeriode.
  | '9321' // Het ingediende volume overschrijdt het toegewezen volume.
  | '9322' // De som van de ingediende volumes overschrijdt het toegewezen volume
  | '9326' // De actuele levering is nog niet gestopt met een Stopbericht.
  | '9332' // Toewijzing heeft geen uniek nummer binnen wettelijk domein.
  | '9333' // Declaratienummer is niet uniek
  | '9338' // Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer
  | '9339' // ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.
  | '9340' // ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.
  | '9341' // Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct
  | '9346' // Eenheid is ongelijk is aan waarde 83 (Euro's), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met (het onafgeronde) ProductTarief.
  | '9347' // ReferentieAanbieder is niet uniek voor de aanbieder binnen het wettelijk domein
  | '9349' // Het VOW bericht bevat niet alle actuele toegewezen producten van de client, hetzij in OngewijzigdProduct, hetzij in TeWijzigenProduct
  | '9350' // OngewijzigdProduct is niet gerelateerd aan een actueel toegewezen product op basis van het toewijzingnummer.
  | '9351' // TeWijzigenProduct is niet gerelateerd aan een actuele toewijzing op basis van ToewijzingNummer.
  | '9355' // ReferentieAanbieder in het antwoordbericht komt niet voor in een eerder verzoek om toewijzing of verzoek om wijziging
  | '9357' // GewensteIngangsdatum is kleiner dan of gelijk aan de dagtekening, maar niet gelijk aan de ingangsdatum van het originele ToegewezenProduct.
  | '9359' // Er is al een toewijzing gestuurd met deze ReferentieAanbieder.
  | '9360' // Er is al een antwoordbericht met deze ReferentieAanbieder
  | '9361' // Het product komt vaker voor met overlappende zorgperiodes.
  | '9365' // Er komt al een antwoordbericht met dezelfde ReferentieAanbieder voor waar VerzoekAntwoord de waarde Nee heeft.
  | '9366' // ProductReferentie komt niet voor in een Declaratiebericht
  | '9367' // De waarde komt niet overeen met de waarde uit heenbericht met gelijke ProductReferentie
  | '9369' // Budget is meegegeven, maar de som van GeleverdVolume in alle ingediende Prestaties passen niet binnen het toegewezen Budget.
  | '9373' // Budget is gewijzigd, maar GewensteIngangsdatum is niet gelijk aan die in de actuele toewijzing
  | '9374' // Er is al een verzoek onderhanden.
  | '9375' // Omvang is gevuld, terwijl Product in toewijzing met ToewijzingNummer leeg is en Einddatum groter dan 31-12-2020 of leeg is
  | '9379' // ReferentieAanbieder refereert niet naar een verzoek om toewijzing of verzoek om wijziging, is onterecht gevuld
  | '9384' // Declaratie op toewijzing met RedenWijziging "13" (Verwijderd)
  | '9385' // Toewijzing heeft goedgekeurde declaratieregels
  | '9387' // Begindatum van de ProductPeriode is niet eerste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Ingangsdatum van de toewijzing ligt niet later in deze betreffende maand
  | '9388' // Einddatum van de ProductPeriode is niet laatste dag van de kalendermaand waarop ProductPeriode betrekking heeft en Einddatum van de toewijzing ligt niet eerder in deze betreffende maand.
  | '9389' // Deze prestatie heeft een debetprestatie zonder bijbehorende creditprestatie
  | '9390' // Er is al een Prestatie met gelijk ProductReferentie met waarde Credit
  | '9411' // Omvang is leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer gevuld is.
  | '9412' // Omvang is niet leeg, terwijl Code in Product bij de toewijzing met ToewijzingNummer leeg is en einddatum groter dan 31-12-2020 of leeg is
  | '9413' // RedenBeeindiging heeft waarde 20, terwijl er al een ander StopProduct met hetzelfde Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging waarde 20 is.
  | '9414' // Einddatum is niet >= aan Einddatum uit actuele StopProduct met gelijk Bsn, ToewijzingNummer en Begindatum
  | '9415' // Er is StopProduct met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20
  | '0001' // Bericht is afgekeurd om technische redenen.
  | '0200' // Geen opmerking over deze berichtklasse.
  | '0233' // Berichtklasse is niet beoordeeld.
  | '0611' // Het ingediende tarief komt niet overeen met het contractuele tarief
  | 'S300' // Gemeentecode komt niet voor in de lijst van CBS.
  | 'S329' // ProductCode hoort niet bij de ProductCategorie.;
/** De soort relatie die een persoon ten opzichte van de client heeft. */
export type LDT_SoortRelatie =
  | '10' // Ouder
  | '11' // Voogd
  | '12' // Partner/echtgeno(o)t(e)
  | '13' // Pleegouder
  | '14' // Bewindvoerder
  | '15' // Mentor
  | '16' // Zoon/dochter
  | '17' // Familielid
  | '18' // Gezinslid
  | '19' // Buur
  | '20' // Vriend(in)/kennis
  | '21' // Clientondersteuner
  | '22' // Huisarts
  | '23' // Erven van
  | '24' // Werkgever
  | '25' // Wijkcoach
  | '03' // Curator (juridisch)
  | '04' // Financieel (gemachtigd)
  | '05' // Financieel (toetsing)
  | '06' // Leefeenheid
  | '07' // Hulpverlener
  | '08' // Specialist
  | '09' // Anders;
/** Indicatie over de status van de informatie in de berichtklasse. */
export type LDT_StatusAanlevering =
  | '1' // Eerste aanlevering
  | '2' // Gewijzigde aanlevering
  | '3' // Verwijderen aanlevering
  | '9' // Niet van toepassing (ongewijzigd);
/** De officiele door de gemeente vastgestelde naam van een straat. */
export type LDT_Straatnaam = string;
/** De taal van de client waarin met de client wordt gecommuniceerd. */
export type LDT_Taal = string;
/** Het telefoonnummer waarop de client of relatie van de client te bereiken is. */
export type LDT_Telefoonnummer = string;
/** Tijd */
export type LDT_Tijd = string;
/** Totaalbedrag in 1/100 van gehanteerde valuta. Bijvoorbeeld 10000 is tienduizend eurocent, is 100 Euro. */
export type LDT_TotaalBedrag = number;
/** Aanduiding van de aard van de verwijzer. */
export type LDT_TypeVerwijzer =
  | '01' // Gemeente
  | '02' // Huisarts
  | '03' // Jeugdarts
  | '04' // Gecertificeerde instelling
  | '05' // Medisch specialist
  | '06' // Zelfverwijzer/geen verwijzer
  | '08' // Rechter, Officier van Justitie, functionaris Justitiele jeugdinrichting;
/** Volgnummer van de formele uitgifte van een versie. */
export type LDT_Versie = string;
/** Het antwoord op een verzoek */
export type LDT_VerzoekAntwoord =
  | '1' // Verzoek afgewezen
  | '2' // Aanvraag in onderzoek;
/** Aanduiding van de mate van ondersteuning betreffende een product, onderdeel van de Omvang. */
export type LDT_Volume = number;
/** De verzameling van letters die wordt gevormd door de eerste letter van alle in volgorde voorkomende voornamen van een persoon. */
export type LDT_Voorletters = string;
/** Verzameling van een of meer voorzetsels/lidwoorden, die aan het significante deel van de achternaam van een persoon vooraf gaat en daar een onderdeel van is. */
export type LDT_Voorvoegsel = string;
/** Wettelijke vertegenwoordiging die voor de client van toepassing is op het moment van beoordeling. */
export type LDT_WettelijkeVertegenwoordiging =
  | '10' // Zaakwaarneming
  | '06' // Voogdij
  | '07' // Bewindvoering
  | '08' // Mentorschap
  | '09' // Onder curatele stelling;

/** De achternaam van een natuurlijk persoon, aangeduid als Naam met Voorvoegsel. */
export interface CDT_Achternaam {
  Achternaam: LDT_Naam;
  Voorvoegsel?: LDT_Voorvoegsel;
}
/** Gegevens voor de aanduiding van een adres. */
export interface CDT_Adres {
  Huis?: CDT_Huis;
  Postcode?: LDT_Postcode;
  Straatnaam?: LDT_Straatnaam;
  Plaatsnaam?: LDT_Plaatsnaam;
  LandCode?: LDT_LandCode;
}
/** Samengesteld bedrag met DebetCredit indicatie. */
export interface CDT_BedragMetDC {
  Bedrag: LDT_Bedrag;
  DebetCredit: LDT_DebetCredit;
}
/** Naam of nummer en dagtekening ter identificatie van een totale aanlevering. */
export interface CDT_BerichtIdentificatie {
  Identificatie: LDT_IdentificatieBericht;
  Dagtekening: LDT_Datum;
}
/** Aanduiding over bijzondere vorm van communicatie die gebruikt dient te worden. */
export interface CDT_Communicatie {
  Vorm: LDT_Communicatievorm;
  Taal?: LDT_Taal;
}
/** Datum waarop een natuurlijk persoon geboren is. */
export interface CDT_Geboortedatum {
  Datum: LDT_Datum;
  DatumGebruik?: LDT_DatumGebruik;
}
/** Tijdsperiode met zowel begin- als einddatum */
export interface CDT_GeslotenPeriode {
  Begindatum: LDT_Datum;
  Einddatum: LDT_Datum;
}
/** Aanduiding van een specifiek huis in een straat, onderdeel van het adres. */
export interface CDT_Huis {
  Huisnummer: LDT_Huisnummer;
  Huisletter?: LDT_Huisletter;
  HuisnummerToevoeging?: LDT_HuisnummerToevoeging;
  AanduidingWoonadres?: LDT_AanduidingWoonadres;
}
/** Aanduiding van de omvang van de te leveren of geleverde ondersteuning, uitgedrukt in Volume, Eenheid en Frequentie. */
export interface CDT_Omvang {
  Volume: LDT_Volume;
  Eenheid: LDT_Eenheid;
  Frequentie: LDT_Frequentie;
}
/** Aanduiding van een tijdsperiode met een Begindatum en/of een Einddatum. */
export interface CDT_OpenPeriode {
  Begindatum?: LDT_Datum;
  Einddatum?: LDT_Datum;
}
/** Gecodeerde omschrijving van een product, dienst of resultaat ten behoeve van het leveren van ondersteuning aan een client. Product wordt uitgedrukt in een categorie en eventueel nader gespecificeerd met een specifieke productcode. */
export interface CDT_Product {
  Categorie: LDT_ProductCategorie;
  Code?: LDT_ProductCode;
}
export interface CDT_Referentie {
  ReferentieNummer: LDT_ReferentieNummer;
  VorigReferentieNummer?: LDT_ReferentieNummer;
}
/** Het telefoonnummer waarop de client of relatie van de client te bereiken is. */
export interface CDT_Telefoon {
  Telefoonnummer: LDT_Telefoonnummer;
  Landnummer: LDT_Landnummer;
}
/** De telefoonnummers waarop de client of relatie van de client te bereiken is. */
export interface CDT_Telefoonnummers {
  Telefoon01: CDT_Telefoon;
  Telefoon02?: CDT_Telefoon;
}
/** Samengesteld totaal bedrag met DebetCredit indicatie. */
export interface CDT_TotaalBedragMetDC {
  TotaalBedrag: LDT_TotaalBedrag;
  DebetCredit: LDT_DebetCredit;
}
/** De naam van een natuurlijk persoon, aangeduid als Geslachtsnaam en eventueel Voornamen en/of Voorletters. */
export interface CDT_VerkorteNaam {
  Geslachtsnaam: CDT_Achternaam;
  Voornamen?: LDT_Naam;
  Voorletters?: LDT_Voorletters;
}
/** Gegevens over de persoon of instantie die een client heeft doorverwezen naar ondersteuning, aangeduid als Type en Naam of ZorgverlenerCode. */
export interface CDT_Verwijzer {
  Type: LDT_TypeVerwijzer;
  Naam?: LDT_NaamVerwijzer;
  ZorgverlenerCode?: LDT_AgbCode;
}
/** Volledige naam van een natuurlijk persoon, aangeduid als Geslachtsnaam, eventueel Partnernaam, Voornamen en/of Voorletters en NaamGebruik. */
export interface CDT_VolledigeNaam {
  Geslachtsnaam: CDT_Achternaam;
  Partnernaam?: CDT_Achternaam;
  Voornamen?: LDT_Naam;
  Voorletters?: LDT_Voorletters;
  NaamGebruik: LDT_NaamGebruik;
}
export interface CDT_XsdVersie {
  BasisschemaXsdVersie: LDT_Versie;
  BerichtXsdVersie: LDT_Versie;
}

// ---- JW301 (BerichtCode 436): Bericht voor de toewijzing van Jeugdhulp aan een aanbieder.
export interface JW301Header {
  BerichtCode: '436';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}
/** Gegevens voor de aanduiding van het adres van de client of relatie. */
export interface JW301Contact {
  Soort: LDT_AdresSoort;
  Adres?: CDT_Adres;
  Organisatie?: LDT_Organisatienaam;
  Telefoon?: CDT_Telefoonnummers;
  Emailadres?: LDT_Emailadres;
  Periode?: CDT_OpenPeriode;
}
/** Persoonsgegevens van de relatie van de client. */
export interface JW301Relatie {
  Nummer: LDT_Persoonsid;
  Volgorde?: LDT_RelatieVolgorde;
  Soort: LDT_SoortRelatie;
  Geboortedatum?: CDT_Geboortedatum;
  Geslacht?: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Contact: JW301Contact;
}
export interface JW301Relaties {
  Relatie: JW301Relatie[];
}
export interface JW301Contactgegevens {
  Contact: JW301Contact[];
}
/** Gegevens over een product dat de gemeente toewijst aan een aanbieder. */
export interface JW301ToegewezenProduct {
  ToewijzingNummer: LDT_Nummer;
  ReferentieAanbieder?: LDT_Referentie;
  Product?: CDT_Product;
  Toewijzingsdatum: LDT_Datum;
  Toewijzingstijd: LDT_Tijd;
  Ingangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  RedenWijziging?: LDT_RedenWijziging;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  Commentaar?: LDT_Commentaar;
}
export interface JW301ToegewezenProducten {
  ToegewezenProduct: JW301ToegewezenProduct[];
}
/** Persoonsgegevens van de client. */
export interface JW301Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Communicatie?: CDT_Communicatie;
  JuridischeStatus?: LDT_JuridischeStatus;
  WettelijkeVertegenwoordiging?: LDT_WettelijkeVertegenwoordiging;
  Commentaar?: LDT_Commentaar;
  Relaties?: JW301Relaties;
  Contactgegevens: JW301Contactgegevens;
  ToegewezenProducten: JW301ToegewezenProducten;
}
/** Bericht voor de toewijzing van Jeugdhulp aan een aanbieder. */
export interface JW301Bericht {
  Header: JW301Header;
  Client: JW301Client;
}

// ---- JW302 (BerichtCode 437): Bericht voor de toewijzing van Jeugdhulp aan een aanbieder.
export interface JW302RetourCodes {
  RetourCode: LDT_RetourCode[];
}
export interface JW302Header {
  BerichtCode: '437';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: JW302RetourCodes;
}
/** Gegevens voor de aanduiding van het adres van de client of relatie. */
export interface JW302Contact {
  Soort: LDT_AdresSoort;
  Adres?: CDT_Adres;
  Organisatie?: LDT_Organisatienaam;
  Telefoon?: CDT_Telefoonnummers;
  Emailadres?: LDT_Emailadres;
  Periode?: CDT_OpenPeriode;
  RetourCodes: JW302RetourCodes;
}
/** Persoonsgegevens van de relatie van de client. */
export interface JW302Relatie {
  Nummer: LDT_Persoonsid;
  Volgorde?: LDT_RelatieVolgorde;
  Soort: LDT_SoortRelatie;
  Geboortedatum?: CDT_Geboortedatum;
  Geslacht?: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Contact: JW302Contact;
  RetourCodes: JW302RetourCodes;
}
export interface JW302Relaties {
  Relatie: JW302Relatie[];
}
export interface JW302Contactgegevens {
  Contact: JW302Contact[];
}
/** Gegevens over een product dat de gemeente toewijst aan een aanbieder. */
export interface JW302ToegewezenProduct {
  ToewijzingNummer: LDT_Nummer;
  ReferentieAanbieder?: LDT_Referentie;
  Product?: CDT_Product;
  Toewijzingsdatum: LDT_Datum;
  Toewijzingstijd: LDT_Tijd;
  Ingangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  RedenWijziging?: LDT_RedenWijziging;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  Commentaar?: LDT_Commentaar;
  RetourCodes: JW302RetourCodes;
}
export interface JW302ToegewezenProducten {
  ToegewezenProduct: JW302ToegewezenProduct[];
}
/** Persoonsgegevens van de client. */
export interface JW302Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Communicatie?: CDT_Communicatie;
  JuridischeStatus?: LDT_JuridischeStatus;
  WettelijkeVertegenwoordiging?: LDT_WettelijkeVertegenwoordiging;
  Commentaar?: LDT_Commentaar;
  Relaties?: JW302Relaties;
  Contactgegevens: JW302Contactgegevens;
  ToegewezenProducten: JW302ToegewezenProducten;
  RetourCodes: JW302RetourCodes;
}
/** Bericht voor de toewijzing van Jeugdhulp aan een aanbieder. */
export interface JW302Bericht {
  Header: JW302Header;
  Client?: JW302Client;
}

// ---- JW305 (BerichtCode 438): Bericht voor het melden van de start van levering van Jeugdhulp.
export interface JW305Header {
  BerichtCode: '438';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}
/** Gegevens over het product waarvan de levering gestart is. */
export interface JW305StartProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
}
export interface JW305StartProducten {
  StartProduct: JW305StartProduct[];
}
/** Persoonsgegevens van de client. */
export interface JW305Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StartProducten: JW305StartProducten;
}
/** Bericht voor het melden van de start van levering van Jeugdhulp. */
export interface JW305Bericht {
  Header: JW305Header;
  Client: JW305Client;
}

// ---- JW306 (BerichtCode 439): Bericht voor het melden van de start van levering van Jeugdhulp.
export interface JW306RetourCodes {
  RetourCode: LDT_RetourCode[];
}
export interface JW306Header {
  BerichtCode: '439';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: JW306RetourCodes;
}
/** Gegevens over het product waarvan de levering gestart is. */
export interface JW306StartProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
  RetourCodes: JW306RetourCodes;
}
export interface JW306StartProducten {
  StartProduct: JW306StartProduct[];
}
/** Persoonsgegevens van de client. */
export interface JW306Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StartProducten: JW306StartProducten;
  RetourCodes: JW306RetourCodes;
}
/** Bericht voor het melden van de start van levering van Jeugdhulp. */
export interface JW306Bericht {
  Header: JW306Header;
  Client?: JW306Client;
}

// ---- JW307 (BerichtCode 440): Bericht voor het melden van de stop van levering van Jeugdhulp.
export interface JW307Header {
  BerichtCode: '440';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}
/** Gegevens over het beeindigen van de levering van ondersteuning. */
export interface JW307StopProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  RedenBeeindiging: LDT_RedenBeeindiging;
  Einddatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
}
export interface JW307StopProducten {
  StopProduct: JW307StopProduct[];
}
/** Persoonsgegevens van de client. */
export interface JW307Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StopProducten: JW307StopProducten;
}
/** Bericht voor het melden van de stop van levering van Jeugdhulp. */
export interface JW307Bericht {
  Header: JW307Header;
  Client: JW307Client;
}

// ---- JW308 (BerichtCode 441): Bericht voor het melden van de stop van levering van Jeugdhulp.
export interface JW308RetourCodes {
  RetourCode: LDT_RetourCode[];
}
export interface JW308Header {
  BerichtCode: '441';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: JW308RetourCodes;
}
/** Gegevens over het beeindigen van de levering van ondersteuning. */
export interface JW308StopProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  RedenBeeindiging: LDT_RedenBeeindiging;
  Einddatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
  RetourCodes: JW308RetourCodes;
}
export interface JW308StopProducten {
  StopProduct: JW308StopProduct[];
}
/** Persoonsgegevens van de client. */
export interface JW308Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StopProducten: JW308StopProducten;
  RetourCodes: JW308RetourCodes;
}
/** Bericht voor het melden van de stop van levering van Jeugdhulp. */
export interface JW308Bericht {
  Header: JW308Header;
  Client?: JW308Client;
}

// ---- JW315 (BerichtCode 446): Bericht voor het aanvragen van een toewijzing voor Jeugdhulp.
export interface JW315Header {
  BerichtCode: '446';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}
/** Gegevens over het product waarvoor een toewijzing wordt aangevraagd. */
export interface JW315AangevraagdProduct {
  ReferentieAanbieder: LDT_Referentie;
  BeschikkingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  BeschikkingIngangsdatum?: LDT_Datum;
  ToewijzingIngangsdatum: LDT_Datum;
  ToewijzingEinddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  Verwijzer: CDT_Verwijzer;
  Raamcontract?: LDT_JaNee;
  Commentaar?: LDT_Commentaar;
}
export interface JW315AangevraagdeProducten {
  AangevraagdProduct: JW315AangevraagdProduct[];
}
/** Persoonsgegevens van de client. */
export interface JW315Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  GezagsdragerBekend?: LDT_JaNee;
  Commentaar?: LDT_Commentaar;
  AangevraagdeProducten: JW315AangevraagdeProducten;
}
/** Bericht voor het aanvragen van een toewijzing voor Jeugdhulp. */
export interface JW315Bericht {
  Header: JW315Header;
  Client: JW315Client;
}

// ---- JW316 (BerichtCode 447): Bericht voor het aanvragen van een toewijzing voor Jeugdhulp.
export interface JW316RetourCodes {
  RetourCode: LDT_RetourCode[];
}
export interface JW316Header {
  BerichtCode: '447';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: JW316RetourCodes;
}
/** Gegevens over het product waarvoor een toewijzing wordt aangevraagd. */
export interface JW316AangevraagdProduct {
  ReferentieAanbieder: LDT_Referentie;
  BeschikkingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  BeschikkingIngangsdatum?: LDT_Datum;
  ToewijzingIngangsdatum: LDT_Datum;
  ToewijzingEinddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  Verwijzer: CDT_Verwijzer;
  Raamcontract?: LDT_JaNee;
  Commentaar?: LDT_Commentaar;
  RetourCodes: JW316RetourCodes;
}
export interface JW316AangevraagdeProducten {
  AangevraagdProduct: JW316AangevraagdProduct[];
}
/** Persoonsgegevens van de client. */
export interface JW316Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  GezagsdragerBekend?: LDT_JaNee;
  Commentaar?: LDT_Commentaar;
  AangevraagdeProducten: JW316AangevraagdeProducten;
  RetourCodes: JW316RetourCodes;
}
/** Bericht voor het aanvragen van een toewijzing voor Jeugdhulp. */
export interface JW316Bericht {
  Header: JW316Header;
  Client?: JW316Client;
}

// ---- JW317 (BerichtCode 486): Bericht voor Verzoek om wijziging Jeugdhulp.
export interface JW317Header {
  BerichtCode: '486';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}
/** Gegevens over het product dat ongewijzigd voortgezet gaat worden. */
export interface JW317OngewijzigdProduct {
  ToewijzingNummer: LDT_Nummer;
}
export interface JW317OngewijzigdeProducten {
  OngewijzigdProduct: JW317OngewijzigdProduct[];
}
/** Gegevens over het product waarvoor een wijziging wordt aangevraagd. */
export interface JW317TeWijzigenProduct {
  ToewijzingNummer: LDT_Nummer;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
}
export interface JW317TeWijzigenProducten {
  TeWijzigenProduct: JW317TeWijzigenProduct[];
}
/** Gegevens over het product waarvoor een toewijzing wordt aangevraagd. */
export interface JW317NieuwProduct {
  Product?: CDT_Product;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
}
export interface JW317NieuweProducten {
  NieuwProduct: JW317NieuwProduct[];
}
export interface JW317Verzoek {
  ReferentieAanbieder: LDT_Referentie;
  RedenVerzoek: LDT_RedenVerzoek;
  OngewijzigdeProducten?: JW317OngewijzigdeProducten;
  TeWijzigenProducten?: JW317TeWijzigenProducten;
  NieuweProducten?: JW317NieuweProducten;
}
export interface JW317Client {
  Bsn: LDT_BurgerServicenummer;
  Verzoek: JW317Verzoek;
}
/** Bericht voor Verzoek om wijziging Jeugdhulp. */
export interface JW317Bericht {
  Header: JW317Header;
  Client: JW317Client;
}

// ---- JW318 (BerichtCode 487): Bericht voor Verzoek om wijziging Jeugdhulp.
export interface JW318RetourCodes {
  RetourCode: LDT_RetourCode[];
}
export interface JW318Header {
  BerichtCode: '487';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: JW318RetourCodes;
}
/** Gegevens over het product dat ongewijzigd voortgezet gaat worden. */
export interface JW318OngewijzigdProduct {
  ToewijzingNummer: LDT_Nummer;
  RetourCodes: JW318RetourCodes;
}
export interface JW318OngewijzigdeProducten {
  OngewijzigdProduct: JW318OngewijzigdProduct[];
}
/** Gegevens over het product waarvoor een wijziging wordt aangevraagd. */
export interface JW318TeWijzigenProduct {
  ToewijzingNummer: LDT_Nummer;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  RetourCodes: JW318RetourCodes;
}
export interface JW318TeWijzigenProducten {
  TeWijzigenProduct: JW318TeWijzigenProduct[];
}
/** Gegevens over het product waarvoor een toewijzing wordt aangevraagd. */
export interface JW318NieuwProduct {
  Product?: CDT_Product;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  RetourCodes: JW318RetourCodes;
}
export interface JW318NieuweProducten {
  NieuwProduct: JW318NieuwProduct[];
}
export interface JW318Verzoek {
  ReferentieAanbieder: LDT_Referentie;
  RedenVerzoek: LDT_RedenVerzoek;
  OngewijzigdeProducten?: JW318OngewijzigdeProducten;
  TeWijzigenProducten?: JW318TeWijzigenProducten;
  NieuweProducten?: JW318NieuweProducten;
  RetourCodes: JW318RetourCodes;
}
export interface JW318Client {
  Bsn: LDT_BurgerServicenummer;
  Verzoek: JW318Verzoek;
  RetourCodes: JW318RetourCodes;
}
/** Bericht voor Verzoek om wijziging Jeugdhulp. */
export interface JW318Bericht {
  Header: JW318Header;
  Client?: JW318Client;
}

// ---- JW319 (BerichtCode 488): Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp.
export interface JW319Header {
  BerichtCode: '488';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}
export interface JW319Woonplaatsbeginsel {
  Gemeente: LDT_Gemeente;
}
/** Gegevens over het antwoord dat de gemeente geeft op een verzoek van de aanbieder. */
export interface JW319Antwoord {
  ReferentieAanbieder: LDT_Referentie;
  VerzoekAntwoord: LDT_VerzoekAntwoord;
  RedenAfwijzingVerzoek?: LDT_RedenAfwijzingVerzoek;
  Woonplaatsbeginsel?: JW319Woonplaatsbeginsel;
}
/** Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp. */
export interface JW319Bericht {
  Header: JW319Header;
  Antwoord: JW319Antwoord;
}

// ---- JW320 (BerichtCode 489): Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp.
export interface JW320RetourCodes {
  RetourCode: LDT_RetourCode[];
}
export interface JW320Header {
  BerichtCode: '489';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: JW320RetourCodes;
}
export interface JW320Woonplaatsbeginsel {
  Gemeente: LDT_Gemeente;
  RetourCodes: JW320RetourCodes;
}
/** Gegevens over het antwoord dat de gemeente geeft op een verzoek van de aanbieder. */
export interface JW320Antwoord {
  ReferentieAanbieder: LDT_Referentie;
  VerzoekAntwoord: LDT_VerzoekAntwoord;
  RedenAfwijzingVerzoek?: LDT_RedenAfwijzingVerzoek;
  Woonplaatsbeginsel?: JW320Woonplaatsbeginsel;
  RetourCodes: JW320RetourCodes;
}
/** Bericht voor antwoordinformatie over het Verzoek om toewijzing of Verzoek om wijziging Jeugdhulp. */
export interface JW320Bericht {
  Header: JW320Header;
  Antwoord?: JW320Antwoord;
}

// ---- JW323 (BerichtCode 490): Bericht voor declaratie Jeugdhulp.
export interface JW323Header {
  BerichtCode: '490';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}
export interface JW323Prestatie {
  ProductReferentie: CDT_Referentie;
  ToewijzingNummer: LDT_Nummer;
  ProductCategorie: LDT_ProductCategorie;
  ProductCode: LDT_ProductCode;
  ProductPeriode: CDT_GeslotenPeriode;
  GeleverdVolume: LDT_Volume;
  Eenheid: LDT_Eenheid;
  ProductTarief?: LDT_Bedrag;
  IngediendBedrag: CDT_BedragMetDC;
}
export interface JW323Prestaties {
  Prestatie: JW323Prestatie[];
}
export interface JW323Client {
  Bsn: LDT_BurgerServicenummer;
  Prestaties: JW323Prestaties;
}
export interface JW323Clienten {
  Client: JW323Client[];
}
/** Gegevens over de ingediende declaratie. */
export interface JW323Declaratie {
  DeclaratieNummer: LDT_IdentificatieDeclaratie;
  DeclaratiePeriode: CDT_GeslotenPeriode;
  DeclaratieDagtekening: LDT_Datum;
  TotaalIngediendBedrag: CDT_TotaalBedragMetDC;
  Clienten: JW323Clienten;
}
/** Bericht voor declaratie Jeugdhulp. */
export interface JW323Bericht {
  Header: JW323Header;
  Declaratie: JW323Declaratie;
}

// ---- JW325 (BerichtCode 491): Bericht met retourinformatie voor declaratie Jeugdhulp.
export interface JW325RetourCodes {
  RetourCode: LDT_RetourCode[];
}
export interface JW325Header {
  BerichtCode: '491';
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  DeclaratieIdentificatie: CDT_BerichtIdentificatie;
  XsltVersie?: LDT_Versie;
  XsdVersieDeclaratie: CDT_XsdVersie;
  RetourCodes: JW325RetourCodes;
}
export interface JW325Prestatie {
  ProductReferentie: CDT_Referentie;
  ToewijzingNummer: LDT_Nummer;
  ProductCategorie: LDT_ProductCategorie;
  ProductCode: LDT_ProductCode;
  ProductPeriode: CDT_GeslotenPeriode;
  GeleverdVolume: LDT_Volume;
  Eenheid: LDT_Eenheid;
  ProductTarief?: LDT_Bedrag;
  IngediendBedrag: CDT_BedragMetDC;
  RetourCodes: JW325RetourCodes;
}
export interface JW325Prestaties {
  Prestatie: JW325Prestatie[];
}
export interface JW325Client {
  Bsn: LDT_BurgerServicenummer;
  Prestaties: JW325Prestaties;
  RetourCodes: JW325RetourCodes;
}
export interface JW325Clienten {
  Client: JW325Client[];
}
/** Gegevens over het antwoord op een ingediende declaratie. */
export interface JW325DeclaratieAntwoord {
  DeclaratieNummer: LDT_IdentificatieDeclaratie;
  TotaalIngediendBedrag: CDT_TotaalBedragMetDC;
  TotaalToegekendBedrag: CDT_TotaalBedragMetDC;
  Clienten?: JW325Clienten;
  RetourCodes: JW325RetourCodes;
}
/** Bericht met retourinformatie voor declaratie Jeugdhulp. */
export interface JW325Bericht {
  Header: JW325Header;
  DeclaratieAntwoord?: JW325DeclaratieAntwoord;
}

/** The root (`Bericht`) type of every message, by name. */
export interface Berichten {
  JW301: JW301Bericht;
  JW302: JW302Bericht;
  JW305: JW305Bericht;
  JW306: JW306Bericht;
  JW307: JW307Bericht;
  JW308: JW308Bericht;
  JW315: JW315Bericht;
  JW316: JW316Bericht;
  JW317: JW317Bericht;
  JW318: JW318Bericht;
  JW319: JW319Bericht;
  JW320: JW320Bericht;
  JW323: JW323Bericht;
  JW325: JW325Bericht;
}
