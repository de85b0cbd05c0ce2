// The other tables: every activation, loss and layer type renders (KaTeX, no TeX error) with
// its values bound in, and the constants the page writes are the engine's own.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../../src/engine/activations';
import { BATCHNORM_EPS, BATCHNORM_MOMENTUM } from '../../../src/engine/layers/batchNorm';
import { LOSSES } from '../../../src/engine/losses';
import { fromRows, matrix } from '../../../src/engine/matrix';
import { ACTIVATION_NAMES } from '../../../src/spec/catalog/activations';
import { LOSS_NAMES } from '../../../src/spec/catalog/losses';
import { LAYER_TYPES, type Shape } from '../../../src/spec/layers';
import type { LayerSpec, LayerType } from '../../../src/spec/types';
import {
  ACTIVATION_FORMULAS,
  activationFormula,
  ELU_ALPHA,
  LEAKY_SLOPE,
} from '../../../src/ui/formulas/activations';
import {
  BATCHNORM_EPS as PAGE_EPS,
  BATCHNORM_MOMENTUM as PAGE_MOMENTUM,
  layerFormulas,
} from '../../../src/ui/formulas/layers';
import { lossFormula } from '../../../src/ui/formulas/losses';
import { mn, renderAll, texOf } from './render';

describe('the activations’ formulas', () => {
  it.each(ACTIVATION_NAMES)('%s renders, function and slope', (name) => {
    const f = activationFormula(name, 3);
    expect(f.lines).toHaveLength(2);
    renderAll(f);
  });

  it('writes softmax over the layer’s K units', () => {
    expect(activationFormula('softmax', 3).where).toEqual(['K = 3']);
  });

  it('writes the engine’s constants: Leaky ReLU’s slope 0.01, ELU’s α = 1', () => {
    const z = Float64Array.of(-1, -50),
      y = new Float64Array(2);
    ACTIVATIONS.leaky_relu.forward(z, y, 2, 2);
    expect(y[0]).toBe(-LEAKY_SLOPE);
    expect(ACTIVATION_FORMULAS.leaky_relu.f).toContain(String.raw`0.01\, z`);
    ACTIVATIONS.elu.forward(z, y, 2, 2);
    expect(y[1]).toBeCloseTo(-ELU_ALPHA, 12); // α(e^−50 − 1)
    expect(activationFormula('elu', 1).where).toEqual([String.raw`\alpha = 1`]);
  });
});

describe('the losses’ formulas', () => {
  const context = { batch: 32, outputs: 3, l1: 0, l2: 0 };

  it.each(LOSS_NAMES)('%s renders with N and K bound', (name) => {
    const markup = renderAll(lossFormula(name, context));
    expect(markup).toContain(mn('32'));
    expect(markup).toContain(mn('3'));
  });

  it('adds the training settings’ penalties, only those that are on', () => {
    const none = lossFormula('mse', context);
    const l2 = lossFormula('mse', { ...context, l2: 0.001 });
    expect(l2.lines).toHaveLength(none.lines.length + 1);
    expect(l2.lines.at(-1)!.tex).toBe(String.raw`L + \lambda_2 \sum_w w^2`);
    expect(l2.where).toContain(String.raw`\lambda_2 = 0.001`);
    const both = lossFormula('cross_entropy', { ...context, l1: 0.01, l2: 0.5 });
    expect(both.lines.at(-1)!.tex).toBe(
      String.raw`L + \lambda_1 \sum_w |w| + \lambda_2 \sum_w w^2`,
    );
    renderAll(both);
  });

  it('averages as the engine does: MSE and BCE over N·K, cross-entropy over N', () => {
    // N = 2 samples, K = 2 outputs, every y − t = 1 (MSE) and every logit 0 (BCE: p = ½).
    const y = fromRows('float64', [
      [1, 1],
      [1, 1],
    ]);
    const t = fromRows('float64', [
      [0, 0],
      [0, 0],
    ]);
    const grad = matrix('float64', 2, 2);
    expect(LOSSES.mse.compute(y, t, grad)).toBe(1); // (1/NK)·Σ 1² = 1
    expect(grad.data[0]).toBe(2 / 4); // 2(y − t)/(NK)
    expect(texOf(lossFormula('mse', context))[0]).toContain(String.raw`\dfrac{1}{NK}`);
    LOSSES.bce.compute(matrix('float64', 2, 2), t, grad);
    expect(grad.data[0]).toBe(0.5 / 4); // (p − t)/(NK)
    expect(texOf(lossFormula('bce', context))[2]).toContain('{NK}');
    // Cross-entropy with two classes, logits 0 and one-hot targets: (p − t)/N = (½ − 1)/2.
    const onehot = fromRows('float64', [
      [1, 0],
      [1, 0],
    ]);
    LOSSES.cross_entropy.compute(matrix('float64', 2, 2), onehot, grad);
    expect(grad.data[0]).toBe(-0.5 / 2);
    expect(texOf(lossFormula('cross_entropy', context))[2]).toContain('{N}');
  });
});

