/** The StUF-GGk 0210 envelope as data: what the parser returns and the builders take. */

/** zender/ontvanger (StUF:Systeem as the GGk restricts it: organisatie is always required). */
export interface StufSysteem {
  organisatie: string;
  applicatie: string;
  administratie?: string;
  gebruiker?: string;
}

export interface StufStuurgegevens {
  berichtcode: 'Di01' | 'Du01';
  zender: StufSysteem;
  ontvanger: StufSysteem;
  /** Version 4 UUID, unique per message. */
  referentienummer: string;
  /** StUF Tijdstip, 8 to 17 digits, Dutch local time. */
  tijdstipBericht: string;
  /** Du01 only (required there): the referentienummer of the heenbericht. Di01 has none. */
  crossRefnummer?: string;
  /** The iJw message, e.g. "JW315". */
  functie: string;
}

/** parameters of the envelope: four 4-digit version numbers (StUF:Versienr). */
export interface StufParameters {
  applicatieVersie: string;
  applicatieSubversie: string;
  functieVersie: string;
  functieSubversie: string;
}

export interface StufPayload {
  /** xmlBestand (iJw messages) or tekstBestand (the only one with a bestandsnaam). */
  bestand: 'xmlBestand' | 'tekstBestand';
  /** The decoded base64 content. */
  bytes: Uint8Array;
  /** tekstBestand only. */
  bestandsnaam?: string;
}

export interface StufDi01 {
  kind: 'Di01';
  stuurgegevens: StufStuurgegevens & { berichtcode: 'Di01'; crossRefnummer?: undefined };
  parameters: StufParameters;
  payload: StufPayload;
}

export interface StufDu01 {
  kind: 'Du01';
  stuurgegevens: StufStuurgegevens & { berichtcode: 'Du01'; crossRefnummer: string };
  parameters: StufParameters;
  payload: StufPayload;
}

/** Stuurgegevens of Fo01, Fo03 and Bv03 (plain StUF Refnummer, crossRefnummer required). */
export interface StufFoutStuurgegevens {
  zender: StufSysteem;
  ontvanger: StufSysteem;
  referentienummer: string;
  tijdstipBericht: string;
  crossRefnummer: string;
}

/** The body of a StUF foutbericht (StUF:Foutbericht). */
export interface StufFout {
  /** e.g. "StUF055", or a GGk code such as "IB210". */
  code: string;
  plek: 'client' | 'server';
  omschrijving: string;
  details?: string;
}

/** A Fo01 (asynchronous functional error) sent to us through the Fo01 operation. */
export interface StufFo01 {
  kind: 'Fo01';
  stuurgegevens: StufFoutStuurgegevens;
  fout: StufFout;
  /** Whether a detailsXML was present (its content is not interpreted). */
  hasDetailsXML: boolean;
}

export type StufRequest = StufDi01 | StufDu01 | StufFo01;

/**
 * Why a message cannot be accepted, ready to go into a Fo03 (buildFo03Fault). `code` is a StUF
 * foutcode: StUF055 (body does not conform to the schema; plek client) for anything malformed,
 * StUF025 (berichtcode not supported; plek server) for a StUF message this service has no
 * operation for.
 */
export interface StufFault {
  code: string;
  plek: 'client' | 'server';
  /** Names the element (or attribute) at fault and what is wrong with it. */
  message: string;
  /** Where, e.g. "/soap:Envelope/soap:Body/GGK:envelopHeenbericht-ggk_Di01/GGK:stuurgegevens/StUF:referentienummer". */
  path?: string;
  /** The SOAP 1.1 faultcode when it is not simply Client/Server. */
  soapFaultcode?: 'VersionMismatch' | 'MustUnderstand';
  /**
   * What was read before the problem, to address the Fo03: the sender (its zender becomes our
   * ontvanger) and its referentienummer (our crossRefnummer).
   */
  context?: { berichtcode?: string; zender?: StufSysteem; ontvanger?: StufSysteem; referentienummer?: string };
}

export type StufParseResult = { ok: true; value: StufRequest } | { ok: false; fault: StufFault };

/** The synchronous answer to a Di01/Du01/Fo01 we sent: a Bv03 or a SOAP fault (with a Fo03). */
export type StufResponse =
  | { kind: 'Bv03'; stuurgegevens: StufFoutStuurgegevens }
  | {
    kind: 'Fault';
    faultcode: string;
    faultstring: string;
    /** The StUF Fo03Bericht in the fault's detail, when there is one. */
    fo03?: { stuurgegevens: StufFoutStuurgegevens; fout: StufFout };
  };

export type StufResponseResult = { ok: true; value: StufResponse } | { ok: false; fault: StufFault };
