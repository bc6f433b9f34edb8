/**
 * A large, valid JW323 (declaratie) for benchmarks and scale tests: `prestaties` Prestatie
 * elements, 5 per Client, unique ReferentieNummers and ToewijzingNummers, test BSNs that pass
 * the 11-test, amounts = volume x tarief and a TotaalIngediendBedrag that adds up. CR/LF line
 * ends and tab indentation, as OP192 prescribes. 10,000 prestaties make about 7 MB.
 */

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

export function largeJw323(prestaties: number): string {
  if (!Number.isInteger(prestaties) || prestaties < 1) throw new RangeError('prestaties must be a positive integer');
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
    t(7, `<ijw:ReferentieNummer>RN${String(k + 1).padStart(7, '0')}</ijw:ReferentieNummer>`);
    t(6, '</jw323:ProductReferentie>');
    t(6, `<jw323:ToewijzingNummer>${100000 + k}</jw323:ToewijzingNummer>`);
    t(6, '<jw323:ProductCategorie>45</jw323:ProductCategorie>');
    t(6, '<jw323:ProductCode>45A03</jw323:ProductCode>');
    t(6, '<jw323:ProductPeriode>');
    t(7, '<ijw:Begindatum>2026-04-01</ijw:Begindatum>');
    t(7, '<ijw:Einddatum>2026-04-30</ijw:Einddatum>');
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
    '\t\t<jw323:Afzender>65656055</jw323:Afzender>',
    '\t\t<jw323:Ontvanger>0384</jw323:Ontvanger>',
    '\t\t<jw323:BerichtIdentificatie>',
    '\t\t\t<ijw:Identificatie>DECL000001</ijw:Identificatie>',
    '\t\t\t<ijw:Dagtekening>2026-05-06</ijw:Dagtekening>',
    '\t\t</jw323:BerichtIdentificatie>',
    '\t\t<jw323:XsdVersie>',
    '\t\t\t<ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>',
    '\t\t\t<ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>',
    '\t\t</jw323:XsdVersie>',
    '\t</jw323:Header>',
    '\t<jw323:Declaratie>',
    '\t\t<jw323:DeclaratieNummer>DN000001</jw323:DeclaratieNummer>',
    '\t\t<jw323:DeclaratiePeriode>',
    '\t\t\t<ijw:Begindatum>2026-04-01</ijw:Begindatum>',
    '\t\t\t<ijw:Einddatum>2026-04-30</ijw:Einddatum>',
    '\t\t</jw323:DeclaratiePeriode>',
    '\t\t<jw323:DeclaratieDagtekening>2026-05-06</jw323:DeclaratieDagtekening>',
    '\t\t<jw323:TotaalIngediendBedrag>',
    `\t\t\t<ijw:TotaalBedrag>${totaal}</ijw:TotaalBedrag>`,
    '\t\t\t<ijw:DebetCredit>D</ijw:DebetCredit>',
    '\t\t</jw323:TotaalIngediendBedrag>',
    '\t\t<jw323:Clienten>',
  ];
  const tail = ['\t\t</jw323:Clienten>', '\t</jw323:Declaratie>', '</jw323:Bericht>', ''];
  return [...head, ...out, ...tail].join('\r\n');
}
