/**
 * TR135 (externe bron, CL4): the Dagtekening is an existing date that does not lie in the future,
 * measured against the receiver's system date (ijw-rules.md T16). "Existing" is the XSD's (CL1);
 * the system date is the Europe/Amsterdam calendar date at the moment the message is judged.
 */
import { defineRule } from './types.js';

export const TR135 = defineRule({
  meta: {
    id: 'TR135',
    level: 4,
    retourcode: '8848',
    berichten: ['JW301', 'JW305', 'JW307', 'JW315', 'JW317', 'JW319', 'JW323', 'JW325'],
    direction: 'both',
    description: "Dagtekening is not after the receiver's system date",
    source: 'TR135.md; ijw-rules.md §2 T16',
  },
  check(ctx) {
    const today = ctx.env.today;
    if (today === undefined) throw new Error("TR135 needs env.today (the receiver's system date)");
    const bi = ctx.bericht.Header.BerichtIdentificatie;
    if (bi.Dagtekening > today) ctx.report(bi, 'Dagtekening', `Dagtekening ${bi.Dagtekening} lies after the system date ${today}`);
  },
});
