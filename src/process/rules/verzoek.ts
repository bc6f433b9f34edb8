/**
 * What the request rules share: the ledger's requests (S3, VOT products and VOWs) with the answers
 * we sent on them (S4), in RuleEnv, for the rules on what we receive (TR347, TR374 on JW315/JW317)
 * and on what we send (TR355, TR359, TR360, TR365 on JW319; TR379 on JW301).
 *
 * A request is one ReferentieAanbieder: each VOT AangevraagdProduct is one (OP344: a VOT may be
 * decided per product), a VOW is one as a whole. It is pending (onderhanden, TR374) until a JW301
 * honoured it or a JW319 with VerzoekAntwoord 1 rejected it (TR374 toelichting); with several
 * products a VOT is pending until each of its ReferentieAanbieders is answered so (ijw-rules.md
 * §9.1 R1). A JW301 or JW319 the provider rejected (JW302/JW320) counts as not sent (OP286) and does
 * not count here.
 */
import type { LDT_VerzoekAntwoord } from '../../message/types.generated.js';
import type { RuleEnv } from './types.js';

export type VerzoekSoort = 'vot' | 'vow';
export type VerzoekStatus = 'open' | 'in_onderzoek' | 'toegewezen' | 'afgewezen';

/** A request as the ledger holds it. */
export interface VerzoekView {
  /** The gemeente it was addressed to (Header Ontvanger of the JW315/JW317). */
  readonly gemeente: string;
  readonly agb: string;
  readonly bsn: string;
  readonly referentieAanbieder: string;
  readonly soort: VerzoekSoort;
  readonly status: VerzoekStatus;
  /** VerzoekAntwoord of each JW319 sent on it that the provider did not reject, oldest first. */
  readonly antwoorden: readonly LDT_VerzoekAntwoord[];
}

/** What a JW301 honours: a VOT product (its ToewijzingNummer(s)) or a VOW (the whole message). */
export interface Honorering {
  readonly referentieAanbieder: string;
  readonly soort: VerzoekSoort;
  /** VOT: the ToegewezenProducten issued for that product; VOW: every product of the message carries it. */
  readonly toewijzingNummers: readonly number[];
}

declare module './types.js' {
  interface RuleEnv {
    /**
     * The requests (S3) the message's rules may consult: on a JW315/JW317 every earlier request of
     * the sending provider that uses a ReferentieAanbieder the message uses (any gemeente), plus
     * every pending request of the message's client at that provider in this gemeente; on a JW319
     * the request(s) of the receiving provider in this gemeente with the answer's ReferentieAanbieder.
     */
    verzoeken?: readonly VerzoekView[];
    /** JW301: the requests this message honours for the first time (TR379); empty when none. */
    honoreert?: readonly Honorering[];
  }
}

export const isOnderhanden = (v: Pick<VerzoekView, 'status'>): boolean => v.status === 'open' || v.status === 'in_onderzoek';

export function verzoekenOf(env: RuleEnv, rule: string): readonly VerzoekView[] {
  if (!env.verzoeken) throw new Error(`${rule} needs env.verzoeken (the request ledger)`);
  return env.verzoeken;
}

export function honoreertOf(env: RuleEnv, rule: string): readonly Honorering[] {
  if (!env.honoreert) throw new Error(`${rule} needs env.honoreert (the requests the JW301 honours)`);
  return env.honoreert;
}

/** 'VOT product' / 'VOW': how a message names a request's kind. */
export const soortNaam = (s: VerzoekSoort): string => (s === 'vot' ? 'VOT product' : 'VOW');

/** The request a JW319 answers: the receiving provider's, in the sending gemeente, with its ReferentieAanbieder. */
export function beantwoordVerzoek(env: RuleEnv, rule: string, header: { Afzender: string; Ontvanger: string }, referentie: string): VerzoekView | undefined {
  return verzoekenOf(env, rule).find((v) => v.gemeente === header.Afzender && v.agb === header.Ontvanger && v.referentieAanbieder === referentie);
}
