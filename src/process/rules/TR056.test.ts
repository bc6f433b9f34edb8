import { ruleTable } from '../../../test/rules/table.js';
import { TR056 } from './TR056.js';

const fresh = { today: '2026-12-01', identificatieEerderOntvangen: false };
const seen = { today: '2026-12-01', identificatieEerderOntvangen: true };

ruleTable(TR056, {
  valid: [
    { name: 'JW315 with an Identificatie not used before', code: 'JW315', env: fresh },
    { name: 'JW323 with an Identificatie not used before', code: 'JW323', env: fresh },
    { name: 'JW305 with an Identificatie not used before', code: 'JW305', env: fresh },
  ],
  invalid: [
    {
      name: 'JW315 whose Identificatie the sender used before',
      code: 'JW315',
      env: seen,
      errors: [{ path: '/jw315:Bericht/jw315:Header/jw315:BerichtIdentificatie/ijw:Identificatie', message: 'VT2026040101 was already used' }],
    },
    {
      name: 'JW323 whose Identificatie the sender used before',
      code: 'JW323',
      env: seen,
      errors: [{ path: '/jw323:Bericht/jw323:Header/jw323:BerichtIdentificatie/ijw:Identificatie', message: 'earlier JW323' }],
    },
  ],
});
