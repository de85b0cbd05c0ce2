// The network of the exported PyTorch script: the experiment's layers as named modules of
// an nn.Sequential, and the run's initial parameters as a state dict to load into it.
import type { ActivationName, Experiment, LayerParams } from '../../spec/types';
import { BATCHNORM_EPS, BATCHNORM_MOMENTUM } from '../layers/batchNorm';
import { LOSSES } from '../losses';
import { exportParams } from '../params';
import { initialModel } from '../train';
import { float32Row, float32Rows, floatLiteral } from './python';

/** Each activation as a torch module, with the same constants as engine/activations.ts. */
const ACTIVATION_MODULES: Record<ActivationName, string> = {
  linear: 'nn.Identity()',
  relu: 'nn.ReLU()',
  leaky_relu: 'nn.LeakyReLU(0.01)', // PyTorch's default slope, and ours
  elu: 'nn.ELU(alpha=1.0)',
  gelu: 'nn.GELU()', // approximate='none': the exact erf form, as ours
  sigmoid: 'nn.Sigmoid()',
  tanh: 'nn.Tanh()',
  softmax: 'nn.Softmax(dim=1)',
};

interface TorchModule {
  /** Its name in the Sequential (and state dict): dense1, relu1, batchnorm2 … */
  name: string;
  /** Its constructor, as Python. */
  code: string;
  /** A trailing comment, or ''. */
  note: string;
  kind: 'dense' | 'batchnorm' | 'other';
}

export interface TorchNetwork {
  modules: TorchModule[];
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
  const modules: TorchModule[] = [];
  let width = experiment.model.inputs;
  const activation = (a: ActivationName, k: number): TorchModule => ({
    name: `${a}${k}`,
    code: ACTIVATION_MODULES[a],
    note: '',
    kind: 'other',
  });
  experiment.model.layers.forEach((layer, i) => {
    const k = i + 1;
    switch (layer.type) {
      case 'dense':
        modules.push({
          name: `dense${k}`,
          code: `nn.Linear(${width}, ${layer.units})`,
          note: '',
          kind: 'dense',
        });
        if (layer.activation !== 'linear') modules.push(activation(layer.activation, k));
        width = layer.units;
        break;
      case 'activation':
        modules.push(activation(layer.activation, k));
        break;
      case 'batchnorm':
        modules.push({
          name: `batchnorm${k}`,
          code: `${batchNorm}(${width}, eps=${floatLiteral(BATCHNORM_EPS)}, momentum=${floatLiteral(BATCHNORM_MOMENTUM)})`,
          note: "PyTorch's momentum convention is ours",
          kind: 'batchnorm',
        });
        break;
      case 'dropout':
        modules.push({
          name: `dropout${k}`,
          code: `nn.Dropout(${floatLiteral(layer.rate)})`,
          note: 'masks from torch.manual_seed, not ours',
          kind: 'other',
        });
        break;
    }
  });
  const fused = LOSSES[experiment.model.loss].fusedActivation;
  const last = modules[modules.length - 1];
  if (fused !== null && last.code !== ACTIVATION_MODULES[fused]) {
    throw new Error(`loss ${experiment.model.loss} needs a ${fused} output layer`);
  }
  if (fused !== null) modules.pop();
  return { modules, fused, outputs: width };
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
  const entries: string[] = [];
  const withParams = network.modules.filter((m) => m.kind !== 'other');
  for (const m of withParams) {
    const p = params[Number(m.name.replace(/^\D+/, '')) - 1];
    if (m.kind === 'dense' && 'W' in p) {
      const inputs = p.W.length,
        units = p.b.length;
      const transposed = new Float32Array(inputs * units);
      p.W.forEach((row, i) => row.forEach((w, j) => (transposed[j * inputs + i] = w)));
      entries.push(`"${m.name}.weight": ${float32Rows(transposed, units, inputs, '    ')}`);
      entries.push(`"${m.name}.bias": ${float32Row(p.b)}`);
    } else if (m.kind === 'batchnorm' && 'gamma' in p) {
      const units = p.gamma.length;
      entries.push(`"${m.name}.weight": ${float32Row(p.gamma)}`);
      entries.push(`"${m.name}.bias": ${float32Row(p.beta)}`);
      entries.push(`"${m.name}.running_mean": ${float32Row(p.runningMean ?? zeros(units))}`);
      entries.push(`"${m.name}.running_var": ${float32Row(p.runningVar ?? ones(units))}`);
      entries.push(`"${m.name}.num_batches_tracked": 0`);
    }
  }
  return `{\n${entries.map((e) => `    ${e}`).join(',\n')}\n}`;
}

const zeros = (n: number) => new Array<number>(n).fill(0);
const ones = (n: number) => new Array<number>(n).fill(1);
