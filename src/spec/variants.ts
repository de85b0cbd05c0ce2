// Changing one setting of an experiment: what a compare document varies and what a search
// trial samples. Each function returns a new experiment and never writes to its input;
// unchanged parts may be shared with it, so callers validate the result with
// parseExperiment (./experiment.ts), which also makes an independent copy.
//
// None of these but the architecture's (hidden layers, units, filters, layers)
// draws from the 'init' stream or reorders the dense layers, so an experiment and its
// variants start from the same weights (the dense layers draw from one stream, layer by
// layer; batch norm and dropout draw nothing at construction). A variant that changes the
// architecture cannot: its layers have other shapes, so it drops the experiment's `params`
// and draws its weights afresh from the seed.
import type {
  ActivationName,
  DenseSpec,
  Experiment,
  LayerParams,
  LayerSpec,
  LayerType,
  SettingName,
  SettingValues,
  TrialParams,
} from './types';
import { hasMomentum } from './catalog/optimizers';
import { layerShapes, normalizedUnits } from './layers';

type Apply<K extends SettingName> = (e: Experiment, value: SettingValues[K]) => Experiment;

const APPLY: { [K in SettingName]: Apply<K> } = {
  // A whole optimizer, with its own defaults (the base's learning rate is not carried over).
  optimizer: (e, optimizer) => ({ ...e, optimizer: { ...optimizer } }),
  lr: (e, lr) => ({ ...e, optimizer: { ...e.optimizer, lr } }),
  // Every optimizer has weightDecay.
  weightDecay: (e, weightDecay) => ({ ...e, optimizer: { ...e.optimizer, weightDecay } }),
  // Only the optimizers that have the field; for the others there is nothing to set.
  momentum: (e, momentum) =>
    hasMomentum(e.optimizer.name) ? { ...e, optimizer: { ...e.optimizer, momentum } } : e,
  l2: (e, l2) => ({ ...e, training: { ...e.training, l2 } }),
  batchSize: (e, batchSize) => ({ ...e, training: { ...e.training, batchSize } }),
  seed: (e, seed) => ({ ...e, seed }),
  // Every layer with weights: dense and convolutional.
  initializer: (e, init) =>
    rebuild(e, (layer, i) => [
      {
        layer:
          layer.type === 'dense' || layer.type === 'conv2d'
            ? { ...layer, init: { ...init } }
            : layer,
        from: i,
      },
    ]),
  activation: withActivation,
  batchNorm: withBatchNorm,
  dropout: withDropout,
  hiddenLayers: withHiddenLayers,
  // Every hidden dense layer's units; every conv2d layer's filters.
  units: (e, units) =>
    reshape(e, (layers) => {
      const hidden = new Set(hiddenDense(layers));
      return layers.map((l, i) => (l.type === 'dense' && hidden.has(i) ? { ...l, units } : l));
    }),
  filters: (e, filters) =>
    reshape(e, (layers) => layers.map((l) => (l.type === 'conv2d' ? { ...l, filters } : l))),
  // Another network altogether (a dense one against a convolutional one).
  layers: (e, layers) => reshape(e, () => layers),
  // Nothing draws from 'init': the runs start from the same weights, and see the same data.
  augment: (e, augment) => ({
    ...e,
    training: { ...e.training, augment: augment === null ? null : { ...augment } },
  }),
};

/**
 * Hidden dense layers a variant may have: a deep MLP by a textbook's measure, and with their
 * batchnorm, activation and dropout layers still within the limit of 32 layers.
 */
export const MAX_HIDDEN_LAYERS = 8;

/**
 * What an experiment must have for a setting to change anything, where it might not: a
 * compare or a search of that setting is refused without it (the page offers it only with it).
 */
const NEEDS: Partial<Record<SettingName, { has: (e: Experiment) => boolean; what: string }>> = {
  units: { has: (e) => hiddenDense(e.model.layers).length > 0, what: 'a hidden dense layer' },
  filters: { has: (e) => e.model.layers.some((l) => l.type === 'conv2d'), what: 'a conv2d layer' },
};

/**
 * What `experiment` lacks for `name` to change anything ("a conv2d layer"), or null when it
 * has it (or the setting applies to every experiment).
 */
