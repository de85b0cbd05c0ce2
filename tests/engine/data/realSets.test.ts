// The real sets through the CLI's reader over the shipped public/datasets files.
import { describe, expect, it } from 'vitest';
import { classCount } from '../../../src/spec/catalog/datasets';
import { readDatasetFile } from '../../../src/cli/readDatasetFile';
import { DATASETS } from '../../../src/engine/data/registry';
import { parseDatasetFile } from '../../../src/engine/data/realSets';
import { classCounts, draw, row } from './helpers';

const load = (kind: string, samples?: number, seed = 1) =>
  draw(kind, samples === undefined ? {} : { samples }, seed, readDatasetFile);

describe.each([
  // kind, samples, features, class names, samples per class (scikit-learn's documented counts)
  ['iris', 150, 4, ['setosa', 'versicolor', 'virginica'], [50, 50, 50]],
  ['wine', 178, 13, ['class_0', 'class_1', 'class_2'], [59, 71, 48]],
  ['breast_cancer', 569, 30, ['malignant', 'benign'], [212, 357]],
  ['digits', 1797, 64, '0123456789'.split(''), [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]],
] as const)('%s', (kind, n, features, classNames, counts) => {
  it('loads every sample with its registry shape and class names', async () => {
    const ds = await load(kind);
    expect([ds.n, ds.features, ds.classes]).toEqual([n, features, classNames.length]);
    expect(ds.classNames).toEqual(classNames);
    expect(ds.featureNames.length).toBe(features);
    expect(classCounts(ds)).toEqual(counts);
    expect(ds.x.every(Number.isFinite)).toBe(true);
    const entry = DATASETS[kind];
    expect([entry.maxSamples, entry.features, classCount(entry, entry.defaults)]).toEqual([
      n,
      features,
      classNames.length,
    ]);
  });

  it('subsamples without replacement, deterministically, keeping file order', async () => {
    const [full, a, b, other] = await Promise.all([
      load(kind),
      load(kind, 40, 5),
      load(kind, 40, 5),
      load(kind, 40, 6),
    ]);
    expect(a.n).toBe(40);
    expect(a.x).toEqual(b.x);
    expect(other.x).not.toEqual(a.x);
    // Every drawn row is a row of the file, with its label; no row twice unless the file
    // itself repeats it (digits has a few identical images, so compare positions).
    const fullRows = Array.from({ length: full.n }, (_, i) => `${row(full, i)}|${full.labels![i]}`);
    let previous = -1;
    for (let i = 0; i < a.n; i++) {
      const at = fullRows.indexOf(`${row(a, i)}|${a.labels![i]}`, previous + 1);
      expect(at).toBeGreaterThan(previous);
      previous = at;
    }
  });
});

describe('the data set files', () => {
  it('keep the source numbers (iris row 1: 5.1, 3.5, 1.4, 0.2, setosa)', async () => {
    const ds = await load('iris');
    expect(ds.x.subarray(0, 4)).toEqual(Float32Array.of(5.1, 3.5, 1.4, 0.2));
    expect(ds.featureNames[0]).toBe('sepal length (cm)');
  });

  it('give a clear error when malformed', () => {
    const shape = { size: 2, features: 2, classes: 2 };
    const file = (body: object) =>
      JSON.stringify({
        format: 'descent-dataset/1',
        featureNames: ['a', 'b'],
        classNames: ['p', 'q'],
        ...body,
      });
    const parse = (text: string) => () => parseDatasetFile(text, 'toy.json', shape);
    expect(parse('{"x": [[1, 2],')).toThrow(/^toy\.json is not valid JSON/);
    expect(parse('[1, 2]')).toThrow('toy.json: not a JSON object');
    expect(parse(file({ format: 'csv' }))).toThrow('toy.json: format must be "descent-dataset/1"');
    expect(parse(file({ featureNames: ['a'] }))).toThrow(
      'toy.json: featureNames must be 2 strings',
    );
    expect(parse(file({ x: [[1, 2]], y: [0, 1] }))).toThrow('toy.json: x must hold 2 rows');
    expect(
      parse(
        file({
          x: [
            [1, 2],
            [3, '4'],
          ],
          y: [0, 1],
        }),
      ),
    ).toThrow('toy.json: x[1] must be a list of 2 finite numbers');
    expect(
      parse(
        file({
          x: [
            [1, 2],
            [3, 4],
          ],
          y: [0, 2],
        }),
      ),
    ).toThrow('toy.json: y[1] must be a class index from 0 to 1');
    expect(
      parse(
        file({
          x: [
            [1, 2],
            [3, 4],
          ],
          y: [0, 1],
        }),
      )().n,
    ).toBe(2);
  });

  it('name the file when the registry reads a broken one', async () => {
    const text = (s: string) => () => Promise.resolve(new TextEncoder().encode(s));
    const broken = text('{"format": "descent-dataset/1", "x": ');
    await expect(draw('iris', {}, 1, broken)).rejects.toThrow(/^iris\.json is not valid JSON/);
    const latin1 = () => Promise.resolve(Uint8Array.of(0x7b, 0xe9, 0x7d)); // {é} in Latin-1
    await expect(draw('iris', {}, 1, latin1)).rejects.toThrow('iris.json is not UTF-8 text');
    const missing = () => Promise.reject(new Error('404'));
    await expect(draw('wine', {}, 1, missing)).rejects.toThrow(
      'cannot read data set file wine.json: 404',
    );
  });
});

describe('readDatasetFile', () => {
  it('refuses names that could leave public/datasets', async () => {
    for (const name of [
      '../package.json',
      'a/b.json',
      '..',
      '',
      '.hidden',
      'a\\b.json',
      '/etc/passwd',
    ]) {
      await expect(readDatasetFile(name)).rejects.toThrow(/plain file name/);
    }
  });

  it('says which file is missing', async () => {
    await expect(readDatasetFile('nope.json')).rejects.toThrow(
      'no data set file public/datasets/nope.json',
    );
  });
});
