// Fashion-MNIST through `cli train`: a dense network reads its 28×28 images flattened, from
// the shipped file (public/datasets/fashion_mnist.bin), with no apt package installed.
import { describe, expect, it } from 'vitest';
import { cli, file } from './run';

const DENSE = {
  version: 1,
  kind: 'train',
  seed: 1,
  data: { kind: 'fashion_mnist', samples: 2000 },
  validation: 0.2,
  model: {
    inputs: 784,
    layers: [
      { type: 'dense', units: 64, activation: 'relu', init: 'he_uniform' },
      { type: 'dense', units: 10, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'adam', lr: 0.001 },
  training: { batchSize: 32, epochs: 3 },
};

describe('cli train on fashion_mnist', () => {
  it('trains a 784-64-10 network well past chance', () => {
    const r = cli(['train', file(DENSE)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const epochs = r.lines as { epoch: number; loss: number; valAccuracy: number }[];
    expect(epochs.map((l) => l.epoch)).toEqual([1, 2, 3]);
    expect(epochs[2].loss).toBeLessThan(epochs[0].loss);
    // Ten classes: chance is 0.1. Three epochs on 1600 images reach about 0.78.
    expect(epochs[2].valAccuracy).toBeGreaterThan(0.7);
  });

  it('refuses more samples than the training part holds', () => {
    const r = cli(['train', file({ ...DENSE, data: { kind: 'fashion_mnist', samples: 12_001 } })]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim()).toBe(
      'error: data.samples must be at most 12000, the size of fashion_mnist (got 12001)',
    );
  });
});