export function settingNeed(experiment: Experiment, name: SettingName): string | null {
  const need = NEEDS[name];
  return need === undefined || need.has(experiment) ? null : need.what;
}

/** The experiment with one setting changed. */
export function applySetting<K extends SettingName>(
  experiment: Experiment,
  name: K,
  value: SettingValues[K],
): Experiment {
  return APPLY[name](experiment, value);
}

/**
 * The order a trial's settings are applied in: the architecture first (new hidden layers
 * then get the sampled units, activation, dropout and initializer), then the optimizer, so
 * that a sampled learning rate, weight decay or momentum applies to the sampled optimizer.
 */
const TRIAL_ORDER = [
  // The network's shape first, so that the other settings apply to every layer it has.
  'hiddenLayers',
  'units',
  'filters',
  'optimizer',
  'lr',
  'weightDecay',
  'momentum',
  'l2',
  'batchSize',
  'dropout',
  'activation',
  'initializer',
] as const satisfies readonly (keyof TrialParams)[];

/** The experiment with a search trial's settings (those it has). */
export function applyTrial(experiment: Experiment, params: TrialParams): Experiment {
  const set = <K extends keyof TrialParams>(e: Experiment, name: K): Experiment => {
    const value = params[name];
    return value === undefined ? e : applySetting(e, name, value as SettingValues[K]);
  };
  return TRIAL_ORDER.reduce(set, experiment);
}

/** A layer of the new model, and the index of the layer it comes from (null for a new one). */
interface Planned {
  layer: LayerSpec;
  from: number | null;
}

const keep = (layer: LayerSpec, from: number): Planned[] => [{ layer, from }];

/**
 * The experiment with each layer replaced by what `plan` makes of it (none, itself, or
 * several). Initial parameters follow their layers; a new batch norm starts as a fresh one
 * (γ 1, β 0), other new layers have none.
 */
function rebuild(e: Experiment, plan: (layer: LayerSpec, index: number) => Planned[]): Experiment {
  const planned = e.model.layers.flatMap(plan);
  const model = { ...e.model, layers: planned.map((p) => p.layer) };
  if (e.params === null) return { ...e, model };
  const shapes = layerShapes(model);
  const params = planned.map(({ layer, from }, i): LayerParams => {
    if (from !== null) return e.params?.[from] ?? {};
    if (layer.type !== 'batchnorm') return {};
    const width = normalizedUnits(shapes[i].input);
    return { gamma: new Array<number>(width).fill(1), beta: new Array<number>(width).fill(0) };
  });
  return { ...e, model, params };
}

/** The indices of the hidden dense layers: every dense layer but the last (the output). */
function hiddenDense(layers: readonly LayerSpec[]): number[] {
  const output = layers.map((l) => l.type).lastIndexOf('dense');
  return layers.flatMap((l, i) => (l.type === 'dense' && i < output ? [i] : []));
}

/**
 * Batch norm on: after every hidden dense layer that has none, between its linear part and
 * its activation (the dense layer becomes linear, then batchnorm, then an activation layer
 * with the dense layer's former activation). Off: every batchnorm layer removed.
 */
function withBatchNorm(e: Experiment, on: boolean): Experiment {
  const layers = e.model.layers;
  if (!on) return rebuild(e, (layer, i) => (layer.type === 'batchnorm' ? [] : keep(layer, i)));
  const hidden = new Set(hiddenDense(layers));
  return rebuild(e, (layer, i) => {
    if (layer.type !== 'dense' || !hidden.has(i) || layers[i + 1]?.type === 'batchnorm') {
      return keep(layer, i);
    }
    const activation: Planned[] =
      layer.activation === 'linear'
        ? []
        : [{ layer: { type: 'activation', activation: layer.activation }, from: null }];
    return [
      { layer: { ...layer, activation: 'linear' }, from: i },
      { layer: { type: 'batchnorm' }, from: null },
      ...activation,
    ];
  });
}

/**
 * Every dropout layer's rate. A model without dropout gets one at the end of every hidden
 * dense layer's block (after the batchnorm and activation layers right behind it, so it
 * drops activations, as usual). Rate 0 removes the dropout layers.
 */
