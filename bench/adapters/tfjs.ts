// TensorFlow.js on its pure-JS 'cpu' backend or its 'wasm' backend (XNNPACK), both in-process.
//
// Two per-batch loops, chosen with `loop`:
// - 'fit':      model.compile + model.trainOnBatch(xs, ys) on a softmax output with
//               categoricalCrossentropy (the tf.layers way; reads the loss back each batch).
// - 'minimize': optimizer.minimize(() => loss(model.apply(xs), ys)) in tf.tidy, on logits
//               with the fused tf.losses.softmaxCrossEntropy (a custom loop; no read-back).
// Batch tensors are sliced once in setup, outside the timed region. Both backends execute
// eagerly and synchronously, so all work of an epoch is done when trainEpoch returns.
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm'; // also registers 'wasm'
import type { Workload } from '../workloads';
import type { Adapter } from './adapter';

export type TfjsBackend = 'cpu' | 'wasm';
export type TfjsLoop = 'fit' | 'minimize';

interface Batch {
  xs: tf.Tensor2D;
  ys: tf.Tensor2D;
}

function buildModel(w: Workload, softmaxOutput: boolean): tf.Sequential {
  const model = tf.sequential();
  w.hidden.forEach((units, i) =>
    model.add(
      tf.layers.dense({
        units,
        activation: w.activation,
        kernelInitializer: 'glorotUniform',
        ...(i === 0 ? { inputShape: [w.inputs] } : {}),
      }),
    ),
  );
  const activation = softmaxOutput ? 'softmax' : 'linear';
  model.add(tf.layers.dense({ units: w.outputs, activation, kernelInitializer: 'glorotUniform' }));
  return model;
}

function buildOptimizer(w: Workload): tf.Optimizer {
  const o = w.optimizer;
  if (o.name === 'adam') return tf.train.adam(o.lr, o.beta1, o.beta2, o.eps);
  // tfjs momentum: v ← m·v + g; θ ← θ − lr·v, the contract's rule.
  return o.momentum > 0 ? tf.train.momentum(o.lr, o.momentum) : tf.train.sgd(o.lr);
}

/** The data cut into the same minibatches every library sees (the last one may be short). */
function sliceBatches(w: Workload): Batch[] {
  const { n, x, labels, targets } = w.data;
  const batches: Batch[] = [];
  for (let start = 0; start < n; start += w.batchSize) {
    const count = Math.min(w.batchSize, n - start);
    const xs = tf.tensor2d(x.slice(start * w.inputs, (start + count) * w.inputs), [
      count,
      w.inputs,
    ]);
    const ys =
      targets !== null
        ? tf.tensor2d(targets.slice(start, start + count), [count, 1])
        : tf.tidy(() => {
            const idx = tf.tensor1d(labels!.slice(start, start + count), 'int32');
            return tf.oneHot(idx, w.outputs).toFloat() as tf.Tensor2D;
          });
    batches.push({ xs, ys });
  }
  return batches;
}

export function tfjsAdapter(backend: TfjsBackend, loop: TfjsLoop): Adapter {
  let model: tf.Sequential | null = null;
  let optimizer: tf.Optimizer | null = null;
  let batches: Batch[] = [];
  let lossFn: (ys: tf.Tensor, out: tf.Tensor) => tf.Scalar = tf.losses.meanSquaredError;
  let facts = '';

  return {
    name: `tfjs-${backend}`,
    async setup(w) {
      tf.enableProdMode(); // skips debug warnings only (and the "install tfjs-node" banner)
      if (!(await tf.setBackend(backend))) throw new Error(`tfjs: backend ${backend} failed`);
      await tf.ready();
      const regression = w.task === 'regression';
      model = buildModel(w, loop === 'fit' && !regression);
      optimizer = buildOptimizer(w);
      if (loop === 'fit') {
        const loss = regression ? 'meanSquaredError' : 'categoricalCrossentropy';
        model.compile({ optimizer, loss });
      }
      lossFn = regression ? tf.losses.meanSquaredError : tf.losses.softmaxCrossEntropy;
      batches = sliceBatches(w);
      facts = `${loop === 'fit' ? 'trainOnBatch' : 'optimizer.minimize'}`;
      if (backend === 'wasm') {
        const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
        const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
        facts += `, SIMD ${simd ? 'on' : 'off'}, threads ${threads ? getThreadsCount() : 'off'}`;
      }
    },
    async trainEpoch() {
      const m = model!;
      if (loop === 'fit') {
        for (const b of batches) await m.trainOnBatch(b.xs, b.ys);
        return;
      }
      const vars = m.trainableWeights.map((v) => v.read() as tf.Variable);
      for (const b of batches) {
        tf.tidy(() => {
          optimizer!.minimize(
            () => lossFn(b.ys, m.apply(b.xs, { training: true }) as tf.Tensor),
            false,
            vars,
          );
        });
      }
    },
    dispose() {
      for (const b of batches) tf.dispose([b.xs, b.ys]);
      batches = [];
      model?.dispose();
      optimizer?.dispose();
      model = null;
      optimizer = null;
    },
    describe: () => facts,
  };
}
