/**
 * A large, valid JW323 (declaratie) for benchmarks and scale tests: `prestaties` Prestatie
 * elements, 5 per Client, unique ReferentieNummers and ToewijzingNummers, test BSNs that pass
 * the 11-test, amounts = volume x tarief and a TotaalIngediendBedrag that adds up. CR/LF line
 * ends and tab indentation, as OP192 prescribes. 10,000 prestaties make about 7 MB.
 *
 * With `seedLargeJw323Toewijzingen` the ledger gets the toewijzingen its prestaties declare on
 * (45/45A03, up to 20 hours a month through 2026, at the sending provider), so that every prestatie
 * is really judged and approved; `month` and `prefix` make several declarations on the same
 * toewijzingen that do not repeat each other (TR314, TR389).
 */
import type { Sql } from '../../src/db/index.js';


const NS = 'xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema"';
const TARIEF = 1250;

/** Test BSNs 999900006 … 999999990 that pass the 11-test, in order (wrapping around). */
export function* testBsns(): Generator<string> {
  for (;;) {
    for (let n = 999900006; n <= 999999990; n++) {
      const d = String(n);
      let sum = 0;
      for (let k = 0; k < 8; k++) sum += (9 - k) * Number(d[k]);
      sum -= Number(d[8]);
      if (sum % 11 === 0) yield d;
    }
  }
}

export const LARGE_JW323 = { afzender: '65656055', gemeente: '0384', eersteToewijzing: 100000 } as const;

export interface LargeJw323Options {
  /** DeclaratiePeriode and ProductPeriode: a month of 2026 ('2026-04', the default). The Dagtekening is the 6th of the next month. */
  month?: string;
  /** Before each ReferentieNummer (default 'RN'); RN + 7 digits. */
  prefix?: string;
}

function monthBounds(month: string): { begin: string; end: string; dagtekening: string } {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { begin: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}`, dagtekening: `${next}-06` };
}

export function largeJw323(prestaties: number, opts: LargeJw323Options = {}): string {
  if (!Number.isInteger(prestaties) || prestaties < 1) throw new RangeError('prestaties must be a positive integer');
  const { begin, end, dagtekening } = monthBounds(opts.month ?? '2026-04');
  const prefix = opts.prefix ?? 'RN';
  const bsns = testBsns();
  const out: string[] = [];
  let totaal = 0;
  const t = (depth: number, s: string): void => { out.push('\t'.repeat(depth) + s); };
  for (let k = 0; k < prestaties; k++) {
    if (k % 5 === 0) {
      if (k > 0) { t(4, '</jw323:Prestaties>'); t(3, '</jw323:Client>'); }
      t(3, '<jw323:Client>');
      t(4, `<jw323:Bsn>${bsns.next().value}</jw323:Bsn>`);
      t(4, '<jw323:Prestaties>');
    }
    const volume = 1 + (k % 20);
    const bedrag = volume * TARIEF;
    totaal += bedrag;
    t(5, '<jw323:Prestatie>');
    t(6, '<jw323:ProductReferentie>');
    t(7, `<ijw:ReferentieNummer>${prefix}${String(k + 1).padStart(7, '0')}</ijw:ReferentieNummer>`);
    t(6, '</jw323:ProductReferentie>');
    t(6, `<jw323:ToewijzingNummer>${LARGE_JW323.eersteToewijzing + k}</jw323:ToewijzingNummer>`);
    t(6, '<jw323:ProductCategorie>45</jw323:ProductCategorie>');
    t(6, '<jw323:ProductCode>45A03</jw323:ProductCode>');
    t(6, '<jw323:ProductPeriode>');
    t(7, `<ijw:Begindatum>${begin}</ijw:Begindatum>`);
    t(7, `<ijw:Einddatum>${end}</ijw:Einddatum>`);
    t(6, '</jw323:ProductPeriode>');
    t(6, `<jw323:GeleverdVolume>${volume}</jw323:GeleverdVolume>`);
    t(6, '<jw323:Eenheid>04</jw323:Eenheid>');
    t(6, `<jw323:ProductTarief>${TARIEF}</jw323:ProductTarief>`);
    t(6, '<jw323:IngediendBedrag>');
    t(7, `<ijw:Bedrag>${bedrag}</ijw:Bedrag>`);
    t(7, '<ijw:DebetCredit>D</ijw:DebetCredit>');
    t(6, '</jw323:IngediendBedrag>');
    t(5, '</jw323:Prestatie>');
  }
  t(4, '</jw323:Prestaties>');
  t(3, '</jw323:Client>');
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<jw323:Bericht ${NS}>`,
    '\t<jw323:Header>',
    '\t\t<jw323:BerichtCode>490</jw323:BerichtCode>',
    '\t\t<jw323:BerichtVersie>3</jw323:BerichtVersie>',
    '\t\t<jw323:BerichtSubversie>2</jw323:BerichtSubversie>',
    `\t\t<jw323:Afzender>${LARGE_JW323.afzender}</jw323:Afzender>`,
    `\t\t<jw323:Ontvanger>${LARGE_JW323.gemeente}</jw323:Ontvanger>`,
    '\t\t<jw323:BerichtIdentificatie>',
    '\t\t\t<ijw:Identificatie>DECL000001</ijw:Identificatie>',
    `\t\t\t<ijw:Dagtekening>${dagtekening}</ijw:Dagtekening>`,
    '\t\t</jw323:BerichtIdentificatie>',
    '\t\t<jw323:XsdVersie>',
    '\t\t\t<ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>',
    '\t\t\t<ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>',
    '\t\t</jw323:XsdVersie>',
    '\t</jw323:Header>',
    '\t<jw323:Declaratie>',
    '\t\t<jw323:DeclaratieNummer>DN000001</jw323:DeclaratieNummer>',
    '\t\t<jw323:DeclaratiePeriode>',
    `\t\t\t<ijw:Begindatum>${begin}</ijw:Begindatum>`,
    `\t\t\t<ijw:Einddatum>${end}</ijw:Einddatum>`,
    '\t\t</jw323:DeclaratiePeriode>',
    `\t\t<jw323:DeclaratieDagtekening>${dagtekening}</jw323:DeclaratieDagtekening>`,
    '\t\t<jw323:TotaalIngediendBedrag>',
    `\t\t\t<ijw:TotaalBedrag>${totaal}</ijw:TotaalBedrag>`,
    '\t\t\t<ijw:DebetCredit>D</ijw:DebetCredit>',
    '\t\t</jw323:TotaalIngediendBedrag>',
    '\t\t<jw323:Clienten>',
  ];
  const tail = ['\t\t</jw323:Clienten>', '\t</jw323:Declaratie>', '</jw323:Bericht>', ''];
  return [...head, ...out, ...tail].join('\r\n');
}

