import { ruleTable } from '../../../test/rules/table.js';
import { TR337 } from './TR337.js';

ruleTable(TR337, {
  valid: [{ name: 'the JW325 names the JW323 it answers', code: 'JW325' }],
  invalid: [
    {
      name: 'another Identificatie',
      code: 'JW325',
      mutate: (b) => { b.Header.DeclaratieIdentificatie.Identificatie = '765432199'; },
      errors: [{ path: '/jw325:Bericht/jw325:Header/jw325:DeclaratieIdentificatie', message: "is not the JW323's 765432198 2026-05-06" }],
    },
    {
      name: 'another Dagtekening',
      code: 'JW325',
      mutate: (b) => { b.Header.DeclaratieIdentificatie.Dagtekening = '2026-05-05'; },
      errors: [{ path: '/jw325:Bericht/jw325:Header/jw325:DeclaratieIdentificatie' }],
    },
  ],
});
