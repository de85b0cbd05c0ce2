// TensorFlow.js on its pure-JS 'cpu' backend or its 'wasm' backend (XNNPACK), both in-process.
//
// Two per-batch loops, chosen with `loop`:
// - 'fit':      model.compile + model.trainOnBatch(xs, ys) on a softmax output with
//               categoricalCrossentropy (the tf.layers way; reads the loss back each batch).
// - 'minimize': optimizer.minimize(() => loss(model.apply(xs), ys)) in tf.tidy, on logits
//               with the fused tf.losses.softmaxCrossEntropy (a custom loop; no read-back).
// Convolutions as conv3d layers of depth 1 by default, or as conv2d (see TfjsConv).
// Batch tensors are sliced once in setup, outside the timed region. Both backends execute
// eagerly and synchronously, so all work of an epoch is done when trainEpoch returns.
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm'; // also registers 'wasm'
import type { Workload } from '../workloads';
import { Unsupported, type Adapter } from './adapter';

export type TfjsBackend = 'cpu' | 'wasm';
export type TfjsLoop = 'fit' | 'minimize';

interface Batch {
  xs: tf.Tensor;
  ys: tf.Tensor2D;
}

/**
 * How convolutions are built: tf.layers.conv2d and maxPooling2d, or conv3d and maxPooling3d
 * over a depth of 1 (kernels and windows 1×k×k): the same weights, outputs and arithmetic.
 * 'conv3d' is tfjs's fastest way to train a conv net on both backends, so it is the default:
 * tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel at all ("Kernel
 * 'Conv2DBackpropFilter' not registered for backend 'wasm'"), while it has every 3-D kernel
 * and gradient (Conv3D, Conv3DBackpropFilterV2, Conv3DBackpropInputV2, MaxPool3D,
 * MaxPool3DGrad); and on the cpu backend conv2d's filter gradient is a naive loop, about ten
 * times slower than conv3d's (W5: 14 samples/s against 140-150).
 */
export type TfjsConv = 'conv2d' | 'conv3d';

export interface TfjsOptions {
  loop: TfjsLoop;
  conv: TfjsConv;
}

/** One sample's input shape as tfjs wants it: channels last (NHWC), with a depth of 1 for 3d. */
function sampleShape(w: Workload, conv: TfjsConv): number[] {
  if (w.image === null) return [w.inputs];
  const [c, h, wd] = w.image;
  return conv === 'conv2d' ? [h, wd, c] : [1, h, wd, c];
}

function buildModel(w: Workload, softmaxOutput: boolean, conv: TfjsConv): tf.Sequential {
  const model = tf.sequential();
  const volumetric = conv === 'conv3d';
  const kernelInitializer = 'glorotUniform';
  let image = w.image !== null;
  w.layers.forEach((layer, i) => {
    let input = i === 0 ? { inputShape: sampleShape(w, conv) } : {};
    if (layer.type === 'dense') {
      // Descent's and convnetjs's dense layers read an image flattened; tfjs's need a flatten.
      if (image) {
        model.add(tf.layers.flatten(input));
        [input, image] = [{}, false];
      }
      const { units, activation } = layer;
      model.add(tf.layers.dense({ ...input, units, activation, kernelInitializer }));
    } else if (layer.type === 'conv2d') {
      // tfjs pads 'same' (k − 1)/2 on each side for an odd k, or not at all.
      const padding = layer.padding === 0 ? 'valid' : 'same';
      if (padding === 'same' && 2 * layer.padding !== layer.size - 1)
        throw new Error(`tfjs: padding ${layer.padding} on a ${layer.size}×${layer.size} kernel`);
      const { filters, size, activation } = layer;
      const args = { ...input, filters, padding, activation, kernelInitializer } as const;
      model.add(
        volumetric
          ? tf.layers.conv3d({ ...args, kernelSize: [1, size, size] })
          : tf.layers.conv2d({ ...args, kernelSize: size }),
      );
    } else {
      const s = layer.size;
      model.add(
        volumetric
          ? tf.layers.maxPooling3d({ ...input, poolSize: [1, s, s] })
          : tf.layers.maxPooling2d({ ...input, poolSize: s }),
      );
    }
  });
  if (image) model.add(tf.layers.flatten());
  const activation = softmaxOutput ? 'softmax' : 'linear';
  model.add(tf.layers.dense({ units: w.outputs, activation, kernelInitializer }));
  return model;
}

function buildOptimizer(w: Workload): tf.Optimizer {
  const o = w.optimizer;
  if (o.name === 'adam') return tf.train.adam(o.lr, o.beta1, o.beta2, o.eps);
  // tfjs momentum: v ← m·v + g; θ ← θ − lr·v, the contract's rule.
  return o.momentum > 0 ? tf.train.momentum(o.lr, o.momentum) : tf.train.sgd(o.lr);
}

/** The data cut into the same minibatches every library sees (the last one may be short). */
function sliceBatches(w: Workload, conv: TfjsConv): Batch[] {
  const { n, x, labels, targets } = w.data;
  const batches: Batch[] = [];
  for (let start = 0; start < n; start += w.batchSize) {
    const count = Math.min(w.batchSize, n - start);
    const rows = x.slice(start * w.inputs, (start + count) * w.inputs);
    // Images: our rows are channel, row, column (NCHW); tfjs's layers want channels last.
    const xs =
      w.image === null
        ? tf.tensor2d(rows, [count, w.inputs])
        : tf.tidy(() =>
            tf
              .tensor4d(rows, [count, ...w.image!])
              .transpose([0, 2, 3, 1])
              .reshape([count, ...sampleShape(w, conv)]),
          );
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

export function tfjsAdapter(backend: TfjsBackend, { loop, conv }: TfjsOptions): Adapter {
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
      const convs = w.layers.some((l) => l.type === 'conv2d');
      if (convs && conv === 'conv2d' && !tf.getKernel('Conv2DBackpropFilter', backend))
        throw new Unsupported(
          `no Conv2DBackpropFilter kernel in tfjs-backend-${backend} ${tf.version.tfjs}`,
        );
      const regression = w.task === 'regression';
      model = buildModel(w, loop === 'fit' && !regression, conv);
      optimizer = buildOptimizer(w);
      if (loop === 'fit') {
        const loss = regression ? 'meanSquaredError' : 'categoricalCrossentropy';
        model.compile({ optimizer, loss });
      }
      lossFn = regression ? tf.losses.meanSquaredError : tf.losses.softmaxCrossEntropy;
      batches = sliceBatches(w, conv);
      facts = `${loop === 'fit' ? 'trainOnBatch' : 'optimizer.minimize'}`;
      if (convs) facts += `, ${conv === 'conv3d' ? 'conv3d of depth 1' : 'conv2d'}`;
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
