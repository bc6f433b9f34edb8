import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures/berichten.js';
import { regioProduct, testRegio } from '../../../test/fixtures/neutral/declaratie.js';
import { P, ruleTable } from '../../../test/rules/table.js';
import { TR418, tariefControle } from './TR418.js';

const contract = testRegio([
  regioProduct(),
  regioProduct({ code: '45A04', tarieven: [{ geldigheid: { van: '2026-01-01', tot: '2026-12-31' }, eurocent: 1500, bron: [] }] }),
]);
const prestatie = (c: number, p: number) => fixture('JW323').Declaratie.Clienten.Client[c]!.Prestaties.Prestatie[p]!;

ruleTable(TR418, {
  valid: [
    { name: 'every ProductTarief is the contract tariff', code: 'JW323', env: { regio: contract } },
    { name: 'no region file: the check cannot run and does not reject', code: 'JW323', env: { regio: null } },
    {
      name: 'the region file does not know the tariff (onbekend): not rejected',
      code: 'JW323',
      env: { regio: testRegio([regioProduct({ tarieven: { onbekend: 'the source gives no amounts' } }), regioProduct({ code: '45A04', tarieven: { onbekend: 'idem' } })]) },
    },
    {
      name: 'minutes against an hourly tariff: hourly / 60 rounded (IV081)',
      code: 'JW323',
      env: { regio: contract },
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!;
        Object.assign(p, { Eenheid: '01', GeleverdVolume: 240, ProductTarief: 21, IngediendBedrag: { Bedrag: 5000, DebetCredit: 'D' } });
      },
    },
  ],
  invalid: [
    {
      name: 'a ProductTarief other than the contract tariff',
      code: 'JW323',
      env: { regio: contract },
      mutate: (b) => {
        const p = b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[1]!;
        p.ProductTarief = 1600;
        p.IngediendBedrag.Bedrag = 25600;
        b.Declaratie.TotaalIngediendBedrag.TotaalBedrag += 1600;
      },
      errors: [{ path: `${P.jw323Prestatie(2, 2)}/jw323:ProductTarief`, message: 'ProductTarief 1600 differs from the contract tariff 1500 of product 45A04' }],
    },
    {
      name: 'a product the region file marks as having no tariff of its own',
      code: 'JW323',
      env: { regio: testRegio([regioProduct({ tarieven: { geenTarief: 'extra-client product' } }), regioProduct({ code: '45A04', tarieven: { onbekend: 'x' } })]) },
      errors: [
        { path: `${P.jw323Prestatie(1, 1)}/jw323:ProductTarief`, message: 'has no contract tariff of its own' },
        { path: `${P.jw323Prestatie(2, 1)}/jw323:ProductTarief` },
      ],
    },
  ],
});

describe('tariefControle', () => {
  it('says why it could not run, without personal data', () => {
    expect(tariefControle(null, prestatie(0, 0))).toEqual({ kind: 'niet-uitgevoerd', reason: 'no region file covers this gemeente' });
    expect(tariefControle(testRegio([]), prestatie(0, 0))).toMatchObject({ kind: 'niet-uitgevoerd', reason: expect.stringContaining("45A03' is not in region test") });
    expect(tariefControle(contract, prestatie(0, 0))).toEqual({ kind: 'ok' });
  });
  it('does not judge credits or amounts in euro', () => {
    expect(tariefControle(contract, prestatie(1, 2))).toEqual({ kind: 'nvt' });
  });
});
