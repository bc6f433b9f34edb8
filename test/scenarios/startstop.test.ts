/**
 * The start/stop flows of berichtstromen.md through `ijw simulate`, each on a toewijzing the
 * gemeente issued: every message is accepted (JW306/JW308 a header without RetourCodes), and where
 * the flow implies it, the next message that would break the order is refused with its code.
 */
import { describe, expect, it } from 'vitest';
import type { Berichten, JW305StartProduct, JW307StopProduct } from '../../src/message/types.generated.js';
import { AGB } from '../fixtures/berichten.js';
import { Scenario, clientGegevens } from './support.js';

const start = (over: Partial<JW305StartProduct> = {}): JW305StartProduct => ({
  ToewijzingNummer: 1, Product: { Categorie: '55', Code: '55A11' }, ToewijzingIngangsdatum: '2026-04-01', Begindatum: '2026-04-03', StatusAanlevering: '1', ...over,
});
const stop = (over: Partial<JW307StopProduct> = {}): JW307StopProduct => ({ ...start(), RedenBeeindiging: '31', Einddatum: '2026-06-30', ...over });

type Stap = ['JW305', JW305StartProduct[]] | ['JW307', JW307StopProduct[]];

function scenario(stappen: Stap[]): Scenario {
  const s = new Scenario()
    .klok('2026-04-01T09:00:00')
    .actie('toewijzing', 'POST', '/toewijzingen', {
      aanbieder: AGB, client: clientGegevens(), product: { Categorie: '55', Code: '55A11' },
      ingangsdatum: '2026-04-01', einddatum: '2026-12-31', omvang: { Volume: 2, Eenheid: '04', Frequentie: '2' },
    })
    // After every Begindatum and Einddatum below (TR134).
    .klok('2026-07-20T10:00:00');
  stappen.forEach(([code, producten], i) => {
    if (code === 'JW305') s.bericht(`stap-${i + 1}`, 'JW305', (b) => { b.Client.StartProducten.StartProduct = producten; });
    else s.bericht(`stap-${i + 1}`, 'JW307', (b) => { b.Client.StopProducten.StopProduct = producten; });
  });
  return s;
}

const FLOWS: [string, Stap[], { refused?: Stap; code: string }?][] = [
  ['stop after start (definitive)', [['JW305', [start()]], ['JW307', [stop()]]], { refused: ['JW307', [stop({ Einddatum: '2026-07-10' })]], code: '9415' }],
  ['temporary stop after start', [['JW305', [start()]], ['JW307', [stop({ RedenBeeindiging: '20', Einddatum: '2026-05-01' })]]], { refused: ['JW307', [stop({ RedenBeeindiging: '20', Einddatum: '2026-05-02' })]], code: '9413' }],
  ['definitive stop after a temporary stop', [['JW305', [start()]], ['JW307', [stop({ RedenBeeindiging: '20', Einddatum: '2026-05-01' })]], ['JW307', [stop({ Einddatum: '2026-06-30' })]]]],
  ['start after stop', [['JW305', [start()]], ['JW307', [stop({ RedenBeeindiging: '20', Einddatum: '2026-05-01' })]], ['JW305', [start({ Begindatum: '2026-06-01' })]]], { refused: ['JW305', [start({ Begindatum: '2026-06-15' })]], code: '9326' }],
  ['delete a start', [['JW305', [start()]], ['JW305', [start({ StatusAanlevering: '3' })]]], { refused: ['JW307', [stop()]], code: '9069' }],
  ['correct a start', [['JW305', [start()]], ['JW305', [start({ StatusAanlevering: '3' }), start({ Begindatum: '2026-04-06' })]]], { refused: ['JW307', [stop()]], code: '9069' }],
  ['delete a stop', [['JW305', [start()]], ['JW307', [stop()]], ['JW307', [stop({ StatusAanlevering: '3' })]]], { refused: ['JW307', [stop({ StatusAanlevering: '3' })]], code: '9063' }],
  ['correct a stop', [['JW305', [start()]], ['JW307', [stop()]], ['JW307', [stop({ StatusAanlevering: '3' }), stop({ Einddatum: '2026-06-15' })]]]],
];

describe('start/stop flows (ijw simulate)', () => {
  it.each(FLOWS)('%s', async (_name, stappen, then) => {
    const run = await scenario(then?.refused ? [...stappen, then.refused] : stappen).run();
    expect(run.stap('toewijzing').status).toBe(201);
    stappen.forEach(([code], i) => {
      const s = run.stap(`stap-${i + 1}`);
      expect(s, `step ${i + 1}: ${JSON.stringify(s.fouten)}`).toMatchObject({ berichtcode: code, verdict: 'ok', retourcodes: [] });
      const [answer] = run.berichten(`stap-${i + 1}`);
      expect(answer!.code).toBe(code === 'JW305' ? 'JW306' : 'JW308');
      expect((answer!.bericht as Berichten['JW306']).Header.RetourCodes).toBeUndefined();
    });
    if (then?.refused) {
      const s = run.stap(`stap-${stappen.length + 1}`);
      expect(s).toMatchObject({ verdict: 'ledger', retourcodes: [then.code] });
      const [answer] = run.berichten(`stap-${stappen.length + 1}`);
      expect((answer!.bericht as Berichten['JW306']).Header.RetourCodes?.RetourCode).toEqual(['0200']);
    }
  }, 60_000);
});