/** A toewijzing written straight into the ledger (S2) for tests and benchmarks, as if sent in a JW301. */
export interface SeedToewijzing {
  gemeente: string;
  nummer: number;
  agb: string;
  bsn: string;
  categorie?: string | null;
  code?: string | null;
  ingangsdatum: string;
  einddatum?: string | null;
  redenWijziging?: string | null;
  omvang?: { Volume: number; Eenheid: string; Frequentie: string } | null;
  budget?: number | null;
}

/** Writes toewijzingen with one current version each, in two statements whatever their number. */
export async function seedToewijzingen(sql: Sql, rows: readonly SeedToewijzing[]): Promise<void> {
  if (!rows.length) return;
  const col = <T>(f: (r: SeedToewijzing) => T) => rows.map(f);
  await sql`
    insert into toewijzing (gemeente, toewijzingnummer, agb, bsn)
    select * from unnest(${sql.array(col((r) => r.gemeente))}::text[], ${sql.array(col((r) => String(r.nummer)))}::bigint[],
                         ${sql.array(col((r) => r.agb))}::text[], ${sql.array(col((r) => r.bsn))}::text[])`;
  await sql`
    insert into toewijzing_versie (toewijzing_id, vastgesteld_op, product_categorie, product_code, ingangsdatum, einddatum, reden_wijziging, omvang, budget)
    select t.id, now(), x.cat, x.code, x.ing, x.ein, x.reden, x.omvang::jsonb, x.budget
    from unnest(${sql.array(col((r) => r.gemeente))}::text[], ${sql.array(col((r) => String(r.nummer)))}::bigint[],
                ${sql.array(col((r) => r.categorie ?? null))}::text[], ${sql.array(col((r) => r.code ?? null))}::text[],
                ${sql.array(col((r) => r.ingangsdatum))}::date[], ${sql.array(col((r) => r.einddatum ?? null))}::date[],
                ${sql.array(col((r) => r.redenWijziging ?? null))}::text[], ${sql.array(col((r) => (r.omvang ? JSON.stringify(r.omvang) : null)))}::text[],
                ${sql.array(col((r) => (r.budget === undefined || r.budget === null ? null : String(r.budget))))}::bigint[])
         as x(gemeente, nummer, cat, code, ing, ein, reden, omvang, budget)
    join toewijzing t on t.gemeente = x.gemeente and t.toewijzingnummer = x.nummer`;
}

/** The toewijzingen the prestaties of `largeJw323(prestaties)` declare on: 45/45A03, 20 hours a month, 2026. */
export async function seedLargeJw323Toewijzingen(sql: Sql, prestaties: number): Promise<void> {
  const bsns = testBsns();
  const rows: SeedToewijzing[] = [];
  let bsn = '';
  for (let k = 0; k < prestaties; k++) {
    if (k % 5 === 0) bsn = bsns.next().value!;
    rows.push({
      gemeente: LARGE_JW323.gemeente, nummer: LARGE_JW323.eersteToewijzing + k, agb: LARGE_JW323.afzender, bsn,
      categorie: '45', code: '45A03', ingangsdatum: '2026-01-01', einddatum: '2026-12-31', omvang: { Volume: 20, Eenheid: '04', Frequentie: '4' },
    });
  }
  await seedToewijzingen(sql, rows);
}
