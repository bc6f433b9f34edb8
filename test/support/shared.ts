/**
 * Access to ../shared (the reference library beside the repository; CI always has it).
 * Tests that need it use `describeShared`, which skips — and says so — when it is absent.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(process.env.IJW_SHARED ?? join(REPO_ROOT, '../shared'));
export const OFFICIAL_XSD_DIR = join(SHARED_DIR, 'ijw-3.2/xsd');
export const OFFICIAL_EXAMPLES_DIR = join(SHARED_DIR, 'ijw-3.2/examples');
export const OUR_XSD_DIR = join(REPO_ROOT, 'schemas/ijw-3.2');
export const HAS_SHARED = existsSync(OFFICIAL_XSD_DIR) && existsSync(OFFICIAL_EXAMPLES_DIR);

if (!HAS_SHARED) {
  console.warn(`[tests] ${SHARED_DIR} is absent: tests that compare with the official iJw material are skipped`);
}

/** `describe` that is skipped, with a message, when ../shared is not there. */
export const describeShared = (name: string, fn: () => void): void => {
  if (HAS_SHARED) describe(name, fn);
  // The body is not run at all: it may read ../shared while collecting its cases.
  else describe.skip(`${name} (skipped: ${SHARED_DIR} not found)`, () => { it.skip(`needs ${SHARED_DIR}`, () => {}); });
};
