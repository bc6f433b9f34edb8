/**
 * TR319 (berichtoverstijgend, 9319): a prestatie's ProductPeriode lies in the current or an earlier
 * declaratieperiode. A ProductPeriode lies within one calendar month (CS337), so it must not end
 * after the DeclaratiePeriode. Debits only (IV085, ijw-rules.md §9.1 C1).
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR319 = defineRule({
  meta: {
    id: 'TR319',
    level: 3,
    retourcode: '9319',
    berichten: ['JW323'],
    direction: 'in',
    description: 'The ProductPeriode lies in the DeclaratiePeriode or an earlier one',
    source: 'TR319.md; IV089; ijw-rules.md §4.6',
  },
  check: prestatieCheck({
    id: 'TR319',
    field: 'ProductPeriode',
    check({ bericht, p }) {
      const dp = bericht.Declaratie.DeclaratiePeriode;
      const pp = p.ProductPeriode;
      if (pp.Einddatum <= dp.Einddatum) return undefined;
      return `ProductPeriode ${pp.Begindatum}..${pp.Einddatum} of prestatie ${p.ProductReferentie.ReferentieNummer} lies after DeclaratiePeriode ${dp.Begindatum}..${dp.Einddatum}`;
    },
  }),
});
