/**
 * Requests through the real pipeline: a JW315/JW317 opens requests in the ledger (S3), the
 * gemeente decides them through the API, and each decision sends a JW301 or JW319 (S4) in the same
 * transaction; TR347/TR374 reject what may not be requested, TR359/TR360 refuse what may not be
 * answered, and a JW320 that rejects our JW319 takes it back. Both database modes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageCode } from '../../src/message/model/dsl.js';
import type { Berichten, JW301ToegewezenProduct } from '../../src/message/types.generated.js';
import { buildMessage } from '../../src/message/xml/build.js';
import { parseMessage } from '../../src/message/xml/parse.js';
import { addDays, amsterdamDate } from '../../src/process/terms/index.js';
import { AGB, BSN, GEMEENTE, fixture } from '../fixtures/berichten.js';
import { DB_MODES } from '../support/db.js';
import { testBsns } from '../support/jw323-large.js';
import { testPipeline, type TestPipeline } from '../support/pipeline.js';

function clientGegevens(bsn: string) {
  const { ToegewezenProducten: _, ...client } = fixture('JW301').Client;
  return { ...client, Bsn: bsn };
}

/** Clients of their own for the VOW scenarios (BSN.A–C are the first three of the generator). */
function andereBsns(n: number): string[] {
  const gen = testBsns();
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const bsn = gen.next().value as string;
    if (i >= 10) out.push(bsn);
  }
  return out;
}

