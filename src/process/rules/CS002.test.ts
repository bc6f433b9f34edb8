import { BAD_BSN } from '../../../test/fixtures/berichten.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { CS002 } from './CS002.js';

const MSG = 'Bsn fails the 11-test';

ruleTable(CS002, {
  valid: [
    { name: 'baseline JW301', code: 'JW301' },
    { name: 'baseline JW305', code: 'JW305' },
    { name: 'baseline JW307', code: 'JW307' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
    { name: 'baseline JW323', code: 'JW323' },
    { name: 'baseline JW325', code: 'JW325' },
    { name: 'the example number of elfproef.md', code: 'JW305', mutate: (b) => { b.Client.Bsn = '123456782'; } },
    { name: 'JW325 without DeclaratieAntwoord', code: 'JW325', mutate: (b) => { delete b.DeclaratieAntwoord; } },
  ],
  invalid: [
    { name: 'JW301', code: 'JW301', mutate: (b) => { b.Client.Bsn = BAD_BSN; }, errors: [{ path: `${P.jw301Client}/jw301:Bsn`, message: MSG }] },
    { name: 'JW305', code: 'JW305', mutate: (b) => { b.Client.Bsn = BAD_BSN; }, errors: [{ path: '/jw305:Bericht/jw305:Client/jw305:Bsn', message: MSG }] },
    { name: 'JW307', code: 'JW307', mutate: (b) => { b.Client.Bsn = BAD_BSN; }, errors: [{ path: '/jw307:Bericht/jw307:Client/jw307:Bsn' }] },
    { name: 'JW315', code: 'JW315', mutate: (b) => { b.Client.Bsn = BAD_BSN; }, errors: [{ path: '/jw315:Bericht/jw315:Client/jw315:Bsn' }] },
    { name: 'JW317', code: 'JW317', mutate: (b) => { b.Client.Bsn = '111111111'; }, errors: [{ path: '/jw317:Bericht/jw317:Client/jw317:Bsn' }] },
    {
      name: 'JW323, second client',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Bsn = '999900019'; },
      errors: [{ path: `${P.jw323Client(2)}/jw323:Bsn`, message: MSG }],
    },
    {
      name: 'JW325',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.Clienten!.Client[0]!.Bsn = BAD_BSN; },
      errors: [{ path: `${P.jw325Client(1)}/jw325:Bsn` }],
    },
  ],
});
