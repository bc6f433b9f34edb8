/**
 * TR350 (berichtoverstijgend, 9350): every OngewijzigdProduct relates by its ToewijzingNummer to an
 * actual toewijzing: one of this gemeente, to this provider, not deleted and not ended before the
 * Dagtekening (ijw-rules.md §4.1, §9.1 A1). A toewijzing of another client is left to TR304 (8187),
 * so the class gets one code for one mistake (see wijziging.ts).
 */
import { defineRule } from './types.js';
import { relatie, toewijzingenOf } from './wijziging.js';

export const TR350 = defineRule({
  meta: {
    id: 'TR350',
    level: 3,
    retourcode: '9350',
    berichten: ['JW317'],
    direction: 'in',
    description: 'Every OngewijzigdProduct relates by its ToewijzingNummer to an actual toewijzing of this provider',
    source: 'TR350.md; ijw-rules.md §4.1, §4.5, §9.1 A1',
  },
  check(ctx) {
    const toewijzingen = toewijzingenOf(ctx.env, 'TR350');
    for (const p of ctx.bericht.Client.Verzoek.OngewijzigdeProducten?.OngewijzigdProduct ?? []) {
      const { why } = relatie(ctx.bericht, toewijzingen, p.ToewijzingNummer);
      if (why) ctx.report(p, 'ToewijzingNummer', `OngewijzigdProduct: ${why}`);
    }
  },
});
