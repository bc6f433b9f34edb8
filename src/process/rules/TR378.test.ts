import { P, ruleTable } from '../../../test/rules/table.js';
import { TR378 } from './TR378.js';

ruleTable(TR378, {
  valid: [
    { name: 'JW305 addressed to a municipality on the CBS list', code: 'JW305' },
    { name: 'JW315 addressed to a municipality on the CBS list', code: 'JW315' },
    { name: 'JW301 sent by a municipality on the CBS list', code: 'JW301' },
    { name: 'JW323 addressed to Almere', code: 'JW323', mutate: (b) => { b.Header.Ontvanger = '0034'; } },
  ],
  invalid: [
    {
      name: 'JW315 addressed to a code that is no municipality',
      code: 'JW315',
      mutate: (b) => { b.Header.Ontvanger = '0001'; },
      errors: [{ path: '/jw315:Bericht/jw315:Header/jw315:Ontvanger', message: 'Ontvanger 0001 is not a municipality on the CBS list' }],
    },
    {
      name: 'JW325 sent under a code that is no municipality',
      code: 'JW325',
      mutate: (b) => { b.Header.Afzender = '9999'; },
      errors: [{ path: '/jw325:Bericht/jw325:Header/jw325:Afzender', message: 'Afzender 9999' }],
    },
  ],
});
