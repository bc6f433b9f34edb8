import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JW323Bericht } from '../../src/message/types.generated.js';
import { BuildError, buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { berichtArb } from '../support/arbitrary.js';

/** A valid JW323 to break: one Client with one Prestatie. */
function jw323(): JW323Bericht {
  return {
    Header: {
      BerichtCode: '490', BerichtVersie: 3, BerichtSubversie: 2, Afzender: '12345678', Ontvanger: '0384',
      BerichtIdentificatie: { Identificatie: 'ID0001', Dagtekening: '2026-05-06' },
      XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
    },
    Declaratie: {
      DeclaratieNummer: 'DN001',
      DeclaratiePeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
      DeclaratieDagtekening: '2026-05-06',
      TotaalIngediendBedrag: { TotaalBedrag: 5000, DebetCredit: 'D' },
      Clienten: {
        Client: [{
          Bsn: '999900006',
          Prestaties: {
            Prestatie: [{
              ProductReferentie: { ReferentieNummer: 'RN001' },
              ToewijzingNummer: 10072, ProductCategorie: '45', ProductCode: '45A03',
              ProductPeriode: { Begindatum: '2026-04-01', Einddatum: '2026-04-30' },
              GeleverdVolume: 4, Eenheid: '04', ProductTarief: 1250,
              IngediendBedrag: { Bedrag: 5000, DebetCredit: 'D' },
            }],
          },
        }],
      },
    },
  };
}

function problems(mutate: (b: JW323Bericht) => void): { path: string; message: string }[] {
  const b = jw323();
  mutate(b);
  try {
    buildMessage('JW323', b);
  } catch (e) {
    expect(e).toBeInstanceOf(BuildError);
    return (e as BuildError).errors;
  }
  throw new Error('expected a BuildError');
}

const PRESTATIE = '/jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[1]/jw323:Prestaties/jw323:Prestatie[1]';

describe('buildMessage', () => {
  it('builds the valid object, and it parses back unchanged', () => {
    const xml = buildMessage('JW323', jw323());
    const r = parseMessage(xml);
    expect(r.ok && r.bericht).toStrictEqual(jw323());
  });

  it('escapes &, <, > and CR so that the value survives', () => {
    const b = jw323();
    b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer = 'a&b<c>]]>\rd\r\n';
    const xml = buildMessage('JW323', b);
    expect(xml).toContain('<ijw:ReferentieNummer>a&amp;b&lt;c&gt;]]&gt;&#13;d&#13;\n</ijw:ReferentieNummer>');
    const r = parseMessage(xml);
    expect(r.ok && r.bericht).toStrictEqual(b);
  });

  it('BuildError: a date that does not exist', () => {
    const e = problems((b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductPeriode.Einddatum = '2027-06-31'; });
    expect(e).toEqual([{ path: `${PRESTATIE}/jw323:ProductPeriode/ijw:Einddatum`, message: expect.stringMatching(/'2027-06-31'.*June 2027 has 30 days/) }]);
  });

  it('BuildError: a date with blanks around it, or in another form', () => {
    expect(problems((b) => { b.Header.BerichtIdentificatie.Dagtekening = ' 2026-05-06'; })[0]!.message).toMatch(/blanks/);
    expect(problems((b) => { b.Header.BerichtIdentificatie.Dagtekening = '06-05-2026'; })[0]!.message).toMatch(/not a valid date/);
  });

  it('BuildError: a value that is too long (code points), and one that is long enough', () => {
    const e = problems((b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer = 'x'.repeat(21); });
    expect(e).toEqual([{ path: `${PRESTATIE}/jw323:ProductReferentie/ijw:ReferentieNummer`, message: expect.stringMatching(/length 21.*at most 20/) }]);
    const b = jw323();
    b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer = '😀'.repeat(20);
    expect(() => buildMessage('JW323', b)).not.toThrow();
  });

  it('BuildError: missing required elements', () => {
    const e = problems((b) => {
      delete (b.Header as Partial<JW323Bericht['Header']>).Afzender;
      delete (b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0] as { Eenheid?: string }).Eenheid;
    });
    expect(e).toEqual([
      { path: '/jw323:Bericht/jw323:Header/jw323:Afzender', message: 'required element Afzender is missing' },
      { path: `${PRESTATIE}/jw323:Eenheid`, message: 'required element Eenheid is missing' },
    ]);
  });

  it('BuildError: an empty array where at least one is required, a single value where an array is required', () => {
    expect(problems((b) => { b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie = []; })).toEqual([
      { path: '/jw323:Bericht/jw323:Declaratie/jw323:Clienten/jw323:Client[1]/jw323:Prestaties/jw323:Prestatie', message: expect.stringMatching(/at least one/) },
    ]);
    expect(problems((b) => { (b.Declaratie.Clienten as { Client: unknown }).Client = b.Declaratie.Clienten.Client[0]; })[0]!.message).toMatch(/must be an array/);
  });

  it('BuildError: unknown properties', () => {
    const e = problems((b) => { (b.Header as unknown as Record<string, unknown>).Afzendr = '12345678'; });
    expect(e).toEqual([{ path: '/jw323:Bericht/jw323:Header/Afzendr', message: expect.stringMatching(/unknown property 'Afzendr'/) }]);
  });

  it('BuildError: wrong JS types, out-of-range numbers, codes outside the list, characters XML cannot carry', () => {
    const p = (f: (pr: JW323Bericht['Declaratie']['Clienten']['Client'][number]['Prestaties']['Prestatie'][number]) => void) =>
      problems((b) => f(b.Declaratie.Clienten.Client[0]!.Prestaties.Prestatie[0]!))[0]!.message;
    expect(p((pr) => { (pr as { GeleverdVolume: unknown }).GeleverdVolume = '4'; })).toMatch(/must be an integer number/);
    expect(p((pr) => { pr.GeleverdVolume = 4.5; })).toMatch(/must be an integer number/);
    expect(p((pr) => { pr.GeleverdVolume = 100_000_000; })).toMatch(/greater than the maximum 99999999/);
    expect(p((pr) => { pr.GeleverdVolume = -1; })).toMatch(/less than the minimum 0/);
    expect(p((pr) => { (pr as { Eenheid: string }).Eenheid = '4'; })).toMatch(/not a code of LDT_Eenheid/);
    expect(p((pr) => { pr.ProductCode = 'a\u0001'; })).toMatch(/U\+0001 cannot be represented/);
    expect(p((pr) => { pr.ProductCode = '\ud800'; })).toMatch(/cannot be represented/);
    expect(p((pr) => { (pr as { ProductPeriode: unknown }).ProductPeriode = null; })).toMatch(/expected an object/);
    expect(problems((b) => { (b.Header as { BerichtCode: string }).BerichtCode = '491'; })[0]!.message).toMatch(/pattern '490'/);
  });

  it('lists every problem, not only the first', () => {
    const e = problems((b) => {
      b.Header.BerichtIdentificatie.Dagtekening = '2026-02-30';
      b.Declaratie.DeclaratieNummer = 'DN-1';
      (b.Declaratie as unknown as Record<string, unknown>).Extra = 1;
    });
    expect(e.map((x) => x.path)).toEqual([
      '/jw323:Bericht/jw323:Header/jw323:BerichtIdentificatie/ijw:Dagtekening',
      '/jw323:Bericht/jw323:Declaratie/Extra',
      '/jw323:Bericht/jw323:Declaratie/jw323:DeclaratieNummer',
    ]);
  });

  it('never emits a message it cannot parse back (random objects)', () => {
    fc.assert(fc.property(berichtArb('JW315'), (b) => {
      const r = parseMessage(buildMessage('JW315', b));
      expect(r.ok).toBe(true);
    }), { numRuns: 25 });
  });
});
