/**
 * TR384 (berichtoverstijgend, 9384): no declaration on a deleted toewijzing: RedenWijziging 13
 * (Verwijderd), which with Einddatum = Ingangsdatum makes it count as never sent (OP033x1); the
 * older 01 with Einddatum = Ingangsdatum deletes as well (ijw-rules.md §4.1). Debits only.
 */
import { isDeleted, prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export const TR384 = defineRule({
  meta: {
    id: 'TR384',
    level: 3,
    retourcode: '9384',
    berichten: ['JW323'],
    direction: 'in',
    description: 'The prestatie is not on a deleted toewijzing (RedenWijziging 13)',
    source: 'TR384.md; OP276; OP033x1; ijw-rules.md §4.1, §4.6',
  },
  check: prestatieCheck({
    id: 'TR384',
    field: 'ToewijzingNummer',
    check({ bericht, client, p, lookup }) {
      // A missing or foreign toewijzing is TR338's or TR304's to report.
      if (!lookup || lookup.agb !== bericht.Header.Afzender || lookup.bsn !== client.Bsn) return undefined;
      if (!isDeleted(lookup)) return undefined;
      return `ToewijzingNummer ${p.ToewijzingNummer} is a deleted toewijzing (RedenWijziging ${lookup.redenWijziging ?? '13'})`;
    },
  }),
});
