import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  RegioLoadError,
  formatFout,
  gemeenteDoetMee,
  isGecontracteerd,
  loadRegio,
  loadRegios,
  productOf,
  productVoorGemeente,
  regelsVoor,
  tariefOf,
} from '../../src/ledger/regio/load.js';
import type { Regio, RegioFout } from '../../src/ledger/regio/types.js';
import { REPO_ROOT, SHARED_DIR, describeShared } from '../support/shared.js';

const REGIONS = join(REPO_ROOT, 'regions');
const FLEVOLAND = join(REGIONS, 'flevoland.json');
const DATE = '2027-03-01';

const tmp = mkdtempSync(join(tmpdir(), 'regio-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Errors thrown by `fn`, or a test failure if it does not throw a RegioLoadError. */
function errorsOf(fn: () => unknown): RegioFout[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof RegioLoadError) return e.errors;
    throw e;
  }
  throw new Error('expected a RegioLoadError');
}

describe('regions/flevoland.json', () => {
  const regio = loadRegio(FLEVOLAND);

  it('loads without errors, also through loadRegios', () => {
    expect(regio.id).toBe('flevoland');
    expect(loadRegios(REGIONS).map((r) => r.id)).toContain('flevoland');
  });

  it('has the five municipalities with their CBS codes (and not Zeewolde)', () => {
    expect(Object.fromEntries(regio.gemeenten.map((g) => [g.naam, g.cbs]))).toEqual({
      Almere: '0034',
      Dronten: '0303',
      Lelystad: '0995',
      Noordoostpolder: '0171',
      Urk: '0184',
    });
  });

  // Seed L31-33, L691-692, L1093, L1475.
  it.each([
    ['0034', 'Almere', false, true, true],
    ['0303', 'Dronten', false, true, true],
    ['0171', 'Noordoostpolder', true, true, true],
    ['0184', 'Urk', true, true, true],
    ['0995', 'Lelystad', false, false, true],
  ])('%s %s: Basis Begeleiding %s, Multi %s, Gezinsbehandeling intensief %s', (cbs, _naam, bb, multi, gi) => {
    expect(gemeenteDoetMee(regio, cbs, 'basis-begeleiding', DATE)).toBe(bb);
    expect(gemeenteDoetMee(regio, cbs, 'multi', DATE)).toBe(multi);
    expect(gemeenteDoetMee(regio, cbs, 'gezinsbehandeling-intensief', DATE)).toBe(gi);
  });

  it('a municipality outside the region takes part in nothing', () => {
    expect(gemeenteDoetMee(regio, '0050', 'multi', DATE)).toBe(false); // Zeewolde
  });

  it('has exactly the 13 product codes of the seed', () => {
    expect(regio.producten.map((p) => p.code).sort()).toEqual(
      ['45F01', '45F02', '45F11', '45F21', '45F22', '45F23', '45F24', '45F31', '45F32', '45F33', '45F34', '45F35', '45F36'],
    );
  });

  it('45F01: Basis Begeleiding - Individueel, minutes (hours allowed in a toewijzing), total within the toewijzing', () => {
    const p = productOf(regio, '45', '45F01', DATE);
    expect(p).toBeDefined();
    expect(p!.naam).toBe('Basis Begeleiding - Individueel');
    expect(p!.contract).toBe('basis-begeleiding');
    expect(p!.uitvoeringsvariant).toBe('inspanningsgericht');
    expect(p!.eenheid).toBe('01');
    expect(p!.toewijzingEenheden).toEqual(['01', '04']);
    expect(p!.frequenties).toEqual(['6']);
  });

  it('productcategorie is not stated in the seed: onbekend with candidate 45', () => {
    const p = productOf(regio, '45', '45F11', DATE)!;
    expect(p.categorie).toMatchObject({ kandidaten: ['45'] });
    expect(productOf(regio, '46', '45F11', DATE)).toBeUndefined();
  });

  it('the dummies leave the stuks code open (82 or 84) and have no tariff', () => {
    for (const code of ['45F24', '45F35', '45F36']) {
      const p = productOf(regio, '45', code, DATE)!;
      expect(p.eenheid).toMatchObject({ kandidaten: ['82', '84'] });
      const t = tariefOf(regio, p, DATE);
      expect(t.kind).toBe('geen');
    }
  });

  it('tariff lookup reports onbekend with a reason where the seed gives no tariff', () => {
    for (const p of regio.producten.filter((x) => typeof x.eenheid === 'string')) {
      const t = tariefOf(regio, p, DATE);
      expect(t.kind, p.code).toBe('onbekend');
      if (t.kind === 'onbekend') {
        expect(t.reason).toMatch(/no tariff amounts/);
        expect(t.reason).toMatch(/L1750-1751/);
      }
    }
  });

  it('provider contracting is unknown (no AGB codes in the seed)', () => {
    expect(isGecontracteerd(regio, '12345678', '45F01', DATE)).toBe('onbekend');
  });

  it('45F34 is for Lelystad too; 45F36 is onbekend for Lelystad because its perceel is not explicit', () => {
    const f34 = productOf(regio, '45', '45F34', DATE)!;
    const f36 = productOf(regio, '45', '45F36', DATE)!;
    const f11 = productOf(regio, '45', '45F11', DATE)!;
    expect(productVoorGemeente(regio, '0995', f34, DATE)).toBe(true);
    expect(productVoorGemeente(regio, '0995', f11, DATE)).toBe(false);
    expect(productVoorGemeente(regio, '0995', f36, DATE)).toBe('onbekend');
    expect(productVoorGemeente(regio, '0034', f36, DATE)).toBe(true);
    expect(productVoorGemeente(regio, '0171', productOf(regio, '45', '45F01', DATE)!, DATE)).toBe(true);
  });

  it('carries the seed rules: age, caps, combinations, referrers', () => {
    const byId = new Map(regio.regels.map((r) => [r.id, r]));
    expect(byId.get('FLV-308-MULTI')).toMatchObject({ soort: 'leeftijd', tot: 18 });
    expect(byId.get('FLV-301-DUUR')).toMatchObject({ soort: 'maximum', grootheid: 'duur', maximum: 12, eenheid: 'maanden', richtlijn: false });
    expect(byId.get('FLV-302')).toMatchObject({ soort: 'maximum', grootheid: 'volume', maximum: 192, eenheid: '04', richtlijn: true });
    expect(byId.get('FLV-501')).toMatchObject({ soort: 'combinatie', relatie: 'niet-toegestaan', producten: ['45F32'] });
    expect(byId.get('FLV-101')).toMatchObject({ soort: 'verwijzer', toegestaan: ['02', '03', '05'] });
    expect(byId.get('FLV-104')).toMatchObject({ soort: 'verwijzer', toegestaan: ['06'] });
    expect(regelsVoor(regio, '45F32', DATE, 'combinatie').map((r) => r.id)).toContain('FLV-501');
    expect(regelsVoor(regio, '45F01', DATE, 'combinatie').map((r) => r.id)).not.toContain('FLV-501');
  });

  it('every product, gemeente and rule cites the Handelingskader within its 1787 lines', () => {
    const refs = [...regio.producten, ...regio.gemeenten, ...regio.regels].flatMap((x) => x.bron);
    const lines = refs
      .filter((b) => b.document === 'handelingskader')
      .flatMap((b) => b.plaats.split(/, ?/).flatMap((part) => part.slice(1).split('-').map(Number)));
    expect(lines.length).toBeGreaterThan(100);
    for (const n of lines) expect(n >= 1 && n <= 1787, `line ${n}`).toBe(true);
  });
});

