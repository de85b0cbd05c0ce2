// What each layer type computes, as the engine does (engine/layers/*.ts), with the layer's
// own sizes bound in; and, for a layer that has them, its activation and its initializer with
// its fans. One row per layer type, a mapped type over LayerType: a new type without its
// formula does not compile.
import { isImage, sizeOf, type Shape } from '../../spec/layers';
import type { ActivationName, InitSpec, LayerSpec, LayerType } from '../../spec/types';
import { bind, formula, type Formula } from './formula';
import type { Fans } from './initializers';
import { texNumber } from './tex';

/** Batch norm's constants, PyTorch's defaults as the engine uses them (a test compares). */
export const BATCHNORM_EPS = 1e-5;
export const BATCHNORM_MOMENTUM = 0.1;

/** Where a layer sits: what comes in, what goes out, and the batch size. */
export interface LayerContext {
  input: Shape;
  output: Shape;
  batch: number;
}

/** A layer's formulas: what it computes, and its activation and initializer if it has them. */
export interface LayerFormulas {
  operation: Formula;
  activation?: { name: ActivationName; units: number };
  init?: { spec: InitSpec; fans: Fans; bias: boolean };
}

type Row<S extends LayerSpec> = (layer: S, c: LayerContext) => LayerFormulas;

/** ℝ^{2}, ℝ^{8×6×6}: a shape (or sizes) as the space its values live in. */
function space(dims: Shape | readonly number[]): string {
  return String.raw`\mathbb{R}^{${typeof dims === 'number' ? dims : dims.join(String.raw` \times `)}}`;
}

/**
 * An image layer's output size, PyTorch's floor, in symbols then in numbers:
 * "H' = W' = ⌊(H + 2p − k_h)/s⌋ + 1 = ⌊(8 + 0 − 3)/1⌋ + 1 = 6", one formula when height and
 * width go alike, else one each. `padding` null: a pooling, which has none.
 */
function outputSize(
  c: LayerContext,
  [kh, kw]: [number, number],
  stride: number,
  padding: number | null,
  kernel: [string, string],
): string[] {
  const [, h, w] = isImage(c.input) ? c.input : [0, 0, 0];
  const [, oh, ow] = isImage(c.output) ? c.output : [0, 0, 0];
  const line = (
    names: string,
    axis: string,
    k: string,
    size: number,
    kSize: number,
    out: number,
  ) => {
    const pad = padding === null ? '' : ' + 2p';
    const padded = padding === null ? '' : ` + ${2 * padding}`;
    const symbols = String.raw`\left\lfloor \dfrac{${axis}${pad} - ${k}}{s} \right\rfloor + 1`;
    const numbers = String.raw`\left\lfloor \dfrac{${size}${padded} - ${kSize}}{${stride}} \right\rfloor + 1`;
    // The rule, then its numbers under it: on one line it is wider than the panel.
    return String.raw`\begin{aligned} ${names} &= ${symbols} \\ &= ${numbers} = ${out} \end{aligned}`;
  };
  return h === w && kh === kw
    ? [line("H' = W'", 'H', kernel[0], h, kh, oh)]
    : [line("H'", 'H', kernel[0], h, kh, oh), line("W'", 'W', kernel[1], w, kw, ow)];
}

/** a = f(z), after the layer's own operation, unless the activation is linear. */
const applied = (activation: ActivationName) => (activation === 'linear' ? [] : ['a = f(z)']);

const pool =
  (op: 'max' | 'avg'): Row<Extract<LayerSpec, { type: 'maxpool2d' | 'avgpool2d' }>> =>
  (layer, c) => {
    const window = String.raw`x_{c,\; s u + i,\; s v + j}`;
    const y =
      op === 'max'
        ? String.raw`y_{c,u,v} = \max_{0 \le i,\, j < k} ${window}`
        : String.raw`y_{c,u,v} = \dfrac{1}{k^2} \sum_{i=0}^{k-1} \sum_{j=0}^{k-1} ${window}`;
    return {
      operation: formula(
        [y, ...outputSize(c, [layer.size, layer.size], layer.stride, null, ['k', 'k'])],
        [bind('k', layer.size), bind('s', layer.stride)],
      ),
    };
  };

