import { ruleTable } from '../../../test/rules/table.js';
import { TR371 } from './TR371.js';

ruleTable(TR371, {
  valid: [{ name: "the JW325 repeats the JW323's XsdVersie", code: 'JW325' }],
  invalid: [
    {
      name: 'our own XsdVersie instead of the JW323s',
      code: 'JW325',
      mutate: (b) => { b.Header.XsdVersieDeclaratie = { BasisschemaXsdVersie: '9.9.9', BerichtXsdVersie: '9.9.9' }; },
      errors: [{ path: '/jw325:Bericht/jw325:Header/jw325:XsdVersieDeclaratie', message: 'XsdVersieDeclaratie 9.9.9/9.9.9' }],
    },
  ],
});
