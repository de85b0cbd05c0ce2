// Converts the real data sets in ../shared/data (scikit-learn's CSV copies of the UCI files)
// into public/datasets/<name>.json, the format described in src/engine/data/realSets.ts,
// plus a README with the attribution. Run from anywhere:
//
//   npx tsx scripts/convert-datasets.ts [SOURCE_DIR]
//
// CSV layout: an optional header line `samples,features,class names…`, then one sample per
// line with the class index last. digits.csv.gz has no header (its classes are the digits).
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DATASET_FORMAT } from '../src/engine/data/realSets';

const ROOT = new URL('../', import.meta.url);
const SOURCE = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : new URL('../shared/data/', ROOT);
const OUT = new URL('public/datasets/', ROOT);

interface SetSource {
  name: string;
  file: string;
  title: string;
  source: string;
  featureNames: string[];
  /** Only for a file without a header line (digits). */
  classNames?: string[];
}

// prettier-ignore
const CANCER_MEASURES = [
  'radius', 'texture', 'perimeter', 'area', 'smoothness', 'compactness', 'concavity',
  'concave points', 'symmetry', 'fractal dimension',
];

const UCI = 'UCI Machine Learning Repository, via scikit-learn 1.2.1 (BSD-3-Clause)';

const SETS: SetSource[] = [
  {
    name: 'iris',
    file: 'iris.csv',
    title: "Fisher's iris (R. A. Fisher, 1936)",
    source: UCI,
    featureNames: [
      'sepal length (cm)',
      'sepal width (cm)',
      'petal length (cm)',
      'petal width (cm)',
    ],
  },
  {
    name: 'wine',
    file: 'wine_data.csv',
    title: 'Wine recognition (M. Forina et al.)',
    source: UCI,
    // prettier-ignore
    featureNames: [
      'alcohol', 'malic_acid', 'ash', 'alcalinity_of_ash', 'magnesium', 'total_phenols',
      'flavanoids', 'nonflavanoid_phenols', 'proanthocyanins', 'color_intensity', 'hue',
      'od280/od315_of_diluted_wines', 'proline',
    ],
  },
  {
    name: 'breast_cancer',
    file: 'breast_cancer.csv',
    title: 'Breast cancer Wisconsin, diagnostic (W. H. Wolberg, W. N. Street, O. L. Mangasarian)',
    source: UCI,
    // scikit-learn's names: 'mean radius' … 'radius error' … 'worst radius' …
    featureNames: ['mean', 'error', 'worst'].flatMap((kind) =>
      CANCER_MEASURES.map((f) => (kind === 'error' ? `${f} error` : `${kind} ${f}`)),
    ),
  },
  {
    name: 'digits',
    file: 'digits.csv.gz',
    title: 'Optical recognition of handwritten digits, 8×8 (E. Alpaydin, C. Kaynak, 1998)',
    source: UCI,
    featureNames: Array.from({ length: 64 }, (_, i) => `pixel_${Math.floor(i / 8)}_${i % 8}`),
    classNames: Array.from({ length: 10 }, (_, i) => String(i)),
  },
];

async function readSource(file: string): Promise<string> {
  const bytes = await readFile(new URL(file, SOURCE));
  return file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

/** Parses the CSV, checking every count the header promises; numbers keep their values. */
function parseCsv(text: string, set: SetSource) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const features = set.featureNames.length;
  let samples: number | null = null;
  let classNames = set.classNames;
  if (!classNames) {
    const header = lines.shift()?.split(',') ?? [];
    samples = Number(header[0]);
    if (Number(header[1]) !== features)
      throw new Error(`${set.file}: header says ${header[1]} features`);
    classNames = header.slice(2);
  }
  const x: number[][] = [];
  const y: number[] = [];
  lines.forEach((line, i) => {
    const fields = line.split(',').map(Number);
    if (fields.length !== features + 1 || fields.some((v) => !Number.isFinite(v))) {
      throw new Error(`${set.file}: line ${i + 1} is not ${features + 1} numbers`);
    }
    const label = fields.pop() as number;
    if (!Number.isInteger(label) || label < 0 || label >= (classNames?.length ?? 0)) {
      throw new Error(`${set.file}: line ${i + 1} has class ${label}`);
    }
    x.push(fields);
    y.push(label);
  });
  if (samples !== null && samples !== x.length) {
    throw new Error(`${set.file}: header says ${samples} samples, found ${x.length}`);
  }
  return { classNames, x, y };
}

