/**
 * TR369 (berichtoverstijgend, 9369): when the toewijzing has a Budget, the prestaties on it fit the
 * budget. The rule text sums GeleverdVolume, which is an amount only for Eenheid 83; a budget is in
 * eurocent, so the amounts are summed (ijw-rules.md §9.1 B1): the IngediendBedrag of the approved
 * debits that were not credited, including those approved earlier in this message; a credit
 * approved in this message releases its debit's amount (§9.1 U1). Debits only.
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR369 = defineRule({
  meta: {
    id: 'TR369',
    level: 3,
    retourcode: '9369',
    berichten: ['JW323'],
    direction: 'in',
    description: "The approved, not credited IngediendBedrag on the toewijzing, this prestatie included, fits the toewijzing's Budget",
    source: 'TR369.md; ijw-rules.md §4.6, §8.4, §9.1 B1, U1',
  },
  check: prestatieCheck({
    id: 'TR369',
    toewijzing: true,
    field: 'IngediendBedrag',
    /** Amount approved per ToewijzingNummer earlier in this message. */
    start: () => new Map<number, number>(),
    check({ p, t, run }, inMessage) {
      const budget = t!.budget;
      if (budget === null) return undefined;
      const before =
        (run.historie.gebruik.get(t!.nummer)?.bedrag ?? 0) - (run.vrijgegeven(t!.nummer)?.bedrag ?? 0) + (inMessage.get(t!.nummer) ?? 0);
      const bedrag = p.IngediendBedrag.Bedrag;
      if (before + bedrag <= budget) return undefined;
      return `IngediendBedrag ${bedrag} on top of ${before} already approved exceeds Budget ${budget} of toewijzing ${t!.nummer}`;
    },
    goedgekeurd({ p, t }, inMessage) {
      if (t!.budget === null) return;
      inMessage.set(t!.nummer, (inMessage.get(t!.nummer) ?? 0) + p.IngediendBedrag.Bedrag);
    },
  }),
});
