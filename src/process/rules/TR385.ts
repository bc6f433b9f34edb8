/**
 * TR385 (berichtoverstijgend, 9385), on the JW301 we send: a toewijzing is not deleted
 * (RedenWijziging 13) while approved prestaties on it were not credited (OP362): the deletion would
 * take the ground from under care already paid for. The API refuses such a deletion first, with its
 * reason (src/backoffice/toewijzingen.ts); this guard covers every JW301 that carries one.
 */
import { defineRule } from './types.js';

export const TR385 = defineRule({
  meta: {
    id: 'TR385',
    level: 3,
    retourcode: '9385',
    berichten: ['JW301'],
    direction: 'out',
    description: 'A toewijzing is not deleted (RedenWijziging 13) while it has approved prestaties that were not credited',
    source: 'TR385.md; OP362; ijw-rules.md §4.8',
  },
  check(ctx) {
    const open = ctx.env.nietGecrediteerd;
    if (!open) throw new Error('TR385 needs env.nietGecrediteerd (the declaration ledger)');
    for (const p of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) {
      const n = open.get(p.ToewijzingNummer) ?? 0;
      if (p.RedenWijziging === '13' && n > 0) {
        ctx.report(p, 'RedenWijziging', `toewijzing ${p.ToewijzingNummer} has ${n} approved prestatie(s) that were not credited: it cannot be deleted`);
      }
    }
  },
});