/** Compact JSON: one sample per line, so a diff shows which rows changed. */
function toJson(set: SetSource, data: ReturnType<typeof parseCsv>): string {
  const head = {
    format: DATASET_FORMAT,
    name: set.name,
    title: set.title,
    source: set.source,
    featureNames: set.featureNames,
    classNames: data.classNames,
  };
  const rows = data.x.map((row) => JSON.stringify(row)).join(',\n');
  return `${JSON.stringify(head).slice(0, -1)},\n"x":[\n${rows}\n],\n"y":${JSON.stringify(data.y)}}\n`;
}

const README = `# Real data sets

Converted by \`scripts/convert-datasets.ts\` from the copies shipped by scikit-learn 1.2.1
(Debian package \`python3-sklearn\`, BSD-3-Clause), which took them from the UCI Machine
Learning Repository. Do not edit by hand: rerun the script.

| file | data set | samples × features, classes |
| --- | --- | --- |
ROWS

Format (\`${DATASET_FORMAT}\`), one JSON object: \`format\`, \`name\`, \`title\`, \`source\`,
\`featureNames\` (one per feature), \`classNames\` (one per class), \`x\` (one array of numbers
per sample) and \`y\` (the class index of each sample). Numbers are the source's values.

## Fashion-MNIST

\`fashion_mnist.bin\` is Fashion-MNIST (H. Xiao, K. Rasul, R. Vollgraf, 2017; Zalando
Research, https://github.com/zalandoresearch/fashion-mnist; MIT licence, Copyright 2017
Zalando SE), converted by \`scripts/convert-fashion-mnist.ts\` from Debian's package
\`dataset-fashion-mnist\` 0.0~git20200523.55506a9-1 (the original gzipped IDX files):

    apt-get install dataset-fashion-mnist
    npx tsx scripts/convert-fashion-mnist.ts

A balanced subset, drawn with the project's seeded generator: from each of the 10 classes,
1200 of the 6000 training images and 200 of the 1000 test images (from the original test
file), so 12,000 + 2,000 images of 28×28 grey pixels, stored by class, pixels unchanged. The
class names are in English and Japanese. Format (\`descent-images/1\`, described in
\`src/engine/data/imageSets.ts\`): a 20-byte preamble, a JSON header (source, licence, how
it was made, shape, class names, counts), then the pixels and labels as bytes, deflated.

The licence, which goes with every copy (the file's header holds it too):

> The MIT License (MIT) Copyright © [2017] Zalando SE, https://tech.zalando.com
>
> Permission is hereby granted, free of charge, to any person obtaining a copy of this
> software and associated documentation files (the “Software”), to deal in the Software
> without restriction, including without limitation the rights to use, copy, modify, merge,
> publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
> to whom the Software is furnished to do so, subject to the following conditions:
>
> The above copyright notice and this permission notice shall be included in all copies or
> substantial portions of the Software.
>
> THE SOFTWARE IS PROVIDED “AS IS”, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
> INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
> PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
> FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
> OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
> DEALINGS IN THE SOFTWARE.
`;

const rows: string[] = [];
for (const set of SETS) {
  const data = parseCsv(await readSource(set.file), set);
  const file = `${set.name}.json`;
  await writeFile(new URL(file, OUT), toJson(set, data));
  const shape = `${data.x.length} × ${set.featureNames.length}, ${data.classNames.length}`;
  rows.push(`| \`${file}\` | ${set.title} | ${shape} |`);
  console.log(`${file}: ${shape} classes`);
}
await writeFile(new URL('README.md', OUT), README.replace('ROWS', rows.join('\n')));
