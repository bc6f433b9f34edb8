/**
 * The declaration flow (ijw-rules.md §2.1 E) through `ijw simulate`: a JW323 answered by a JW325
 * at once (10 working days at most, OP090x4), a correction by credit and new debit, and a
 * declaration partly rejected with only the rejected prestaties returned.
 */
import { describe, expect, it } from 'vitest';
import type { Berichten } from '../../src/message/types.generated.js';
import { AGB, BSN } from '../fixtures/berichten.js';
import { declaratie, prestatie } from '../support/jw323.js';
import { Scenario, clientGegevens, type Run } from './support.js';

const jw325 = (run: Run, stap: string): Berichten['JW325'] => {
  const [m] = run.berichten(stap);
  expect(m!.code).toBe('JW325');
  return m!.bericht as Berichten['JW325'];
};

describe('declaration flow (ijw simulate)', () => {
  it('JW323 → JW325; a credit with a new debit corrects it; an excess is rejected alone', async () => {
    const run = await new Scenario()
      .klok('2026-03-02T09:00:00')
      // Toewijzing 1: 45A03, at most 20 hours a month, March to December.
      .actie('toewijzing', 'POST', '/toewijzingen', {
        aanbieder: AGB, client: clientGegevens(BSN.A), product: { Categorie: '45', Code: '45A03' },
        ingangsdatum: '2026-03-01', einddatum: '2026-12-31', omvang: { Volume: 20, Eenheid: '04', Frequentie: '4' },
      })
      .klok('2026-04-06T10:00:00')
      .bericht('maart', 'JW323', (b) => Object.assign(b, declaratie('SC-D1', 'DN1', '2026-03', [{ bsn: BSN.A, prestaties: [prestatie('R1', 1, '45A03', '2026-03', 12)] }])))
      .klok('2026-05-06T10:00:00')
      // March was 10 hours, not 12: credit R1 and declare it again (OP366, IV091), next to April.
      .bericht('correctie', 'JW323', (b) => Object.assign(b, declaratie('SC-D2', 'DN2', '2026-04', [{ bsn: BSN.A, prestaties: [
        prestatie('R2', 1, '45A03', '2026-03', 12, 'R1'),
        prestatie('R3', 1, '45A03', '2026-03', 10),
        prestatie('R4', 1, '45A03', '2026-04', 8),
      ] }])))
      .klok('2026-06-08T10:00:00')
      // May: 25 hours is over the 20 a month (TR321); R5 alone is rejected.
      .bericht('mei', 'JW323', (b) => Object.assign(b, declaratie('SC-D3', 'DN3', '2026-05', [{ bsn: BSN.A, prestaties: [prestatie('R5', 1, '45A03', '2026-05', 25)] }])))
      .run();
    expect(run.stap('toewijzing').status).toBe(201);

    const maart = jw325(run, 'maart');
    expect(run.stap('maart')).toMatchObject({ verdict: 'ok' });
    expect(maart.Header.RetourCodes.RetourCode).toEqual(['0200']);
    expect(maart.DeclaratieAntwoord).toMatchObject({ RetourCodes: { RetourCode: ['8001'] }, TotaalToegekendBedrag: { TotaalBedrag: 15000, DebetCredit: 'D' } });
    // Answered at once: the declaration is not among the open obligations after its step.
    expect((run.stap('maart').openTermijnen as { termijn: string }[]).some((o) => o.termijn === 'declaratieAntwoord')).toBe(false);

    const correctie = jw325(run, 'correctie');
    expect(run.stap('correctie')).toMatchObject({ verdict: 'ok' });
    // −15,000 + 12,500 + 10,000 = 7,500 awarded, credit first.
    expect(correctie.DeclaratieAntwoord).toMatchObject({ RetourCodes: { RetourCode: ['8001'] }, TotaalToegekendBedrag: { TotaalBedrag: 7500, DebetCredit: 'D' } });

    const mei = jw325(run, 'mei');
    expect(run.stap('mei')).toMatchObject({ verdict: 'partial' });
    const terug = mei.DeclaratieAntwoord!.Clienten!.Client[0]!.Prestaties.Prestatie;
    expect(terug.map((p) => [p.ProductReferentie.ReferentieNummer, p.RetourCodes.RetourCode])).toEqual([['R5', ['9321']]]);
    expect(mei.DeclaratieAntwoord!.TotaalToegekendBedrag).toEqual({ TotaalBedrag: 0, DebetCredit: 'D' });
  }, 60_000);
});
