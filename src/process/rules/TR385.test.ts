import { P, ruleTable } from '../../../test/rules/table.js';
import { TR385 } from './TR385.js';

const verwijder = (b: { Client: { ToegewezenProducten: { ToegewezenProduct: { Ingangsdatum: string; Einddatum?: string; RedenWijziging?: string; ReferentieAanbieder?: string }[] } } }) => {
  const p = b.Client.ToegewezenProducten.ToegewezenProduct[0]!;
  p.Einddatum = p.Ingangsdatum;
  p.RedenWijziging = '13';
};

ruleTable(TR385, {
  valid: [
    { name: 'deleting a toewijzing without approved prestaties', code: 'JW301', mutate: verwijder },
    { name: 'deleting a toewijzing whose prestaties were all credited', code: 'JW301', mutate: verwijder, env: { nietGecrediteerd: new Map([[300201, 0]]) } },
    { name: 'no deletion: prestaties on it do not matter', code: 'JW301', env: { nietGecrediteerd: new Map([[300201, 3]]) } },
  ],
  invalid: [
    {
      name: 'deleting a toewijzing with an approved prestatie not credited',
      code: 'JW301',
      mutate: verwijder,
      env: { nietGecrediteerd: new Map([[300201, 2]]) },
      errors: [{ path: `${P.jw301Product(1)}/jw301:RedenWijziging`, message: 'toewijzing 300201 has 2 approved prestatie(s) that were not credited' }],
    },
  ],
});
