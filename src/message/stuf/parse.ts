/**
 * Reading StUF-GGk 0210 SOAP messages: the requests of OntvangAsynchroon (ggk_Di01, ggk_Du01,
 * Fo01) and the synchronous answers to the ones we send (Bv03, or a SOAP fault with a Fo03).
 *
 * Strict the way the official schemas are: namespaces, element order, cardinalities and facets
 * as in the WSDL's schemas; any failure names the element. Tolerant where XML and the schemas are:
 * any prefixes, whitespace and comments between elements, whitespace inside base64.
 * Values of string type are returned exactly as sent (xs:string preserves whitespace).
 */
import { parseXml, XmlSyntaxError, type XmlElement } from './xml.js';
import { CHECK, NS_GGK, NS_SOAP, NS_SOAP12, NS_STUF, NS_XSI, decodeBase64Strict, type ValueCheck } from './values.js';
import type {
  StufFault, StufFout, StufFoutStuurgegevens, StufParameters, StufParseResult, StufPayload, StufRequest,
  StufResponse, StufResponseResult, StufStuurgegevens, StufSysteem,
} from './types.js';

/** Element names of the bodies OntvangAsynchroon accepts. */
const DI01 = 'envelopHeenbericht-ggk_Di01';
const DU01 = 'envelopRetourbericht-ggk_Du01';

const PREFIX: Readonly<Record<string, string>> = { [NS_SOAP]: 'soap', [NS_STUF]: 'StUF', [NS_GGK]: 'GGK' };

/** A name for messages, with our prefixes whatever the sender used. */
function display(ns: string, local: string): string {
  const p = PREFIX[ns];
  if (p) return `${p}:${local}`;
  return ns === '' ? local : `{${ns}}${local}`;
}
const nameOf = (el: XmlElement): string => display(el.ns, el.local);

interface Particle {
  ns: string;
  local: string;
  optional?: boolean;
}
const stuf = (local: string, optional = false): Particle => ({ ns: NS_STUF, local, optional });
const ggk = (local: string, optional = false): Particle => ({ ns: NS_GGK, local, optional });
const unqualified = (local: string, optional = false): Particle => ({ ns: '', local, optional });

class ParseFailure extends Error {
  constructor(readonly fault: StufFault) {
    super(fault.message);
  }
}

class Reader {
  fail(path: string, message: string, extra: Partial<StufFault> = {}): never {
    throw new ParseFailure({ code: 'StUF055', plek: 'client', message, path, ...extra });
  }

