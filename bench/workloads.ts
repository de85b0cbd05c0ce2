// The five workloads of the throughput bench, with their data generated once from a seeded
// Rng (or read from the shipped Fashion-MNIST file) so that every library trains on exactly
// the same numbers in the same order.
import { Rng } from '../src/engine/random';

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4' | 'W5';

export type BenchActivation = 'tanh' | 'relu';

/**
 * One hidden layer, in the engine's names; each adapter builds its library's equivalent.
 * A dense layer after an image reads it flattened (each library flattens by itself or with
 * its own flatten layer). Convolutions have stride 1; pooling windows do not overlap.
 */
export type BenchLayer =
  | { type: 'dense'; units: number; activation: BenchActivation }
  | { type: 'conv2d'; filters: number; size: number; padding: number; activation: BenchActivation }
  | { type: 'maxpool2d'; size: number };

export type OptimizerChoice =
  | { name: 'sgd'; lr: number; momentum: number } // momentum 0 is plain SGD
  | { name: 'adam'; lr: number; beta1: number; beta2: number; eps: number };

export interface BenchData {
  readonly n: number;
  /** n × inputs, row-major. */
  readonly x: Float32Array;
  /** Classification: class index per sample. Regression: null. */
  readonly labels: Int32Array | null;
  /** Regression: n × 1 targets. Classification: null. */
  readonly targets: Float32Array | null;
}

export interface Workload {
  readonly id: WorkloadId;
  /** One line for the table, e.g. "2-8-8-1 tanh, MSE, SGD, batch 10". */
  readonly title: string;
  readonly task: 'classification' | 'regression';
  /** Numbers per sample: the length of one row of x. */
  readonly inputs: number;
  /** Image workloads: the [channels, height, width] each row of x holds; null for features. */
  readonly image: readonly [number, number, number] | null;
  /** The hidden layers in order; the output layer follows from `task` and `outputs`. */
  readonly layers: readonly BenchLayer[];
  /** Output units: 1 for the regression workload, the class count otherwise. */
  readonly outputs: number;
  readonly optimizer: OptimizerChoice;
  readonly batchSize: number;
  /** Descent's target: its samples/s divided by the best other library's. */
  readonly target: number;
  /** Further targets against named libraries (the "≥ 5× convnetjs" on W5). */
  readonly targetOver?: Readonly<Record<string, number>>;
  readonly data: BenchData;
}

/** Hidden dense layers of the given widths, all with one activation. */
const mlp = (widths: readonly number[], activation: BenchActivation): BenchLayer[] =>
  widths.map((units) => ({ type: 'dense', units, activation }));

/**
 * LeNet-5 as the issue gives it (ReLU and max pooling, as it is usually trained today):
 * 6@5×5 padded to keep 28×28, pool to 14×14, 16@5×5 to 10×10, pool to 5×5, then 120 and 84.
 */
const LENET5: BenchLayer[] = [
  { type: 'conv2d', filters: 6, size: 5, padding: 2, activation: 'relu' },
  { type: 'maxpool2d', size: 2 },
  { type: 'conv2d', filters: 16, size: 5, padding: 0, activation: 'relu' },
  { type: 'maxpool2d', size: 2 },
  ...mlp([120, 84], 'relu'),
];

/**
 * W5's images: `n` training images of the shipped Fashion-MNIST file (real pixels, byte / 255
 * as the app reads them) drawn at random with the rng, in random order (the file stores
 * them by class), through the CLI's reader and the engine's image-set loader. Imported here,
 * not at the top: only a W5 process reads the 6 MB file.
 */
async function fashionMnist(n: number, rng: Rng): Promise<BenchData> {
  const { readDatasetFile } = await import('../src/cli/readDatasetFile');
  const { readImageSet, imagePart } = await import('../src/engine/data/imageSets');
  const { DATASET_CATALOG } = await import('../src/spec/catalog/datasets');
  const row = DATASET_CATALOG.fashion_mnist;
  const shape = { size: row.maxSamples, image: row.image, classes: row.defaults.classes };
  const set = await readImageSet(readDatasetFile, 'fashion_mnist', shape);
  const order = Int32Array.from({ length: set.train.n }, (_, i) => i);
  rng.shuffle(order);
  const { x, labels } = imagePart(set, 'train', order.subarray(0, n));
  return { n, x, labels, targets: null };
}

const SEED = 20240601;
const adam = (lr: number): OptimizerChoice => ({
  name: 'adam',
  lr,
  beta1: 0.9,
  beta2: 0.999,
  eps: 1e-8,
});

/** Points in [-1, 1]²; target +1 inside the circle of radius 0.6, −1 outside. */
function circle(n: number, rng: Rng): BenchData {
  const x = new Float32Array(n * 2);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.uniform(-1, 1);
    const b = rng.uniform(-1, 1);
    x[2 * i] = a;
    x[2 * i + 1] = b;
    targets[i] = a * a + b * b < 0.36 ? 1 : -1;
  }
  return { n, x, labels: null, targets };
}

