/**
 * TR418 (0611): the ProductTarief is the contract tariff of the ProductCode (S9, the region file;
 * per minute against an hourly tariff: hourly / 60 rounded to whole cents, IV081). The TR file puts
 * it at controleniveau "berichtoverstijgend", but the contract is an external source, so it runs as
 * CL4 here (ijw-rules.md §4.6). Where the region file has no tariff (no region covers the gemeente,
 * the product is not in it, or its tariff is `onbekend`) the check cannot run and does NOT reject;
 * the stage records that it could not run (src/ledger/declaratie.ts, `notities` on the declaration).
 * A product the region file marks as having no tariff of its own (`geenTarief`) cannot be declared,
 * so any ProductTarief differs from its contract. Debits only (ijw-rules.md §9.1 C1).
 */
import { productOf, tariefOf } from '../../ledger/regio/load.js';
import type { Regio } from '../../ledger/regio/types.js';
import type { JW323Prestatie } from '../../message/types.generated.js';
import { prestatieCheck } from './declaratie.js';
import { defineRule } from './types.js';

export type TariefControle =
  | { kind: 'nvt' }
  | { kind: 'ok' }
  | { kind: 'afwijkend'; message: string }
  /** The check could not run: why (no personal data: it names products and the region only). */
  | { kind: 'niet-uitgevoerd'; reason: string };

/** The tariff check of one prestatie (pure; the rule reports `afwijkend`, the stage records `niet-uitgevoerd`). */
export function tariefControle(regio: Regio | null, p: JW323Prestatie): TariefControle {
  const tarief = p.ProductTarief;
  if (p.Eenheid === '83' || tarief === undefined || p.IngediendBedrag.DebetCredit === 'C') return { kind: 'nvt' };
  if (!regio) return { kind: 'niet-uitgevoerd', reason: 'no region file covers this gemeente' };
  const date = p.ProductPeriode.Begindatum;
  const t = tariefOf(regio, productOf(regio, p.ProductCategorie, p.ProductCode, date) ?? p.ProductCode, date, p.Eenheid);
  switch (t.kind) {
    case 'onbekend':
      return { kind: 'niet-uitgevoerd', reason: t.reason };
    case 'geen':
      return { kind: 'afwijkend', message: `product ${p.ProductCode} has no contract tariff of its own in region ${regio.id} and cannot be declared (${t.reason})` };
    case 'bekend':
      if (t.eurocent === tarief) return { kind: 'ok' };
      return { kind: 'afwijkend', message: `ProductTarief ${tarief} differs from the contract tariff ${t.eurocent} of product ${p.ProductCode} per Eenheid ${t.eenheid} in region ${regio.id}${t.afgeleid ? ` (${t.afgeleid})` : ''}` };
  }
}

export const TR418 = defineRule({
  meta: {
    id: 'TR418',
    level: 4,
    retourcode: '0611',
    berichten: ['JW323'],
    direction: 'in',
    description: 'ProductTarief is the contract tariff of the ProductCode (not judged where the region file has no tariff)',
    source: 'TR418.md; IV081; OP262–OP264; ijw-rules.md §4.6',
  },
  check: prestatieCheck({
    id: 'TR418',
    field: 'ProductTarief',
    check({ env, p }) {
      const c = tariefControle(env.regio ?? null, p);
      return c.kind === 'afwijkend' ? c.message : undefined;
    },
  }),
});
