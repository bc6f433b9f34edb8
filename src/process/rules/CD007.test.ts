import { P, ruleTable } from '../../../test/rules/table.js';
import { CD007 } from './CD007.js';

const TAAL = `${P.jw301Client}/jw301:Communicatie/ijw:Taal`;

ruleTable(CD007, {
  valid: [
    { name: 'baseline: tolk taal with Taal', code: 'JW301' },
    { name: 'doventolk without Taal', code: 'JW301', mutate: (b) => { b.Client.Communicatie = { Vorm: '2' }; } },
    { name: 'no Communicatie', code: 'JW301', mutate: (b) => { delete b.Client.Communicatie; } },
  ],
  invalid: [
    { name: 'tolk taal without Taal', code: 'JW301', mutate: (b) => { delete b.Client.Communicatie!.Taal; }, errors: [{ path: TAAL, message: 'Taal is required' }] },
    { name: 'doventolk with Taal', code: 'JW301', mutate: (b) => { b.Client.Communicatie!.Vorm = '2'; }, errors: [{ path: TAAL, message: 'Vorm 2' }] },
  ],
});
