import { P, ruleTable } from '../../../test/rules/table.js';
import { TR134 } from './TR134.js';

ruleTable(TR134, {
  valid: [
    { name: 'baseline JW301 (Toewijzingsdatum = Dagtekening)', code: 'JW301' },
    { name: 'baseline JW305 (a Begindatum = Dagtekening)', code: 'JW305' },
    { name: 'baseline JW307', code: 'JW307' },
    { name: 'baseline JW315', code: 'JW315' },
    { name: 'baseline JW323 (DeclaratieDagtekening = Dagtekening)', code: 'JW323' },
    { name: 'baseline JW325', code: 'JW325' },
    { name: 'JW307 Einddatum on the Dagtekening', code: 'JW307', mutate: (b) => { b.Client.StopProducten.StopProduct[1]!.Einddatum = '2026-07-20'; } },
    {
      name: 'JW301: Ingangsdatum and Einddatum may lie in the future',
      code: 'JW301',
      mutate: (b) => {
        const t = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
        t.Ingangsdatum = '2026-05-01';
        t.Einddatum = '2026-09-30';
      },
    },
    { name: 'JW315 without a beschikking', code: 'JW315', mutate: (b) => { delete b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.BeschikkingIngangsdatum; } },
  ],
  invalid: [
    {
      name: 'JW301 Toewijzingsdatum after the Dagtekening',
      code: 'JW301',
      mutate: (b) => { b.Client.ToegewezenProducten.ToegewezenProduct[0]!.Toewijzingsdatum = '2026-04-02'; },
      errors: [{ path: `${P.jw301Product(1)}/jw301:Toewijzingsdatum`, message: 'Toewijzingsdatum 2026-04-02 is after the Dagtekening 2026-04-01' }],
    },
    {
      name: 'JW305 start in the future',
      code: 'JW305',
      mutate: (b) => { b.Client.StartProducten.StartProduct[1]!.Begindatum = '2026-04-16'; },
      errors: [{ path: `${P.jw305Start(2)}/jw305:Begindatum` }],
    },
    {
      name: 'JW307 stop in the future',
      code: 'JW307',
      mutate: (b) => { b.Client.StopProducten.StopProduct[1]!.Einddatum = '2026-07-21'; },
      errors: [{ path: `${P.jw307Stop(2)}/jw307:Einddatum` }],
    },
    {
      name: 'JW307 stop of a start in the future (both dates late)',
      code: 'JW307',
      mutate: (b) => {
        const s = b.Client.StopProducten.StopProduct[0]!;
        s.Begindatum = '2026-07-21';
        s.Einddatum = '2026-07-22';
      },
      errors: [{ path: `${P.jw307Stop(1)}/jw307:Begindatum` }, { path: `${P.jw307Stop(1)}/jw307:Einddatum` }],
    },
    {
      name: 'JW315 BeschikkingIngangsdatum after the Dagtekening',
      code: 'JW315',
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.BeschikkingIngangsdatum = '2026-04-02'; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:BeschikkingIngangsdatum` }],
    },
    {
      name: 'JW323 DeclaratieDagtekening after the Dagtekening',
      code: 'JW323',
      mutate: (b) => { b.Declaratie.DeclaratieDagtekening = '2026-05-07'; },
      errors: [{ path: `${P.jw323Declaratie}/jw323:DeclaratieDagtekening` }],
    },
    {
      name: 'JW325 answers a declaration dated after the answer',
      code: 'JW325',
      mutate: (b) => { b.Header.DeclaratieIdentificatie.Dagtekening = '2026-05-14'; },
      errors: [{ path: '/jw325:Bericht/jw325:Header/jw325:DeclaratieIdentificatie/ijw:Dagtekening', message: 'after the Dagtekening 2026-05-13' }],
    },
  ],
});
