/**
 * TR056 (berichtoverstijgend, CL3): the Identificatie of a message is unique per berichtsoort for
 * the sending party. The pipeline looks the sender's earlier messages up in the message store
 * (src/process/header.ts) and passes the answer in env; every recognised message that was ever
 * received counts, also one that was rejected (ijw-rules.md §9 N1: transport layers such as VECOZO
 * require the same). The same bytes sent again are not a second message: the inbox deduplicates
 * them before they reach this rule.
 */
import { defineRule } from './types.js';

export const TR056 = defineRule({
  meta: {
    id: 'TR056',
    level: 3,
    retourcode: '9056',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319', 'JW323', 'JW325'],
    direction: 'both',
    description: 'Identificatie is unique per berichtsoort for the sending party',
    source: 'TR056.md; ijw-rules.md §4, §9 N1',
  },
  check(ctx) {
    const seen = ctx.env.identificatieEerderOntvangen;
    if (seen === undefined) throw new Error('TR056 needs env.identificatieEerderOntvangen (the message store)');
    if (!seen) return;
    const bi = ctx.bericht.Header.BerichtIdentificatie;
    ctx.report(bi, 'Identificatie', `Identificatie ${bi.Identificatie} was already used by this sender for an earlier ${ctx.code}`);
  },
});
