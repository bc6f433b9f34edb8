/**
 * StUF-GGk egress: wraps an outgoing iJw message in a ggk_Di01 (JW301, JW319: heenberichten) or a
 * ggk_Du01 (JW306, JW308, JW316, JW318, JW325: answers, crossRefnummer = the heenbericht's
 * referentienummer) and posts it to the GGk's OntvangAsynchroon. A Bv03 means delivered; a SOAP
 * fault (Fo03) or anything else is an error, retried by the dispatcher. The referentienummer was
 * fixed when the message was queued, so a retry is recognisably the same message.
 */
import {
  SOAP_CONTENT_TYPE, STUF_SOAP_ACTION, buildDi01, buildDu01, formatStufTijdstip, parseStufResponse, type StufParameters,
} from '../message/stuf/envelope.js';
import type { Deliver, OutboxItem } from './dispatcher.js';

const ANSWERS = new Set(['JW306', 'JW308', 'JW316', 'JW318', 'JW325']);

/** Our application in the envelope; functieVersie/-Subversie name the iStandaard release (iJw 3.2). */
export const STUF_PARAMETERS: StufParameters = {
  applicatieVersie: '0001',
  applicatieSubversie: '0000',
  functieVersie: '0003',
  functieSubversie: '0002',
};

export interface StufTransportOptions {
  /** Our applicatie in zender (default 'ijw-gemeente'). */
  applicatie?: string;
  /** The hub's applicatie in ontvanger (default 'GGk', as in the GGk's examples). */
  hubApplicatie?: string;
  timeoutMs?: number;
}

/** The SOAP request for one outgoing message (exported for tests). */
export function stufRequest(item: OutboxItem, opts: StufTransportOptions = {}): { action: string; xml: string } {
  if (!item.stufReferentienummer) throw new Error(`outgoing message ${item.berichtId} has no StUF referentienummer`);
  // The gemeente is the 4-digit party and the aanbieder the 8-digit one, whichever header field holds them.
  const gemeente = [item.afzender, item.ontvanger].find((c) => /^\d{4}$/.test(c));
  const agb = [item.afzender, item.ontvanger].find((c) => /^\d{8}$/.test(c));
  if (!gemeente || !agb) throw new Error(`outgoing message ${item.berichtId}: cannot tell gemeente and aanbieder from its header`);
  const args = {
    functie: item.berichtcode,
    zender: { organisatie: gemeente, applicatie: opts.applicatie ?? 'ijw-gemeente' },
    ontvanger: { organisatie: agb, applicatie: opts.hubApplicatie ?? 'GGk' },
    referentienummer: item.stufReferentienummer,
    tijdstipBericht: formatStufTijdstip(new Date()),
    parameters: STUF_PARAMETERS,
    payload: item.raw,
  };
  // A Du01 needs the heenbericht's referentienummer; an answer to a message that did not come in
  // over StUF has none and goes as a Di01.
  if (ANSWERS.has(item.berichtcode) && item.stufCrossref) {
    return { action: STUF_SOAP_ACTION.Du01, xml: buildDu01({ ...args, crossRefnummer: item.stufCrossref }) };
  }
  return { action: STUF_SOAP_ACTION.Di01, xml: buildDi01(args) };
}

export function stufTransport(opts: StufTransportOptions = {}): Deliver {
  return async (item) => {
    const { action, xml } = stufRequest(item, opts);
    const res = await fetch(item.endpoint, {
      method: 'POST',
      headers: { 'content-type': SOAP_CONTENT_TYPE, soapaction: `"${action}"` },
      body: xml,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
    });
    const text = await res.text();
    const answer = parseStufResponse(text);
    if (!answer.ok) throw new Error(`GGk answered HTTP ${res.status} with no readable Bv03 or fault: ${answer.fault.message}`);
    const v = answer.value;
    if (v.kind === 'Fault') {
      const fout = v.fo03?.fout;
      throw new Error(`GGk fault ${fout ? `${fout.code} (${fout.plek}): ${fout.omschrijving}` : `${v.faultcode}: ${v.faultstring}`}`);
    }
    if (v.stuurgegevens.crossRefnummer !== item.stufReferentienummer) {
      throw new Error(`GGk Bv03 crossRefnummer ${v.stuurgegevens.crossRefnummer} does not match our referentienummer ${item.stufReferentienummer}`);
    }
  };
}
