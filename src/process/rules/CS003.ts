import { contactsOf } from './support.js';
import { defineRule } from './types.js';

export const CS003 = defineRule({
  meta: {
    id: 'CS003',
    level: 2,
    retourcode: '0001',
    berichten: ['JW301', 'JW315', 'JW317'],
    direction: 'both',
    description: 'An Einddatum, when filled, is on or after the Begindatum or Ingangsdatum of the same period',
    source: 'CC file CS003; ijw-rules.md §5.2',
  },
  check(ctx) {
    const test = (node: object, field: string, eind: string | undefined, beginField: string, begin: string | undefined): void => {
      if (eind !== undefined && begin !== undefined && eind < begin) {
        ctx.report(node, field, `${field} ${eind} is before ${beginField} ${begin}`);
      }
    };
    switch (ctx.code) {
      case 'JW301': {
        for (const c of contactsOf(ctx.bericht)) if (c.Periode) test(c.Periode, 'Einddatum', c.Periode.Einddatum, 'Begindatum', c.Periode.Begindatum);
        for (const t of ctx.bericht.Client.ToegewezenProducten.ToegewezenProduct) test(t, 'Einddatum', t.Einddatum, 'Ingangsdatum', t.Ingangsdatum);
        return;
      }
      case 'JW315':
        for (const a of ctx.bericht.Client.AangevraagdeProducten.AangevraagdProduct) {
          test(a, 'ToewijzingEinddatum', a.ToewijzingEinddatum, 'ToewijzingIngangsdatum', a.ToewijzingIngangsdatum);
        }
        return;
      case 'JW317': {
        const v = ctx.bericht.Client.Verzoek;
        for (const p of v.TeWijzigenProducten?.TeWijzigenProduct ?? []) test(p, 'Einddatum', p.Einddatum, 'GewensteIngangsdatum', p.GewensteIngangsdatum);
        for (const p of v.NieuweProducten?.NieuwProduct ?? []) test(p, 'Einddatum', p.Einddatum, 'GewensteIngangsdatum', p.GewensteIngangsdatum);
        return;
      }
    }
  },
});
