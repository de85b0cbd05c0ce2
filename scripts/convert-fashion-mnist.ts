// Converts Fashion-MNIST (H. Xiao, K. Rasul, R. Vollgraf, Zalando Research, 2017; MIT
// licence) from Debian's package into public/datasets/fashion_mnist.bin, the image-set
// format of src/engine/data/imageSets.ts. The shipped file was made with:
//
//   apt-get install dataset-fashion-mnist          (version 0.0~git20200523.55506a9-1)
//   npx tsx scripts/convert-fashion-mnist.ts [SOURCE_DIR]
//
// SOURCE_DIR defaults to the package's /usr/share/datasets/fashion-mnist, which holds the
// four IDX files of the original release, gzipped. The subset: from each of the ten classes,
// 1200 images of train-images-idx3-ubyte (of its 6000) and 200 of t10k-images-idx3-ubyte (of
// its 1000), each drawn uniformly without replacement by our seeded generator
// (Rng.stream(2017, 'fashion-mnist-train') and (2017, 'fashion-mnist-test'), one draw per
// class in class order), so 12,000 training and 2,000 test images, balanced. Stored by class,
// then in the source file's order; pixels unchanged. Rerunning gives the same bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync, gunzipSync } from 'node:zlib';
import { imageSetFile, type ImagePart } from '../src/engine/data/imageSets';
import { Rng } from '../src/engine/random';

const PACKAGE = 'dataset-fashion-mnist';
const SOURCE = pathToFileURL(`${resolve(process.argv[2] ?? '/usr/share/datasets/fashion-mnist')}/`);
const OUT = new URL('../public/datasets/fashion_mnist.bin', import.meta.url);
const SEED = 2017; // the year of the data set's paper
const TRAIN_PER_CLASS = 1200;
const TEST_PER_CLASS = 200;
const SIDE = 28;

// The labels' meaning, from the data set's README (/usr/share/doc/dataset-fashion-mnist).
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
const CLASS_NAMES_JA = [
  'Tシャツ/トップス',
  'ズボン',
  'プルオーバー',
  'ドレス',
  'コート',
  'サンダル',
  'シャツ',
  'スニーカー',
  'バッグ',
  'アンクルブーツ',
];

// The data set's licence, from its README (section "License"), shipped inside the file: the
// MIT licence asks that the notice go with every copy.
const LICENSE = [
  'The MIT License (MIT) Copyright © [2017] Zalando SE, https://tech.zalando.com',
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the “Software”), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:',
  'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
  'THE SOFTWARE IS PROVIDED “AS IS”, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
].join('\n\n');

/** The package's version, as dpkg knows it; the conversion refuses to guess. */
function packageVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', PACKAGE], { encoding: 'utf8' });
  } catch {
    throw new Error(`${PACKAGE} is not installed: apt-get install ${PACKAGE}`);
  }
}

interface Idx {
  file: string;
  sha256: string;
  /** Bytes after the IDX header: pixels (images) or class indices (labels). */
  data: Uint8Array;
  count: number;
}

/** Reads a gzipped IDX file (magic 0x0000080<dims>, big-endian sizes), checking its sizes. */
async function readIdx(file: string, dims: number[]): Promise<Idx> {
  const packed = await readFile(new URL(file, SOURCE));
  const bytes = gunzipSync(packed);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0) !== 0x800 + 1 + dims.length) throw new Error(`${file}: not IDX (magic)`);
  const count = view.getUint32(4);
  dims.forEach((size, i) => {
    if (view.getUint32(8 + 4 * i) !== size) throw new Error(`${file}: not ${size} in dim ${i}`);
  });
  const start = 8 + 4 * dims.length;
  const each = dims.reduce((a, b) => a * b, 1);
  if (bytes.length !== start + count * each) throw new Error(`${file}: length is not ${count}`);
  const sha256 = createHash('sha256').update(packed).digest('hex');
  return { file, sha256, data: bytes.subarray(start), count };
}

/** Per class, `perClass` indices drawn from `labels` with `rng`; by class, then ascending. */
function balancedSubset(labels: Uint8Array, perClass: number, rng: Rng): number[] {
  return CLASS_NAMES.flatMap((_, c) => {
    const members = Int32Array.from(labels.keys()).filter((i) => labels[i] === c);
    if (members.length < perClass) throw new Error(`class ${c} has only ${members.length}`);
    // The first `perClass` steps of a Fisher–Yates shuffle: a uniform subset.
    for (let i = 0; i < perClass; i++) {
      const j = i + rng.int(members.length - i);
      [members[i], members[j]] = [members[j], members[i]];
    }
    return Array.from(members.subarray(0, perClass).sort());
  });
}

function part(images: Idx, labels: Idx, rows: number[]): ImagePart {
  const f = SIDE * SIDE;
  const pixels = new Uint8Array(rows.length * f);
  rows.forEach((row, i) => pixels.set(images.data.subarray(row * f, row * f + f), i * f));
  return { n: rows.length, pixels, labels: Uint8Array.from(rows, (row) => labels.data[row]) };
}

async function split(name: 'train' | 't10k', perClass: number, purpose: string) {
  const images = await readIdx(`${name}-images-idx3-ubyte.gz`, [SIDE, SIDE]);
  const labels = await readIdx(`${name}-labels-idx1-ubyte.gz`, []);
  if (images.count !== labels.count) throw new Error(`${name}: images and labels differ`);
  const rows = balancedSubset(labels.data, perClass, Rng.stream(SEED, purpose));
  return { part: part(images, labels, rows), files: [images, labels] };
}

const version = packageVersion();
const train = await split('train', TRAIN_PER_CLASS, 'fashion-mnist-train');
const test = await split('t10k', TEST_PER_CLASS, 'fashion-mnist-test');
const sources = [...train.files, ...test.files].map((f) => `${f.file} (sha256 ${f.sha256})`);
const bytes = imageSetFile(
  {
    name: 'fashion_mnist',
    title: 'Fashion-MNIST (H. Xiao, K. Rasul, R. Vollgraf, 2017)',
    source: `Zalando Research, https://github.com/zalandoresearch/fashion-mnist, via Debian package ${PACKAGE} ${version}: ${sources.join(', ')}`,
    license: LICENSE,
    made:
      `scripts/convert-fashion-mnist.ts: per class, ${TRAIN_PER_CLASS} training and ` +
      `${TEST_PER_CLASS} test images drawn uniformly without replacement with ` +
      `Rng.stream(${SEED}, 'fashion-mnist-train' / 'fashion-mnist-test'); stored by class, ` +
      'then in source order; pixels unchanged',
    shape: [1, SIDE, SIDE],
    classNames: CLASS_NAMES,
    classNamesJa: CLASS_NAMES_JA,
    train: train.part.n,
    test: test.part.n,
  },
  train.part,
  test.part,
  (raw) => deflateSync(raw, { level: 9 }),
);
await writeFile(OUT, bytes);
console.log(`fashion_mnist.bin: ${train.part.n} + ${test.part.n} images, ${bytes.length} bytes`);
