// The four workloads of the throughput bench, with their data generated once from a seeded
// Rng so that every library trains on exactly the same numbers in the same order.
import { Rng } from '../src/engine/random';

export type WorkloadId = 'W1' | 'W2' | 'W3' | 'W4';

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
  readonly inputs: number;
  readonly hidden: readonly number[];
  readonly activation: 'tanh' | 'relu';
  /** Output units: 1 for the regression workload, the class count otherwise. */
  readonly outputs: number;
  readonly optimizer: OptimizerChoice;
  readonly batchSize: number;
  /** Descent's target: its samples/s divided by the best other library's. */
  readonly target: number;
  readonly data: BenchData;
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
const WORKLOADS: readonly (WorkloadSpec & { generate: (rng: Rng) => BenchData })[] = [
  {
    id: 'W1',
    title: '2-8-8-1 tanh, MSE, SGD, batch 10, 500 samples',
    task: 'regression',
    inputs: 2,
    hidden: [8, 8],
    activation: 'tanh',
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
    hidden: [64, 64],
    activation: 'relu',
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
    hidden: [128, 64],
    activation: 'relu',
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
    hidden: Array<number>(10).fill(32),
    activation: 'tanh',
    outputs: 2,
    optimizer: { name: 'sgd', lr: 0.01, momentum: 0.9 },
    batchSize: 16,
    target: 2.5,
    generate: (rng) => xor(2000, rng),
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
export function buildWorkload(id: string): Workload {
  const row = WORKLOADS.find((w) => w.id === id);
  if (row === undefined) throw new Error(`no workload ${id} (W1 to W4)`);
  const { generate, ...spec } = row;
  return { ...spec, data: generate(Rng.stream(SEED, id)) };
}
