// `maxpool2d` and `avgpool2d`: square windows of `size` moved by `stride` (= size), no
// padding, over each channel, as torch.nn.MaxPool2d and AvgPool2d; H' = ⌊(H − size)/stride⌋ + 1.
// The two differ only in the math (engine/layers/pool2d.ts), so one function makes both rows.
import { at, fail, int, record, valueOr } from '../check';
import { DEFAULTS } from '../defaults';
import { LIMITS } from '../limits';
import type { AvgPool2dSpec, MaxPool2dSpec } from '../types';
import type { LayerKind } from './kind';
import { needImage, sizeOf, type Shape } from './shape';

/** Windows along one axis (PyTorch's floor, no padding). */
export function poolSize(size: number, window: number, stride: number): number {
  return Math.floor((size - window) / stride) + 1;
}

function pool<S extends MaxPool2dSpec | AvgPool2dSpec>(type: S['type']): LayerKind<S> {
  const article = type === 'avgpool2d' ? 'an' : 'a';
  const output = (spec: S, input: Shape, path: string): Shape => {
    const [c, h, w] = needImage(input, path, type);
    if (spec.size > h || spec.size > w) {
      fail(
        at(path, 'size'),
        `is ${spec.size}, larger than its ${h} × ${w} input: the pooling leaves no output`,
      );
    }
    return [c, poolSize(h, spec.size, spec.stride), poolSize(w, spec.size, spec.stride)];
  };
  return {
    fields: ['size', 'stride'],
    imageOnly: true,
    article,
    parse(raw, path) {
      const size = int(valueOr(raw, 'size', DEFAULTS.poolSize), at(path, 'size'), 1, LIMITS.window);
      // PyTorch's stride defaults to the window's size: windows side by side.
      const stride = int(valueOr(raw, 'stride', size), at(path, 'stride'), 1, LIMITS.window);
      return { type, size, stride } as S;
    },
    output,
    parameters: () => 0,
    values: (_spec, _input, output) => sizeOf(output),
    params: (entry, _spec, _input, path) => {
      record(entry, path, { owner: `${article} ${type} layer's params`, fields: [] });
      return {};
    },
    summary: (spec) =>
      `${type === 'maxpool2d' ? 'max' : 'average'} pool ${spec.size}` +
      (spec.stride === spec.size ? '' : ` stride ${spec.stride}`),
  };
}

export const maxpool2d = pool<MaxPool2dSpec>('maxpool2d');
export const avgpool2d = pool<AvgPool2dSpec>('avgpool2d');
