/**
 * Writing StUF-GGk 0210 SOAP 1.1 messages: the Di01/Du01/Fo01 requests we send to the GGk and
 * the synchronous answers we give (Bv03, or a SOAP fault carrying a Fo03).
 *
 * Every value is checked with the same facets as the parser (values.ts) and a problem throws a
 * StufBuildError naming the field, so what leaves here is valid against the official schemas.
 * Element order is the schemas' order. The namespaces are declared on the body element itself,
 * so that the StUF message inside soap:Body is a self-contained document when cut out.
 */
import type { StufFault, StufFout, StufParameters, StufStuurgegevens, StufSysteem } from './types.js';
import {
  CHECK, NS_GGK, NS_SOAP, NS_STUF, STUF_MAX_MESSAGE_BYTES, escapeAttribute, escapeText, xsdLength, type ValueCheck,
} from './values.js';
import { findIllegalChar } from '../xml/chars.js';

export class StufBuildError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'StufBuildError';
  }
}

/** Common to Di01 and Du01. */
export interface VrijBerichtArgs {
  /** The iJw message, e.g. "JW316". */
  functie: string;
  zender: StufSysteem;
  ontvanger: StufSysteem;
  /** A version 4 UUID (newReferentienummer()). */
  referentienummer: string;
  /** formatStufTijdstip(new Date()). */
  tijdstipBericht: string;
  parameters: StufParameters;
  /** The message itself, e.g. the iJw XML as UTF-8 without BOM; sent base64-encoded. */
  payload: Uint8Array;
  /**
   * xmlBestand (default; iJw messages) or tekstBestand. Only tekstBestand has a bestandsnaam,
   * so `bestandsnaam` is required with it and refused without it.
   */
  bestand?: 'xmlBestand' | 'tekstBestand';
  bestandsnaam?: string;
}

export type Di01Args = VrijBerichtArgs;

export interface Du01Args extends VrijBerichtArgs {
  /** The referentienummer of the heenbericht this answers. */
  crossRefnummer: string;
}

/** Stuurgegevens of Bv03, Fo01 and Fo03. */
export interface AnswerAddressing {
  zender: StufSysteem;
  ontvanger: StufSysteem;
  referentienummer: string;
  tijdstipBericht: string;
  /** The referentienummer of the message answered. */
  crossRefnummer: string;
}

export type Bv03Args = AnswerAddressing;

export interface Fo01Args extends AnswerAddressing, StufFout {}

export interface Fo03FaultArgs extends Omit<AnswerAddressing, 'crossRefnummer'>, StufFout {
  /** The referentienummer of the message answered; empty when it could not be read. */
  crossRefnummer?: string;
  /** Overrides soap:Client/soap:Server (from plek) for SOAP-level problems. */
  soapFaultcode?: StufFault['soapFaultcode'];
}

/**
 * The addressing of an answer to `incoming`: zender and ontvanger swapped, crossRefnummer = its
 * referentienummer. Add referentienummer and tijdstipBericht of the answer itself.
 */
