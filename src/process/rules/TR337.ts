/** TR337 (berichtoverstijgend, retourcode n.v.t.), on our JW325: DeclaratieIdentificatie is the BerichtIdentificatie of the JW323 it answers. */
import { declaratieOf } from './declaratieantwoord.js';
import { defineRule } from './types.js';

export const TR337 = defineRule({
  meta: {
    id: 'TR337',
    level: 3,
    retourcode: 'n.v.t.',
    berichten: ['JW325'],
    direction: 'out',
    description: 'DeclaratieIdentificatie is the BerichtIdentificatie (Identificatie and Dagtekening) of the JW323 answered',
    source: 'TR337.md; ijw-rules.md §1.4, §4.8',
  },
  check(ctx) {
    const heen = declaratieOf(ctx.env, 'TR337').Header.BerichtIdentificatie;
    const di = ctx.bericht.Header.DeclaratieIdentificatie;
    if (di.Identificatie !== heen.Identificatie || di.Dagtekening !== heen.Dagtekening) {
      ctx.report(ctx.bericht.Header, 'DeclaratieIdentificatie', `DeclaratieIdentificatie ${di.Identificatie} ${di.Dagtekening} is not the JW323's ${heen.Identificatie} ${heen.Dagtekening}`);
    }
  },
});
