import { P, ruleTable } from '../../../test/rules/table.js';
import { CD043 } from './CD043.js';

ruleTable(CD043, {
  valid: [
    { name: 'baseline', code: 'JW315' },
    {
      name: 'no beschikking at all',
      code: 'JW315',
      mutate: (b) => {
        const a = b.Client.AangevraagdeProducten.AangevraagdProduct[0]!;
        delete a.BeschikkingNummer;
        delete a.BeschikkingIngangsdatum;
      },
    },
  ],
  invalid: [
    {
      name: 'BeschikkingNummer without BeschikkingIngangsdatum',
      code: 'JW315',
      mutate: (b) => { delete b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.BeschikkingIngangsdatum; },
      errors: [{ path: `${P.jw315Product(1)}/jw315:BeschikkingIngangsdatum`, message: 'required with BeschikkingNummer 123' }],
    },
    {
      name: 'BeschikkingIngangsdatum without BeschikkingNummer',
      code: 'JW315',
      mutate: (b) => { delete b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.BeschikkingNummer; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:BeschikkingIngangsdatum`, message: 'must be empty' }],
    },
  ],
});
