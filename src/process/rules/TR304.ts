/**
 * TR304 (berichtoverstijgend, 8187): the Bsn is the client of the toewijzing that is named.
 * - JW323: the Client's Bsn is the client of the toewijzing a prestatie declares on (the
 *   retourcode: "de prestatie hoort niet bij deze client"). Reported on the Prestatie; debits only
 *   (ijw-rules.md §9.1 C1). A missing toewijzing or one of another provider is TR338's error.
 * - JW317: the Client's Bsn is the client of every toewijzing an OngewijzigdProduct or
 *   TeWijzigenProduct names (ijw-rules.md §4.5: the class is not specified; reported on those
 *   product classes). A toewijzing that does not exist is TR350's or TR351's error.
 * (On a JW325 the rule guards what we send; our JW325 copies the JW323's Clients, so it holds by
 * construction and is not registered for it: ijw-rules.md §9.1 R2.)
 */
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

const jw323 = prestatieCheck({
  id: 'TR304',
  field: 'ToewijzingNummer',
  check({ bericht, client, p, lookup }) {
    if (!lookup || lookup.agb !== bericht.Header.Afzender || lookup.bsn === client.Bsn) return undefined;
    return `ToewijzingNummer ${p.ToewijzingNummer} is a toewijzing for another client than the Client of prestatie ${p.ProductReferentie.ReferentieNummer}`;
  },
});

export const TR304 = defineRule({
  meta: {
    id: 'TR304',
    level: 3,
    retourcode: '8187',
    berichten: ['JW317', 'JW323'],
    direction: 'in',
    description: 'The Bsn of the Client is the client of the toewijzing a prestatie (JW323) or an unchanged or changed product (JW317) names',
    source: 'TR304.md; ijw-rules.md §4.5, §4.6, §9.1 R2',
  },
  check(ctx) {
    if (ctx.code === 'JW323') {
      jw323(ctx);
      return;
    }
    const toewijzingen = ctx.env.toewijzingen;
    if (!toewijzingen) throw new Error('TR304 needs env.toewijzingen (the toewijzing ledger)');
    const { Bsn, Verzoek } = ctx.bericht.Client;
    const producten = [...(Verzoek.OngewijzigdeProducten?.OngewijzigdProduct ?? []), ...(Verzoek.TeWijzigenProducten?.TeWijzigenProduct ?? [])];
    for (const p of producten) {
      const t = toewijzingen.get(p.ToewijzingNummer);
      if (t && t.bsn !== Bsn) ctx.report(p, 'ToewijzingNummer', `ToewijzingNummer ${p.ToewijzingNummer} is a toewijzing for another client`);
    }
  },
});
