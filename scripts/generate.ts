// Regenerates everything derived from the message model: schemas/ijw-3.2/*.xsd and the TS types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from '../src/message/generated-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [path, text] of generatedFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
