/**
 * TR332 (berichtoverstijgend, 9332), on the JW301 we send: a ToewijzingNummer identifies one
 * toegewezen product within the gemeente and is kept for every later change of it (IV066), never
 * used for another toewijzing, also not after a deletion (OP275). So every number in the JW301 is a
 * toewijzing this gemeente issued to this provider for this client with this product. Our numbers come
 * from one sequence (D14); this guard stops a builder mistake before the provider sees it.
 */
import { defineRule } from './types.js';

export const TR332 = defineRule({
  meta: {
    id: 'TR332',
    level: 3,
    retourcode: '9332',
    berichten: ['JW301'],
    direction: 'out',
    description: 'Each ToewijzingNummer is a toewijzing this gemeente issued to this provider, for this client and product (never reused)',
    source: 'TR332.md; OP275; IV066; ijw-rules.md §4.8',
  },
  check(ctx) {
    const toewijzingen = ctx.env.toewijzingen;
    if (!toewijzingen) throw new Error('TR332 needs env.toewijzingen (the toewijzing ledger)');
    const { Ontvanger } = ctx.bericht.Header;
    const bsn = ctx.bericht.Client.Bsn;
    for (const p of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) {
      const t = toewijzingen.get(p.ToewijzingNummer);
      const why = !t
        ? 'was not issued by this gemeente'
        : t.agb !== Ontvanger
          ? 'belongs to a toewijzing to another provider'
          : t.bsn !== bsn
            ? 'belongs to a toewijzing for another client'
            : (t.categorie ?? null) !== (p.Product?.Categorie ?? null) || (t.code ?? null) !== (p.Product?.Code ?? null)
              ? 'belongs to a toewijzing for another product'
              : undefined;
      if (why) ctx.report(p, 'ToewijzingNummer', `ToewijzingNummer ${p.ToewijzingNummer} ${why}`);
    }
  },
});