describeShared('regions/flevoland.json against its sources in ../shared', () => {
  const regio = loadRegio(FLEVOLAND);
  const lines = (bron: string): string[] => {
    const doc = regio.bronnen.find((b) => b.id === bron)!;
    return readFileSync(join(SHARED_DIR, doc.bestand.replace(/^shared\//, '')), 'utf8').split('\n');
  };
  const at = (text: string[], plaats: string): string =>
    plaats
      .split(/, ?/)
      .map((part) => {
        const [from, to = from] = part.slice(1).split('-').map(Number);
        return text.slice(from! - 1, to!).join('\n');
      })
      .join('\n');

  it('each CBS code is on the cited line of the CBS list, with its name', () => {
    const cbs = lines('cbs');
    for (const g of regio.gemeenten) {
      const ref = g.bron.find((b) => b.document === 'cbs')!;
      expect(at(cbs, ref.plaats)).toContain(`| ${g.cbs} | ${g.naam} |`);
    }
  });

  it('each product code is in the product table at its first cited lines', () => {
    const hk = lines('handelingskader');
    for (const p of regio.producten) {
      expect(at(hk, p.bron[0]!.plaats), p.code).toContain(p.code);
    }
  });

  it("every literal quote followed by its line reference, 'like this' (L12), is on those lines", () => {
    const hk = lines('handelingskader');
    const norm = (s: string): string => s.replace(/\s+/g, ' ').toLowerCase();
    const texts: string[] = [];
    const walk = (x: unknown): void => {
      if (typeof x === 'string') texts.push(x);
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') Object.values(x).forEach(walk);
    };
    walk(regio);
    let checked = 0;
    for (const t of texts) {
      for (const m of t.matchAll(/'([^']{12,}?)'[^(']{0,40}\((L[0-9][0-9L, -]*)\)/g)) {
        const quote = m[1]!;
        if (quote.includes('...') || quote.includes('[')) continue; // abridged quotes
        const plaats = m[2]!.trim().replace(/,$/, '');
        expect(norm(at(hk, plaats)), `${quote} (${plaats})`).toContain(norm(quote));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

// ---------------------------------------------------------------------------------------------
// Synthetic region for the loader's own checks (test data, not a real contract).

const B = [{ document: 'contract', plaats: 'L1' }];
function validRegio(): Record<string, any> {
  return {
    formaat: 1,
    id: 'testregio',
    naam: 'Testregio',
    versie: '1',
    geldigheid: { van: '2027-01-01' },
    bronnen: [{ id: 'contract', titel: 'Testcontract', bestand: 'contract.txt' }],
    gemeenten: [
      {
        cbs: '0034',
        naam: 'Almere',
        bron: B,
        deelname: [{ contract: 'c1', doetMee: true, geldigheid: { van: '2027-01-01', tot: '2027-12-31' }, bron: B }],
      },
    ],
    contracten: [{ id: 'c1', naam: 'Contract 1', geldigheid: { van: '2027-01-01' }, bron: B }],
    producten: [
      {
        categorie: '45',
        code: '45A01',
        naam: 'Begeleiding individueel',
        contract: 'c1',
        uitvoeringsvariant: 'inspanningsgericht',
        eenheid: '01',
        toewijzingEenheden: ['01', '04'],
        frequenties: ['2', '6'],
        geldigheid: { van: '2027-01-01' },
        tarieven: [
          { geldigheid: { van: '2027-01-01', tot: '2027-12-31' }, eurocent: 7350, eenheid: '04', bron: B },
          { geldigheid: { van: '2028-01-01' }, eurocent: 125, bron: B },
        ],
        bron: B,
      },
      {
        categorie: '45',
        code: '45A02',
        naam: 'Begeleiding gezin (extra cliënt)',
        contract: 'c1',
        uitvoeringsvariant: 'inspanningsgericht',
        eenheid: '84',
        frequenties: ['6'],
        geldigheid: { van: '2027-01-01' },
        tarieven: { geenTarief: 'dummy, not declarable' },
        bron: B,
      },
    ],
    aanbieders: [
      { agb: '12345678', producten: [{ product: '45A01', geldigheid: { van: '2027-01-01', tot: '2027-06-30' } }], bron: B },
    ],
    regels: [
      {
        id: 'R1',
        soort: 'leeftijd',
        omschrijving: 'tot 18',
        producten: ['45A01'],
        tot: 18,
        peilmoment: 'ingangsdatum',
        uitzonderingen: [],
        controle: 'machine',
        ernst: 'afwijzen',
        bron: B,
      },
      {
        id: 'R2',
        soort: 'combinatie',
        omschrijving: 'dummy needs the main product in the family',
        producten: ['45A02'],
        relatie: 'vereist',
        met: [{ product: '45A01' }],
        binnen: 'gezin',
        controle: 'handmatig',
        ernst: 'waarschuwen',
        bron: B,
      },
    ],
  };
}

function writeRegio(name: string, content: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

describe('lookups on a region with known tariffs, contracts and dates', () => {
  const regio: Regio = loadRegio(writeRegio('testregio.json', validRegio()));

  it('tariff per period, inclusive boundaries; hourly → per minute is /60 rounded (IV081)', () => {
    const p = productOf(regio, '45', '45A01', '2027-12-31')!;
    expect(tariefOf(regio, p, '2027-01-01')).toMatchObject({ kind: 'bekend', eurocent: 7350, eenheid: '04' });
    expect(tariefOf(regio, p, '2027-12-31', '01')).toMatchObject({ kind: 'bekend', eurocent: 123, eenheid: '01' }); // 122.5 → 123
    expect(tariefOf(regio, p, '2028-01-01')).toMatchObject({ kind: 'bekend', eurocent: 125, eenheid: '01' });
    expect(tariefOf(regio, p, '2028-01-01', '04')).toMatchObject({ kind: 'onbekend' });
    const before = tariefOf(regio, p, '2026-12-31');
    expect(before.kind).toBe('onbekend');
    if (before.kind === 'onbekend') expect(before.reason).toMatch(/no tariff for 45A01 on 2026-12-31/);
    expect(tariefOf(regio, '45A02', '2027-05-01')).toEqual({ kind: 'geen', reason: 'dummy, not declarable' });
    expect(tariefOf(regio, '99X99', '2027-05-01').kind).toBe('onbekend');
  });

  it('participation and contracting by date', () => {
    expect(gemeenteDoetMee(regio, '0034', 'c1', '2027-12-31')).toBe(true);
    expect(gemeenteDoetMee(regio, '0034', 'c1', '2028-01-01')).toBe(false);
    expect(gemeenteDoetMee(regio, '0034', 'c2', '2027-06-01')).toBe(false);
    expect(isGecontracteerd(regio, '12345678', '45A01', '2027-06-30')).toBe(true);
    expect(isGecontracteerd(regio, '12345678', '45A01', '2027-07-01')).toBe(false);
    expect(isGecontracteerd(regio, '12345678', '45A02', '2027-03-01')).toBe(false);
    expect(isGecontracteerd(regio, '87654321', '45A01', '2027-03-01')).toBe(false);
  });

  it('productOf respects product validity and categorie', () => {
    expect(productOf(regio, '45', '45A01', '2026-12-31')).toBeUndefined();
    expect(productOf(regio, '43', '45A01', '2027-01-01')).toBeUndefined();
  });
});

type Mutation = (r: Record<string, any>) => void;

describe('invalid region files: each error names file, JSON path and cause', () => {
  const cases: [string, Mutation, string, RegExp][] = [
    ['bad eenheid code', (r) => { r.producten[0].eenheid = '99'; }, '$.producten[0].eenheid', /^'99' is not a WJ756 Eenheid code$/],
    ['bad frequentie code', (r) => { r.producten[0].frequenties = ['6', '3']; }, '$.producten[0].frequenties[1]', /'3' is not a WMO757 Frequentie code/],
    ['bad categorie code', (r) => { r.producten[0].categorie = '99'; }, '$.producten[0].categorie', /'99' is not a JZ020 Productcategorie code/],
    ['bad verwijzer code', (r) => { r.regels.push({ id: 'R3', soort: 'verwijzer', omschrijving: 'x', verwijzerVan: 'verzoek', toegestaan: ['07'], uitzonderingen: [], controle: 'machine', ernst: 'afwijzen', bron: B }); }, '$.regels[2].toegestaan[0]', /'07' is not a COD327 Verwijzer code/],
    ['overlapping tariff periods', (r) => { r.producten[0].tarieven[1].geldigheid.van = '2027-12-31'; }, '$.producten[0].tarieven[1].geldigheid', /overlaps \$\.producten\[0\]\.tarieven\[0\]\.geldigheid/],
    ['overlapping participation periods', (r) => { r.gemeenten[0].deelname.push({ contract: 'c1', doetMee: false, geldigheid: { van: '2027-06-01' }, bron: B }); }, '$.gemeenten[0].deelname[1].geldigheid', /overlaps/],
    ['unknown product in aanbieders', (r) => { r.aanbieders[0].producten[0].product = '45Z99'; }, '$.aanbieders[0].producten[0].product', /'45Z99' is not a product of this region/],
    ['unknown product in a rule scope', (r) => { r.regels[0].producten = ['45Z99']; }, '$.regels[0].producten[0]', /'45Z99' is not a product of this region/],
    ['unknown product in a combination', (r) => { r.regels[1].met = [{ product: '45Z98' }]; }, '$.regels[1].met[0].product', /'45Z98' is not a product of this region/],
    ['unknown contract', (r) => { r.producten[0].contract = 'c9'; }, '$.producten[0].contract', /'c9' is not a contract id/],
    ['unknown bron document', (r) => { r.producten[0].bron = [{ document: 'elders', plaats: 'L3' }]; }, '$.producten[0].bron[0].document', /'elders' is not a bron id/],
    ['unknown rule kind', (r) => { r.regels[0].soort = 'stapeling'; }, '$.regels[0].soort', /unknown rule kind 'stapeling' \(known kinds: leeftijd, maximum, combinatie, verwijzer, termijn, bijzonder\)/],
    ['3-digit CBS code', (r) => { r.gemeenten[0].cbs = '034'; }, '$.gemeenten[0].cbs', /'034' is not a CBS gemeentecode \(4 digits\)/],
    ['7-digit AGB code', (r) => { r.aanbieders[0].agb = '1234567'; }, '$.aanbieders[0].agb', /'1234567' is not an AGB code \(8 digits\)/],
    ['missing field', (r) => { delete r.producten[0].naam; }, '$.producten[0].naam', /^is required$/],
    ['missing rule field', (r) => { delete r.regels[0].bron; }, '$.regels[0].bron', /^is required$/],
    ['wrong type', (r) => { r.producten[0].tarieven[0].eurocent = '7350'; }, '$.producten[0].tarieven[0].eurocent', /must be an integer, got '7350'/],
    ['wrong type for a list', (r) => { r.producten[0].frequenties = '6'; }, '$.producten[0].frequenties', /must be an array, got a string/],
    ['impossible date', (r) => { r.contracten[0].geldigheid.van = '2027-02-30'; }, '$.contracten[0].geldigheid.van', /'2027-02-30' is not a valid ISO date/],
    ['period ending before it starts', (r) => { r.contracten[0].geldigheid = { van: '2027-06-01', tot: '2027-05-31' }; }, '$.contracten[0].geldigheid.tot', /is before van '2027-06-01'/],
    ['duplicate product code', (r) => { r.producten[1].code = '45A01'; }, '$.producten[1].code', /duplicate product code '45A01'/],
    ['unknown field (typo)', (r) => { r.producten[0].eenheden = ['01']; }, '$.producten[0].eenheden', /unknown field/],
    ['unknown without a reason', (r) => { r.producten[0].tarieven = { onbekend: '' }; }, '$.producten[0].tarieven.onbekend', /must not be empty/],
    ['tariff on a Euro product (CD087)', (r) => { r.producten[0].eenheid = '83'; r.producten[0].toewijzingEenheden = ['83']; r.producten[0].uitvoeringsvariant = 'outputgericht'; }, '$.producten[0].tarieven', /CD087/],
    ['eenheid that does not fit the variant', (r) => { r.producten[1].eenheid = '82'; }, '$.producten[1].eenheid', /does not fit uitvoeringsvariant 'inspanningsgericht'/],
    ['frequentie per dag with stuks (CS338)', (r) => { r.producten[1].frequenties = ['1']; }, '$.producten[1].frequenties[0]', /CS338/],
    ['voorwaardelijk without voorwaarde', (r) => { r.regels[1].relatie = 'voorwaardelijk'; }, '$.regels[1].voorwaarde', /is required when relatie is 'voorwaardelijk'/],
    ['age limits reversed', (r) => { r.regels[0].vanaf = 18; }, '$.regels[0].tot', /must be greater than vanaf 18/],
    ['bad line reference', (r) => { r.producten[0].bron = [{ document: 'contract', plaats: 'L20-10' }]; }, '$.producten[0].bron[0].plaats', /runs backwards/],
    ['format version', (r) => { r.formaat = 2; }, '$.formaat', /unsupported format version 2/],
  ];

  it.each(cases)('%s', (name, mutate, path, message) => {
    const r = validRegio();
    mutate(r);
    const file = writeRegio('testregio.json', r);
    const errors = errorsOf(() => loadRegio(file));
    const hit = errors.find((e) => e.path === path && message.test(e.message));
    expect(hit, `${name}: got\n${errors.map(formatFout).join('\n')}`).toBeDefined();
    expect(hit!.file).toBe(file);
    expect(formatFout(hit!)).toBe(`${file}: ${path}: ${hit!.message}`);
  });

  it('the formatted error reads like the issue asks', () => {
    const r = validRegio();
    r.producten[1].eenheid = '99';
    const file = writeRegio('testregio.json', r);
    const e = errorsOf(() => loadRegio(file));
    expect(e.map(formatFout)).toContain(`${file}: $.producten[1].eenheid: '99' is not a WJ756 Eenheid code`);
  });

  it('collects all errors of a file, not just the first', () => {
    const r = validRegio();
    r.gemeenten[0].cbs = '34';
    r.producten[0].eenheid = '99';
    r.producten[1].tarieven = 12;
    delete r.contracten[0].naam;
    r.aanbieders[0].producten[0].product = '45Z99';
    r.regels[0].soort = 'bonus';
    r.regels[1].met = [{ product: '45Z98' }];
    const file = writeRegio('testregio.json', r);
    const paths = errorsOf(() => loadRegio(file)).map((e) => e.path);
    // Exactly these: no follow-on errors for references to the broken items, and the indices
    // after a dropped item (regels[0]) still point into the file.
    expect(paths.sort()).toEqual(
      [
        '$.aanbieders[0].producten[0].product',
        '$.contracten[0].naam',
        '$.gemeenten[0].cbs',
        '$.producten[0].eenheid',
        '$.producten[1].tarieven',
        '$.regels[0].soort',
        '$.regels[1].met[0].product',
      ].sort(),
    );
  });

  it('the message of a RegioLoadError lists every error', () => {
    const r = validRegio();
    r.gemeenten[0].cbs = '34';
    r.producten[0].eenheid = '99';
    const file = writeRegio('testregio.json', r);
    expect(() => loadRegio(file)).toThrow(/2 errors in region files:\n.*\$\.gemeenten\[0\]\.cbs.*\n.*\$\.producten\[0\]\.eenheid/);
  });

  it('file-level problems: invalid JSON, id not matching the file name, missing file', () => {
    const bad = writeRegio('kapot.json', '{"formaat": 1,');
    expect(errorsOf(() => loadRegio(bad))[0]).toMatchObject({ file: bad, path: '$', message: expect.stringMatching(/^invalid JSON/) });
    const other = writeRegio('andere-naam.json', validRegio());
    expect(errorsOf(() => loadRegio(other))).toContainEqual({
      file: other,
      path: '$.id',
      message: "'testregio' does not match the file name 'andere-naam.json'",
    });
    expect(errorsOf(() => loadRegio(join(tmp, 'bestaat-niet.json')))[0]!.message).toMatch(/^cannot read file/);
  });

  it('loadRegios collects the errors of every file in the directory, including YAML files it cannot read', () => {
    const dir = mkdtempSync(join(tmp, 'dir-'));
    const a = validRegio();
    a.id = 'a';
    a.gemeenten[0].cbs = '12345';
    writeFileSync(join(dir, 'a.json'), JSON.stringify(a));
    const b = validRegio();
    b.id = 'b';
    b.regels[0].soort = 'onbekende-soort';
    writeFileSync(join(dir, 'b.json'), JSON.stringify(b));
    writeFileSync(join(dir, 'c.yaml'), 'id: c\n');
    writeFileSync(join(dir, 'README.md'), 'not a region');
    const errors = errorsOf(() => loadRegios(dir));
    expect(errors.map((e) => [e.file, e.path])).toEqual([
      [join(dir, 'a.json'), '$.gemeenten[0].cbs'],
      [join(dir, 'b.json'), '$.regels[0].soort'],
      [join(dir, 'c.yaml'), '$'],
    ]);
  });
});
