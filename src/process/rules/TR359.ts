/**
 * TR359 (berichtoverstijgend, 9359; guards what we send): no JW319 once a JW301 with the same
 * ReferentieAanbieder was sent, i.e. once the request was honoured. A JW301 the provider rejected
 * counts as not sent (OP286). A reference no request has is TR355's.
 */
import { beantwoordVerzoek } from './verzoek.js';
import { defineRule } from './types.js';

export const TR359 = defineRule({
  meta: {
    id: 'TR359',
    level: 3,
    retourcode: '9359',
    berichten: ['JW319'],
    direction: 'out',
    description: 'No JW319 for a ReferentieAanbieder that a JW301 already honoured',
    source: 'TR359.md; OP344; ijw-rules.md §4.8',
  },
  check(ctx) {
    const a = ctx.bericht.Antwoord;
    const v = beantwoordVerzoek(ctx.env, 'TR359', ctx.bericht.Header, a.ReferentieAanbieder);
    if (v?.status === 'toegewezen') {
      ctx.report(a, undefined, `a JW301 honouring ReferentieAanbieder ${a.ReferentieAanbieder} was already sent: the request is answered`);
    }
  },
});
