import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the files made by test/fixtures/datasets/make_datasets.py. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/datasets/', import.meta.url));

export const expected = JSON.parse(readFileSync(`${FIXTURES}expected.json`, 'utf8'));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

export function fromB64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}
