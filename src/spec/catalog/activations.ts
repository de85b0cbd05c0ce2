// The activation functions a layer may name, with their English labels (the page words
// them by the key `activation.<name>`). The functions and their derivatives are the
// engine's (engine/activations.ts), one row each under the same names.

export const ACTIVATION_CATALOG = {
  linear: { label: 'Linear (identity)' },
  relu: { label: 'ReLU' },
  leaky_relu: { label: 'Leaky ReLU (slope 0.01)' }, // PyTorch's LeakyReLU default slope
  elu: { label: 'ELU (α = 1)' }, // PyTorch's ELU default alpha
  gelu: { label: 'GELU' }, // the exact erf form, PyTorch's default
  sigmoid: { label: 'Sigmoid' },
  tanh: { label: 'Tanh' },
  softmax: { label: 'Softmax' },
} as const satisfies Record<string, { label: string }>;

export type ActivationName = keyof typeof ACTIVATION_CATALOG;

export const ACTIVATION_NAMES = Object.keys(ACTIVATION_CATALOG) as ActivationName[];
