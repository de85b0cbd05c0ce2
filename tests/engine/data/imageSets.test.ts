// The image sets: the shipped Fashion-MNIST file through the CLI's reader (no apt package
// needed), and small files built here to show that a damaged one is refused with its reason.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../../src/cli/readDatasetFile';
import type { DatasetFileReader } from '../../../src/engine/data/dataset';
import {
  imagePart,
  imageSetFile,
  parseImageSetFile,
  readImageSet,
  type ImageSetHeader,
  type ImageSetShape,
} from '../../../src/engine/data/imageSets';
import { subsampleRows } from '../../../src/engine/data/realSets';
import { DATASETS } from '../../../src/engine/data/registry';
import { Rng } from '../../../src/engine/random';
import { classCounts, draw, row } from './helpers';

const FASHION: ImageSetShape = { size: 12_000, image: [1, 28, 28], classes: 10 };
const CLASS_NAMES = [
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
];

describe('fashion_mnist.bin, as shipped', () => {
  const shipped = readImageSet(readDatasetFile, 'fashion_mnist', FASHION);

  it('holds 12,000 training and 2,000 test images of 28×28, balanced over ten named classes', async () => {
    const { header, train, test } = await shipped;
    expect([train.n, test.n]).toEqual([12_000, 2000]);
    expect(header.shape).toEqual([1, 28, 28]);
    expect(header.classNames).toEqual(CLASS_NAMES);
    expect(header.classNamesJa).toHaveLength(10);
    expect(header.classNamesJa[0]).toBe('Tシャツ/トップス');
    expect(header.source).toMatch(/Zalando Research.*dataset-fashion-mnist/);
    expect(header.license).toMatch(/^The MIT License \(MIT\) Copyright © \[2017\] Zalando SE/);
    const set = await shipped;
    expect(classCounts(imagePart(set, 'train', null))).toEqual(new Array(10).fill(1200));
    expect(classCounts(imagePart(set, 'test', null))).toEqual(new Array(10).fill(200));
  });

  it('matches its catalog row', () => {
    const entry = DATASETS.fashion_mnist;
    expect([entry.maxSamples, entry.features, entry.image]).toEqual([12_000, 784, [1, 28, 28]]);
  });

  it('loads `samples` training images, pixels as byte / 255, seeded, from the training part', async () => {
    const { train } = await shipped;
    const [a, b, other] = await Promise.all([
      draw('fashion_mnist', { samples: 300 }, 5, readDatasetFile),
      draw('fashion_mnist', { samples: 300 }, 5, readDatasetFile),
      draw('fashion_mnist', { samples: 300 }, 6, readDatasetFile),
    ]);
    expect([a.n, a.features, a.classes]).toEqual([300, 784, 10]);
    expect(a.classNames).toEqual(CLASS_NAMES);
    expect(a.featureNames.slice(0, 2)).toEqual(['pixel_0_0', 'pixel_0_1']);
    expect(a.x).toEqual(b.x);
    expect(a.labels).toEqual(b.labels);
    expect(other.x).not.toEqual(a.x);
    // The rows subsample picks from the seed's 'data' stream, as for every real set, with
    // their pixels and labels as the file holds them.
    const rows = subsampleRows(12_000, 300, Rng.stream(5, 'data'))!;
    let wrong = 0;
    rows.forEach((r, i) => {
      if (a.labels![i] !== train.labels[r]) wrong++;
      for (let j = 0; j < 784; j++) {
        if (a.x[i * 784 + j] !== Math.fround(train.pixels[r * 784 + j] / 255)) wrong++;
      }
    });
    expect(wrong).toBe(0);
    expect([a.x.reduce((m, v) => Math.min(m, v)), a.x.reduce((m, v) => Math.max(m, v))]).toEqual([
      0, 1,
    ]);
  });

  it('gives the whole training part for samples ≥ 12,000, and draws 6000 by default', async () => {
    expect((await draw('fashion_mnist', { samples: 12_000 }, 1, readDatasetFile)).n).toBe(12_000);
    expect((await draw('fashion_mnist', {}, 1, readDatasetFile)).n).toBe(6000);
  });

  it('is refused, naming the file, when cut short', async () => {
    const bytes = await readDatasetFile('fashion_mnist.bin');
    const cut: DatasetFileReader = async () => bytes.subarray(0, bytes.length - 1000);
    await expect(draw('fashion_mnist', {}, 1, cut)).rejects.toThrow(
      /^fashion_mnist\.bin: truncated: \d+ of the image data's \d+ bytes are there$/,
    );
    const missing: DatasetFileReader = () => Promise.reject(new Error('HTTP 404'));
    await expect(draw('fashion_mnist', {}, 1, missing)).rejects.toThrow(
      'cannot read data set file fashion_mnist.bin: HTTP 404',
    );
  });
});

// A small set: 3 training and 1 test image of 1×2×2, two classes.
const SMALL: ImageSetShape = { size: 3, image: [1, 2, 2], classes: 2 };
const HEADER: Omit<ImageSetHeader, 'bodyBytes'> = {
  name: 'small',
  title: 'four tiny images',
  source: 'this test',
  license: 'CC0',
  made: 'by hand',
  shape: [1, 2, 2],
  classNames: ['dark', 'light'],
  classNamesJa: ['暗い', '明るい'],
  train: 3,
  test: 1,
};
const part = (pixels: number[], labels: number[]) => ({
  n: labels.length,
  pixels: Uint8Array.from(pixels),
  labels: Uint8Array.from(labels),
});
const TRAIN = part([0, 0, 0, 51, 255, 255, 255, 255, 0, 51, 102, 255], [0, 1, 1]);
const TEST = part([255, 0, 255, 0], [1]);