describe.each(DB_MODES)('requests: JW315/JW317 → decisions → JW301/JW319 (%s database)', (mode) => {
  let p: TestPipeline;
  let gemeenteKey: string;
  let aanbiederKey: string;
  const today = amsterdamDate(new Date());
  const volgendJaar = Number(today.slice(0, 4)) + 1;
  let ident = 0;

  beforeAll(async () => {
    p = await testPipeline(mode);
    gemeenteKey = await p.key({ kind: 'gemeente', code: GEMEENTE });
    aanbiederKey = await p.key({ kind: 'agb', code: AGB });
  }, 60_000);
  afterAll(async () => p?.stop());

  const api = (method: 'GET' | 'POST', url: string, payload?: object, key = gemeenteKey) =>
    p.app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, ...(payload ? { payload } : {}) });

  /** Posts a provider message, processes it, and returns its stored status and the parsed answer. */
  async function stuur<C extends MessageCode>(code: C, mutate: (b: Berichten[C]) => void) {
    const b = fixture(code);
    (b as { Header: { BerichtIdentificatie: { Identificatie: string; Dagtekening: string } } }).Header.BerichtIdentificatie = {
      Identificatie: `VZ${mode[0]}${String(++ident).padStart(6, '0')}`,
      Dagtekening: today,
    };
    mutate(b);
    const r = await p.app.inject({ method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${aanbiederKey}` }, payload: buildMessage(code, b) });
    expect(r.statusCode, r.body).toBe(202);
    await p.settle();
    const status = (await api('GET', `/berichten/${r.json().id}`, undefined, aanbiederKey)).json();
    expect(status.status).toBe('processed');
    return { id: r.json().id as number, status, answer: await stored(status.antwoord.id) };
  }

  async function stored(berichtId: number): Promise<Berichten[MessageCode]> {
    const [row] = await p.db.sql<{ raw: Buffer }[]>`select raw from bericht where id = ${berichtId}`;
    const parsed = parseMessage(row!.raw.toString('utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.bericht;
  }
  const jw301 = async (berichtId: number) => (await stored(berichtId)) as Berichten['JW301'];
  const jw319 = async (berichtId: number) => (await stored(berichtId)) as Berichten['JW319'];

  /** A JW315 for one client, one AangevraagdProduct per reference (the baseline's two products, in turn). */
  const vot = (bsn: string, refs: string[]) =>
    stuur('JW315', (b) => {
      b.Client.Bsn = bsn;
      const base = b.Client.AangevraagdeProducten.AangevraagdProduct;
      b.Client.AangevraagdeProducten.AangevraagdProduct = refs.map((ref, i) => ({ ...base[i % base.length]!, ReferentieAanbieder: ref }));
    });

  async function verzoekIds(refs: string[]): Promise<number[]> {
    const rows = await p.db.sql<{ id: number; referentie_aanbieder: string }[]>`
      select id, referentie_aanbieder from verzoek where agb = ${AGB} and referentie_aanbieder in ${p.db.sql(refs)}`;
    return refs.map((r) => rows.find((x) => x.referentie_aanbieder === r)!.id);
  }

  it('opens one request per VOT product; honours one with a JW301 carrying its reference and the full set, rejects the other with a JW319', async () => {
    // An earlier toewijzing of the client at this provider, on the gemeente's own initiative.
    const eigen = await api('POST', '/toewijzingen', {
      aanbieder: AGB, client: clientGegevens(BSN.A), product: { Categorie: '55', Code: '55A13' },
      ingangsdatum: `${volgendJaar}-01-01`, einddatum: `${volgendJaar}-12-31`, omvang: { Volume: 1, Eenheid: '04', Frequentie: '2' },
    });
    expect(eigen.statusCode, eigen.body).toBe(201);

    const { status, answer } = await vot(BSN.A, ['VZ-A-1', 'VZ-A-2']);
    expect(status).toMatchObject({ verdict: 'ok', retourcodes: [], antwoord: { berichtcode: 'JW316' } });
    expect((answer as Berichten['JW316']).Header.RetourCodes).toBeUndefined();
    const [eerste, tweede] = await verzoekIds(['VZ-A-1', 'VZ-A-2']);

    const lijst = (await api('GET', '/verzoeken')).json().verzoeken as { id: number; status: string; uiterlijk: string; antwoordUiterlijk: string; eindantwoordUiterlijk: string; soort: string }[];
    const mine = lijst.filter((v) => v.id === eerste || v.id === tweede);
    expect(mine).toHaveLength(2);
    for (const v of mine) {
      expect(v).toMatchObject({ soort: 'vot', status: 'open' });
      // 5 working days after receipt (OP274), 8 weeks after the Dagtekening (OP346).
      expect(amsterdamDate(new Date(v.antwoordUiterlijk)) > today).toBe(true);
      expect(amsterdamDate(new Date(v.eindantwoordUiterlijk)) >= addDays(today, 56)).toBe(true);
      expect(v.uiterlijk).toBe(v.antwoordUiterlijk);
    }
    const deadlines = lijst.map((v) => v.uiterlijk);
    expect(deadlines).toEqual([...deadlines].sort());

    const toegewezen = await api('POST', `/verzoeken/${eerste}/toewijzen`, {});
    expect(toegewezen.statusCode, toegewezen.body).toBe(200);
    const { toewijzingNummers: [nummer], bericht } = toegewezen.json();
    const producten = (await jw301(bericht.id)).Client.ToegewezenProducten.ToegewezenProduct;
    // OP087: the client's full current set; only the honoured product carries the reference (TR379, IV094).
    expect(producten.map((t) => t.Product?.Code).sort()).toEqual(['55A11', '55A13']);
    const nieuw = producten.find((t) => t.ToewijzingNummer === nummer)!;
    expect(nieuw).toMatchObject({
      ReferentieAanbieder: 'VZ-A-1', Product: { Categorie: '55', Code: '55A11' },
      Ingangsdatum: '2026-04-01', Einddatum: '2027-06-30', Omvang: { Volume: 2, Eenheid: '16', Frequentie: '4' },
    });
    expect(nieuw.RedenWijziging).toBeUndefined();
    expect(producten.find((t) => t.ToewijzingNummer === eigen.json().toewijzingNummer)!.ReferentieAanbieder).toBeUndefined();

    const afgewezen = await api('POST', `/verzoeken/${tweede}/afwijzen`, { reden: '4' });
    expect(afgewezen.statusCode, afgewezen.body).toBe(200);
    expect((await jw319(afgewezen.json().bericht.id)).Antwoord).toEqual({ ReferentieAanbieder: 'VZ-A-2', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '4' });

    const detail = (await api('GET', `/verzoeken/${tweede}`)).json();
    expect(detail).toMatchObject({ status: 'afgewezen', referentieAanbieder: 'VZ-A-2', antwoorden: [{ verzoekAntwoord: '1', redenAfwijzingVerzoek: '4', status: 'verzonden' }] });
    expect((await api('GET', `/verzoeken/${eerste}`)).json()).toMatchObject({ status: 'toegewezen', toewijzing: { bericht: { id: bericht.id } } });
    // Decided requests leave the list.
    expect((await api('GET', '/verzoeken')).json().verzoeken.some((v: { id: number }) => v.id === eerste || v.id === tweede)).toBe(false);
    // A later JW301 for the client re-sends the toewijzing without the reference (IV097).
    const later = await api('POST', '/toewijzingen', {
      aanbieder: AGB, bsn: BSN.A, product: { Categorie: '55', Code: '55A12' },
      ingangsdatum: `${volgendJaar}-01-01`, einddatum: `${volgendJaar}-03-31`, omvang: { Volume: 1, Eenheid: '04', Frequentie: '2' },
    });
    expect(later.statusCode, later.body).toBe(201);
    expect((await jw301(later.json().bericht.id)).Client.ToegewezenProducten.ToegewezenProduct.every((t) => t.ReferentieAanbieder === undefined)).toBe(true);
  });

  it('in onderzoek once (TR360), then a JW301; nothing after it (TR359); a second request while one is pending gets 9374, a reused reference 9347', async () => {
    await vot(BSN.B, ['VZ-B-1']);
    const [id] = await verzoekIds(['VZ-B-1']);

    const onderzoek = await api('POST', `/verzoeken/${id}/in-onderzoek`);
    expect(onderzoek.statusCode, onderzoek.body).toBe(200);
    expect((await jw319(onderzoek.json().bericht.id)).Antwoord).toEqual({ ReferentieAanbieder: 'VZ-B-1', VerzoekAntwoord: '2' });
    const nogmaals = await api('POST', `/verzoeken/${id}/in-onderzoek`);
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.json().error).toContain('TR360');
    // In onderzoek the 8 weeks apply.
    const open = (await api('GET', '/verzoeken')).json().verzoeken.find((v: { id: number }) => v.id === id);
    expect(open).toMatchObject({ status: 'in_onderzoek' });
    expect(open.uiterlijk).toBe(open.eindantwoordUiterlijk);

    // Still pending: another VOT of this provider for this client is rejected as a whole, 9374 on its product.
    const tweede = await vot(BSN.B, ['VZ-B-2']);
    expect(tweede.status).toMatchObject({ verdict: 'ledger', retourcodes: ['9374'] });
    const retour = tweede.answer as Berichten['JW316'];
    expect(retour.Header.RetourCodes?.RetourCode).toEqual(['0200']);
    expect(retour.Client!.AangevraagdeProducten.AangevraagdProduct[0]!.RetourCodes.RetourCode).toEqual(['9374']);
    expect(JSON.stringify(tweede.status.errors)).not.toContain(BSN.B);
    expect(await p.db.sql`select 1 from verzoek where referentie_aanbieder = 'VZ-B-2'`).toHaveLength(0);

    // A client without a pending request, but a reference this provider used before: 9347 on the product.
    const hergebruik = await vot(BSN.C, ['VZ-A-1']);
    expect(hergebruik.status).toMatchObject({ verdict: 'ledger', retourcodes: ['9347'] });
    expect(hergebruik.status.errors).toEqual([expect.objectContaining({ rule: 'TR347', path: expect.stringContaining('AangevraagdProduct[1]/jw315:ReferentieAanbieder') })]);
    expect((hergebruik.answer as Berichten['JW316']).Client!.AangevraagdeProducten.AangevraagdProduct[0]!.RetourCodes.RetourCode).toEqual(['9347']);

    // The final answer after in onderzoek: a JW301; the client data come with the first JW301.
    const zonderClient = await api('POST', `/verzoeken/${id}/toewijzen`, {});
    expect(zonderClient.statusCode).toBe(422);
    expect(zonderClient.json().error).toContain("send 'client'");
    const toegewezen = await api('POST', `/verzoeken/${id}/toewijzen`, { client: clientGegevens(BSN.B), einddatum: '2026-12-31', omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } });
    expect(toegewezen.statusCode, toegewezen.body).toBe(200);
    const [t] = (await jw301(toegewezen.json().bericht.id)).Client.ToegewezenProducten.ToegewezenProduct;
    // IV094: the gemeente may deviate from what was asked.
    expect(t).toMatchObject({ ReferentieAanbieder: 'VZ-B-1', Einddatum: '2026-12-31', Omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } });

    const naToewijzing = await api('POST', `/verzoeken/${id}/afwijzen`, { reden: '7' });
    expect(naToewijzing.statusCode).toBe(409);
    expect(naToewijzing.json().error).toContain('TR359');
    expect((await api('POST', `/verzoeken/${id}/toewijzen`, {})).statusCode).toBe(409);
    // Answered: a new request for the client is accepted again.
    expect((await vot(BSN.B, ['VZ-B-3'])).status).toMatchObject({ verdict: 'ok' });
  });

  it('refuses the woonplaatsbeginsel without the responsible gemeente and a VOW reason 8; a JW320 rejecting our JW319 takes it back', async () => {
    const [bsn] = andereBsns(1);
    await vot(bsn!, ['VZ-C-1']);
    const [id] = await verzoekIds(['VZ-C-1']);
    const zonderGemeente = await api('POST', `/verzoeken/${id}/afwijzen`, { reden: '8' });
    expect(zonderGemeente.statusCode).toBe(422);
    expect(zonderGemeente.json().error).toContain('TR377');
    expect((await api('POST', `/verzoeken/${id}/afwijzen`, { reden: '5', gemeente: '1916' })).json().error).toContain('TR409');
    expect((await api('POST', `/verzoeken/${id}/afwijzen`, { reden: '8', gemeente: '1916' }, aanbiederKey)).statusCode).toBe(403);

    const afgewezen = await api('POST', `/verzoeken/${id}/afwijzen`, { reden: '8', gemeente: '1916' });
    expect(afgewezen.statusCode, afgewezen.body).toBe(200);
    const heen = await jw319(afgewezen.json().bericht.id);
    expect(heen.Antwoord).toEqual({ ReferentieAanbieder: 'VZ-C-1', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '8', Woonplaatsbeginsel: { Gemeente: '1916' } });
    expect((await api('POST', `/verzoeken/${id}/in-onderzoek`)).json().error).toContain('TR365');

    // The provider rejects our JW319: it counts as not sent (OP286), the request is open again.
    const jw320 = fixture('JW320');
    Object.assign(jw320.Header, { Afzender: heen.Header.Afzender, Ontvanger: heen.Header.Ontvanger, BerichtIdentificatie: heen.Header.BerichtIdentificatie, XsdVersie: heen.Header.XsdVersie, RetourCodes: { RetourCode: ['0200'] } });
    jw320.Antwoord = { ...heen.Antwoord, Woonplaatsbeginsel: { Gemeente: '1916', RetourCodes: { RetourCode: ['0200'] } }, RetourCodes: { RetourCode: ['9355'] } } as Berichten['JW320']['Antwoord'];
    const r = await p.app.inject({ method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${aanbiederKey}` }, payload: buildMessage('JW320', jw320) });
    expect(r.statusCode, r.body).toBe(202);
    await p.settle();
    const detail = (await api('GET', `/verzoeken/${id}`)).json();
    expect(detail).toMatchObject({ status: 'open', besluitOp: null, antwoorden: [{ verzoekAntwoord: '1', status: 'afgekeurd' }] });
    const werklijst = (await api('GET', '/werklijst')).json().items;
    expect(werklijst).toContainEqual(expect.objectContaining({ soort: 'afgekeurd', bericht: expect.objectContaining({ id: afgewezen.json().bericht.id, berichtcode: 'JW319' }) }));
    // The rejected answer does not count: "in onderzoek" may now be sent (TR360, TR365).
    expect((await api('POST', `/verzoeken/${id}/in-onderzoek`)).statusCode).toBe(200);

    // A request whose answer is due soon or overdue is on the work list.
    await p.db.sql`update verzoek set eindantwoord_uiterlijk = now() - interval '1 day' where id = ${id!}`;
    expect((await api('GET', '/werklijst')).json().items).toContainEqual(expect.objectContaining({
      soort: 'verzoek-termijn', verzoek: expect.objectContaining({ id, referentieAanbieder: 'VZ-C-1', status: 'in_onderzoek', verlopen: true }),
    }));
  });

  it('a JW302 rejecting the JW301 that honoured a request reopens it; the next JW301 is the first to carry its reference', async () => {
    const [, , bsn] = andereBsns(3);
    await vot(bsn!, ['VZ-D-1']);
    const [id] = await verzoekIds(['VZ-D-1']);
    const eerste = await api('POST', `/verzoeken/${id}/toewijzen`, { client: clientGegevens(bsn!) });
    expect(eerste.statusCode, eerste.body).toBe(200);
    const heen = await jw301(eerste.json().bericht.id);
    const jw302 = fixture('JW302');
    Object.assign(jw302.Header, { Afzender: heen.Header.Afzender, Ontvanger: heen.Header.Ontvanger, BerichtIdentificatie: heen.Header.BerichtIdentificatie, XsdVersie: heen.Header.XsdVersie, RetourCodes: { RetourCode: ['9379'] } });
    const r = await p.app.inject({ method: 'POST', url: '/berichten', headers: { 'content-type': 'application/xml', authorization: `Bearer ${aanbiederKey}` }, payload: buildMessage('JW302', jw302) });
    expect(r.statusCode, r.body).toBe(202);
    await p.settle();
    expect((await api('GET', `/verzoeken/${id}`)).json()).toMatchObject({ status: 'open', toewijzing: null, besluitOp: null });

    const opnieuw = await api('POST', `/verzoeken/${id}/toewijzen`, {});
    expect(opnieuw.statusCode, opnieuw.body).toBe(200);
    const producten = (await jw301(opnieuw.json().bericht.id)).Client.ToegewezenProducten.ToegewezenProduct;
    // The rejected toewijzing was never sent (OP286): only the new one, with the reference.
    expect(producten).toEqual([expect.objectContaining({ ToewijzingNummer: opnieuw.json().toewijzingNummers[0], ReferentieAanbieder: 'VZ-D-1' })]);
  });

  it('honours a VOW as a whole (IV093): unchanged re-sent, an Einddatum change under the same number (12), a volume change as end + new number', async () => {
    const [bsn] = andereBsns(4).slice(3);
    const jaar = volgendJaar;
    const issue = async (body: object) => {
      const r = await api('POST', '/toewijzingen', { aanbieder: AGB, bsn, ...body });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().toewijzingNummer as number;
    };
    const eerste = await api('POST', '/toewijzingen', {
      aanbieder: AGB, client: clientGegevens(bsn!), product: { Categorie: '55', Code: '55A11' },
      ingangsdatum: `${jaar}-01-01`, einddatum: `${jaar}-12-31`, omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' },
    });
    expect(eerste.statusCode, eerste.body).toBe(201);
    const e = eerste.json().toewijzingNummer as number;
    const f = await issue({ product: { Categorie: '55', Code: '55A12' }, ingangsdatum: `${jaar}-01-01`, einddatum: `${jaar}-12-31`, omvang: { Volume: 3, Eenheid: '04', Frequentie: '2' } });
    const g = await issue({ product: { Categorie: '45' }, ingangsdatum: `${jaar}-01-01`, einddatum: `${jaar}-12-31`, budget: 500000 });
    const voor = (await p.db.sql<{ raw: Buffer }[]>`
      select b.raw from bericht b where b.direction = 'out' and b.berichtcode = 'JW301' order by b.id desc limit 1`)[0]!;
    const parsedVoor = parseMessage(voor.raw.toString('utf8'));
    const gVoor = parsedVoor.ok && (parsedVoor.bericht as Berichten['JW301']).Client.ToegewezenProducten.ToegewezenProduct.find((t) => t.ToewijzingNummer === g)!;

    const { status } = await stuur('JW317', (b) => {
      b.Client.Bsn = bsn!;
      b.Client.Verzoek = {
        ReferentieAanbieder: 'VZ-VOW-1',
        RedenVerzoek: '2',
        OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: g }] },
        TeWijzigenProducten: {
          TeWijzigenProduct: [
            { ToewijzingNummer: e, GewensteIngangsdatum: `${jaar}-01-01`, Einddatum: `${jaar + 1}-06-30`, Omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' } },
            { ToewijzingNummer: f, GewensteIngangsdatum: `${jaar}-06-12`, Einddatum: `${jaar}-12-31`, Omvang: { Volume: 6, Eenheid: '04', Frequentie: '2' } },
          ],
        },
      };
    });
    expect(status, JSON.stringify(status.errors)).toMatchObject({ verdict: 'ok', antwoord: { berichtcode: 'JW318' } });
    const [id] = await verzoekIds(['VZ-VOW-1']);
    expect((await api('GET', `/verzoeken/${id}`)).json()).toMatchObject({ soort: 'vow', status: 'open', bericht: { berichtcode: 'JW317' } });

    // A VOW is taken over as requested: no deviations.
    const afwijkend = await api('POST', `/verzoeken/${id}/toewijzen`, { einddatum: `${jaar}-09-30` });
    expect(afwijkend.statusCode).toBe(422);
    expect(afwijkend.json().error).toContain('IV093');
    // Woonplaatsbeginsel is for VOTs only.
    expect((await api('POST', `/verzoeken/${id}/afwijzen`, { reden: '8', gemeente: '1916' })).json().error).toContain('VOT only');

    const r = await api('POST', `/verzoeken/${id}/toewijzen`, {});
    expect(r.statusCode, r.body).toBe(200);
    const producten = (await jw301(r.json().bericht.id)).Client.ToegewezenProducten.ToegewezenProduct;
    const by = (n: number): JW301ToegewezenProduct => producten.find((t) => t.ToewijzingNummer === n)!;
    // IV093: every product carries the VOW's reference, unchanged ones included.
    expect(producten.map((t) => t.ReferentieAanbieder)).toEqual(producten.map(() => 'VZ-VOW-1'));
    expect(producten).toHaveLength(4);
    // Unchanged: same content and Toewijzingsdatum/-tijd (IV013), no RedenWijziging.
    expect(by(g)).toEqual({ ...gVoor, ReferentieAanbieder: 'VZ-VOW-1' });
    // Only the Einddatum: the same number, RedenWijziging 12 (OP380, IV093).
    expect(by(e)).toMatchObject({ Ingangsdatum: `${jaar}-01-01`, Einddatum: `${jaar + 1}-06-30`, RedenWijziging: '12', Omvang: { Volume: 4, Frequentie: '2' } });
    // Another volume with a frequency other than 6: ended the day before, RedenWijziging 12 (OP257) ...
    expect(by(f)).toMatchObject({ Ingangsdatum: `${jaar}-01-01`, Einddatum: `${jaar}-06-11`, RedenWijziging: '12', Omvang: { Volume: 3 } });
    // ... and a new number from the GewensteIngangsdatum, without RedenWijziging.
    const nieuw = producten.find((t) => ![e, f, g].includes(t.ToewijzingNummer))!;
    expect(nieuw).toMatchObject({ Product: { Categorie: '55', Code: '55A12' }, Ingangsdatum: `${jaar}-06-12`, Einddatum: `${jaar}-12-31`, Omvang: { Volume: 6, Eenheid: '04', Frequentie: '2' } });
    expect(nieuw.RedenWijziging).toBeUndefined();
    expect(r.json().toewijzingNummers).toEqual(expect.arrayContaining([e, f, g, nieuw.ToewijzingNummer]));
    expect((await api('GET', `/verzoeken/${id}`)).json()).toMatchObject({ status: 'toegewezen' });
    expect((await api('POST', `/verzoeken/${id}/in-onderzoek`)).json().error).toContain('TR359');
  });

  it('a VOW that changes an Omvang from its Ingangsdatum deletes that toewijzing, refused while approved prestaties on it are not credited (TR385)', async () => {
    const [bsn] = andereBsns(5).slice(4);
    const jaar = volgendJaar;
    const r0 = await api('POST', '/toewijzingen', {
      aanbieder: AGB, client: clientGegevens(bsn!), product: { Categorie: '55', Code: '55A11' },
      ingangsdatum: `${jaar}-01-01`, einddatum: `${jaar}-12-31`, omvang: { Volume: 4, Eenheid: '04', Frequentie: '2' },
    });
    expect(r0.statusCode, r0.body).toBe(201);
    const nummer = r0.json().toewijzingNummer as number;
    // An approved debit on it, from a declaration not yet folded into the totals.
    const [d] = await p.db.sql<{ id: number }[]>`
      insert into declaratie (gemeente, agb, declaratienummer, bericht_id, identificatie, dagtekening, xsd_versie, periode_begin, periode_eind,
                              declaratie_dagtekening, totaal_ingediend, totaal_toegekend, uitkomst, retourcodes)
      values (${GEMEENTE}, ${AGB}, 'DN-TR385', (select max(id) from bericht), 'DECL-TR385', ${`${jaar}-02-06`}, '3.2/3.2', ${`${jaar}-01-01`}, ${`${jaar}-01-31`},
              ${`${jaar}-02-06`}, 5000, 5000, 'verwerkt', '{8001}')
      returning id`;
    await p.db.sql`
      insert into prestatie (declaratie_id, gemeente, agb, referentienummer, bsn, toewijzingnummer, product_categorie, product_code, begindatum, einddatum,
                             geleverd_volume, eenheid, product_tarief, debet_credit, ingediend_bedrag, toegekend)
      values (${d!.id}, ${GEMEENTE}, ${AGB}, 'RN-TR385', ${bsn!}, ${nummer}, '55', '55A11', ${`${jaar}-01-01`}, ${`${jaar}-01-31`}, 4, '04', 1250, 'D', 5000, true)`;
    const { status } = await stuur('JW317', (b) => {
      b.Client.Bsn = bsn!;
      b.Client.Verzoek = {
        ReferentieAanbieder: 'VZ-VOW-13',
        RedenVerzoek: '2',
        TeWijzigenProducten: {
          TeWijzigenProduct: [{ ToewijzingNummer: nummer, GewensteIngangsdatum: `${jaar}-01-01`, Einddatum: `${jaar}-12-31`, Omvang: { Volume: 6, Eenheid: '04', Frequentie: '2' } }],
        },
      };
    });
    expect(status, JSON.stringify(status.errors)).toMatchObject({ verdict: 'ok' });
    const [id] = await verzoekIds(['VZ-VOW-13']);
    const weigering = await api('POST', `/verzoeken/${id}/toewijzen`, {});
    expect(weigering.statusCode, weigering.body).toBe(409);
    expect(weigering.json().error).toContain('TR385');
    expect((await api('GET', `/verzoeken/${id}`)).json()).toMatchObject({ status: 'open' });
    // Once the provider credited it, the VOW is honoured: deleted (13) and a new number over the whole period.
    await p.db.sql`update prestatie set gecrediteerd_door = 'RN-TR385-C' where referentienummer = 'RN-TR385'`;
    await p.db.sql`
      insert into prestatie (declaratie_id, gemeente, agb, referentienummer, vorig_referentienummer, bsn, toewijzingnummer, product_categorie, product_code,
                             begindatum, einddatum, geleverd_volume, eenheid, product_tarief, debet_credit, ingediend_bedrag, toegekend)
      values (${d!.id}, ${GEMEENTE}, ${AGB}, 'RN-TR385-C', 'RN-TR385', ${bsn!}, ${nummer}, '55', '55A11', ${`${jaar}-01-01`}, ${`${jaar}-01-31`}, 4, '04', 1250, 'C', -5000, true)`;
    const r = await api('POST', `/verzoeken/${id}/toewijzen`, {});
    expect(r.statusCode, r.body).toBe(200);
    const producten = (await jw301(r.json().bericht.id)).Client.ToegewezenProducten.ToegewezenProduct;
    expect(producten.find((t) => t.ToewijzingNummer === nummer)).toMatchObject({ Ingangsdatum: `${jaar}-01-01`, Einddatum: `${jaar}-01-01`, RedenWijziging: '13' });
    expect(producten.find((t) => t.ToewijzingNummer !== nummer)).toMatchObject({ Ingangsdatum: `${jaar}-01-01`, Einddatum: `${jaar}-12-31`, Omvang: { Volume: 6 } });
  });
});
