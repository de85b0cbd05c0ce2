// `conv2d`: what torch.nn.Conv2d computes (a cross-correlation, zero padding on every side),
// then its activation; output [filters, H', W'] with H' = ⌊(H + 2·padding − kh)/stride⌋ + 1.
// Its weights are PyTorch's [F][C][kh][kw]; fans C·kh·kw and F·kh·kw.
import { ACTIVATION_NAMES } from '../catalog/activations';
import {
  at,
  bool,
  fail,
  floats,
  get,
  int,
  item,
  list,
  oneOf,
  record,
  reject,
  valueOr,
} from '../check';
import { DEFAULTS } from '../defaults';
import { parseInit } from '../init';
import { groupThousands, LIMITS } from '../limits';
import type { Conv2dSpec, ConvParams } from '../types';
import type { LayerKind } from './kind';
import { needImage, sizeOf, type ImageShape, type Shape } from './shape';

/** Output positions along one axis (PyTorch's floor). */
export function convSize(size: number, kernel: number, stride: number, padding: number): number {
  return Math.floor((size + 2 * padding - kernel) / stride) + 1;
}

/** The output image of `spec` on `input`, or a refusal naming the layer at `path`. */
function outputOf(spec: Conv2dSpec, shape: Shape, path: string): ImageShape {
  const input = needImage(shape, path, 'conv2d');
  const [, h, w] = input;
  const [kh, kw] = spec.kernelSize;
  const p = spec.padding;
  if (kh > h + 2 * p || kw > w + 2 * p) {
    const padded =
      p === 0 ? `its ${h} × ${w} input` : `its input padded to ${h + 2 * p} × ${w + 2 * p}`;
    fail(
      at(path, 'kernelSize'),
      `is ${kh} × ${kw}, larger than ${padded} (use a smaller kernel or more padding)`,
    );
  }
  const output: ImageShape = [
    spec.filters,
    convSize(h, kh, spec.stride, p),
    convSize(w, kw, spec.stride, p),
  ];
  // The engine unfolds the input under every kernel position (im2col): C·kh·kw values for
  // each of the H'·W' positions, at least one sample's worth at a time.
  const unfolded = input[0] * kh * kw * output[1] * output[2];
  if (unfolded > LIMITS.activations) {
    fail(
      path,
      `unfolds its input into ${groupThousands(unfolded)} values per sample (${input[0]} channels × ` +
        `${kh} × ${kw} kernel × ${output[1]} × ${output[2]} positions); the limit is ` +
        `${groupThousands(LIMITS.activations)} (use fewer channels, a smaller kernel or a larger stride)`,
    );
  }
  return output;
}

function parseKernel(value: unknown, path: string): [number, number] {
  if (typeof value === 'number') {
    const side = int(value, path, 1, LIMITS.window);
    return [side, side];
  }
  const sides = list(value, path);
  if (sides.length !== 2) reject(path, 'a positive integer or [height, width]', value);
  return [
    int(sides[0], item(path, 0), 1, LIMITS.window),
    int(sides[1], item(path, 1), 1, LIMITS.window),
  ];
}

export const conv2d: LayerKind<Conv2dSpec> = {
  fields: ['filters', 'kernelSize', 'stride', 'padding', 'activation', 'init', 'bias'],
  imageOnly: true,
  article: 'a',
  parse: (raw, path) => ({
    type: 'conv2d',
    filters: int(get(raw, 'filters'), at(path, 'filters'), 1, LIMITS.filters),
    kernelSize: parseKernel(get(raw, 'kernelSize'), at(path, 'kernelSize')),
    stride: int(valueOr(raw, 'stride', DEFAULTS.conv.stride), at(path, 'stride'), 1, LIMITS.window),
    padding: int(
      valueOr(raw, 'padding', DEFAULTS.conv.padding),
      at(path, 'padding'),
      0,
      LIMITS.window,
    ),
    activation: oneOf(
      valueOr(raw, 'activation', DEFAULTS.activation),
      at(path, 'activation'),
      ACTIVATION_NAMES,
    ),
    init: parseInit(valueOr(raw, 'init', DEFAULTS.init), at(path, 'init')),
    bias: bool(valueOr(raw, 'bias', DEFAULTS.conv.bias), at(path, 'bias')),
  }),
  output(spec, input, path) {
    const output = outputOf(spec, input, path);
    // Softmax is along a sample's features: an image has none to run along yet.
    if (spec.activation === 'softmax') {
      fail(at(path, 'activation'), 'cannot be softmax on an image (flatten it first)');
    }
    return output;
  },
  // Each filter's C·kh·kw weights at each of the H'·W' positions.
  multiplyAdds(spec, input, output) {
    const [c] = needImage(input, '', 'conv2d');
    return sizeOf(output) * c * spec.kernelSize[0] * spec.kernelSize[1];
  },
  parameters(spec, input) {
    const [c] = needImage(input, '', 'conv2d');
    const [kh, kw] = spec.kernelSize;
    return spec.filters * c * kh * kw + (spec.bias ? spec.filters : 0);
  },
  // The convolution's output, and its activation's apart from it.
  values: (spec, _input, output) => (spec.activation === 'linear' ? 1 : 2) * sizeOf(output),
  params(entry, spec, input, path, layerPath): ConvParams {
    const fields = spec.bias ? ['W', 'b'] : ['W'];
    const raw = record(entry, path, { owner: "a conv2d layer's params", fields });
    const [c] = needImage(input, layerPath, 'conv2d');
    const [kh, kw] = spec.kernelSize;
    const nested = (value: unknown, where: string, length: number, what: string) => {
      const values = list(value, where);
      if (values.length !== length) {
        fail(where, `has ${values.length} entries but ${layerPath} has ${length} ${what}`);
      }
      return values;
    };
    const wPath = at(path, 'W');
    const W = nested(get(raw, 'W'), wPath, spec.filters, 'filters').map((filter, f) =>
      nested(filter, item(wPath, f), c, 'input channels').map((channel, ch) =>
        nested(channel, item(item(wPath, f), ch), kh, 'kernel rows').map((row, i) =>
          floats(row, item(item(item(wPath, f), ch), i), kw, `${layerPath}'s kernel is ${kw} wide`),
        ),
      ),
    );
    if (!spec.bias) return { W };
    const b = floats(
      get(raw, 'b'),
      at(path, 'b'),
      spec.filters,
      `${layerPath}.filters is ${spec.filters}`,
    );
    return { W, b };
  },
  summary: (spec) => {
    const [kh, kw] = spec.kernelSize;
    const act = spec.activation === 'linear' ? '' : ` ${spec.activation}`;
    return `conv ${spec.filters}@${kh}×${kw}${act}`;
  },
};