export const LAYER_FORMULAS: { readonly [K in LayerType]: Row<Extract<LayerSpec, { type: K }>> } = {
  dense(layer, c) {
    const n = sizeOf(c.input);
    const bias = layer.bias !== false;
    return {
      operation: formula(
        [bias ? 'z = x W + b' : 'z = x W', ...applied(layer.activation)],
        [
          String.raw`x \in ${space(n)}`,
          String.raw`W \in ${space([n, layer.units])}`,
          ...(bias ? [String.raw`b \in ${space(layer.units)}`] : []),
        ],
        isImage(c.input) ? [{ key: 'formulas.note.flatInput' }] : [],
      ),
      activation: { name: layer.activation, units: layer.units },
      init: { spec: layer.init, fans: { fanIn: n, fanOut: layer.units }, bias },
    };
  },
  conv2d(layer, c) {
    const [kh, kw] = layer.kernelSize;
    const channels = isImage(c.input) ? c.input[0] : 1;
    const sum = String.raw`\sum_{c=1}^{C} \sum_{i=0}^{k_h-1} \sum_{j=0}^{k_w-1} W_{f,c,i,j}\, x_{c,\; s u + i - p,\; s v + j - p}`;
    return {
      operation: formula(
        [
          String.raw`z_{f,u,v} = ${layer.bias ? 'b_f + ' : ''}${sum}`,
          ...outputSize(c, [kh, kw], layer.stride, layer.padding, ['k_h', 'k_w']),
          ...applied(layer.activation),
        ],
        [
          bind('C', channels),
          bind('F', layer.filters),
          String.raw`k_h \times k_w = ${kh} \times ${kw}`,
          bind('s', layer.stride),
          bind('p', layer.padding),
        ],
        [{ key: 'formulas.note.conv' }],
      ),
      activation: { name: layer.activation, units: sizeOf(c.output) },
      init: {
        spec: layer.init,
        fans: {
          fanIn: channels * kh * kw,
          fanOut: layer.filters * kh * kw,
          conv: { channels, filters: layer.filters, kh, kw },
        },
        bias: layer.bias,
      },
    };
  },
  maxpool2d: pool('max'),
  avgpool2d: pool('avg'),
  flatten: (_layer, c) => ({
    operation: formula(
      [String.raw`y_{(c H + h) W + w} = x_{c,h,w}`],
      [String.raw`${space(c.input)} \to ${space(c.output)}`],
    ),
  }),
  activation: (layer, c) => ({
    operation: formula(['a = f(z)'], [String.raw`z, a \in ${space(c.output)}`]),
    activation: { name: layer.activation, units: sizeOf(c.output) },
  }),
  batchnorm(_layer, c) {
    const input = c.input;
    const keep = texNumber(1 - BATCHNORM_MOMENTUM);
    const momentum = texNumber(BATCHNORM_MOMENTUM);
    // Per unit over the minibatch (BatchNorm1d), or per channel over the minibatch and
    // every position of the image (BatchNorm2d): m values each.
    const count = isImage(input)
      ? String.raw`m = N H W = ${c.batch} \cdot ${input[1]} \cdot ${input[2]} = ${c.batch * input[1] * input[2]}`
      : bind('m', c.batch);
    return {
      operation: formula(
        [
          {
            tex: String.raw`\mu_j = \dfrac{1}{m} \sum_{i} x_{ij}, \quad \sigma_j^2 = \dfrac{1}{m} \sum_{i} (x_{ij} - \mu_j)^2`,
            when: 'formulas.when.training',
          },
          String.raw`\hat x_{ij} = \dfrac{x_{ij} - \mu_j}{\sqrt{\sigma_j^2 + \varepsilon}}, \quad y_{ij} = \gamma_j\, \hat x_{ij} + \beta_j`,
          {
            tex: String.raw`\bar\mu_j \leftarrow ${keep}\, \bar\mu_j + ${momentum}\, \mu_j, \quad \bar\sigma_j^2 \leftarrow ${keep}\, \bar\sigma_j^2 + ${momentum}\, \dfrac{m}{m - 1}\, \sigma_j^2`,
            when: 'formulas.when.running',
          },
          {
            tex: String.raw`y_{ij} = \gamma_j\, \dfrac{x_{ij} - \bar\mu_j}{\sqrt{\bar\sigma_j^2 + \varepsilon}} + \beta_j`,
            when: 'formulas.when.evaluation',
          },
        ],
        [
          count,
          bind(String.raw`\varepsilon`, BATCHNORM_EPS),
          String.raw`\gamma, \beta \in ${space(isImage(input) ? input[0] : input)}`,
        ],
        [{ key: isImage(input) ? 'formulas.note.batchnormImage' : 'formulas.note.batchnorm' }],
      ),
    };
  },
  dropout: (layer) => ({
    operation: formula(
      [
        {
          tex: String.raw`y = \dfrac{r \odot x}{1 - p} = ${texNumber(1 / (1 - layer.rate))}\, r \odot x, \quad r_i \sim \operatorname{Bernoulli}(1 - p)`,
          when: 'formulas.when.training',
        },
        { tex: 'y = x', when: 'formulas.when.evaluation' },
      ],
      [bind('p', layer.rate)],
      [{ key: 'formulas.note.dropout' }],
    ),
  }),
};

/** The formulas of `layer` where it sits. */
export function layerFormulas(layer: LayerSpec, c: LayerContext): LayerFormulas {
  return (LAYER_FORMULAS[layer.type] as Row<LayerSpec>)(layer, c);
}
