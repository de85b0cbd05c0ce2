// convnetjs 0.3.0 (npm), Karpathy's plain-JS library: one sample at a time through
// Float64Array Vols, gradients accumulated over the minibatch, one update per minibatch.
//
// SGD workloads are a direct loop of its own Trainer (method 'sgd', momentum, batch_size;
// l2_decay 0), `trainer.train(vol, y)` per sample, its fastest form: timed against a
// hand-written loop of Trainer.train in a process of its own, the two run at the same speed
// (W1, about 0.55M samples/s each on the bench machine). The npm
// release has no Adam (its Trainer silently falls back to SGD for unknown methods), so the
// Adam workloads run convnetjs's forward/backward and a textbook Adam step written here over
// net.getParamsAndGrads(), the same arrays its Trainer updates.
import { createRequire } from 'node:module';
import type { Workload } from '../workloads';
import type { Adapter } from './adapter';

interface Vol {
  w: Float64Array;
}
interface ParamsAndGrads {
  params: Float64Array;
  grads: Float64Array;
}
interface Net {
  makeLayers(defs: object[]): void;
  forward(v: Vol, training: boolean): Vol;
  backward(y: number | number[]): number;
  getParamsAndGrads(): ParamsAndGrads[];
}
interface Trainer {
  train(x: Vol, y: number | number[]): unknown;
}
interface ConvnetJs {
  Net: new () => Net;
  Vol: new (sx: number, sy: number, depth: number, fill: number) => Vol;
  Trainer: new (net: Net, options: object) => Trainer;
}

const convnetjs = createRequire(import.meta.url)('convnetjs') as ConvnetJs;

/** [channels, height, width] of a sample: features are a 1×1 column of depth `inputs`. */
const volShape = (w: Workload) => w.image ?? [w.inputs, 1, 1];

/**
 * Sample i as a Vol. A Vol is [sx, sy, depth] stored channel fastest (HWC), our rows are
 * channel, row, column (CHW): the same order for one channel and for features.
 */
function toVol(w: Workload, i: number): Vol {
  const [c, h, wd] = volShape(w);
  const vol = new convnetjs.Vol(wd, h, c, 0);
  const x = w.data.x;
  for (let ch = 0, k = i * w.inputs; ch < c; ch++)
    for (let p = 0; p < h * wd; p++, k++) vol.w[p * c + ch] = x[k];
  return vol;
}

function layerDefs(w: Workload): object[] {
  const [c, h, wd] = volShape(w);
  const defs: object[] = [{ type: 'input', out_sx: wd, out_sy: h, out_depth: c }];
  for (const layer of w.layers) {
    if (layer.type === 'dense')
      defs.push({ type: 'fc', num_neurons: layer.units, activation: layer.activation });
    // Its own conv and pool layers; `activation` adds a relu or tanh layer after the conv.
    else if (layer.type === 'conv2d') {
      const { size, filters, padding, activation } = layer;
      defs.push({ type: 'conv', sx: size, filters, stride: 1, pad: padding, activation });
    } else defs.push({ type: 'pool', sx: layer.size, stride: layer.size });
  }
  // convnetjs puts the fc layer of the right width in front of a loss layer by itself.
  defs.push(
    w.task === 'regression'
      ? { type: 'regression', num_neurons: w.outputs }
      : { type: 'softmax', num_classes: w.outputs },
  );
  return defs;
}

/** Adam over convnetjs's parameter arrays; `grads` hold sums over `count` samples. */
function adamStep(
  w: Workload,
  pgs: ParamsAndGrads[],
  m: Float64Array[],
  v: Float64Array[],
  t: number,
  count: number,
) {
  if (w.optimizer.name !== 'adam') return;
  const { lr, beta1, beta2, eps } = w.optimizer;
  const c1 = 1 - beta1 ** t;
  const c2 = 1 - beta2 ** t;
  for (let k = 0; k < pgs.length; k++) {
    const { params: p, grads: g } = pgs[k];
    const mk = m[k];
    const vk = v[k];
    for (let j = 0; j < p.length; j++) {
      const gj = g[j] / count;
      mk[j] = beta1 * mk[j] + (1 - beta1) * gj;
      vk[j] = beta2 * vk[j] + (1 - beta2) * gj * gj;
      p[j] -= (lr * (mk[j] / c1)) / (Math.sqrt(vk[j] / c2) + eps);
      g[j] = 0;
    }
  }
}

export function convnetjsAdapter(): Adapter {
  let w: Workload;
  let net: Net;
  let trainer: Trainer | null = null;
  let vols: Vol[] = [];
  let ys: (number | number[])[] = [];
  let pgs: ParamsAndGrads[] = [];
  let m: Float64Array[] = [];
  let v: Float64Array[] = [];
  let step = 0;

  return {
    name: 'convnetjs',
    async setup(workload) {
      w = workload;
      net = new convnetjs.Net();
      net.makeLayers(layerDefs(w));
      const { n, labels, targets } = w.data;
      vols = [];
      ys = [];
      for (let i = 0; i < n; i++) {
        vols.push(toVol(w, i));
        ys.push(targets !== null ? [targets[i]] : labels![i]);
      }
      const o = w.optimizer;
      trainer =
        o.name === 'sgd'
          ? new convnetjs.Trainer(net, {
              method: 'sgd',
              learning_rate: o.lr,
              momentum: o.momentum,
              batch_size: w.batchSize,
              l2_decay: 0,
            })
          : null;
      pgs = net.getParamsAndGrads();
      m = pgs.map((pg) => new Float64Array(pg.params.length));
      v = pgs.map((pg) => new Float64Array(pg.params.length));
      step = 0;
    },
    trainEpoch() {
      if (trainer !== null) {
        // Its counter spans epochs; the SGD workloads' sizes are multiples of the batch size.
        for (let i = 0; i < vols.length; i++) trainer.train(vols[i], ys[i]);
        return;
      }
      for (let start = 0; start < vols.length; start += w.batchSize) {
        const end = Math.min(start + w.batchSize, vols.length);
        for (let i = start; i < end; i++) {
          net.forward(vols[i], true);
          net.backward(ys[i]);
        }
        adamStep(w, pgs, m, v, ++step, end - start);
      }
    },
    dispose() {
      trainer = null;
      vols = [];
      pgs = [];
    },
  };
}
