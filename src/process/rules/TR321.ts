/**
 * TR321 (berichtoverstijgend, 9321): when the toewijzing has an Omvang, the GeleverdVolume of a
 * prestatie fits the volume for its ProductPeriode, given the toewijzing's Eenheid and Frequentie
 * (ijw-rules.md §8.4; IV076–IV078): per week the ISO weeks touched (inspanningsgericht) or the
 * Sundays (outputgericht), per month the monthly volume even in a broken month, per day volume ×
 * days (§9.1 U2), in total the whole volume. The variant comes from the region contract; when it is
 * unknown the larger maximum applies. Minutes are compared with hours × 60. Debits only.
 */
import { FREQUENTIE, basisFactor, binnenToewijzing, inBasis, maxPerPeriode, prestatieCheck, showVolume, variantOf } from './declaratie.js';
import { defineRule } from './types.js';

export const TR321 = defineRule({
  meta: {
    id: 'TR321',
    level: 3,
    retourcode: '9321',
    berichten: ['JW323'],
    direction: 'in',
    description: "GeleverdVolume fits the toewijzing's Omvang for the ProductPeriode, given Eenheid and Frequentie",
    source: 'TR321.md; IV076; IV077; IV078; Weeknummer_berekenen; ijw-rules.md §8.4, §9.1 U2',
  },
  check: prestatieCheck({
    id: 'TR321',
    toewijzing: true,
    field: 'GeleverdVolume',
    check({ env, p, t }) {
      const omvang = t!.omvang;
      if (!omvang || !binnenToewijzing(p, t!)) return undefined;
      const volume = inBasis(omvang.Eenheid, p.Eenheid, p.GeleverdVolume);
      if (volume === null) return undefined; // an Eenheid that does not fit is TR341's error
      const pp = p.ProductPeriode;
      const max = maxPerPeriode(t!, pp.Begindatum, pp.Einddatum, variantOf(env, p)) * basisFactor(omvang.Eenheid);
      if (volume <= max) return undefined;
      const show = (x: number): string => showVolume(omvang.Eenheid, p.Eenheid, x);
      return `GeleverdVolume ${show(volume)} exceeds ${show(max)}, the most toewijzing ${t!.nummer} (Volume ${omvang.Volume} ${FREQUENTIE[omvang.Frequentie]}) allows in ProductPeriode ${pp.Begindatum}..${pp.Einddatum}`;
    },
  }),
});
