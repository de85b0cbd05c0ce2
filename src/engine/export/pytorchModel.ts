// The network of the exported PyTorch script: the experiment's layers as named modules of
// an nn.Sequential, and the run's initial parameters as a state dict to load into it.
import { isImage, layerShapes, sizeOf } from '../../spec/layers';
import type { Experiment, LayerParams } from '../../spec/types';
import { rowOf } from '../layers';
import { LOSSES } from '../losses';
import { exportParams } from '../params';
import { initialModel } from '../train';
import { ACTIVATION_MODULES, flattenModule, type TorchModule } from './torchModules';

export interface TorchNetwork {
  /** The modules in order, each with the index of the document layer it comes from. */
  modules: (TorchModule & { layer: number })[];
  /** The output activation left out because the loss reads the logits, or null. */
  fused: 'softmax' | 'sigmoid' | null;
  /** Outputs of the network (logits for a fused loss). */
  outputs: number;
}

/**
 * The experiment's layers as modules, numbered by the document's layer (1-based): a dense
 * layer with an activation becomes `denseK` and `reluK`, as the engine expands it into two
 * primitives. An output softmax (cross-entropy) or sigmoid (BCE) is left out, as the engine's
 * fused loss reads its input. `batchNorm` names the batch-norm class (the script's own
 * subclass when a training batch may hold a single sample).
 */
export function torchNetwork(experiment: Experiment, batchNorm = 'nn.BatchNorm1d'): TorchNetwork {
  const shapes = layerShapes(experiment.model);
  const modules = shapes.flatMap(({ layer, input }, i) =>
    rowOf(layer)
      .torch(layer, input, i + 1, { batchNorm })
      .map((module) => ({ ...module, layer: i })),
  );
  // The script's X holds each image flat, as the document's rows do: the network unflattens
  // it first, unless its first module would flatten it straight back (a dense network).
  const inputs = experiment.model.inputs;
  if (isImage(inputs)) {
    if (modules[0].code === flattenModule(1).code) modules.shift();
    else {
      const code = `nn.Unflatten(1, (${inputs.join(', ')}))`;
      modules.unshift({ name: 'image', code, note: 'each row of X is one image, flat', layer: 0 });
    }
  }
  const fused = LOSSES[experiment.model.loss].fusedActivation;
  const last = modules[modules.length - 1];
  if (fused !== null && last.code !== ACTIVATION_MODULES[fused]) {
    throw new Error(`loss ${experiment.model.loss} needs a ${fused} output layer`);
  }
  if (fused !== null) modules.pop();
  return { modules, fused, outputs: sizeOf(shapes[shapes.length - 1].output) };
}

/** The Sequential, as Python lines. */
export function sequentialLines(network: TorchNetwork): string[] {
  return [
    'model = nn.Sequential(OrderedDict([',
    ...network.modules.map(
      (m) => `    (${JSON.stringify(m.name)}, ${m.code}),${m.note ? `  # ${m.note}` : ''}`,
    ),
    ']))',
  ];
}

/**
 * The run's initial parameters in torch's state-dict layout, as a Python dict literal (also
 * JSON): `denseK.weight` is our W transposed (torch keeps [out][in]), `denseK.bias` our b;
 * `batchnormK.weight`/`bias` our gamma/beta, with the running statistics and a zero
 * `num_batches_tracked`, so that load_state_dict can be strict.
 */
export function initialStateDict(experiment: Experiment, network: TorchNetwork): string {
  const params: LayerParams[] = exportParams(
    initialModel(experiment, { capacity: 1, dtype: 'float32', kernel: 'js' }),
  );
  const entries = network.modules.flatMap((m) => m.state?.(params[m.layer]) ?? []);
  return `{\n${entries.map((e) => `    ${e}`).join(',\n')}\n}`;
}