const deflate = (raw: Uint8Array) => deflateSync(raw);
const small = (header = HEADER, train = TRAIN, test = TEST) =>
  imageSetFile(header, train, test, deflate);
const parse = (bytes: Uint8Array) => parseImageSetFile(bytes, 'small.bin', SMALL);

/** The file with its JSON header edited (the body and its length kept). */
function withHeader(bytes: Uint8Array, edit: (h: Record<string, unknown>) => void): Uint8Array {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(16, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)));
  edit(header);
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(20 + json.length + bytes.length - 20 - length);
  out.set(bytes.subarray(0, 16));
  new DataView(out.buffer).setUint32(16, json.length, true);
  out.set(json, 20);
  out.set(bytes.subarray(20 + length), 20 + json.length);
  return out;
}

describe('parseImageSetFile', () => {
  it('reads both parts, pixels as byte / 255', async () => {
    const set = await parse(small());
    expect(set.header.bodyBytes).toBeGreaterThan(0);
    const train = imagePart(set, 'train', null);
    expect([train.n, train.features, train.classes]).toEqual([3, 4, 2]);
    expect(row(train, 0)).toEqual([0, 0, 0, Math.fround(0.2)]);
    expect(row(train, 1)).toEqual([1, 1, 1, 1]);
    expect(Array.from(train.labels!)).toEqual([0, 1, 1]);
    expect(train.classNames).toEqual(['dark', 'light']);
    const test = imagePart(set, 'test', null);
    expect([test.n, row(test, 0), test.labels![0]]).toEqual([1, [1, 0, 1, 0], 1]);
    // Chosen rows, in the order given.
    const picked = imagePart(set, 'train', [2, 0]);
    expect([row(picked, 0)[1], Array.from(picked.labels!)]).toEqual([Math.fround(0.2), [1, 0]]);
  });

  it('refuses a file that is not one, or is cut short, saying so', async () => {
    const bytes = small();
    await expect(
      parse(new TextEncoder().encode('{"format": "descent-dataset/1"}')),
    ).rejects.toThrow('small.bin: not an image set file (it must start with "descent-images/1")');
    await expect(parse(bytes.subarray(0, 10))).rejects.toThrow('small.bin: not an image set file');
    await expect(parse(bytes.subarray(0, 40))).rejects.toThrow(
      /^small\.bin: truncated: its header needs \d+ bytes, 20 follow$/,
    );
    await expect(parse(bytes.subarray(0, bytes.length - 3))).rejects.toThrow(
      /^small\.bin: truncated: \d+ of the image data's \d+ bytes are there$/,
    );
    const longer = new Uint8Array(bytes.length + 2);
    longer.set(bytes);
    await expect(parse(longer)).rejects.toThrow(/^small\.bin: 2 bytes follow the image data's/);
  });

  it('stops inflating past the size its header promises', async () => {
    // Three bytes more than 4 images of 1×2×2 and their labels: 4·(4 + 1) = 20.
    const padded = imageSetFile(HEADER, TRAIN, TEST, (raw) =>
      deflateSync(Uint8Array.from([...raw, 0, 0, 0])),
    );
    await expect(parse(padded)).rejects.toThrow(
      'small.bin: the image data inflates to more than the 20 that 3 + 1 images of 1×2×2 take',
    );
  });

  it('refuses a changed byte of the image data', async () => {
    const bytes = small();
    const tampered = Uint8Array.from(bytes);
    tampered[tampered.length - 6] ^= 0x10; // inside the deflated body or its Adler-32
    await expect(parse(tampered)).rejects.toThrow(
      /^small\.bin: the image data is damaged: it does not inflate \(.+\)$/,
    );
  });

  it('names the header field that is wrong', async () => {
    const bytes = small();
    const refused = (edit: (h: Record<string, unknown>) => void) =>
      expect(parse(withHeader(bytes, edit))).rejects;
    await refused((h) => (h.shape = [1, 28, 28])).toThrow(
      'small.bin: header.shape must be [1, 2, 2]',
    );
    await refused((h) => (h.classNames = ['dark'])).toThrow(
      'small.bin: header.classNames must be 2 names',
    );
    await refused((h) => delete h.classNamesJa).toThrow(
      'small.bin: header.classNamesJa must be 2 names',
    );
    await refused((h) => (h.license = 1)).toThrow('small.bin: header.license must be a string');
    await refused((h) => (h.train = 2)).toThrow(
      "small.bin: header.train must be 3, the catalog's size",
    );
    await refused((h) => (h.test = -1)).toThrow('small.bin: header.test must be a whole number');
    await refused((h) => (h.bodyBytes = 5)).toThrow(
      /^small\.bin: \d+ bytes follow the image data's 5$/,
    );
    const notJson = Uint8Array.from(bytes);
    notJson[20] = 0x5b; // '[' for '{'
    await expect(parse(notJson)).rejects.toThrow(/^small\.bin: the header is not valid JSON/);
  });

  it('refuses image data of the wrong length or with a label out of range', async () => {
    // The header promises 3 + 1 images; the body holds 3 + 0.
    const short = small(HEADER, TRAIN, part([], []));
    await expect(parse(short)).rejects.toThrow(
      'small.bin: the image data inflates to 15 bytes, not the 20 that 3 + 1 images of 1×2×2 take',
    );
    const badLabel = small(HEADER, part(Array.from(TRAIN.pixels), [0, 7, 1]));
    await expect(parse(badLabel)).rejects.toThrow(
      'small.bin: training image 1 has class 7, not one from 0 to 1',
    );
    const badTest = small(HEADER, TRAIN, part([0, 0, 0, 0], [2]));
    await expect(parse(badTest)).rejects.toThrow('small.bin: test image 0 has class 2');
  });
});