function withDropout(e: Experiment, rate: number): Experiment {
  const layers = e.model.layers;
  if (rate === 0) return rebuild(e, (layer, i) => (layer.type === 'dropout' ? [] : keep(layer, i)));
  if (layers.some((l) => l.type === 'dropout')) {
    return rebuild(e, (layer, i) => keep(layer.type === 'dropout' ? { ...layer, rate } : layer, i));
  }
  const ends = new Set(hiddenDense(layers).map((i) => blockEnd(layers, i)));
  const dropout: Planned = { layer: { type: 'dropout', rate }, from: null };
  return rebuild(e, (layer, i) => (ends.has(i) ? [...keep(layer, i), dropout] : keep(layer, i)));
}

/**
 * The last index of the block of the dense layer at `i`: the layers of the types `tail`
 * right behind it (by default its batchnorm and activation layers).
 */
function blockEnd(
  layers: readonly LayerSpec[],
  i: number,
  tail: readonly LayerType[] = ['batchnorm', 'activation'],
): number {
  let end = i;
  while (end + 1 < layers.length && tail.includes(layers[end + 1].type)) end++;
  return end;
}

/** The experiment with new layers (shapes changed): its `params` no longer fit. */
function reshape(e: Experiment, layers: (layers: readonly LayerSpec[]) => LayerSpec[]): Experiment {
  return { ...e, model: { ...e.model, layers: layers(e.model.layers) }, params: null };
}

/** A hidden layer where the network has none to repeat: a common first choice. */
const NEW_HIDDEN: DenseSpec = {
  type: 'dense',
  units: 16,
  activation: 'relu',
  init: { name: 'he_uniform' },
};

/**
 * `count` hidden dense layers. Fewer: the last hidden blocks removed (a hidden dense layer
 * and the batchnorm, activation and dropout layers right behind it). More: the last hidden
 * block repeated after itself, or where there is none, dense layers of 16 relu units
 * (he_uniform) before the output layer. The output layer and the image layers stay.
 */
function withHiddenLayers(e: Experiment, count: number): Experiment {
  return reshape(e, (layers) => {
    const tail: LayerType[] = ['batchnorm', 'activation', 'dropout'];
    const blocks = hiddenDense(layers).map((i) => ({ start: i, end: blockEnd(layers, i, tail) }));
    if (count <= blocks.length) {
      const cut = new Set(blocks.slice(count).flatMap((b) => range(b.start, b.end)));
      return layers.filter((_, i) => !cut.has(i));
    }
    const last = blocks.at(-1);
    const block = last === undefined ? [NEW_HIDDEN] : layers.slice(last.start, last.end + 1);
    // Right after the last hidden block, or right before the output layer.
    const where =
      last === undefined ? layers.map((l) => l.type).lastIndexOf('dense') : last.end + 1;
    // The same layer objects again: a variant is validated (copied) before use.
    const added = Array.from({ length: count - blocks.length }, () => block).flat();
    return [...layers.slice(0, where), ...added, ...layers.slice(where)];
  });
}

/** The integers from `first` to `last`, both included. */
const range = (first: number, last: number): number[] =>
  Array.from({ length: last - first + 1 }, (_, k) => first + k);

/**
 * The activation of every hidden dense layer (the output layer keeps its own). Where a
 * hidden dense layer is linear and an activation layer follows it before the next dense
 * layer (the batch-norm shape: linear, batchnorm, activation), that layer's is set instead.
 */
function withActivation(e: Experiment, activation: ActivationName): Experiment {
  const layers = e.model.layers;
  const targets = new Set(
    hiddenDense(layers).map((i) => {
      const next = layers.findIndex(
        (l, j) => j > i && (l.type === 'dense' || l.type === 'activation'),
      );
      const own = (layers[i] as DenseSpec).activation !== 'linear';
      return !own && layers[next]?.type === 'activation' ? next : i;
    }),
  );
  return rebuild(e, (layer, i) => {
    const set = targets.has(i) && (layer.type === 'dense' || layer.type === 'activation');
    return keep(set ? { ...layer, activation } : layer, i);
  });
}
