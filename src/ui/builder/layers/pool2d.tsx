// Max and average pooling in the builder: the same two controls, its window and its stride,
// so one function makes both rows (as spec/layers/pool2d.ts does).
import type { AvgPool2dSpec, MaxPool2dSpec } from '../../../spec/types';
import { CountField } from './fields';
import type { FieldsProps, LayerView } from './row';

type PoolSpec = MaxPool2dSpec | AvgPool2dSpec;

function PoolFields({ layer, n, change }: FieldsProps<PoolSpec>) {
  return (
    <>
      <CountField
        name="window"
        n={n}
        value={layer.size}
        min={1}
        onCommit={(size) =>
          change((l) => {
            // Windows side by side stay side by side (PyTorch's default stride is the size):
            // "3×3 pooling" then means what it says instead of overlapping 3×3 windows.
            if (l.stride === l.size) l.stride = size;
            l.size = size;
          })
        }
      />
      <CountField
        name="stride"
        n={n}
        value={layer.stride}
        min={1}
        onCommit={(stride) => change((l) => void (l.stride = stride))}
      />
    </>
  );
}

function pool<S extends PoolSpec>(type: S['type']): LayerView<S> {
  const max = type === 'maxpool2d';
  return {
    Fields: PoolFields,
    // The classic 2×2 that halves each side.
    add: {
      label: max ? 'network.addMaxPool' : 'network.addAvgPool',
      layer: { type, size: 2, stride: 2 } as S,
      image: true,
    },
  };
}

export const maxpool2d = pool<MaxPool2dSpec>('maxpool2d');
export const avgpool2d = pool<AvgPool2dSpec>('avgpool2d');