  /** Element-only content: no text other than whitespace. */
  elementOnly(el: XmlElement, path: string): void {
    if (/[^ \t\n\r]/.test(el.text)) {
      const t = el.text.trim();
      this.fail(path, `${nameOf(el)} may only contain elements, but contains the text ${JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}…` : t)}`);
    }
  }

  /** No attributes except namespace declarations, xsi schema hints and `allowed` (unqualified). */
  attributes(el: XmlElement, path: string, allowed: readonly string[] = []): void {
    for (const a of el.attributes) {
      if (a.ns === NS_XSI && (a.local === 'schemaLocation' || a.local === 'noNamespaceSchemaLocation')) continue;
      if (a.ns === '' && allowed.includes(a.local)) continue;
      this.fail(`${path}/@${a.qname}`, `attribute ${a.ns === '' ? a.local : display(a.ns, a.local)} is not allowed on ${nameOf(el)}`);
    }
  }

  /**
   * The children of `el` matched in order against `particles`; returns one slot per particle.
   * Reports a missing, misplaced, duplicated, unknown or wrongly namespaced element by name.
   */
  sequence(el: XmlElement, path: string, particles: readonly Particle[]): (XmlElement | undefined)[] {
    this.elementOnly(el, path);
    const out: (XmlElement | undefined)[] = new Array(particles.length).fill(undefined);
    const is = (c: XmlElement, p: Particle): boolean => c.ns === p.ns && c.local === p.local;
    let next = 0;
    for (const child of el.children) {
      // The particles this child may be: from `next` up to and including the first required one.
      let j = next;
      while (j < particles.length && !is(child, particles[j]!) && particles[j]!.optional) j++;
      if (j < particles.length && is(child, particles[j]!)) {
        out[j] = child;
        next = j + 1;
        continue;
      }
      const childPath = `${path}/${nameOf(child)}`;
      const window = particles.slice(next, Math.min(j + 1, particles.length));
      const sameLocal = window.find((p) => p.local === child.local);
      if (sameLocal) {
        this.fail(childPath, `${child.qname} is in the wrong namespace: ${child.ns === '' ? 'no namespace' : child.ns}; ${display(sameLocal.ns, sameLocal.local)} must be in ${sameLocal.ns === '' ? 'no namespace' : sameLocal.ns}`);
      }
      const expected = particles[j];
      if (particles.slice(0, next).some((p) => is(child, p))) {
        this.fail(childPath, `${nameOf(child)} appears more than once or out of order in ${nameOf(el)}${expected ? `; ${display(expected.ns, expected.local)} was expected here` : ''}`);
      }
      if (expected && particles.slice(j + 1).some((p) => is(child, p))) {
        this.fail(`${path}/${display(expected.ns, expected.local)}`, `${display(expected.ns, expected.local)} is missing in ${nameOf(el)} (found ${nameOf(child)} where it was expected)`);
      }
      const allowed = window.map((p) => display(p.ns, p.local)).join(' or ');
      this.fail(childPath, `unexpected element ${nameOf(child)} in ${nameOf(el)}${allowed ? `; expected ${allowed}` : ' (nothing more may follow)'}`);
    }
    for (let k = next; k < particles.length; k++) {
      const p = particles[k]!;
      if (!p.optional) {
        const after = k > 0 && out[k - 1] ? ` (expected after ${display(particles[k - 1]!.ns, particles[k - 1]!.local)})` : '';
        this.fail(`${path}/${display(p.ns, p.local)}`, `${display(p.ns, p.local)} is missing in ${nameOf(el)}${after}`);
      }
    }
    return out;
  }

  /** A simple-typed element: text only, no attributes; the value checked when `check` is given. */
  value(el: XmlElement, path: string, check?: ValueCheck): string {
    this.attributes(el, path);
    const child = el.children[0];
    if (child) this.fail(`${path}/${nameOf(child)}`, `${nameOf(el)} must contain text only, but contains element ${nameOf(child)}`);
    const v = el.text;
    const problem = check?.(v);
    if (problem !== undefined) this.fail(path, `${nameOf(el)} ${problem}`);
    return v;
  }

  systeem(el: XmlElement, path: string): StufSysteem {
    this.attributes(el, path);
    const [org, app, adm, gebr] = this.sequence(el, path, [stuf('organisatie'), stuf('applicatie'), stuf('administratie', true), stuf('gebruiker', true)]);
    const s: StufSysteem = {
      organisatie: this.value(org!, `${path}/StUF:organisatie`, CHECK.organisatie),
      applicatie: this.value(app!, `${path}/StUF:applicatie`, CHECK.applicatie),
    };
    if (adm) s.administratie = this.value(adm, `${path}/StUF:administratie`, CHECK.administratie);
    if (gebr) s.gebruiker = this.value(gebr, `${path}/StUF:gebruiker`, CHECK.gebruiker);
    return s;
  }

  berichtcode(el: XmlElement, path: string, expected: string, inElement: string): void {
    const v = this.value(el, path);
    if (v !== expected) this.fail(path, `StUF:berichtcode must be ${expected} in ${inElement}, not ${JSON.stringify(v)}`);
  }

  /** The SOAP 1.1 Body's one element; `accepts` lists what may be there, for messages. */
  soapBody(root: XmlElement, accepts: string): { el: XmlElement; path: string } {
    if (root.local === 'Envelope' && root.ns !== NS_SOAP) {
      const which = root.ns === NS_SOAP12 ? 'SOAP 1.2' : root.ns === '' ? 'no namespace' : root.ns;
      this.fail(`/${root.qname}`, `soap:Envelope is in ${which}; this service speaks SOAP 1.1 (${NS_SOAP})`, { soapFaultcode: 'VersionMismatch' });
    }
    if (root.local !== 'Envelope') {
      this.fail(`/${nameOf(root)}`, `not a SOAP message: the root element is ${nameOf(root)}, expected soap:Envelope (SOAP 1.1) with ${accepts} in soap:Body`);
    }
    const envPath = '/soap:Envelope';
    const [header, body] = this.sequence(root, envPath, [{ ns: NS_SOAP, local: 'Header', optional: true }, { ns: NS_SOAP, local: 'Body' }]);
    if (header) {
      this.elementOnly(header, `${envPath}/soap:Header`);
      for (const block of header.children) {
        const mu = block.attributes.find((a) => a.ns === NS_SOAP && a.local === 'mustUnderstand');
        if (mu && (mu.value.trim() === '1' || mu.value.trim() === 'true')) {
          this.fail(`${envPath}/soap:Header/${nameOf(block)}`, `header ${nameOf(block)} has soap:mustUnderstand="${mu.value}", but this service processes no SOAP headers`, { soapFaultcode: 'MustUnderstand' });
        }
      }
    }
    const bodyPath = `${envPath}/soap:Body`;
    this.elementOnly(body!, bodyPath);
    const [first, second] = body!.children;
    if (!first) this.fail(bodyPath, `soap:Body is empty; expected ${accepts}`);
    if (second) this.fail(`${bodyPath}/${nameOf(second)}`, `soap:Body must contain one element, but ${nameOf(second)} follows ${nameOf(first)}`);
    return { el: first, path: `${bodyPath}/${nameOf(first)}` };
  }

  vrijBericht(kind: 'Di01' | 'Du01', el: XmlElement, path: string): StufRequest {
    this.attributes(el, path);
    const [sg, params] = this.sequence(el, path, [ggk('stuurgegevens'), ggk('parameters')]);
    const stuurgegevens = this.stuurgegevens(kind, sg!, `${path}/GGK:stuurgegevens`, nameOf(el));
    const pPath = `${path}/GGK:parameters`;
    this.attributes(params!, pPath);
    const [av, asv, fv, fsv, bericht] = this.sequence(params!, pPath, [
      ggk('applicatieVersie'), ggk('applicatieSubversie'), ggk('functieVersie'), ggk('functieSubversie'), ggk('bericht'),
    ]);
    const parameters: StufParameters = {
      applicatieVersie: this.value(av!, `${pPath}/GGK:applicatieVersie`, CHECK.versienr),
      applicatieSubversie: this.value(asv!, `${pPath}/GGK:applicatieSubversie`, CHECK.versienr),
      functieVersie: this.value(fv!, `${pPath}/GGK:functieVersie`, CHECK.versienr),
      functieSubversie: this.value(fsv!, `${pPath}/GGK:functieSubversie`, CHECK.versienr),
    };
    const payload = this.bericht(bericht!, `${pPath}/GGK:bericht`);
    const { crossRefnummer, ...common } = stuurgegevens;
    if (kind === 'Di01') return { kind, stuurgegevens: { ...common, berichtcode: 'Di01' }, parameters, payload };
    return { kind, stuurgegevens: { ...common, berichtcode: 'Du01', crossRefnummer: crossRefnummer! }, parameters, payload };
  }

  private stuurgegevens(kind: 'Di01' | 'Du01', el: XmlElement, path: string, inElement: string): StufStuurgegevens {
    this.attributes(el, path);
    const particles = [stuf('berichtcode'), stuf('zender'), stuf('ontvanger'), stuf('referentienummer'), stuf('tijdstipBericht')];
    if (kind === 'Du01') particles.push(stuf('crossRefnummer'));
    particles.push(stuf('functie'));
    const found = this.sequence(el, path, particles);
    const [code, zender, ontvanger, ref, tijdstip] = found;
    this.berichtcode(code!, `${path}/StUF:berichtcode`, kind, inElement);
    const z = this.systeem(zender!, `${path}/StUF:zender`);
    const o = this.systeem(ontvanger!, `${path}/StUF:ontvanger`);
    const referentienummer = this.value(ref!, `${path}/StUF:referentienummer`, CHECK.uuidV4);
    const s: StufStuurgegevens = {
      berichtcode: kind,
      zender: z,
      ontvanger: o,
      referentienummer,
      tijdstipBericht: this.value(tijdstip!, `${path}/StUF:tijdstipBericht`, CHECK.tijdstip),
      functie: '',
    };
    if (kind === 'Du01') s.crossRefnummer = this.value(found[5]!, `${path}/StUF:crossRefnummer`, CHECK.uuidV4);
    s.functie = this.value(found[found.length - 1]!, `${path}/StUF:functie`, CHECK.functie);
    return s;
  }

  /** GGK:bericht: a choice of xmlBestand (no attributes) and tekstBestand (bestandsnaam required). */
  private bericht(el: XmlElement, path: string): StufPayload {
    this.attributes(el, path);
    this.elementOnly(el, path);
    const [child, extra] = el.children;
    const choice = 'GGK:xmlBestand or GGK:tekstBestand';
    if (!child) this.fail(`${path}/GGK:xmlBestand`, `GGK:xmlBestand is missing: GGK:bericht is empty (expected ${choice})`);
    const cPath = `${path}/${nameOf(child)}`;
    if (child.local !== 'xmlBestand' && child.local !== 'tekstBestand') {
      this.fail(cPath, `unexpected element ${nameOf(child)} in GGK:bericht; expected ${choice}`);
    }
    if (child.ns !== NS_GGK) {
      this.fail(cPath, `${child.qname} is in the wrong namespace: ${child.ns === '' ? 'no namespace' : child.ns}; GGK:${child.local} must be in ${NS_GGK}`);
    }
    if (extra) this.fail(`${path}/${nameOf(extra)}`, `GGK:bericht must contain one element (${choice}), but ${nameOf(extra)} follows ${nameOf(child)}`);
    let bestandsnaam: string | undefined;
    if (child.local === 'tekstBestand') {
      this.attributes(child, cPath, ['bestandsnaam']);
      const attr = child.attributes.find((a) => a.ns === '' && a.local === 'bestandsnaam');
      if (!attr) this.fail(`${cPath}/@bestandsnaam`, 'attribute bestandsnaam is missing on GGK:tekstBestand (required)');
      const problem = CHECK.bestandsnaam(attr.value);
      if (problem !== undefined) this.fail(`${cPath}/@bestandsnaam`, `attribute bestandsnaam of GGK:tekstBestand ${problem}`);
      bestandsnaam = attr.value;
    } else {
      this.attributes(child, cPath);
    }
    const inner = child.children[0];
    if (inner) this.fail(`${cPath}/${nameOf(inner)}`, `${nameOf(child)} must contain base64 text only, but contains element ${nameOf(inner)}`);
    const decoded = decodeBase64Strict(child.text);
    if (!decoded.ok) this.fail(cPath, `${nameOf(child)} is not valid base64: ${decoded.reason}`);
    if (decoded.bytes.length === 0) this.fail(cPath, `${nameOf(child)} is empty: there is no message in it`);
    const payload: StufPayload = { bestand: child.local, bytes: decoded.bytes };
    if (bestandsnaam !== undefined) payload.bestandsnaam = bestandsnaam;
    return payload;
  }

  /** Fo01Bericht / Fo03Bericht: StUF stuurgegevens with crossRefnummer, and a StUF:body. */
  foutbericht(berichtcode: 'Fo01' | 'Fo03', el: XmlElement, path: string): { stuurgegevens: StufFoutStuurgegevens; fout: StufFout; hasDetailsXML: boolean } {
    this.attributes(el, path);
    const [sg, body] = this.sequence(el, path, [stuf('stuurgegevens'), stuf('body')]);
    const stuurgegevens = this.foutStuurgegevens(berichtcode, sg!, `${path}/StUF:stuurgegevens`, nameOf(el));
    const bPath = `${path}/StUF:body`;
    this.attributes(body!, bPath);
    const [code, plek, omschrijving, details, detailsXML] = this.sequence(body!, bPath, [
      stuf('code'), stuf('plek'), stuf('omschrijving'), stuf('details', true), stuf('detailsXML', true),
    ]);
    const plekValue = this.value(plek!, `${bPath}/StUF:plek`);
    if (plekValue !== 'client' && plekValue !== 'server') this.fail(`${bPath}/StUF:plek`, `StUF:plek must be "client" or "server", not ${JSON.stringify(plekValue)}`);
    const fout: StufFout = {
      code: this.value(code!, `${bPath}/StUF:code`, CHECK.foutcode),
      plek: plekValue,
      omschrijving: this.value(omschrijving!, `${bPath}/StUF:omschrijving`, CHECK.omschrijving),
    };
    if (details) fout.details = this.value(details, `${bPath}/StUF:details`, CHECK.details);
    if (detailsXML) {
      // Any elements, not interpreted (the schema skips them too); but no text beside them.
      this.attributes(detailsXML, `${bPath}/StUF:detailsXML`);
      this.elementOnly(detailsXML, `${bPath}/StUF:detailsXML`);
    }
    return { stuurgegevens, fout, hasDetailsXML: detailsXML !== undefined };
  }

  /** Stuurgegevens of Fo01/Fo03/Bv03: all six present, plain Refnummers. */
  foutStuurgegevens(berichtcode: string, el: XmlElement, path: string, inElement: string): StufFoutStuurgegevens {
    this.attributes(el, path);
    const [code, zender, ontvanger, ref, tijdstip, cross] = this.sequence(el, path, [
      stuf('berichtcode'), stuf('zender'), stuf('ontvanger'), stuf('referentienummer'), stuf('tijdstipBericht'), stuf('crossRefnummer'),
    ]);
    this.berichtcode(code!, `${path}/StUF:berichtcode`, berichtcode, inElement);
    const z = this.systeem(zender!, `${path}/StUF:zender`);
    const o = this.systeem(ontvanger!, `${path}/StUF:ontvanger`);
    const referentienummer = this.value(ref!, `${path}/StUF:referentienummer`, CHECK.refnummer);
    return {
      zender: z,
      ontvanger: o,
      referentienummer,
      tijdstipBericht: this.value(tijdstip!, `${path}/StUF:tijdstipBericht`, CHECK.tijdstip),
      crossRefnummer: this.value(cross!, `${path}/StUF:crossRefnummer`, CHECK.refnummer),
    };
  }
}

/**
 * Best effort, after a failure: the sender and referentienummer wherever they are, so that the
 * Fo03 can be addressed (zender becomes its ontvanger, referentienummer its crossRefnummer).
 * Only values that pass their checks are taken.
 */
function salvageContext(root: XmlElement): StufFault['context'] {
  const child = (el: XmlElement | undefined, local: string): XmlElement | undefined => el?.children.find((c) => c.local === local);
  const text = (el: XmlElement | undefined, local: string, check: ValueCheck): string | undefined => {
    const c = child(el, local);
    return c && c.children.length === 0 && c.attributes.length === 0 && c.text !== '' && check(c.text) === undefined ? c.text : undefined;
  };
  const systeem = (el: XmlElement | undefined): StufSysteem | undefined => {
    const organisatie = text(el, 'organisatie', CHECK.organisatie);
    const applicatie = text(el, 'applicatie', CHECK.applicatie);
    if (organisatie === undefined || applicatie === undefined) return undefined;
    const s: StufSysteem = { organisatie, applicatie };
    const administratie = text(el, 'administratie', CHECK.administratie);
    const gebruiker = text(el, 'gebruiker', CHECK.gebruiker);
    if (administratie !== undefined) s.administratie = administratie;
    if (gebruiker !== undefined) s.gebruiker = gebruiker;
    return s;
  };
  const sg = child(child(root, 'Body')?.children[0], 'stuurgegevens');
  if (!sg) return undefined;
  const context: NonNullable<StufFault['context']> = {};
  const berichtcode = text(sg, 'berichtcode', () => undefined);
  const zender = systeem(child(sg, 'zender'));
  const ontvanger = systeem(child(sg, 'ontvanger'));
  const referentienummer = text(sg, 'referentienummer', CHECK.refnummer);
  if (berichtcode !== undefined) context.berichtcode = berichtcode;
  if (zender) context.zender = zender;
  if (ontvanger) context.ontvanger = ontvanger;
  if (referentienummer !== undefined) context.referentienummer = referentienummer;
  return Object.keys(context).length > 0 ? context : undefined;
}

function withContext(fault: StufFault, root: XmlElement | undefined): StufFault {
  const context = root ? salvageContext(root) : undefined;
  return context ? { ...fault, context } : fault;
}

function parseDocument(reader: Reader, xml: string): XmlElement {
  try {
    return parseXml(xml);
  } catch (e) {
    if (e instanceof XmlSyntaxError) reader.fail('/', `not well-formed XML: ${e.message}`);
    throw e;
  }
}

const REQUEST_BODIES = `GGK:${DI01}, GGK:${DU01} or StUF:Fo01Bericht`;

/**
 * Reads a request to OntvangAsynchroon: the already decoded SOAP text (intake has checked
 * encoding, BOM, DOCTYPE and size). A Di01 (heenbericht) or Du01 (retour) gives the
 * stuurgegevens, parameters and the decoded payload; a Fo01 gives the foutbericht. Otherwise
 * `fault` says which element is missing or wrong, for the Fo03 answer.
 */
export function parseStufRequest(xml: string): StufParseResult {
  const reader = new Reader();
  let root: XmlElement | undefined;
  try {
    root = parseDocument(reader, xml);
    const { el, path } = reader.soapBody(root, REQUEST_BODIES);
    if (el.ns === NS_GGK && el.local === DI01) return { ok: true, value: reader.vrijBericht('Di01', el, path) };
    if (el.ns === NS_GGK && el.local === DU01) return { ok: true, value: reader.vrijBericht('Du01', el, path) };
    if (el.ns === NS_STUF && el.local === 'Fo01Bericht') return { ok: true, value: { kind: 'Fo01', ...reader.foutbericht('Fo01', el, path) } };
    const known = el.local === DI01 || el.local === DU01 ? `GGK:${el.local}` : el.local === 'Fo01Bericht' ? 'StUF:Fo01Bericht' : undefined;
    if (known) {
      const want = known.startsWith('GGK:') ? NS_GGK : NS_STUF;
      reader.fail(path, `${el.qname} in soap:Body is in the wrong namespace: ${el.ns === '' ? 'no namespace' : el.ns}; ${known} must be in ${want}`);
    }
    const stufMessage = el.ns === NS_STUF ? /^([A-Z][a-z][0-9]{2})Bericht$/.exec(el.local) : null;
    if (stufMessage) {
      reader.fail(path, `StUF:${el.local}: berichtcode ${stufMessage[1]} is not supported by OntvangAsynchroon (only ggk_Di01, ggk_Du01 and Fo01)`, { code: 'StUF025', plek: 'server' });
    }
    return reader.fail(path, `unknown element ${nameOf(el)} in soap:Body; expected ${REQUEST_BODIES}`);
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, fault: withContext(e.fault, root) };
    throw e;
  }
}

/**
 * Reads the synchronous answer to a Di01, Du01 or Fo01 we sent: a Bv03Bericht, or a SOAP 1.1
 * Fault (with the StUF Fo03Bericht from its detail when present).
 */
export function parseStufResponse(xml: string): StufResponseResult {
  const reader = new Reader();
  try {
    const root = parseDocument(reader, xml);
    const { el, path } = reader.soapBody(root, 'StUF:Bv03Bericht or soap:Fault');
    if (el.ns === NS_STUF && el.local === 'Bv03Bericht') {
      reader.attributes(el, path);
      const [sg] = reader.sequence(el, path, [stuf('stuurgegevens')]);
      const stuurgegevens = reader.foutStuurgegevens('Bv03', sg!, `${path}/StUF:stuurgegevens`, 'StUF:Bv03Bericht');
      return { ok: true, value: { kind: 'Bv03', stuurgegevens } };
    }
    if (el.ns === NS_SOAP && el.local === 'Fault') {
      const [code, string, , detail] = reader.sequence(el, path, [
        unqualified('faultcode'), unqualified('faultstring'), unqualified('faultactor', true), unqualified('detail', true),
      ]);
      const value: StufResponse = {
        kind: 'Fault',
        faultcode: reader.value(code!, `${path}/faultcode`).trim(),
        faultstring: reader.value(string!, `${path}/faultstring`),
      };
      const fo03 = detail?.children.find((c) => c.ns === NS_STUF && c.local === 'Fo03Bericht');
      if (fo03) {
        const { stuurgegevens, fout } = reader.foutbericht('Fo03', fo03, `${path}/detail/StUF:Fo03Bericht`);
        value.fo03 = { stuurgegevens, fout };
      }
      return { ok: true, value };
    }
    return reader.fail(path, `unexpected element ${nameOf(el)} in soap:Body; expected StUF:Bv03Bericht or soap:Fault`);
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, fault: e.fault };
    throw e;
  }
}
