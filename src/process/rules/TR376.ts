/** TR376 (berichtoverstijgend, retourcode n.v.t.), on our JW325: the DeclaratieNummer is that of the JW323 it answers. */
import { declaratieOf } from './declaratieantwoord.js';
import { defineRule } from './types.js';

export const TR376 = defineRule({
  meta: {
    id: 'TR376',
    level: 3,
    retourcode: 'n.v.t.',
    berichten: ['JW325'],
    direction: 'out',
    description: 'The DeclaratieNummer in the DeclaratieAntwoord is that of the JW323 answered',
    source: 'TR376.md; ijw-rules.md §1.4, §4.8',
  },
  check(ctx) {
    const a = ctx.bericht.DeclaratieAntwoord;
    const nummer = declaratieOf(ctx.env, 'TR376').Declaratie.DeclaratieNummer;
    if (a && a.DeclaratieNummer !== nummer) ctx.report(a, 'DeclaratieNummer', `DeclaratieNummer ${a.DeclaratieNummer} is not the JW323's ${nummer}`);
  },
});
