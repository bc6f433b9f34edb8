import { P, ruleTable } from '../../../test/rules/table.js';
import { CS139 } from './CS139.js';

ruleTable(CS139, {
  valid: [
    { name: 'baseline JW301 (no DatumGebruik)', code: 'JW301' },
    { name: 'baseline JW305', code: 'JW305' },
    { name: 'baseline JW307', code: 'JW307' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'day unknown: first of the month', code: 'JW305', mutate: (b) => { b.Client.Geboortedatum = { Datum: '2010-02-01', DatumGebruik: '1' }; } },
    { name: 'day and month unknown: 1 January', code: 'JW307', mutate: (b) => { b.Client.Geboortedatum = { Datum: '2010-01-01', DatumGebruik: '2' }; } },
    { name: 'unknown: 1900-01-01', code: 'JW315', mutate: (b) => { b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' }; } },
  ],
  invalid: [
    {
      name: 'JW301 client: DatumGebruik 1 with a day',
      code: 'JW301',
      mutate: (b) => { b.Client.Geboortedatum.DatumGebruik = '1'; },
      errors: [{ path: `${P.jw301Client}/jw301:Geboortedatum/ijw:DatumGebruik`, message: 'Client Geboortedatum with DatumGebruik 1 must be the first day of the month' }],
    },
    {
      name: 'JW301 relatie: DatumGebruik 2 not on 1 January',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[0]!.Geboortedatum = { Datum: '1971-04-01', DatumGebruik: '2' }; },
      errors: [{ path: `${P.jw301Relatie(1)}/jw301:Geboortedatum/ijw:DatumGebruik`, message: /^Relatie/ }],
    },
    {
      name: 'JW305: DatumGebruik 2 with a day',
      code: 'JW305',
      mutate: (b) => { b.Client.Geboortedatum = { Datum: '2010-02-01', DatumGebruik: '2' }; },
      errors: [{ path: '/jw305:Bericht/jw305:Client/jw305:Geboortedatum/ijw:DatumGebruik' }],
    },
    {
      name: 'JW307: DatumGebruik 3 with a real date',
      code: 'JW307',
      mutate: (b) => { b.Client.Geboortedatum = { Datum: '2010-01-01', DatumGebruik: '3' }; },
      errors: [{ path: '/jw307:Bericht/jw307:Client/jw307:Geboortedatum/ijw:DatumGebruik', message: '1900-01-01' }],
    },
    {
      name: 'JW315: DatumGebruik 1 with a day',
      code: 'JW315',
      mutate: (b) => { b.Client.Geboortedatum.DatumGebruik = '1'; },
      errors: [{ path: '/jw315:Bericht/jw315:Client/jw315:Geboortedatum/ijw:DatumGebruik' }],
    },
  ],
});
