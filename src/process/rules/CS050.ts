import type { CDT_VolledigeNaam } from '../../message/types.generated.js';
import { defineRule } from './types.js';

const WITH_PARTNER = new Set(['1', '2', '3', '4']);
const WITHOUT_PARTNER = new Set(['1', '6']);

export const CS050 = defineRule({
  meta: {
    id: 'CS050',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301'],
    direction: 'out',
    description: 'NaamGebruik is 1, 2, 3 or 4 when Partnernaam is filled, otherwise 1 or 6 (Client and Relatie)',
    source: 'CC file CS050; IV045; ijw-rules.md §5.2',
  },
  check(ctx) {
    const test = (naam: CDT_VolledigeNaam, who: string): void => {
      const withPartner = naam.Partnernaam !== undefined;
      const allowed = withPartner ? WITH_PARTNER : WITHOUT_PARTNER;
      if (!allowed.has(naam.NaamGebruik)) {
        ctx.report(naam, 'NaamGebruik',
          `${who} NaamGebruik ${naam.NaamGebruik} is not allowed ${withPartner ? 'with a Partnernaam (use 1, 2, 3 or 4)' : 'without a Partnernaam (use 1 or 6)'}`);
      }
    };
    test(ctx.bericht.Client.Naam, 'Client');
    for (const r of ctx.bericht.Client.Relaties?.Relatie ?? []) test(r.Naam, 'Relatie');
  },
});
