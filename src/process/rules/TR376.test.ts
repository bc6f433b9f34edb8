import { P, ruleTable } from '../../../test/rules/table.js';
import { TR376 } from './TR376.js';

ruleTable(TR376, {
  valid: [
    { name: 'the DeclaratieNummer of the JW323', code: 'JW325' },
    { name: 'a JW325 without DeclaratieAntwoord (header rejection)', code: 'JW325', mutate: (b) => { delete b.DeclaratieAntwoord; b.Header.RetourCodes = { RetourCode: ['9056'] }; } },
  ],
  invalid: [
    {
      name: 'another DeclaratieNummer',
      code: 'JW325',
      mutate: (b) => { b.DeclaratieAntwoord!.DeclaratieNummer = 'DN002'; },
      errors: [{ path: `${P.jw325Antwoord}/jw325:DeclaratieNummer`, message: "DeclaratieNummer DN002 is not the JW323's DN001" }],
    },
  ],
});
