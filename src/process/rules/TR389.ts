/**
 * TR389 (berichtoverstijgend, 9389): one debit per ProductPeriode, ProductCategorie, ProductCode
 * and ToewijzingNummer, unless every earlier debit for that combination has been credited (OP366,
 * IV089). Earlier debits are the approved ones (a rejected prestatie can never be credited, IV085,
 * so counting it would block its correction); a credit approved in this message clears its debit
 * (credits are judged first). The ProductPeriode is compared by its month: for one toewijzing every
 * valid ProductPeriode of a month is the same (TR387, TR388). Debits only.
 */
import { monthOf, prestatieCheck, type PrestatieView } from './declaratie.js';
import { defineRule } from './types.js';

const key = (nummer: number, begindatum: string, categorie: string, code: string): string =>
  `${nummer}|${monthOf(begindatum)}|${categorie}|${code}`;

interface State {
  /** Earlier approved debits not credited (also not by this message), by key. */
  open?: Map<string, string>;
  /** Debits approved earlier in this message, by key. */
  inMessage: Map<string, string>;
  /** The key of the prestatie just checked (goedgekeurd follows its check). */
  key: string;
}

export const TR389 = defineRule({
  meta: {
    id: 'TR389',
    level: 3,
    retourcode: '9389',
    berichten: ['JW323'],
    direction: 'in',
    description: 'A debit for a ProductPeriode, product and ToewijzingNummer only when every earlier debit for them was credited',
    source: 'TR389.md; OP366; IV085; IV089; ijw-rules.md §4.6, §6.5',
  },
  check: prestatieCheck<State>({
    id: 'TR389',
    toewijzing: true,
    start: () => ({ inMessage: new Map(), key: '' }),
    check({ p, run }, state) {
      if (!state.open) {
        // Built at the first debit: by then every credit of the message has been judged.
        state.open = new Map();
        for (const d of run.historie.openDebets as readonly PrestatieView[]) {
          if (d.debetCredit !== 'D' || d.gecrediteerdDoor !== null || run.gecrediteerd.has(d.referentieNummer)) continue;
          state.open.set(key(d.toewijzingNummer, d.begindatum, d.categorie, d.code), d.referentieNummer);
        }
      }
      const k = (state.key = key(p.ToewijzingNummer, p.ProductPeriode.Begindatum, p.ProductCategorie, p.ProductCode));
      // Nothing to compare with: the common case of a first declaration for the month.
      if (state.open.size === 0 && state.inMessage.size === 0) return undefined;
      const earlier = state.open.get(k);
      const same = state.inMessage.get(k);
      const what = `ToewijzingNummer ${p.ToewijzingNummer}, product ${p.ProductCategorie}/${p.ProductCode} and ${monthOf(p.ProductPeriode.Begindatum)}`;
      if (earlier !== undefined) return `debit prestatie ${earlier} for ${what} was approved before and has not been credited`;
      if (same !== undefined) return `debit prestatie ${same} of this message is for the same ${what}`;
      return undefined;
    },
    goedgekeurd({ p }, state) {
      state.inMessage.set(state.key, p.ProductReferentie.ReferentieNummer);
    },
  }),
});
