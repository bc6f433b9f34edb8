import { P, ruleTable } from '../../../test/rules/table.js';
import { BSN, clone } from '../../../test/fixtures/berichten.js';
import { TR101 } from './TR101.js';

ruleTable(TR101, {
  valid: [
    { name: 'baseline JW301 (client and relatie share Contact Soort 01: different parents)', code: 'JW301' },
    { name: 'baseline JW305', code: 'JW305' },
    { name: 'baseline JW307', code: 'JW307' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
    { name: 'baseline JW323', code: 'JW323' },
    { name: 'baseline JW325', code: 'JW325' },
    {
      name: 'JW305: same toewijzing restarted on another Begindatum',
      code: 'JW305',
      mutate: (b) => {
        const s = clone(b.Client.StartProducten.StartProduct[0]!);
        s.Begindatum = '2026-04-10';
        b.Client.StartProducten.StartProduct.push(s);
      },
    },
    {
      name: 'JW307: two stops that differ only in Einddatum (the CC key includes Einddatum)',
      code: 'JW307',
      mutate: (b) => {
        const s = clone(b.Client.StopProducten.StopProduct[0]!);
        s.Einddatum = '2026-07-10';
        b.Client.StopProducten.StopProduct.push(s);
      },
    },
    {
      name: 'JW317: same ToewijzingNummer in OngewijzigdProduct and TeWijzigenProduct (different classes)',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.OngewijzigdeProducten!.OngewijzigdProduct[0]!.ToewijzingNummer = 10072; },
    },
  ],
  invalid: [
    {
      name: 'JW301: two Relaties with the same Nummer',
      code: 'JW301',
      mutate: (b) => { b.Client.Relaties!.Relatie[1]!.Nummer = 'R1'; },
      errors: [{ path: `${P.jw301Relatie(2)}/jw301:Nummer`, message: 'Relatie occurs more than once with the same Nummer' }],
    },
    {
      name: 'JW301: two client Contacts with Soort 01',
      code: 'JW301',
      mutate: (b) => {
        const c = b.Client.Contactgegevens.Contact[1]!;
        c.Soort = '01';
        delete c.Periode;
      },
      errors: [{ path: `${P.jw301Contact(2)}/jw301:Soort`, message: 'Soort 01' }],
    },
    {
      name: 'JW301: ToewijzingNummer twice',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[1]!.ToewijzingNummer = 300201; },
      errors: [{ path: `${P.jw301Product(2)}/jw301:ToewijzingNummer`, message: 'ToewijzingNummer 300201' }],
    },
    {
      name: 'JW305: the same start again with another StatusAanlevering (IV008)',
      code: 'JW305',
      mutate: (b) => {
        const s = clone(b.Client.StartProducten.StartProduct[0]!);
        s.StatusAanlevering = '3';
        b.Client.StartProducten.StartProduct.push(s);
      },
      errors: [{ path: P.jw305Start(3), message: 'ToewijzingNummer 300201, Product 55/55A11 and Begindatum 2026-04-03' }],
    },
    {
      name: 'JW307: the same stop twice',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct.push(clone(b.Client.StopProducten.StopProduct[1]!)); },
      errors: [{ path: P.jw307Stop(3), message: 'RedenBeeindiging 31 and Einddatum 2026-07-17' }],
    },
    {
      name: 'JW315: ReferentieAanbieder twice (TR383 says the same)',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.ReferentieAanbieder = '40A12341234'; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:ReferentieAanbieder` }],
      alsoReportedBy: ['TR383'],
    },
    {
      name: 'JW317: OngewijzigdProduct twice',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.OngewijzigdeProducten!.OngewijzigdProduct.push({ ToewijzingNummer: 10071 }); },
      errors: [{ path: `${P.jw317Ongewijzigd(2)}/jw317:ToewijzingNummer` }],
    },
    {
      name: 'JW317: TeWijzigenProduct twice',
      code: 'JW317',
      mutate: (b) => {
        const list = b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct;
        list.push({ ...clone(list[0]!), Einddatum: '2026-10-31' });
      },
      errors: [{ path: `${P.jw317TeWijzigen(2)}/jw317:ToewijzingNummer`, message: 'ToewijzingNummer 10072' }],
    },
    {
      name: 'JW317: NieuwProduct with the same Product and GewensteIngangsdatum (and so overlapping: TR410)',
      code: 'JW317',
      mutate: (b) => {
        const list = b.Client.Verzoek.NieuweProducten!.NieuwProduct;
        list.push(clone(list[0]!));
      },
      errors: [{ path: P.jw317Nieuw(2), message: 'Product 45/45A03 and GewensteIngangsdatum 2026-11-01' }],
      alsoReportedBy: ['TR410'],
    },
    {
      name: 'JW323: a ReferentieNummer repeated within a client (as in the official example)',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[2]!.ProductReferentie.ReferentieNummer = 'RN004'; },
      errors: [{ path: `${P.jw323Prestatie(2, 3)}/jw323:ProductReferentie`, message: 'ReferentieNummer RN004' }],
    },
    {
      name: 'JW323: a ReferentieNummer repeated under another client',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Prestaties.Prestatie[0]!.ProductReferentie.ReferentieNummer = 'RN001'; },
      errors: [{ path: `${P.jw323Prestatie(2, 1)}/jw323:ProductReferentie` }],
    },
    {
      name: 'JW323: two Client blocks with the same Bsn',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.Clienten.Client[1]!.Bsn = BSN.A; },
      errors: [{ path: `${P.jw323Client(2)}/jw323:Bsn`, message: 'Client occurs more than once with the same Bsn' }],
    },
    {
      name: 'JW325: two Client blocks with the same Bsn',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        const c = clone(da.Clienten!.Client[0]!);
        const p = c.Prestaties.Prestatie[0]!;
        p.ProductReferentie.ReferentieNummer = 'RN004';
        p.IngediendBedrag.Bedrag = 24000;
        da.Clienten!.Client.push(c);
        da.TotaalToegekendBedrag.TotaalBedrag = 8000;
      },
      errors: [{ path: `${P.jw325Client(2)}/jw325:Bsn` }],
    },
    {
      name: 'JW325: a returned prestatie twice',
      code: 'JW325',
      mutate: (b) => {
        const da = b.DeclaratieAntwoord!;
        const list = da.Clienten!.Client[0]!.Prestaties.Prestatie;
        list.push(clone(list[0]!));
        da.TotaalToegekendBedrag.TotaalBedrag = 27000;
      },
      errors: [{ path: `${P.jw325Prestatie(1, 2)}/jw325:ProductReferentie`, message: 'RN003' }],
    },
  ],
});