/** `classes` interleaved spiral arms with a little noise, samples in class order. */
function spiral(n: number, classes: number, rng: Rng): BenchData {
  const x = new Float32Array(n * 2);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    const r = (Math.floor(i / classes) + 1) / Math.ceil(n / classes);
    const t = 4 * r + (2 * Math.PI * c) / classes + 0.2 * rng.normal();
    x[2 * i] = r * Math.sin(t);
    x[2 * i + 1] = r * Math.cos(t);
    labels[i] = c;
  }
  return { n, x, labels, targets: null };
}

/** Uniform inputs in [0, 1) and uniform random labels: a throughput-only workload. */
function noise(n: number, features: number, classes: number, rng: Rng): BenchData {
  const x = new Float32Array(n * features);
  for (let i = 0; i < x.length; i++) x[i] = rng.next();
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = rng.int(classes);
  return { n, x, labels, targets: null };
}

/** XOR of the signs of two uniform coordinates in [-1, 1]. */
function xor(n: number, rng: Rng): BenchData {
  const x = new Float32Array(n * 2);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.uniform(-1, 1);
    const b = rng.uniform(-1, 1);
    x[2 * i] = a;
    x[2 * i + 1] = b;
    labels[i] = a * b > 0 ? 1 : 0;
  }
  return { n, x, labels, targets: null };
}

/** A workload without its data: what the parent process of the bench needs for the table. */
export type WorkloadSpec = Omit<Workload, 'data'>;

/** The workloads of the issue, in table order, each with how to generate its data. */
const WORKLOADS: readonly (WorkloadSpec & {
  generate: (rng: Rng) => BenchData | Promise<BenchData>;
})[] = [
  {
    id: 'W1',
    title: '2-8-8-1 tanh, MSE, SGD, batch 10, 500 samples',
    task: 'regression',
    inputs: 2,
    image: null,
    layers: mlp([8, 8], 'tanh'),
    outputs: 1,
    optimizer: { name: 'sgd', lr: 0.01, momentum: 0 },
    batchSize: 10,
    target: 2.5,
    generate: (rng) => circle(500, rng),
  },
  {
    id: 'W2',
    title: '2-64-64-3 relu, softmax, Adam, batch 32, 3000 samples',
    task: 'classification',
    inputs: 2,
    image: null,
    layers: mlp([64, 64], 'relu'),
    outputs: 3,
    optimizer: adam(0.001),
    batchSize: 32,
    target: 2.5,
    generate: (rng) => spiral(3000, 3, rng),
  },
  {
    id: 'W3',
    title: '784-128-64-10 relu, softmax, Adam, batch 64, 8192 samples',
    task: 'classification',
    inputs: 784,
    image: null,
    layers: mlp([128, 64], 'relu'),
    outputs: 10,
    optimizer: adam(0.001),
    batchSize: 64,
    target: 1,
    generate: (rng) => noise(8192, 784, 10, rng),
  },
  {
    id: 'W4',
    title: '2-(32 tanh)x10-2, softmax, SGD+momentum, batch 16, 2000 samples',
    task: 'classification',
    inputs: 2,
    image: null,
    layers: mlp(Array<number>(10).fill(32), 'tanh'),
    outputs: 2,
    optimizer: { name: 'sgd', lr: 0.01, momentum: 0.9 },
    batchSize: 16,
    target: 2.5,
    generate: (rng) => xor(2000, rng),
  },
  {
    id: 'W5',
    title: 'LeNet-5 on Fashion-MNIST 1×28×28, softmax, Adam, batch 64, 512 samples',
    task: 'classification',
    inputs: 784,
    image: [1, 28, 28],
    layers: LENET5,
    outputs: 10,
    optimizer: adam(0.001),
    batchSize: 64,
    // The targets: ≥ 2× TensorFlow.js (its wasm backend, the best other library
    // here) and ≥ 5× convnetjs.
    target: 2,
    targetOver: { convnetjs: 5 },
    // 512 images, 8 batches: tfjs-cpu trains about a dozen LeNet samples a second, and an
    // epoch is the unit every library is timed in.
    generate: (rng) => fashionMnist(512, rng),
  },
];

/** The workloads in table order, without data. */
export function workloadSpecs(): WorkloadSpec[] {
  return WORKLOADS.map(({ generate: _, ...spec }) => spec);
}

/**
 * One workload with its data (about 30 MB for W3). Each workload draws from its own Rng
 * stream, so building one alone gives the same numbers as building them all.
 */
export async function buildWorkload(id: string): Promise<Workload> {
  const row = WORKLOADS.find((w) => w.id === id);
  if (row === undefined) throw new Error(`no workload ${id} (W1 to W5)`);
  const { generate, ...spec } = row;
  return { ...spec, data: await generate(Rng.stream(SEED, id)) };
}
