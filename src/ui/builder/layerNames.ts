// What the page calls each layer type, in its own language: its name in the builder's list
// ("Convolution, 8 filters 3×3") and in short for the diagram, the histograms and a compare
// run ("conv 8 3×3 relu"). One row per layer type; kept apart from the builder's controls
// (./layers, React components) so that plain modules can name layers too.
import type { LayerSpec, LayerType } from '../../spec/types';
import type { Translator } from '../i18n/translate';

interface LayerNames<S extends LayerSpec> {
  /** Its name in the list: "Dense, 8 units", "Batch norm". */
  name(t: Translator, layer: S): string;
  /** In short: "dense 16 relu", "dropout 0.2". */
  short(t: Translator, layer: S): string;
}

/** "3×3", as a kernel or a pooling window is written. */
export function kernelText([kh, kw]: readonly [number, number]): string {
  return `${kh}×${kw}`;
}

const poolWindow = (layer: { size: number }) => kernelText([layer.size, layer.size]);

const NAMES: { readonly [K in LayerType]: LayerNames<Extract<LayerSpec, { type: K }>> } = {
  dense: {
    name: (t, layer) => t.plural('layer.dense', layer.units),
    short: (t, layer) =>
      t(layer.bias === false ? 'layer.short.denseNoBias' : 'layer.short.dense', {
        units: layer.units,
        activation: layer.activation,
      }),
  },
  conv2d: {
    name: (t, layer) =>
      t.plural('layer.conv2d', layer.filters, { kernel: kernelText(layer.kernelSize) }),
    short: (t, layer) =>
      t('layer.short.conv2d', {
        filters: layer.filters,
        kernel: kernelText(layer.kernelSize),
        activation: layer.activation,
      }),
  },
  maxpool2d: {
    name: (t, layer) => t('layer.maxpool2d', { window: poolWindow(layer) }),
    short: (t, layer) => t('layer.short.maxpool2d', { window: poolWindow(layer) }),
  },
  avgpool2d: {
    name: (t, layer) => t('layer.avgpool2d', { window: poolWindow(layer) }),
    short: (t, layer) => t('layer.short.avgpool2d', { window: poolWindow(layer) }),
  },
  flatten: {
    name: (t) => t('layer.flatten'),
    short: (t) => t('layer.short.flatten'),
  },
  activation: {
    name: (t) => t('layer.activation'),
    short: (_t, layer) => layer.activation,
  },
  batchnorm: {
    name: (t) => t('layer.batchnorm'),
    short: (t) => t('layer.short.batchnorm'),
  },
  dropout: {
    name: (t) => t('layer.dropout'),
    short: (t, layer) => t('layer.short.dropout', { rate: layer.rate }),
  },
};

function namesOf<S extends LayerSpec>(layer: S): LayerNames<S> {
  return NAMES[layer.type] as unknown as LayerNames<S>;
}

/** "Dense, 8 units": the layer as the builder's list names it. */
export function layerName(t: Translator, layer: LayerSpec): string {
  return namesOf(layer).name(t, layer);
}

/** "dense 16 relu", "dropout 0.2": the layer in short, for the histograms and the diagram. */
export function describeLayer(t: Translator, layer: LayerSpec | undefined): string {
  return layer === undefined ? '' : namesOf(layer).short(t, layer);
}
