import { P, ruleTable } from '../../../test/rules/table.js';
import { CS003 } from './CS003.js';

ruleTable(CS003, {
  valid: [
    { name: 'baseline JW301', code: 'JW301' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW317', code: 'JW317' },
    {
      name: 'Einddatum equal to Ingangsdatum (a deletion)',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
        t.Einddatum = t.Ingangsdatum;
        t.RedenWijziging = '13';
      },
    },
    { name: 'open Contact Periode', code: 'JW301', mutate: (b) => { delete b.Client.Contactgegevens.Contact[1]!.Periode!.Einddatum; } },
    { name: 'Contact Periode with only an Einddatum', code: 'JW301', mutate: (b) => { delete b.Client.Contactgegevens.Contact[1]!.Periode!.Begindatum; } },
  ],
  invalid: [
    {
      name: 'JW301 Contact Periode ending before it begins',
      code: 'JW301',
      mutate: (b) => { b.Client.Contactgegevens.Contact[1]!.Periode!.Einddatum = '2026-02-02'; },
      errors: [{ path: `${P.jw301Contact(2)}/jw301:Periode/ijw:Einddatum`, message: 'Einddatum 2026-02-02 is before Begindatum 2026-02-03' }],
    },
    {
      name: 'JW301 ToegewezenProduct ending before its Ingangsdatum',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Einddatum = '2026-03-31'; },
      errors: [{ path: `${P.jw301Product(1)}/jw301:Einddatum`, message: 'before Ingangsdatum 2026-04-01' }],
    },
    {
      name: 'JW315 ToewijzingEinddatum before ToewijzingIngangsdatum',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.ToewijzingEinddatum = '2026-03-31'; },
      errors: [{ path: `${P.jw315Product(1)}/jw315:ToewijzingEinddatum` }],
    },
    {
      name: 'JW317 NieuwProduct ending before it starts (the official example)',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.Einddatum = '2024-02-28'; },
      errors: [{ path: `${P.jw317Nieuw(1)}/jw317:Einddatum`, message: 'Einddatum 2024-02-28 is before GewensteIngangsdatum 2026-11-01' }],
    },
    {
      name: 'JW317 TeWijzigenProduct ending before its GewensteIngangsdatum',
      code: 'JW317',
      mutate: (b) => { b.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!.Einddatum = '2026-01-31'; },
      errors: [{ path: `${P.jw317TeWijzigen(1)}/jw317:Einddatum` }],
    },
  ],
});
