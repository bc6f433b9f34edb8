/**
 * A new toewijzing on the municipality's own initiative: ledger rows, a new ToewijzingNummer, and a
 * JW301 with the client's full current set at that provider in the outbox; refused with the rule or
 * field when the provider would reject the JW301. Both database modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Berichten } from '../../src/message/types.generated.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { amsterdamDate } from '../../src/process/terms/index.js';
import { AGB, BSN, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { DB_MODES } from '../support/db.js';
import { testBsns } from '../support/jw323-large.js';
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

  it('undoes a JW301 the provider rejects (OP286) and lists it; lists a JW301 whose retour is overdue (OP090)', async () => {
    const r = await issue({ aanbieder: AGB, client: clientGegevens(BSN.C), product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2026-12-01', einddatum: '2027-01-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } });
    expect(r.statusCode, r.body).toBe(201);
    const { toewijzingNummer, bericht } = r.json();
    const [heen] = await p.db.sql<{ raw: Buffer }[]>`select raw from bericht where id = ${bericht.id}`;
    const parsed = parseMessage(heen!.raw.toString('utf8'));
    if (!parsed.ok) throw new Error('JW301 unreadable');
    const h = (parsed.bericht as Berichten['JW301']).Header;
    const jw302 = fixture('JW302');
    Object.assign(jw302.Header, { Afzender: h.Afzender, Ontvanger: h.Ontvanger, BerichtIdentificatie: h.BerichtIdentificatie, XsdVersie: h.XsdVersie, RetourCodes: { RetourCode: ['9332'] } });
    const posted = await p.app.inject({ method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${aanbiederKey}` }, payload: buildMessage('JW302', jw302) });
    expect(posted.statusCode, posted.body).toBe(202);
    await p.settle();
    const [versie] = await p.db.sql`select v.status from toewijzing_versie v join toewijzing t on t.id = v.toewijzing_id where t.toewijzingnummer = ${toewijzingNummer}`;
    expect(versie!.status).toBe('afgekeurd');
    const list = async () => (await p.app.inject({ method: 'GET', url: '/werklijst', headers: { authorization: `Bearer ${gemeenteKey}` } })).json().items;
    expect(await list()).toContainEqual(expect.objectContaining({
      soort: 'afgekeurd',
      bericht: expect.objectContaining({ id: bericht.id, berichtcode: 'JW301', aanbieder: AGB }),
      retour: expect.objectContaining({ retourcodes: ['9332'] }),
    }));
    // Not sent: a next JW301 for this client no longer carries it.
    const again = await issue({ aanbieder: AGB, bsn: BSN.C, product: { Categorie: '55', Code: '55A12' }, ingangsdatum: '2026-12-01', einddatum: '2027-01-31', omvang: { Volume: 1, Eenheid: '16', Frequentie: '2' } });
    expect(again.statusCode, again.body).toBe(201);
    const [next] = await p.db.sql<{ raw: Buffer }[]>`select raw from bericht where id = ${again.json().bericht.id}`;
    const nextParsed = parseMessage(next!.raw.toString('utf8'));
    expect(nextParsed.ok && (nextParsed.bericht as Berichten['JW301']).Client.ToegewezenProducten.ToegewezenProduct.map((t) => t.ToewijzingNummer)).toEqual([again.json().toewijzingNummer]);

    // The second JW301 was delivered (acknowledged) 10 days ago and no JW302 came: overdue.
    const [o] = await p.db.sql<{ id: number }[]>`select id from outbox where bericht_id = ${again.json().bericht.id}`;
    await p.app.inject({ method: 'POST', url: `/berichten/uitgaand/${o!.id}/ontvangen`, headers: { authorization: `Bearer ${aanbiederKey}` } });
    expect((await list()).some((i: { soort: string }) => i.soort === 'retour-ontbreekt')).toBe(false);
    await p.db.sql`update bericht set processed_at = now() - interval '10 days' where id = ${again.json().bericht.id}`;
    expect(await list()).toContainEqual(expect.objectContaining({ soort: 'retour-ontbreekt', bericht: expect.objectContaining({ id: again.json().bericht.id }) }));
    expect((await p.app.inject({ method: 'GET', url: '/werklijst', headers: { authorization: `Bearer ${aanbiederKey}` } })).statusCode).toBe(403);
  });

  describe('PATCH /toewijzingen/:nummer', () => {
    const change = (nummer: number, body: object, key = gemeenteKey) =>
      p.app.inject({ method: 'PATCH', url: `/toewijzingen/${nummer}`, headers: { authorization: `Bearer ${key}` }, payload: body });
    const jw301Of = async (berichtId: number) => {
      const [row] = await p.db.sql<{ raw: Buffer }[]>`select raw from bericht where id = ${berichtId}`;
      const parsed = parseMessage(row!.raw.toString('utf8'), { expect: 'JW301' });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return (parsed.bericht as Berichten['JW301']).Client.ToegewezenProducten.ToegewezenProduct;
    };

    it('shortens under the same number with a RedenWijziging and a new Toewijzingsdatum; a later JW301 re-sends it without one (IV099)', async () => {
      // A fresh client, so no earlier toewijzing gets in the way.
      const gen = testBsns();
      let bsn = '';
      for (let i = 0; i < 8; i++) bsn = gen.next().value as string;
      const made = await issue({ aanbieder: AGB, client: clientGegevens(bsn), product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2026-12-01', einddatum: '2027-05-31', omvang: { Volume: 20, Eenheid: '04', Frequentie: '6' } });
      expect(made.statusCode, made.body).toBe(201);
      const nummer = made.json().toewijzingNummer as number;

      const refused = await change(nummer, { redenWijziging: '05', einddatum: '2027-03-31' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error).toContain('OP033x1');

      const shortened = await change(nummer, { redenWijziging: '05', einddatum: '2027-03-31', instemmingAanbieder: true });
      expect(shortened.statusCode, shortened.body).toBe(200);
      const [t] = await jw301Of(shortened.json().bericht.id);
      expect(t).toMatchObject({ ToewijzingNummer: nummer, Einddatum: '2027-03-31', RedenWijziging: '05', Ingangsdatum: '2026-12-01' });

      // A total volume (Frequentie 6) may change under the same number; raising needs no agreement.
      const raised = await change(nummer, { redenWijziging: '14', omvang: { Volume: 30, Eenheid: '04', Frequentie: '6' } });
      expect(raised.statusCode, raised.body).toBe(200);
      expect((await jw301Of(raised.json().bericht.id))[0]).toMatchObject({ Omvang: { Volume: 30 }, RedenWijziging: '14', Einddatum: '2027-03-31' });

      // Another toewijzing for the client: this one is re-sent unchanged, so without RedenWijziging.
      const other = await issue({ aanbieder: AGB, bsn, product: { Categorie: '55', Code: '55A12' }, ingangsdatum: '2026-12-01', einddatum: '2027-01-31', omvang: { Volume: 1, Eenheid: '16', Frequentie: '2' } });
      expect(other.statusCode, other.body).toBe(201);
      const resent = (await jw301Of(other.json().bericht.id)).find((x) => x.ToewijzingNummer === nummer)!;
      expect(resent.RedenWijziging).toBeUndefined();
      expect(resent.Omvang?.Volume).toBe(30);
    });

    it('refuses what needs a new toewijzing, and unknown numbers', async () => {
      const made = await issue({ aanbieder: AGB, bsn: BSN.A, product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2028-01-01', einddatum: '2028-03-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } });
      expect(made.statusCode, made.body).toBe(201);
      const nummer = made.json().toewijzingNummer as number;
      const volume = await change(nummer, { redenWijziging: '05', omvang: { Volume: 1, Eenheid: '04', Frequentie: '2' } });
      expect(volume.statusCode).toBe(422);
      expect(volume.json().error).toContain('OP257');
      expect((await change(nummer, { redenWijziging: '14' })).json().error).toContain('nothing changes');
      expect((await change(987654321, { redenWijziging: '05', einddatum: '2028-02-01' })).statusCode).toBe(404);
      expect((await change(nummer, { redenWijziging: '05', einddatum: '2028-02-01', instemmingAanbieder: true }, aanbiederKey)).statusCode).toBe(403);
    });
    describe('deletion (RedenWijziging 13, Einddatum = Ingangsdatum)', () => {
      /** A JW323 from the provider for `month` (2026) with one prestatie of 4 hours on `nummer`; a credit when `credits` names the debit. */
      async function declareer(id: string, month: string, bsn: string, nummer: number, ref: string, credits?: string) {
        const b = fixture('JW323');
        const [y, m] = month.split('-').map(Number) as [number, number];
        const end = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
        const sent = `${y}-${String(m + 1).padStart(2, '0')}-06`;
        b.Header.BerichtIdentificatie = { Identificatie: id, Dagtekening: sent };
        b.Declaratie.DeclaratieNummer = id.replace(/[^A-Za-z0-9]/g, '');
        b.Declaratie.DeclaratiePeriode = { Begindatum: `${month}-01`, Einddatum: end };
        b.Declaratie.DeclaratieDagtekening = sent;
        b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 5000, DebetCredit: credits ? 'C' : 'D' };
        b.Declaratie.Clienten.Client = [{
          Bsn: bsn,
          Prestaties: { Prestatie: [{
            ProductReferentie: { ReferentieNummer: ref, ...(credits ? { VorigReferentieNummer: credits } : {}) }, ToewijzingNummer: nummer,
            ProductCategorie: '55', ProductCode: '55A11', ProductPeriode: { Begindatum: '2026-09-01', Einddatum: '2026-09-30' },
            GeleverdVolume: 4, Eenheid: '04', ProductTarief: 1250, IngediendBedrag: { Bedrag: 5000, DebetCredit: credits ? 'C' : 'D' },
          }] },
        }];
        const r = await p.app.inject({ method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${aanbiederKey}` }, payload: buildMessage('JW323', b) });
        expect(r.statusCode, r.body).toBe(202);
        await p.settle();
        const [row] = await p.db.sql<{ verdict: string; retourcodes: string[] }[]>`select verdict, retourcodes from bericht where id = ${r.json().id}`;
        return row!;
      }

      it('is refused while the toewijzing has approved prestaties that were not credited (TR385); after the credit it is sent', async () => {
        const gen = testBsns();
        let bsn = '';
        for (let i = 0; i < 12; i++) bsn = gen.next().value as string;
        const made = await issue({ aanbieder: AGB, client: clientGegevens(bsn), product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2026-09-01', einddatum: '2026-12-31', omvang: { Volume: 10, Eenheid: '04', Frequentie: '4' } });
        expect(made.statusCode, made.body).toBe(201);
        const nummer = made.json().toewijzingNummer as number;

        expect(await declareer('DEL-SEP', '2026-09', bsn, nummer, 'DEL001')).toMatchObject({ verdict: 'ok' });
        const refused = await change(nummer, { redenWijziging: '13' });
        expect(refused.statusCode).toBe(409);
        expect(refused.json().error).toContain('TR385');
        expect(refused.json().error).toContain('1 approved prestatie');

        // The provider credits it; then the toewijzing can go.
        expect(await declareer('DEL-OKT', '2026-10', bsn, nummer, 'DEL002', 'DEL001')).toMatchObject({ verdict: 'ok' });
        const wrongEnd = await change(nummer, { redenWijziging: '13', einddatum: '2026-12-31' });
        expect(wrongEnd.statusCode).toBe(422);
        expect(wrongEnd.json().error).toContain('Ingangsdatum 2026-09-01');
        const deleted = await change(nummer, { redenWijziging: '13' });
        expect(deleted.statusCode, deleted.body).toBe(200);
        const sent = (await jw301Of(deleted.json().bericht.id)).find((x) => x.ToewijzingNummer === nummer);
        expect(sent).toMatchObject({ Ingangsdatum: '2026-09-01', Einddatum: '2026-09-01', RedenWijziging: '13' });

        // Deleted: nothing more to change, and declaring on it is refused (TR384).
        expect((await change(nummer, { redenWijziging: '13' })).statusCode).toBe(409);
        expect(await declareer('DEL-NOV', '2026-10', bsn, nummer, 'DEL003')).toMatchObject({ verdict: 'partial', retourcodes: ['9384'] });
      });

      it('deletes a toewijzing nothing was declared on', async () => {
        const made = await issue({ aanbieder: AGB, bsn: BSN.A, product: { Categorie: '55', Code: '55A12' }, ingangsdatum: '2029-01-01', einddatum: '2029-03-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' } });
        expect(made.statusCode, made.body).toBe(201);
        const nummer = made.json().toewijzingNummer as number;
        const deleted = await change(nummer, { redenWijziging: '13', einddatum: '2029-01-01', commentaar: null });
        expect(deleted.statusCode, deleted.body).toBe(200);
        expect((await jw301Of(deleted.json().bericht.id)).find((x) => x.ToewijzingNummer === nummer)).toMatchObject({ Einddatum: '2029-01-01', RedenWijziging: '13' });
        expect((await change(nummer, { redenWijziging: '13', budget: 100 })).statusCode).toBe(409);
      });
    });
  });

  it('asks for an extension instead of a new toewijzing that directly continues one (OP380)', async () => {
    const gen = testBsns();
    let bsn = '';
    for (let i = 0; i < 10; i++) bsn = gen.next().value as string;
    const omvang = { Volume: 2, Eenheid: '04', Frequentie: '2' };
    const first = await issue({ aanbieder: AGB, client: clientGegevens(bsn), product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2026-12-01', einddatum: '2027-01-31', omvang });
    expect(first.statusCode, first.body).toBe(201);
    const next = await issue({ aanbieder: AGB, bsn, product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2027-02-01', einddatum: '2027-04-30', omvang });
    expect(next.statusCode).toBe(422);
    expect(next.json().error).toContain(`extend toewijzing ${first.json().toewijzingNummer}`);
    expect(next.json().error).toContain('OP380');
    // Another volume is a new toewijzing.
    const other = await issue({ aanbieder: AGB, bsn, product: { Categorie: '55', Code: '55A11' }, ingangsdatum: '2027-02-01', einddatum: '2027-04-30', omvang: { ...omvang, Volume: 3 } });
    expect(other.statusCode, other.body).toBe(201);
  });

  it('checks the toewijzing against the region contract (Flevoland: Almere)', async () => {
    const almere = await p.key({ kind: 'gemeente', code: '0034' });
    const base = { aanbieder: AGB, client: clientGegevens(BSN.A), ingangsdatum: '2027-01-01', einddatum: '2027-06-30' };
    // Basis Begeleiding: Almere does not take part (Handelingskader, regions/flevoland.json).
    const basis = await issue({ ...base, product: { Categorie: '45', Code: '45F01' }, omvang: { Volume: 600, Eenheid: '01', Frequentie: '6' } }, almere);
    expect(basis.statusCode).toBe(422);
    expect(basis.json().weigeringen.join('\n')).toContain('does not take part');
    const frequentie = await issue({ ...base, product: { Categorie: '45', Code: '45F21' }, omvang: { Volume: 60, Eenheid: '01', Frequentie: '2' } }, almere);
    expect(frequentie.json().weigeringen.join('\n')).toContain('Frequentie 2 is not allowed for 45F21');
    const unknownProduct = await issue({ ...base, product: { Categorie: '45', Code: '45X99' }, omvang: { Volume: 600, Eenheid: '01', Frequentie: '6' } }, almere);
    expect(unknownProduct.json().weigeringen.join('\n')).toContain('not in the contract');
    // Multi: Almere takes part; which providers are contracted is not in the source: issued, and said so.
    const multi = await issue({ ...base, product: { Categorie: '45', Code: '45F21' }, omvang: { Volume: 600, Eenheid: '01', Frequentie: '6' } }, almere);
    expect(multi.statusCode, multi.body).toBe(201);
    expect(multi.json().contract.regio).toBe('flevoland');
    expect(multi.json().contract.onbekend.join('\n')).toContain('which providers are contracted for 45F21 is unknown');
  });

  it('is for a gemeente only, and needs the client data once', async () => {
    expect((await issue({ aanbieder: AGB, bsn: BSN.A, ingangsdatum: '2026-12-01' }, aanbiederKey)).statusCode).toBe(403);
    // A test BSN no other test uses (the sixth valid one; BSN.A-C are the first three).
    const gen = testBsns();
    let nieuw = '';
    for (let i = 0; i < 6; i++) nieuw = gen.next().value as string;
    const unknown = await issue({ aanbieder: AGB, bsn: nieuw, ingangsdatum: '2026-12-01' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error).toContain("send 'client'");
    const bad = await issue({ aanbieder: '123', bsn: BSN.A, ingangsdatum: '2026-12-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message ?? bad.json().error).toContain('aanbieder');
  });
});
