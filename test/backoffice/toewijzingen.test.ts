/**
 * A new toewijzing on the municipality's own initiative: ledger rows, a new ToewijzingNummer, and a
 * JW301 with the client's full current set at that provider in the outbox; refused with the rule or
 * field when the provider would reject the JW301. Both database modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Berichten } from '../../src/message/types.generated.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { amsterdamDate } from '../../src/process/terms/index.js';
import { AGB, BSN, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { DB_MODES } from '../support/db.js';
import { testPipeline, type TestPipeline } from '../support/pipeline.js';

function clientGegevens(bsn: string = BSN.A) {
  const { ToegewezenProducten: _, ...client } = fixture('JW301').Client;
  return { ...client, Bsn: bsn };
}

describe.each(DB_MODES)('POST /toewijzingen (%s database)', (mode) => {
  let p: TestPipeline;
  let gemeenteKey: string;
  let aanbiederKey: string;

  beforeAll(async () => {
    p = await testPipeline(mode);
    gemeenteKey = await p.key({ kind: 'gemeente', code: GEMEENTE });
    aanbiederKey = await p.key({ kind: 'agb', code: AGB });
  }, 60_000);
  afterAll(async () => p?.stop());

  const issue = (body: object, key = gemeenteKey) =>
    p.app.inject({ method: 'POST', url: '/toewijzingen', headers: { authorization: `Bearer ${key}` }, payload: body });

  /** The JW301s the provider can pull, parsed, oldest first. */
  async function pulled(): Promise<Berichten['JW301'][]> {
    const list = (await p.app.inject({ method: 'GET', url: '/berichten/uitgaand?na=0', headers: { authorization: `Bearer ${aanbiederKey}` } })).json();
    const out: Berichten['JW301'][] = [];
    for (const m of list.berichten.filter((x: { berichtcode: string }) => x.berichtcode === 'JW301')) {
      const xml = (await p.app.inject({ method: 'GET', url: m.href, headers: { authorization: `Bearer ${aanbiederKey}` } })).body;
      const parsed = parseMessage(xml, { expect: 'JW301' });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      out.push(parsed.bericht as Berichten['JW301']);
    }
    return out;
  }

  it('issues a toewijzing with a new number and sends the JW301', async () => {
    const r = await issue({
      aanbieder: AGB,
      client: clientGegevens(),
      product: { Categorie: '55', Code: '55A11' },
      ingangsdatum: '2026-12-01',
      einddatum: '2027-05-31',
      omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
    });
    expect(r.statusCode, r.body).toBe(201);
    const { toewijzingNummer, bericht } = r.json();
    expect(toewijzingNummer).toBeGreaterThan(0);
    expect(bericht.berichtcode).toBe('JW301');
    const [jw301] = await pulled();
    expect(jw301!.Header).toMatchObject({ Afzender: GEMEENTE, Ontvanger: AGB, BerichtIdentificatie: { Dagtekening: amsterdamDate(new Date()) } });
    const products = jw301!.Client.ToegewezenProducten.ToegewezenProduct;
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({
      ToewijzingNummer: toewijzingNummer,
      Product: { Categorie: '55', Code: '55A11' },
      Toewijzingsdatum: amsterdamDate(new Date()),
      Ingangsdatum: '2026-12-01',
      Einddatum: '2027-05-31',
      Omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
    });
    // Own initiative: no ReferentieAanbieder (IV097), a new toewijzing has no RedenWijziging (IV066).
    expect(products[0]!.ReferentieAanbieder).toBeUndefined();
    expect(products[0]!.RedenWijziging).toBeUndefined();
    expect(products[0]!.Toewijzingstijd).toMatch(/^\d{2}:\d{2}:\d{2}$/);
  });

  it("sends the client's full current set: a second toewijzing comes with the first", async () => {
    const r = await issue({ aanbieder: AGB, bsn: BSN.A, product: { Categorie: '55', Code: '55A12' }, ingangsdatum: '2026-12-01', einddatum: '2027-02-28', omvang: { Volume: 1, Eenheid: '16', Frequentie: '2' } });
    expect(r.statusCode, r.body).toBe(201);
    const all = await pulled();
    const latest = all[all.length - 1]!;
    expect(latest.Client.ToegewezenProducten.ToegewezenProduct.map((t) => t.Product?.Code).sort()).toEqual(['55A11', '55A12']);
    const numbers = latest.Client.ToegewezenProducten.ToegewezenProduct.map((t) => t.ToewijzingNummer);
    expect(new Set(numbers).size).toBe(2);
  });

  it('refuses stacking (TR302) and stores nothing', async () => {
    const before = (await p.db.sql`select count(*)::int as n from toewijzing`)[0]!.n;
    const r = await issue({ aanbieder: AGB, bsn: BSN.A, product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2027-01-01', einddatum: '2027-03-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } });
    expect(r.statusCode).toBe(422);
    expect(r.json().violations.map((v: { rule: string }) => v.rule)).toContain('TR302');
    expect((await p.db.sql`select count(*)::int as n from toewijzing`)[0]!.n).toBe(before);
  });

  it('names the field when the JW301 would not pass its XSD', async () => {
    const r = await issue({ aanbieder: AGB, client: { ...clientGegevens(BSN.B), Geslacht: '7' }, product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2026-12-01' });
    expect(r.statusCode).toBe(422);
    expect(JSON.stringify(r.json().problems)).toContain('Geslacht');
    // With a valid client, the in-message rules speak: a specific product needs an Omvang (CD041).
    const cd041 = await issue({ aanbieder: AGB, client: clientGegevens(BSN.B), product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2026-12-01' });
    expect(cd041.statusCode).toBe(422);
    expect(cd041.json().violations).toEqual([expect.objectContaining({ rule: 'CD041', path: expect.stringContaining('ToegewezenProduct[1]') })]);
  });

  it('is for a gemeente only, and needs the client data once', async () => {
    expect((await issue({ aanbieder: AGB, bsn: BSN.A, ingangsdatum: '2026-12-01' }, aanbiederKey)).statusCode).toBe(403);
    const unknown = await issue({ aanbieder: AGB, bsn: BSN.C, ingangsdatum: '2026-12-01' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toContain("send 'client'");
    const bad = await issue({ aanbieder: '123', bsn: BSN.A, ingangsdatum: '2026-12-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message ?? bad.json().error).toContain('aanbieder');
  });
});
