import { P, ruleTable } from '../../../test/rules/table.js';
import { CD067 } from './CD067.js';

ruleTable(CD067, {
  valid: [
    { name: 'baseline', code: 'JW315' },
    { name: 'jeugdarts by Naam without code', code: 'JW315', mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Verwijzer = { Type: '03', Naam: 'Jeugdarts Test' }; } },
    { name: 'zelfverwijzer (06) needs neither', code: 'JW315', mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer = { Type: '06' }; } },
  ],
  invalid: [
    {
      name: 'medical specialist with neither ZorgverlenerCode nor Naam',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Verwijzer = { Type: '05' }; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:Verwijzer/ijw:Naam`, message: 'Type 05 without ZorgverlenerCode needs a Naam' }],
    },
  ],
});
