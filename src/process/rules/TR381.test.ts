import { join } from 'node:path';
import { P, ruleTable } from '../../../test/rules/table.js';
import { REPO_ROOT } from '../../../test/support/shared.js';
import { loadRegio } from '../../ledger/regio/load.js';
import type { Regio } from '../../ledger/regio/types.js';
import { TR381 } from './TR381.js';

/** Regio Flevoland with the categorie of 45F01 established as 45 (the file itself leaves it onbekend). */
function regio(): Regio {
  const r = loadRegio(join(REPO_ROOT, 'regions/flevoland.json'));
  return { ...r, producten: r.producten.map((p) => (p.code === '45F01' ? { ...p, categorie: '45' } : p)) };
}
const env = { regio: regio() };

ruleTable(TR381, {
  valid: [
    { name: 'no region contract covers the gemeente: the check cannot run', code: 'JW315', mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Product = { Categorie: '54', Code: '45F01' }; } },
    { name: 'a code the region file does not list', code: 'JW305', env },
    { name: 'a code with its established categorie', code: 'JW315', env, mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Product = { Categorie: '45', Code: '45F01' }; } },
    {
      name: 'a code whose categorie the region file leaves onbekend',
      code: 'JW315',
      env: { regio: loadRegio(join(REPO_ROOT, 'regions/flevoland.json')) },
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[0]!.Product = { Categorie: '54', Code: '45F01' }; },
    },
  ],
  invalid: [
    {
      name: 'an AangevraagdProduct whose code belongs to another categorie',
      code: 'JW315',
      env,
      mutate: (b) => { b.Client.AangevraagdeProducten.AangevraagdProduct[1]!.Product = { Categorie: '54', Code: '45F01' }; },
      errors: [{ path: `${P.jw315Product(2)}/jw315:Product`, message: 'ProductCode 45F01 belongs to ProductCategorie 45 in region flevoland, not 54' }],
    },
    {
      name: 'a StartProduct whose code belongs to another categorie',
      code: 'JW305',
      env,
      mutate: (b) => { b.Client.StartProducten.StartProduct[0]!.Product = { Categorie: '54', Code: '45F01' }; },
      errors: [{ path: `${P.jw305Start(1)}/jw305:Product`, message: 'not 54' }],
    },
  ],
});
