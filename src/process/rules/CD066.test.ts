import { P, ruleTable } from '../../../test/rules/table.js';
import { CD066 } from './CD066.js';

ruleTable(CD066, {
  valid: [
    { name: 'baseline: huisarts by ZorgverlenerCode only', code: 'JW315' },
    { name: 'gemeente (01) with a Naam', code: 'JW315' },
  ],
  invalid: [
    {
      name: 'huisarts with both ZorgverlenerCode and Naam',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Verwijzer.Naam = 'Praktijk Test'; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:Verwijzer/ijw:Naam`, message: 'Type 02' }],
    },
  ],
});