export function answerTo(incoming: Pick<StufStuurgegevens, 'zender' | 'ontvanger' | 'referentienummer'>): Pick<AnswerAddressing, 'zender' | 'ontvanger' | 'crossRefnummer'> {
  return { zender: incoming.ontvanger, ontvanger: incoming.zender, crossRefnummer: incoming.referentienummer };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The elements we write, with their prefix: GGK and StUF as in the official examples. */
class Writer {
  private readonly out: string[] = [XML_DECLARATION];
  private depth = 0;

  open(name: string, attrs = ''): void {
    this.out.push(`${'  '.repeat(this.depth)}<${name}${attrs}>\n`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.out.push(`${'  '.repeat(this.depth)}</${name}>\n`);
  }

  /** A simple element; `text` must already be escaped. */
  leaf(name: string, escaped: string, attrs = ''): void {
    this.out.push(`${'  '.repeat(this.depth)}<${name}${attrs}>${escaped}</${name}>\n`);
  }

  text(): string {
    return this.out.join('');
  }
}

/** Checks a value (XML characters and the facet) and returns it escaped. */
function checked(field: string, value: unknown, check: ValueCheck): string {
  if (typeof value !== 'string') throw new StufBuildError(field, `must be a string, not ${value === undefined ? 'missing' : typeof value}`);
  const bad = findIllegalChar(value, 0, value.length);
  if (bad >= 0) throw new StufBuildError(field, `contains U+${value.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')}, which XML cannot carry`);
  const problem = check(value);
  if (problem !== undefined) throw new StufBuildError(field, problem);
  return escapeText(value);
}

function systeem(w: Writer, name: 'zender' | 'ontvanger', s: StufSysteem): void {
  if (typeof s !== 'object' || s === null) throw new StufBuildError(name, 'is missing');
  w.open(`StUF:${name}`);
  w.leaf('StUF:organisatie', checked(`${name}.organisatie`, s.organisatie, CHECK.organisatie));
  w.leaf('StUF:applicatie', checked(`${name}.applicatie`, s.applicatie, CHECK.applicatie));
  if (s.administratie !== undefined) w.leaf('StUF:administratie', checked(`${name}.administratie`, s.administratie, CHECK.administratie));
  if (s.gebruiker !== undefined) w.leaf('StUF:gebruiker', checked(`${name}.gebruiker`, s.gebruiker, CHECK.gebruiker));
  w.close(`StUF:${name}`);
}

function soapOpen(w: Writer): void {
  w.open('soap:Envelope', ` xmlns:soap="${NS_SOAP}"`);
  w.open('soap:Body');
}

function soapClose(w: Writer): string {
  w.close('soap:Body');
  w.close('soap:Envelope');
  const xml = w.text();
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > STUF_MAX_MESSAGE_BYTES) {
    throw new StufBuildError('payload', `the message would be ${bytes} bytes; the GGk accepts at most ${STUF_MAX_MESSAGE_BYTES} (IB003)`);
  }
  return xml;
}

function vrijBericht(kind: 'Di01' | 'Du01', a: VrijBerichtArgs & { crossRefnummer?: string }): string {
  const root = kind === 'Di01' ? 'GGK:envelopHeenbericht-ggk_Di01' : 'GGK:envelopRetourbericht-ggk_Du01';
  const bestand = a.bestand ?? 'xmlBestand';
  if (bestand !== 'xmlBestand' && bestand !== 'tekstBestand') throw new StufBuildError('bestand', `must be xmlBestand or tekstBestand, not ${String(bestand)}`);
  let bestandAttr = '';
  if (bestand === 'tekstBestand') {
    if (a.bestandsnaam === undefined) throw new StufBuildError('bestandsnaam', 'is required with tekstBestand');
    checked('bestandsnaam', a.bestandsnaam, CHECK.bestandsnaam);
    bestandAttr = ` bestandsnaam="${escapeAttribute(a.bestandsnaam)}"`;
  } else if (a.bestandsnaam !== undefined) {
    throw new StufBuildError('bestandsnaam', 'only a tekstBestand has a bestandsnaam (the schema allows none on xmlBestand)');
  }
  if (!(a.payload instanceof Uint8Array)) throw new StufBuildError('payload', 'must be a Uint8Array');
  if (a.payload.length === 0) throw new StufBuildError('payload', 'is empty');
  const p = a.parameters;
  if (typeof p !== 'object' || p === null) throw new StufBuildError('parameters', 'is missing');

  const w = new Writer();
  soapOpen(w);
  w.open(root, ` xmlns:GGK="${NS_GGK}" xmlns:StUF="${NS_STUF}"`);
  w.open('GGK:stuurgegevens');
  w.leaf('StUF:berichtcode', kind);
  systeem(w, 'zender', a.zender);
  systeem(w, 'ontvanger', a.ontvanger);
  w.leaf('StUF:referentienummer', checked('referentienummer', a.referentienummer, CHECK.uuidV4));
  w.leaf('StUF:tijdstipBericht', checked('tijdstipBericht', a.tijdstipBericht, CHECK.tijdstip));
  if (kind === 'Du01') w.leaf('StUF:crossRefnummer', checked('crossRefnummer', a.crossRefnummer, CHECK.uuidV4));
  w.leaf('StUF:functie', checked('functie', a.functie, CHECK.functie));
  w.close('GGK:stuurgegevens');
  w.open('GGK:parameters');
  w.leaf('GGK:applicatieVersie', checked('parameters.applicatieVersie', p.applicatieVersie, CHECK.versienr));
  w.leaf('GGK:applicatieSubversie', checked('parameters.applicatieSubversie', p.applicatieSubversie, CHECK.versienr));
  w.leaf('GGK:functieVersie', checked('parameters.functieVersie', p.functieVersie, CHECK.versienr));
  w.leaf('GGK:functieSubversie', checked('parameters.functieSubversie', p.functieSubversie, CHECK.versienr));
  w.open('GGK:bericht');
  w.leaf(`GGK:${bestand}`, Buffer.from(a.payload.buffer, a.payload.byteOffset, a.payload.byteLength).toString('base64'), bestandAttr);
  w.close('GGK:bericht');
  w.close('GGK:parameters');
  w.close(root);
  return soapClose(w);
}

/** A heenbericht (ggk_Di01) as a SOAP request; send with SOAPAction STUF_SOAP_ACTION.Di01. */
export function buildDi01(args: Di01Args): string {
  return vrijBericht('Di01', args);
}

/** A retourbericht (ggk_Du01) answering a heenbericht; SOAPAction STUF_SOAP_ACTION.Du01. */
export function buildDu01(args: Du01Args): string {
  if (args.crossRefnummer === undefined) throw new StufBuildError('crossRefnummer', 'is required in a Du01 (the referentienummer of the heenbericht)');
  return vrijBericht('Du01', args);
}

/** A Refnummer that refers to a message: at most 40 characters and not empty. */
const REFERENCE: ValueCheck = (v) => (v === '' ? 'is empty' : CHECK.refnummer(v));
const FOUTCODE: ValueCheck = (v) => (v === '' ? 'is empty' : CHECK.foutcode(v));

function answerStuurgegevens(w: Writer, berichtcode: string, a: AnswerAddressing, crossRefCheck: ValueCheck): void {
  w.open('StUF:stuurgegevens');
  w.leaf('StUF:berichtcode', berichtcode);
  systeem(w, 'zender', a.zender);
  systeem(w, 'ontvanger', a.ontvanger);
  w.leaf('StUF:referentienummer', checked('referentienummer', a.referentienummer, CHECK.uuidV4));
  w.leaf('StUF:tijdstipBericht', checked('tijdstipBericht', a.tijdstipBericht, CHECK.tijdstip));
  w.leaf('StUF:crossRefnummer', checked('crossRefnummer', a.crossRefnummer, crossRefCheck));
  w.close('StUF:stuurgegevens');
}

function foutBody(w: Writer, f: StufFout): void {
  w.open('StUF:body');
  w.leaf('StUF:code', checked('code', f.code, FOUTCODE));
  if (f.plek !== 'client' && f.plek !== 'server') throw new StufBuildError('plek', `must be client or server, not ${String(f.plek)}`);
  w.leaf('StUF:plek', f.plek);
  w.leaf('StUF:omschrijving', checked('omschrijving', f.omschrijving, CHECK.omschrijving));
  if (f.details !== undefined) w.leaf('StUF:details', checked('details', f.details, CHECK.details));
  w.close('StUF:body');
}

/**
 * The synchronous answer accepting a Di01/Du01/Fo01 (per the WSDL every OntvangAsynchroon
 * operation answers StUF:Bv03): crossRefnummer = its referentienummer (see answerTo).
 */
export function buildBv03(args: Bv03Args): string {
  const w = new Writer();
  soapOpen(w);
  w.open('StUF:Bv03Bericht', ` xmlns:StUF="${NS_STUF}"`);
  // A plain Refnummer: a Fo01 from the GGk need not carry a UUID.
  answerStuurgegevens(w, 'Bv03', args, REFERENCE);
  w.close('StUF:Bv03Bericht');
  return soapClose(w);
}

/**
 * The synchronous refusal of a Di01/Du01/Fo01: per the WSDL the operations' fault is StUF:Fo03,
 * so this is a SOAP 1.1 Fault (faultcode soap:Client or soap:Server after plek, faultstring =
 * omschrijving) with a StUF:Fo03Bericht in its detail. Send it with HTTP status 500.
 * When the incoming referentienummer could not be read, crossRefnummer is left empty (the
 * schema requires the element but allows it empty).
 */
export function buildFo03Fault(args: Fo03FaultArgs): string {
  const w = new Writer();
  soapOpen(w);
  w.open('soap:Fault');
  const faultcode = args.soapFaultcode ?? (args.plek === 'server' ? 'Server' : 'Client');
  w.leaf('faultcode', `soap:${faultcode}`);
  w.leaf('faultstring', checked('omschrijving', args.omschrijving, CHECK.omschrijving));
  w.open('detail');
  w.open('StUF:Fo03Bericht', ` xmlns:StUF="${NS_STUF}"`);
  answerStuurgegevens(w, 'Fo03', { ...args, crossRefnummer: args.crossRefnummer ?? '' }, CHECK.refnummer);
  foutBody(w, args);
  w.close('StUF:Fo03Bericht');
  w.close('detail');
  w.close('soap:Fault');
  return soapClose(w);
}

/** At most `max` characters (code points), cut with an ellipsis. */
function fit(s: string, max: number): string {
  if (xsdLength(s) <= max) return s;
  return `${Array.from(s).slice(0, max - 1).join('')}…`;
}

/**
 * The Fo03 content for a parse failure: code and plek as they are, the message cut to fit
 * omschrijving (200 characters) and, with the element's path, details (1000).
 */
export function foutFromFault(fault: StufFault): StufFout & Pick<Fo03FaultArgs, 'soapFaultcode'> {
  const fout: StufFout & Pick<Fo03FaultArgs, 'soapFaultcode'> = {
    code: fault.code,
    plek: fault.plek,
    omschrijving: fit(fault.message, 200),
    details: fit(fault.path ? `${fault.path}: ${fault.message}` : fault.message, 1000),
  };
  if (fault.soapFaultcode) fout.soapFaultcode = fault.soapFaultcode;
  return fout;
}

/**
 * A Fo01: the asynchronous functional error about a message received earlier (e.g. StUF055 for
 * an iJw payload that fails its XSD), sent as a request of its own to the GGk's Fo01 operation
 * (SOAPAction STUF_SOAP_ACTION.Fo01), which answers Bv03. crossRefnummer = the referentienummer
 * of the message it is about.
 */
export function buildFo01(args: Fo01Args): string {
  const w = new Writer();
  soapOpen(w);
  w.open('StUF:Fo01Bericht', ` xmlns:StUF="${NS_STUF}"`);
  answerStuurgegevens(w, 'Fo01', args, REFERENCE);
  foutBody(w, args);
  w.close('StUF:Fo01Bericht');
  return soapClose(w);
}
