// A convolution in the builder: its filters, kernel, stride and padding, its activation, its
// initializer and its bias. A square kernel (nearly every one) is one field; a document's
// oblong kernel gets a field per side.
import type { Conv2dSpec } from '../../../spec/types';
import { ActivationSelect, BiasCheck, CountField, InitFields } from './fields';
import type { FieldsProps, LayerView } from './row';

function Conv2dFields({ layer, n, change }: FieldsProps<Conv2dSpec>) {
  const [kh, kw] = layer.kernelSize;
  return (
    <>
      <CountField
        name="filters"
        n={n}
        value={layer.filters}
        min={1}
        onCommit={(filters) => change((l) => void (l.filters = filters))}
      />
      {kh === kw ? (
        <CountField
          name="kernel"
          n={n}
          value={kh}
          min={1}
          onCommit={(side) => change((l) => void (l.kernelSize = [side, side]))}
        />
      ) : (
        <>
          <CountField
            name="kernelHeight"
            n={n}
            value={kh}
            min={1}
            onCommit={(h) => change((l) => void (l.kernelSize = [h, l.kernelSize[1]]))}
          />
          <CountField
            name="kernelWidth"
            n={n}
            value={kw}
            min={1}
            onCommit={(w) => change((l) => void (l.kernelSize = [l.kernelSize[0], w]))}
          />
        </>
      )}
      <CountField
        name="stride"
        n={n}
        value={layer.stride}
        min={1}
        onCommit={(stride) => change((l) => void (l.stride = stride))}
      />
      <CountField
        name="padding"
        n={n}
        value={layer.padding}
        min={0}
        onCommit={(padding) => change((l) => void (l.padding = padding))}
      />
      <ActivationSelect
        n={n}
        value={layer.activation}
        disabled={false}
        noSoftmax
        onChange={(activation) => change((l) => void (l.activation = activation))}
      />
      <InitFields
        n={n}
        value={layer.init}
        onChange={(init) => change((l) => void (l.init = init))}
      />
      <BiasCheck
        n={n}
        value={layer.bias}
        onChange={(bias) => change((l) => void (l.bias = bias))}
      />
    </>
  );
}

export const conv2d: LayerView<Conv2dSpec> = {
  Fields: Conv2dFields,
  add: {
    label: 'network.addConv2d',
    // LeNet-sized: 8 small 3×3 filters see strokes and edges; He suits the ReLU after them.
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
    image: true,
  },
};
