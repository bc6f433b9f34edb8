/**
 * TR355 (berichtoverstijgend, 9355; guards what we send): the ReferentieAanbieder of a JW319 is the
 * one of an earlier VOT product or VOW that this provider sent to this gemeente. Checked before the
 * JW319 is queued (src/ledger/antwoord.ts).
 */
import { beantwoordVerzoek } from './verzoek.js';
import { defineRule } from './types.js';

export const TR355 = defineRule({
  meta: {
    id: 'TR355',
    level: 3,
    retourcode: '9355',
    berichten: ['JW319'],
    direction: 'out',
    description: 'ReferentieAanbieder of the Antwoord is the one of an earlier VOT product or VOW of this provider',
    source: 'TR355.md; ijw-rules.md §4.8',
  },
  check(ctx) {
    const a = ctx.bericht.Antwoord;
    if (beantwoordVerzoek(ctx.env, 'TR355', ctx.bericht.Header, a.ReferentieAanbieder)) return;
    ctx.report(a, 'ReferentieAanbieder', `ReferentieAanbieder ${a.ReferentieAanbieder} is not the reference of a VOT product or VOW this provider sent to gemeente ${ctx.bericht.Header.Afzender}`);
  },
});
