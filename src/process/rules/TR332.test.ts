import { P, ruleTable } from '../../../test/rules/table.js';
import { BSN } from '../../../test/fixtures/berichten.js';
import { JW301_TOEWIJZINGEN } from '../../../test/fixtures/neutral/toewijzing.js';
import { toewijzingView } from '../../../test/fixtures/neutral/startstop.js';
import { TR332 } from './TR332.js';

const met = (nr: number, over: Parameters<typeof toewijzingView>[1]) => new Map([...JW301_TOEWIJZINGEN, [nr, toewijzingView(nr, over)]]);

ruleTable(TR332, {
  valid: [
    { name: 'every number is a toewijzing of this provider, client and product', code: 'JW301' },
    { name: 'a deleted toewijzing keeps its number', code: 'JW301', env: { toewijzingen: met(300201, { verwijderd: true }) } },
  ],
  invalid: [
    {
      name: 'a number this gemeente never issued',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[2]!.ToewijzingNummer = 999; },
      errors: [{ path: `${P.jw301Product(3)}/jw301:ToewijzingNummer`, message: 'ToewijzingNummer 999 was not issued by this gemeente' }],
    },
    {
      name: 'a number of a toewijzing for another client',
      code: 'JW301',
      env: { toewijzingen: met(300202, { bsn: BSN.B, code: '55A12' }) },
      errors: [{ path: `${P.jw301Product(2)}/jw301:ToewijzingNummer`, message: 'another client' }],
    },
    {
      name: 'a number reused for another product',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Product = { Categorie: '55', Code: '55A19' }; },
      errors: [{ path: `${P.jw301Product(1)}/jw301:ToewijzingNummer`, message: 'another product' }],
    },
    {
      name: 'a number of a toewijzing to another provider',
      code: 'JW301',
      env: { toewijzingen: met(300201, { agb: '12345678' }) },
      errors: [{ path: `${P.jw301Product(1)}/jw301:ToewijzingNummer`, message: 'another provider' }],
    },
  ],
});
