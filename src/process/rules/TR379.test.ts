import type { JW301Bericht } from '../../message/types.generated.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR379 } from './TR379.js';

const zonderReferenties = (b: JW301Bericht): void => {
  for (const p of b.Client.ToegewezenProducten.ToegewezenProduct) delete p.ReferentieAanbieder;
};
const vow = { honoreert: [{ referentieAanbieder: 'VOW-7', soort: 'vow' as const, toewijzingNummers: [300201, 300202, 300203] }] };
const overal = (ref: string) => (b: JW301Bericht): void => {
  for (const p of b.Client.ToegewezenProducten.ToegewezenProduct) p.ReferentieAanbieder = ref;
};

ruleTable(TR379, {
  valid: [
    { name: 'baseline: two VOT products honoured, each with its own reference; the third product without', code: 'JW301' },
    { name: 'own initiative: no references', code: 'JW301', mutate: zonderReferenties, env: { honoreert: [] } },
    { name: "a VOW honoured: the VOW's reference on every product, unchanged ones included", code: 'JW301', mutate: overal('VOW-7'), env: vow },
  ],
  invalid: [
    {
      name: 'references on toewijzingen that honour nothing here (a later JW301 re-sending them)',
      code: 'JW301',
      env: { honoreert: [] },
      errors: [
        { path: `${P.jw301Product(1)}/jw301:ReferentieAanbieder`, message: 'ToewijzingNummer 300201 is not sent here to honour a VOT product or VOW for the first time' },
        { path: `${P.jw301Product(2)}/jw301:ReferentieAanbieder`, message: 'but it has 40A12341235' },
      ],
    },
    {
      name: 'a reference on another actual toewijzing sent along with the honoured one (IV094)',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[2]!.ReferentieAanbieder = '40A12341234'; },
      errors: [{ path: `${P.jw301Product(3)}/jw301:ReferentieAanbieder`, message: 'ToewijzingNummer 300203 is not sent here' }],
    },
    {
      name: "the honoured product without its reference, and one with the other product's",
      code: 'JW301',
      mutate: (b) => {
        const [a, c] = b.Client.ToegewezenProducten.ToegewezenProduct;
        delete a!.ReferentieAanbieder;
        c!.ReferentieAanbieder = '40A12341234';
      },
      errors: [
        { path: `${P.jw301Product(1)}/jw301:ReferentieAanbieder`, message: 'honours the VOT product with ReferentieAanbieder 40A12341234, so it carries that ReferentieAanbieder, but it has none' },
        { path: `${P.jw301Product(2)}/jw301:ReferentieAanbieder`, message: 'ReferentieAanbieder 40A12341235' },
      ],
    },
    {
      name: "a VOW honoured, but an unchanged product lacks the VOW's reference (IV093)",
      code: 'JW301',
      mutate: (b) => { overal('VOW-7')(b); delete b.Client.ToegewezenProducten.ToegewezenProduct[2]!.ReferentieAanbieder; },
      env: vow,
      errors: [{ path: `${P.jw301Product(3)}/jw301:ReferentieAanbieder`, message: 'honours the VOW with ReferentieAanbieder VOW-7' }],
    },
  ],
});