/** One layer of every type, where it would sit in a small image network. */
const SAMPLES: {
  [K in LayerType]: { layer: Extract<LayerSpec, { type: K }>; input: Shape; output: Shape };
} = {
  dense: {
    layer: { type: 'dense', units: 16, activation: 'relu', init: { name: 'he_uniform' } },
    input: 2,
    output: 16,
  },
  conv2d: {
    layer: {
      type: 'conv2d',
      filters: 8,
      kernelSize: [3, 3],
      stride: 1,
      padding: 0,
      activation: 'relu',
      init: { name: 'he_uniform' },
      bias: true,
    },
    input: [1, 8, 8],
    output: [8, 6, 6],
  },
  maxpool2d: {
    layer: { type: 'maxpool2d', size: 2, stride: 2 },
    input: [8, 6, 6],
    output: [8, 3, 3],
  },
  avgpool2d: {
    layer: { type: 'avgpool2d', size: 3, stride: 1 },
    input: [8, 6, 5],
    output: [8, 4, 3],
  },
  flatten: { layer: { type: 'flatten' }, input: [8, 3, 3], output: 72 },
  activation: { layer: { type: 'activation', activation: 'tanh' }, input: 16, output: 16 },
  batchnorm: { layer: { type: 'batchnorm' }, input: 16, output: 16 },
  dropout: { layer: { type: 'dropout', rate: 0.2 }, input: 16, output: 16 },
};

describe('the layers’ formulas', () => {
  it.each(LAYER_TYPES)('%s renders with its sizes', (type) => {
    const { layer, input, output } = SAMPLES[type];
    const f = layerFormulas(layer, { input, output, batch: 32 });
    renderAll(f.operation);
  });

  it('binds a dense layer’s shapes, and leaves b out without a bias', () => {
    const { layer, input, output } = SAMPLES.dense;
    const f = layerFormulas(layer, { input, output, batch: 32 });
    expect(f.operation.lines.map((l) => l.tex)).toEqual(['z = x W + b', 'a = f(z)']);
    expect(f.operation.where).toEqual([
      String.raw`x \in \mathbb{R}^{2}`,
      String.raw`W \in \mathbb{R}^{2 \times 16}`,
      String.raw`b \in \mathbb{R}^{16}`,
    ]);
    const noBias = layerFormulas({ ...layer, bias: false }, { input, output, batch: 32 });
    expect(noBias.operation.lines[0].tex).toBe('z = x W');
    expect(noBias.init!.bias).toBe(false);
  });

  it('works a convolution’s and a pooling’s output size out with their numbers', () => {
    const conv = SAMPLES.conv2d;
    const f = layerFormulas(conv.layer, { ...conv, batch: 32 });
    expect(f.operation.lines[1].tex).toMatch(
      /^\\begin\{aligned\} H' = W' &= .* = 6 \\end\{aligned\}$/,
    );
    const pool = SAMPLES.avgpool2d; // 6 × 5 by 3 with stride 1: 4 × 3
    const lines = layerFormulas(pool.layer, { ...pool, batch: 32 }).operation.lines;
    expect(lines[1].tex).toMatch(/H' &= .*\{6 - 3\}\{1\}.* = 4 \\end/);
    expect(lines[2].tex).toMatch(/W' &= .*\{5 - 3\}\{1\}.* = 3 \\end/);
  });

  it('writes dropout’s scale 1/(1 − p) and batch norm’s constants as the engine’s', () => {
    const drop = layerFormulas(SAMPLES.dropout.layer, { ...SAMPLES.dropout, batch: 32 });
    expect(drop.operation.lines[0].tex).toContain(String.raw`= 1.25\, r \odot x`);
    expect(drop.operation.where).toEqual(['p = 0.2']);
    expect(PAGE_EPS).toBe(BATCHNORM_EPS);
    expect(PAGE_MOMENTUM).toBe(BATCHNORM_MOMENTUM);
    const image = layerFormulas(
      { type: 'batchnorm' },
      { input: [8, 6, 6], output: [8, 6, 6], batch: 32 },
    );
    expect(image.operation.where[0]).toBe(String.raw`m = N H W = 32 \cdot 6 \cdot 6 = 1152`);
    renderAll(image.operation);
  });
});
