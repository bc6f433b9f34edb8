import { MESSAGE_CODES } from './model/dsl.js';
import { MODELS } from './model/index.js';
import { basisschemaXsd, messageXsd } from './xsd/generate.js';
import { typesTs } from './generate-types.js';

/** Every file derived from the model: repository-relative path → content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('schemas/ijw-3.2/basisschema.xsd', basisschemaXsd());
  for (const code of MESSAGE_CODES) files.set(`schemas/ijw-3.2/${code}.xsd`, messageXsd(MODELS[code]));
  files.set('src/message/types.generated.ts', typesTs());
  return files;
}
