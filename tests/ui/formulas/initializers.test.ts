// What the initializers' formulas say a layer's weights are drawn from is what the engine
// draws: the engine's own layer rows build a dense layer and a convolution with an Rng that
// answers every uniform draw with its upper limit and every normal draw with 1, so each
// weight comes out as the limit a (or the σ) exactly, to compare with the page's number.
import { describe, expect, it } from 'vitest';
import { KEPT_VALUES, weightsOf, type BuildContext } from '../../../src/engine/layers/layer';
import { rowOf } from '../../../src/engine/layers';
import { INITIALIZERS } from '../../../src/engine/initializers';
import type { Rng } from '../../../src/engine/random';
import { INIT_NAMES } from '../../../src/spec/catalog/initializers';
import type { Shape } from '../../../src/spec/layers';
import type { InitSpec, LayerSpec } from '../../../src/spec/types';
import {
  FAMILY_NAMES,
  familyOf,
  familyVariance,
  initDraw,
  initFormula,
  type Fans,
} from '../../../src/ui/formulas/initializers';
import { layerFormulas } from '../../../src/ui/formulas/layers';
import { texNumber } from '../../../src/ui/formulas/tex';
import { mn, renderAll, texOf } from './render';

/** Uniform draws give their upper end, normal draws 1: a weight is the limit, or σ. */
const EXTREMES = {
  uniform: (_low: number, high: number) => high,
  normal: () => 1,
} as unknown as Rng;

/** What the engine draws for one weight of a `fanIn` × `fanOut` matrix with `init`. */
function engineDraw(init: InitSpec, { fanIn, fanOut }: Fans): number {
  const w = new Float64Array(1);
  INITIALIZERS[init.name].fill(w, fanIn, fanOut, init, EXTREMES);
  return w[0];
}

/** The number the page shows for the draw's scale: its limit a, its σ, or 0. */
function pageScale(init: InitSpec, fans: Fans): number {
  const draw = initDraw(init, fans);
  return draw.distribution === 'uniform'
    ? draw.limit
    : draw.distribution === 'normal'
      ? draw.std
      : 0;
}

const FANS: Fans[] = [
  { fanIn: 2, fanOut: 16 },
  { fanIn: 16, fanOut: 16 },
  { fanIn: 784, fanOut: 10 },
  { fanIn: 9, fanOut: 72, conv: { channels: 1, filters: 8, kh: 3, kw: 3 } },
];

describe('the initializers’ formulas', () => {
  it.each(INIT_NAMES)('%s gives the engine’s limit or σ for every fan, and shows it', (name) => {
    for (const fans of FANS) {
      const init = { name };
      const scale = pageScale(init, fans);
      expect(scale).toBeCloseTo(engineDraw(init, fans), 12);
      for (const bias of [true, false]) {
        const f = initFormula(init, fans, bias);
        const markup = renderAll(f);
        if (scale !== 0) expect(markup).toContain(mn(texNumber(scale)));
        expect(texOf(f).includes('b = 0')).toBe(bias);
      }
    }
  });

  it('writes Xavier’s limit for a 2 → 16 layer out: a = √(6/(2 + 16)) = 0.5774', () => {
    const f = initFormula({ name: 'xavier_uniform' }, { fanIn: 2, fanOut: 16 }, true);
    expect(f.lines[1].tex).toContain(String.raw`\sqrt{\dfrac{6}{2 + 16}} = 0.5774`);
    expect(f.where).toEqual([String.raw`n_\text{in} = 2`, String.raw`n_\text{out} = 16`]);
  });

  it('takes Normal’s σ and Uniform’s limit from the layer’s options', () => {
    const fans = { fanIn: 4, fanOut: 4 };
    expect(pageScale({ name: 'normal', std: 0.25 }, fans)).toBe(
      engineDraw({ name: 'normal', std: 0.25 }, fans),
    );
    expect(pageScale({ name: 'uniform', limit: 0.3 }, fans)).toBe(
      engineDraw({ name: 'uniform', limit: 0.3 }, fans),
    );
    expect(initFormula({ name: 'normal', std: 0.25 }, fans, true).where).toContain(
      String.raw`\sigma = 0.25`,
    );
  });

  it('states the three families’ variances as the lesson argues them: 1/n, 2/(n_in + n_out), 2/n', () => {
    const fans = { fanIn: 20, fanOut: 30 };
    expect(familyVariance('lecun', fans)).toBe(1 / 20);
    expect(familyVariance('xavier', fans)).toBe(2 / 50);
    expect(familyVariance('he', fans)).toBe(2 / 20);
    // Each family's normal draw has exactly that variance in the engine: σ² = Var.
    for (const family of FAMILY_NAMES) {
      const name = INIT_NAMES.find((n) => familyOf(n) === family && n.endsWith('_normal'))!;
      expect(engineDraw({ name }, fans) ** 2).toBeCloseTo(familyVariance(family, fans), 12);
    }
  });
});

/** The engine's row of `layer` built on `input`; its weight tensor's first weight. */
function engineLayerWeight(layer: LayerSpec, input: Shape): number {
  const context: BuildContext = {
    capacity: 1,
    dtype: 'float64',
    kernel: 'js',
    initRng: EXTREMES,
    dropoutRng: EXTREMES,
    first: true,
    trainingRows: 1,
    workspace: { keptValues: KEPT_VALUES },
  };
  return weightsOf(rowOf(layer).build(layer, input, context))!.value[0];
}

describe('a layer’s fans', () => {
  it('are the engine’s: a dense layer’s inputs and units, a convolution’s C·kh·kw and F·kh·kw', () => {
    const cases: { layer: LayerSpec; input: Shape; output: Shape }[] = [
      {
        layer: { type: 'dense', units: 16, activation: 'relu', init: { name: 'xavier_uniform' } },
        input: 2,
        output: 16,
      },
      {
        layer: { type: 'dense', units: 10, activation: 'softmax', init: { name: 'he_normal' } },
        input: [8, 3, 3],
        output: 10,
      },
      {
        layer: {
          type: 'conv2d',
          filters: 8,
          kernelSize: [3, 5],
          stride: 1,
          padding: 1,
          activation: 'relu',
          init: { name: 'xavier_uniform' },
          bias: true,
        },
        input: [3, 8, 8],
        output: [8, 8, 6],
      },
    ];
    for (const { layer, input, output } of cases) {
      const { init } = layerFormulas(layer, { input, output, batch: 32 });
      expect(pageScale(init!.spec, init!.fans)).toBeCloseTo(engineLayerWeight(layer, input), 12);
    }
  });
});
