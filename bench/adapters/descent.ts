// Our engine through its public training API: the same Trainer the worker and the CLI use.
import type { Dataset } from '../../src/engine/data/dataset';
import type { KernelChoice } from '../../src/engine/matrix';
import { Trainer } from '../../src/engine/train';
import type { Experiment, LayerSpec, OptimizerSpec } from '../../src/spec/types';
import type { BenchLayer, Workload } from '../workloads';
import type { Adapter } from './adapter';

function optimizerSpec(w: Workload): OptimizerSpec {
  const o = w.optimizer;
  if (o.name === 'adam') {
    return { name: 'adam', lr: o.lr, beta1: o.beta1, beta2: o.beta2, eps: o.eps, weightDecay: 0 };
  }
  return { name: 'sgd', lr: o.lr, momentum: o.momentum, nesterov: false, weightDecay: 0 };
}

/** A bench layer as the experiment document writes it, every field resolved. */
function layerSpec(layer: BenchLayer): LayerSpec {
  const init = { name: 'xavier_uniform' } as const;
  switch (layer.type) {
    case 'dense':
      return { type: 'dense', units: layer.units, activation: layer.activation, init };
    case 'conv2d':
      return {
        type: 'conv2d',
        filters: layer.filters,
        kernelSize: [layer.size, layer.size],
        stride: 1,
        padding: layer.padding,
        activation: layer.activation,
        init,
        bias: true,
      };
    case 'maxpool2d':
      return { type: 'maxpool2d', size: layer.size, stride: layer.size };
  }
}

function experiment(w: Workload): Experiment {
  const hidden = w.layers.map(layerSpec);
  const regression = w.task === 'regression';
  const output: LayerSpec = {
    type: 'dense',
    units: w.outputs,
    activation: regression ? 'linear' : 'softmax',
    init: { name: 'xavier_uniform' },
  };
  return {
    version: 1,
    kind: 'train',
    seed: 1,
    // The Trainer reads the Dataset passed to it, not this block.
    data: { kind: 'inline', task: w.task, x: [], y: [], normalize: 'none' },
    validation: 0,
    model: {
      // An image [C, H, W]: the first dense layer reads the last pooling's output flattened.
      inputs: w.image ?? w.inputs,
      layers: [...hidden, output],
      loss: regression ? 'mse' : 'cross_entropy',
    },
    optimizer: optimizerSpec(w),
    training: {
      batchSize: w.batchSize,
      epochs: 1,
      shuffle: false,
      schedule: { name: 'constant' },
      earlyStopping: null,
      l1: 0,
      l2: 0,
      augment: null,
    },
    params: null,
  };
}

function dataset(w: Workload): Dataset {
  const regression = w.task === 'regression';
  return {
    task: w.task,
    n: w.data.n,
    features: w.inputs,
    x: w.data.x,
    labels: w.data.labels,
    classes: regression ? 0 : w.outputs,
    targets: w.data.targets,
    targetDims: regression ? 1 : 0,
    featureNames: Array.from({ length: w.inputs }, (_, i) => `x${i}`),
    classNames: regression ? [] : Array.from({ length: w.outputs }, (_, i) => `c${i}`),
  };
}

/** `descent` runs the default kernels (WebAssembly SIMD products); `descent-js` pure JavaScript. */
export function descentAdapter(kernel: KernelChoice): Adapter {
  let trainer: Trainer | null = null;
  return {
    name: kernel === 'wasm' ? 'descent' : 'descent-js',
    async setup(w) {
      trainer = new Trainer(experiment(w), { train: dataset(w), validation: null }, { kernel });
    },
    trainEpoch() {
      if (trainer === null) throw new Error('descent: setup() first');
      // A diverged loss would still have cost the full epoch of work; only say so.
      if (trainer.trainEpoch() === false) console.warn('descent: loss diverged');
    },
    dispose() {
      trainer = null;
    },
  };
}
