// The weight initializers a layer may name: English labels (the page words them by the key
// `init.<name>`) and the options each takes, with their defaults. The drawing itself is the
// engine's (engine/initializers.ts: one variance-scaling rule and its presets).

export interface InitializerEntry {
  readonly label: string;
  /** Options this initializer takes, with their defaults; no others are valid. */
  readonly options: Readonly<Partial<Record<'std' | 'limit', number>>>;
}

export const INIT_CATALOG = {
  zeros: { label: 'Zeros', options: {} },
  // std 1 is torch.nn.init.normal_'s default, and the textbook "too large" case.
  normal: { label: 'Normal', options: { std: 1 } },
  // ±0.05 is Keras's RandomUniform default: small, symmetric, scale-unaware.
  uniform: { label: 'Uniform', options: { limit: 0.05 } },
  lecun_uniform: { label: 'LeCun uniform', options: {} },
  lecun_normal: { label: 'LeCun normal', options: {} },
  xavier_uniform: { label: 'Xavier/Glorot uniform', options: {} },
  xavier_normal: { label: 'Xavier/Glorot normal', options: {} },
  he_uniform: { label: 'He uniform', options: {} },
  he_normal: { label: 'He normal', options: {} },
} as const satisfies Record<string, InitializerEntry>;

export type InitName = keyof typeof INIT_CATALOG;

export const INIT_NAMES = Object.keys(INIT_CATALOG) as InitName[];

/** The entry of `name`, typed for reading any option. */
export function initEntry(name: InitName): InitializerEntry {
  return INIT_CATALOG[name];
}
