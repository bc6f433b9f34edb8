/**
 * TR322 (berichtoverstijgend, 9322): when the toewijzing has an Omvang, the volume of all prestaties
 * on it fits the most the toewijzing allows over its whole term (ijw-rules.md §8.4). Counted are the
 * approved debits that were not credited, including those approved earlier in this message; a credit
 * approved in this message releases its debit's volume (§9.1 U1, OP366). An open-ended toewijzing per
 * day or per month has no total. Minutes are compared with hours × 60. Debits only.
 */
import { FREQUENTIE, basisFactor, binnenToewijzing, gebruikInBasis, inBasis, maxOverTerm, prestatieCheck, showVolume, variantOf } from './declaratie.js';
import { defineRule } from './types.js';

export const TR322 = defineRule({
  meta: {
    id: 'TR322',
    level: 3,
    retourcode: '9322',
    berichten: ['JW323'],
    direction: 'in',
    description: "The approved, not credited volume on the toewijzing, this prestatie included, fits the toewijzing's Omvang over its whole term",
    source: 'TR322.md; IV077; ijw-rules.md §8.4, §9.1 U1, U2',
  },
  check: prestatieCheck({
    id: 'TR322',
    toewijzing: true,
    field: 'GeleverdVolume',
    /** Volume (in the basis unit) approved per ToewijzingNummer earlier in this message. */
    start: () => new Map<number, number>(),
    check({ env, p, t, run }, inMessage) {
      const omvang = t!.omvang;
      if (!omvang || !binnenToewijzing(p, t!)) return undefined;
      const volume = inBasis(omvang.Eenheid, p.Eenheid, p.GeleverdVolume);
      if (volume === null) return undefined;
      const term = maxOverTerm(t!, variantOf(env, p));
      if (term === null) return undefined;
      const max = term * basisFactor(omvang.Eenheid);
      const before =
        gebruikInBasis(omvang.Eenheid, run.historie.gebruik.get(t!.nummer)) -
        gebruikInBasis(omvang.Eenheid, run.vrijgegeven(t!.nummer)) +
        (inMessage.get(t!.nummer) ?? 0);
      if (before + volume <= max) return undefined;
      const show = (x: number): string => showVolume(omvang.Eenheid, p.Eenheid, x);
      return `GeleverdVolume ${show(volume)} on top of ${show(before)} already approved exceeds ${show(max)}, the most toewijzing ${t!.nummer} (Volume ${omvang.Volume} ${FREQUENTIE[omvang.Frequentie]}, ${t!.ingangsdatum}..${t!.einddatum ?? ''}) allows in total`;
    },
    goedgekeurd({ p, t }, inMessage) {
      const omvang = t!.omvang;
      if (!omvang) return;
      const volume = inBasis(omvang.Eenheid, p.Eenheid, p.GeleverdVolume) ?? 0;
      inMessage.set(t!.nummer, (inMessage.get(t!.nummer) ?? 0) + volume);
    },
  }),
});
