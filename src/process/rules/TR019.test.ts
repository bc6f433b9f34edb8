import { join } from 'node:path';
import { P, ruleTable } from '../../../test/rules/table.js';
import { BASELINE_TOEWIJZINGEN, toewijzingView } from '../../../test/fixtures/neutral/startstop.js';
import { BSN } from '../../../test/fixtures/berichten.js';
import { REPO_ROOT } from '../../../test/support/shared.js';
import { loadRegio } from '../../ledger/regio/load.js';
import type { Regio } from '../../ledger/regio/types.js';
import { TR019 } from './TR019.js';

/** Regio Flevoland with 45F01 made taakgericht: the only way a start may lack its ToewijzingNummer. */
function regioMet(variant: 'taakgericht' | 'inspanningsgericht'): Regio {
  const r = loadRegio(join(REPO_ROOT, 'regions/flevoland.json'));
  return { ...r, producten: r.producten.map((p) => (p.code === '45F01' ? { ...p, uitvoeringsvariant: variant } : p)) };
}

const metToewijzing = (nr: number, over: Parameters<typeof toewijzingView>[1]) =>
  new Map([...BASELINE_TOEWIJZINGEN, [nr, toewijzingView(nr, over)]]);

const zonderNummer = (b: { Client: { StartProducten?: { StartProduct: { ToewijzingNummer?: number; Product?: { Categorie: string; Code?: string } }[] } } }) => {
  const s = b.Client.StartProducten!.StartProduct[0]!;
  delete s.ToewijzingNummer;
  s.Product = { Categorie: '45', Code: '45F01' };
};

ruleTable(TR019, {
  valid: [
    { name: 'JW305 whose starts name toewijzingen of this client at this provider', code: 'JW305' },
    { name: 'JW307 whose stops name toewijzingen of this client at this provider', code: 'JW307' },
    { name: 'a taakgericht start without ToewijzingNummer', code: 'JW305', mutate: zonderNummer, env: { regio: regioMet('taakgericht') } },
    {
      name: 'a StatusAanlevering 3 class is not checked for its toewijzing',
      code: 'JW305',
      mutate: (b) => {
        const s = b.Client.StartProducten.StartProduct[0]!;
        s.ToewijzingNummer = 999;
        s.StatusAanlevering = '3';
      },
      env: { starts: [{ toewijzingNummer: 999, categorie: '55', code: '55A11', begindatum: '2026-04-03' }] },
    },
  ],
  invalid: [
    {
      name: 'a start naming a number that is no toewijzing of this gemeente',
      code: 'JW305',
      mutate: (b) => { b.Client.StartProducten.StartProduct[1]!.ToewijzingNummer = 999; },
      errors: [{ path: `${P.jw305Start(2)}/jw305:ToewijzingNummer`, message: 'ToewijzingNummer 999 is not a toewijzing of this gemeente' }],
    },
    {
      name: 'a start naming a toewijzing to another provider',
      code: 'JW305',
      env: { toewijzingen: metToewijzing(300201, { agb: '12345678' }) },
      errors: [{ path: `${P.jw305Start(1)}/jw305:ToewijzingNummer`, message: 'another provider' }],
    },
    {
      name: 'a stop naming a toewijzing of another client',
      code: 'JW307',
      env: { toewijzingen: metToewijzing(300202, { bsn: BSN.B }) },
      errors: [{ path: `${P.jw307Stop(2)}/jw307:ToewijzingNummer`, message: 'another client' }],
    },
    {
      name: 'a start naming a deleted toewijzing',
      code: 'JW305',
      env: { toewijzingen: metToewijzing(300201, { verwijderd: true, einddatum: '2026-04-01', redenWijziging: '13' }) },
      errors: [{ path: `${P.jw305Start(1)}/jw305:ToewijzingNummer`, message: 'deleted toewijzing' }],
    },
    {
      name: 'a start without ToewijzingNummer for an inspanningsgericht product',
      code: 'JW305',
      mutate: zonderNummer,
      env: { regio: regioMet('inspanningsgericht') },
      errors: [{ path: P.jw305Start(1), message: 'not taakgericht' }],
    },
    {
      name: 'a stop without ToewijzingNummer where no region contract covers the gemeente',
      code: 'JW307',
      mutate: (b) => { delete b.Client.StopProducten.StopProduct[0]!.ToewijzingNummer; },
      errors: [{ path: P.jw307Stop(1), message: 'has no ToewijzingNummer' }],
      // The stop no longer carries its start's key.
      alsoReportedBy: ['TR382'],
    },
  ],
});
