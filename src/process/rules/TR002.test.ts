import { P, ruleTable } from '../../../test/rules/table.js';
import { TR002 } from './TR002.js';

const DATUM = '/jw301:Bericht/jw301:Client/jw301:Geboortedatum/ijw:Datum';

ruleTable(TR002, {
  valid: [
    { name: 'baseline JW301', code: 'JW301' },
    { name: 'baseline JW305', code: 'JW305' },
    { name: 'baseline JW307', code: 'JW307' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'exactly 120 years before the Dagtekening', code: 'JW305', mutate: (b) => { b.Client.Geboortedatum.Datum = '1906-04-15'; } },
    { name: 'unknown birth date: DatumGebruik 3 with 1900-01-01', code: 'JW301', mutate: (b) => { b.Client.Geboortedatum = { Datum: '1900-01-01', DatumGebruik: '3' }; } },
    { name: 'Relatie without Geboortedatum', code: 'JW301', mutate: (b) => { delete b.Client.Relaties!.Relatie[0]!.Geboortedatum; } },
  ],
  invalid: [
    {
      name: 'one day more than 120 years before the Dagtekening',
      code: 'JW305',
      mutate: (b) => { b.Client.Geboortedatum.Datum = '1906-04-14'; },
      errors: [{ path: '/jw305:Bericht/jw305:Client/jw305:Geboortedatum/ijw:Datum', message: 'more than 120 years before Dagtekening 2026-04-15' }],
    },
    {
      name: 'JW301 client born in 1900 without DatumGebruik 3',
      code: 'JW301',
      mutate: (b) => { b.Client.Geboortedatum.Datum = '1900-01-01'; },
      errors: [{ path: DATUM, message: /^Client Geboortedatum/ }],
    },
    {
      name: 'JW301 Relatie too old',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Geboortedatum = { Datum: '1890-06-01' }; },
      errors: [{ path: `${P.jw301Relatie(2)}/jw301:Geboortedatum/ijw:Datum`, message: /^Relatie Geboortedatum/ }],
    },
    {
      name: 'JW315, DatumGebruik 1 (consistent) but too old',
      code: 'JW315',
      mutate: (b) => { b.Client.Geboortedatum = { Datum: '1890-03-01', DatumGebruik: '1' }; },
      errors: [{ path: '/jw315:Bericht/jw315:Client/jw315:Geboortedatum/ijw:Datum' }],
    },
    {
      name: 'DatumGebruik 3 with another date is not "unknown"',
      code: 'JW307',
      mutate: (b) => { b.Client.Geboortedatum = { Datum: '1899-01-01', DatumGebruik: '3' }; },
      errors: [{ path: '/jw307:Bericht/jw307:Client/jw307:Geboortedatum/ijw:Datum' }],
      alsoReportedBy: ['CS139'],
    },
  ],
});
