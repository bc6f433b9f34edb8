/** Small JW323 declarations for tests: prestaties of whole hours on a toewijzing in a month, and the declaration around them. */
import type { Berichten, JW323Prestatie } from '../../src/message/types.generated.js';
import { fixture } from '../fixtures/berichten.js';

export const TARIEF: Record<string, number> = { '45A03': 1250, '45A04': 1500 };

export function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** A prestatie of `uren` hours of `code` on toewijzing `nummer` in `month`; a credit when `credits` names the debit. */
export function prestatie(ref: string, nummer: number, code: string, month: string, uren: number, credits?: string): JW323Prestatie {
  return {
    ProductReferentie: { ReferentieNummer: ref, ...(credits ? { VorigReferentieNummer: credits } : {}) },
    ToewijzingNummer: nummer,
    ProductCategorie: '45',
    ProductCode: code,
    ProductPeriode: { Begindatum: `${month}-01`, Einddatum: lastDay(month) },
    GeleverdVolume: uren,
    Eenheid: '04',
    ProductTarief: TARIEF[code]!,
    IngediendBedrag: { Bedrag: uren * TARIEF[code]!, DebetCredit: credits ? 'C' : 'D' },
  };
}

/** A JW323 for DeclaratiePeriode `month`, sent on the 6th of the next month. */
export function declaratie(id: string, nummer: string, month: string, clients: { bsn: string; prestaties: JW323Prestatie[] }[]): Berichten['JW323'] {
  const b = fixture('JW323');
  const [y, m] = month.split('-').map(Number) as [number, number];
  const sent = m === 12 ? `${y + 1}-01-06` : `${y}-${String(m + 1).padStart(2, '0')}-06`;
  b.Header.BerichtIdentificatie = { Identificatie: id, Dagtekening: sent };
  b.Declaratie.DeclaratieNummer = nummer;
  b.Declaratie.DeclaratiePeriode = { Begindatum: `${month}-01`, Einddatum: lastDay(month) };
  b.Declaratie.DeclaratieDagtekening = sent;
  b.Declaratie.Clienten.Client = clients.map((c) => ({ Bsn: c.bsn, Prestaties: { Prestatie: c.prestaties } }));
  let total = 0;
  for (const c of clients) for (const p of c.prestaties) total += p.IngediendBedrag.DebetCredit === 'C' ? -p.IngediendBedrag.Bedrag : p.IngediendBedrag.Bedrag;
  b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: Math.abs(total), DebetCredit: total < 0 ? 'C' : 'D' };
  return b;
}

