// The pieces of the exported script's network that each layer's row writes (engine/layers):
// a module of the nn.Sequential with its state-dict entries, and the activations as modules.
import type { ActivationName, LayerParams } from '../../spec/types';

export interface TorchModule {
  /** Its name in the Sequential (and state dict): dense1, relu1, batchnorm2 … */
  readonly name: string;
  /** Its constructor, as Python. */
  readonly code: string;
  /** A trailing comment, or ''. */
  readonly note: string;
  /**
   * Its entries of the state dict (`"dense1.weight": [...]`), from the document layer's
   * entry of the contract's `params`; absent for modules without state.
   */
  readonly state?: (params: LayerParams) => string[];
  /** Its tensors that L1/L2 penalise (the engine's penalized parameters): `weight` of a Linear. */
  readonly penalized?: readonly string[];
}

/** How the script names things the rows cannot know alone. */
export interface TorchContext {
  /** The batch-norm class: nn.BatchNorm1d, or the script's own subclass (one-sample batches). */
  readonly batchNorm: string;
}

/** Each activation as a torch module, with the same constants as engine/activations.ts. */
export const ACTIVATION_MODULES: Record<ActivationName, string> = {
  linear: 'nn.Identity()',
  relu: 'nn.ReLU()',
  leaky_relu: 'nn.LeakyReLU(0.01)', // PyTorch's default slope, and ours
  elu: 'nn.ELU(alpha=1.0)',
  gelu: 'nn.GELU()', // approximate='none': the exact erf form, as ours
  sigmoid: 'nn.Sigmoid()',
  tanh: 'nn.Tanh()',
  softmax: 'nn.Softmax(dim=1)',
};

/** The activation `name` as the module `${name}${k}` of document layer k. */
export function activationModule(name: ActivationName, k: number): TorchModule {
  return { name: `${name}${k}`, code: ACTIVATION_MODULES[name], note: '' };
}

/** nn.Flatten, before the first layer that needs an image flat (k numbers the layer). */
export function flattenModule(k: number): TorchModule {
  return { name: `flatten${k}`, code: 'nn.Flatten()', note: '' };
}
