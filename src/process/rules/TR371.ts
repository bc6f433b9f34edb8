/** TR371 (berichtoverstijgend, retourcode n.v.t.), on our JW325: XsdVersieDeclaratie is the XsdVersie of the JW323 it answers. */
import { declaratieOf } from './declaratieantwoord.js';
import { defineRule } from './types.js';

export const TR371 = defineRule({
  meta: {
    id: 'TR371',
    level: 3,
    retourcode: 'n.v.t.',
    berichten: ['JW325'],
    direction: 'out',
    description: 'XsdVersieDeclaratie is the XsdVersie of the JW323 answered',
    source: 'TR371.md; ijw-rules.md §1.4, §4.8',
  },
  check(ctx) {
    const heen = declaratieOf(ctx.env, 'TR371').Header.XsdVersie;
    const v = ctx.bericht.Header.XsdVersieDeclaratie;
    if (v.BasisschemaXsdVersie !== heen.BasisschemaXsdVersie || v.BerichtXsdVersie !== heen.BerichtXsdVersie) {
      ctx.report(ctx.bericht.Header, 'XsdVersieDeclaratie', `XsdVersieDeclaratie ${v.BasisschemaXsdVersie}/${v.BerichtXsdVersie} is not the JW323's ${heen.BasisschemaXsdVersie}/${heen.BerichtXsdVersie}`);
    }
  },
});
