import { P, ruleTable } from '../../../test/rules/table.js';
import { CD068 } from './CD068.js';

ruleTable(CD068, {
  valid: [
    { name: 'baseline', code: 'JW315' },
    { name: 'GI (04) with ZorgverlenerCode', code: 'JW315', mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Verwijzer.Type = '04'; } },
  ],
  invalid: [
    {
      name: 'gemeente (01) with ZorgverlenerCode',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Verwijzer.ZorgverlenerCode = '12345678'; },
      errors: [{ path: `${P.jw315Product(1)}/jw315:Verwijzer/ijw:ZorgverlenerCode`, message: 'Verwijzer Type 01' }],
    },
    {
      name: 'rechter (08) with ZorgverlenerCode',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Verwijzer.Type = '08'; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:Verwijzer/ijw:ZorgverlenerCode` }],
    },
  ],
});
