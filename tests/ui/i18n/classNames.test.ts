// Class names in the page's language: every built-in set's names (made by the engine's
// generators, or read from the shipped files) have words in every language, numbered ones
// keep their number, and a CSV's own names pass through as they are.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DATASET_CATALOG,
  DATASET_NAMES,
  type DataSetEntry,
} from '../../../src/spec/catalog/datasets';
import { DATASETS } from '../../../src/engine/data/registry';
import { Rng } from '../../../src/engine/random';
import { className } from '../../../src/ui/i18n/classNames';
import { LANGUAGES } from '../../../src/ui/i18n/languages';
import { translator } from '../../../src/ui/i18n/translate';

const ja = translator('ja', LANGUAGES.ja.messages);
const en = translator('en', LANGUAGES.en.messages);
const DATA_DIR = join(__dirname, '../../../public/datasets');

/** The shipped image set's class names, from its file's header (engine/data/imageSets.ts). */
function imageSetNames(name: string): string[] {
  const bytes = readFileSync(join(DATA_DIR, `${name}.bin`));
  const length = bytes.readUInt32LE(16);
  return JSON.parse(bytes.subarray(20, 20 + length).toString('utf8')).classNames;
}

/** Every built-in classification set's class names, as the engine makes or reads them. */
async function builtInNames(name: string): Promise<string[]> {
  const entry: DataSetEntry = DATASET_CATALOG[name as keyof typeof DATASET_CATALOG];
  // The real sets: JSON files, or (the image sets) a binary file with a JSON header.
  const json = join(DATA_DIR, `${name}.json`);
  if (existsSync(json)) return JSON.parse(readFileSync(json, 'utf8')).classNames;
  if (entry.maxSamples !== undefined) return imageSetNames(name);
  const [, most] = entry.classRange ?? [0, entry.defaults.classes];
  const options = { ...entry.defaults, classes: most };
  const set = await DATASETS[name].load(options, new Rng(1), async () => {
    throw new Error('a generator reads no file');
  });
  return [...set.classNames];
}

describe('class names', () => {
  const classification = DATASET_NAMES.filter((n) => DATASET_CATALOG[n].task === 'classification');

  it.each(classification)('%s: every class has a Japanese name (digits stay digits)', async (n) => {
    const names = await builtInNames(n);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      if (/^\d+$/.test(name)) continue;
      expect(className(ja, name), name).not.toBe(name);
      expect(className(en, name)).toBe(name);
    }
  });

  it('keeps the number of a numbered class', () => {
    expect(className(en, 'arm 3')).toBe('arm 3');
    expect(className(ja, 'arm 3')).toBe(ja.label('class', 'arm', '').replace('{n}', '3'));
    expect(className(ja, 'blob 10')).toMatch(/10/);
  });

  it("shows a CSV's own names as they are", () => {
    expect(className(ja, 'Iris-setosa')).toBe('Iris-setosa');
    expect(className(ja, 'arm of a chair')).toBe('arm of a chair');
  });
});
