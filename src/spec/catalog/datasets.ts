// The built-in data sets a document may name, with what validation and the page need to know
// before any data exists: the task, inputs per sample, which generator options apply and
// their defaults, how many classes, sizes. English labels (the page words them by the key
// `dataset.<name>`). The engine's registry (engine/data/registry.ts) makes the data, one
// generator or real-set loader per row here.
import type { Normalization, Task } from '../types';

/** The options of a generated set in the `data` block. */
export interface GeneratorOptions {
  samples: number;
  noise: number;
  classes: number;
}

export type GeneratorOption = keyof GeneratorOptions;

export interface DataSetEntry {
  readonly label: string;
  readonly task: Task;
  /** Inputs per sample. */
  readonly features: number;
  /** Which generator options apply (others are refused by validation). */
  readonly options: readonly GeneratorOption[];
  /** Defaults for the options above, and the normalisation this set wants by default. */
  readonly defaults: Readonly<GeneratorOptions & { normalize: Normalization }>;
  /** Regression: outputs per sample; classification: 0. */
  readonly targetDims: number;
  /** Smallest and largest class count accepted, where `classes` is an option. */
  readonly classRange?: readonly [number, number];
  /** Largest `samples`, for real sets (their size). */
  readonly maxSamples?: number;
  /** Generators: the range of every input axis worth plotting (the data plus a margin), so
   *  the boundary view frames the clean data the same way whatever the seed. */
  readonly view?: readonly [number, number];
  /** Image sets: the shape [channels, height, width] of a sample, whose C·H·W numbers are
   *  in channel, row, column order; a dense network reads them flattened. */
  readonly image?: readonly [number, number, number];
  /** Image sets: whether an image mirrored left to right still shows its class, which
   *  augmentation's flip needs (spec/augment.ts), and why, for the refusal when it does not. */
  readonly mirror?: { readonly keepsClass: boolean; readonly why: string };
}

// The 2-D sets lie in [-1, 1] (the clean data) and are viewed on [-1.5, 1.5]: TF
// Playground's picture divided by 5, so a network sees inputs of order 1 unscaled.
const VIEW = [-1.5, 1.5] as const;

/** Two interleaved classes in the plane; 400 samples (the contract's example), light noise. */
function twoClasses(label: string, noise: number): DataSetEntry {
  return {
    label,
    task: 'classification',
    features: 2,
    options: ['samples', 'noise'],
    defaults: { samples: 400, noise, classes: 2, normalize: 'none' },
    targetDims: 0,
    view: VIEW,
  };
}

/** Any number of classes in the plane, 2 to 10. */
function manyClasses(label: string, classes: number): DataSetEntry {
  return {
    label,
    task: 'classification',
    features: 2,
    options: ['samples', 'noise', 'classes'],
    defaults: { samples: 400, noise: 0.05, classes, normalize: 'none' },
    classRange: [2, 10],
    targetDims: 0,
    view: VIEW,
  };
}

/** y = f(x) + noise on uniform inputs in [-1, 1]. */
function regression(label: string, features: number): DataSetEntry {
  return {
    label,
    task: 'regression',
    features,
    options: ['samples', 'noise'],
    // 400 samples as for the pictures; noise 0.05 shows a visible but small residual.
    defaults: { samples: 400, noise: 0.05, classes: 0, normalize: 'none' },
    targetDims: 1,
    view: VIEW,
  };
}

/** A real set shipped as public/datasets/<name>.json (or .bin, an image set): its size is
 *  the file's (an image set's training part). */
function realSet(
  label: string,
  size: number,
  features: number,
  classes: number,
): DataSetEntry & { maxSamples: number } {
  return {
    label,
    task: 'classification',
    features,
    options: ['samples'],
    // Every sample by default; standardised, because the raw features differ in scale by up
    // to four orders of magnitude (wine's proline against its hue).
    defaults: { samples: size, noise: 0, classes, normalize: 'standardize' },
    targetDims: 0,
    maxSamples: size,
  };
}

export const DATASET_CATALOG = {
  circle: twoClasses('Circle', 0.05),
  xor: twoClasses('Exclusive or', 0.05),
  gauss: twoClasses('Two Gaussians', 0.05),
  spiral: manyClasses('Spiral', 2), // two arms by default, as in TF Playground
  // Moons touch at noise 0.1 (make_moons' usual example), which is where they get interesting.
  moons: twoClasses('Two moons', 0.1),
  blobs: manyClasses('Blobs', 3), // three: the smallest truly multi-class set
  plane: regression('Tilted plane', 2),
  sine: regression('Sine wave', 1),
  colors: {
    label: 'Colour names',
    task: 'classification',
    features: 3,
    options: ['samples', 'noise', 'classes'],
    // Eight names (primaries, secondaries, white, black): distinct regions that a small
    // network learns in seconds; more names make it a real problem. 100 samples per class.
    defaults: { samples: 800, noise: 0, classes: 8, normalize: 'none' },
    classRange: [2, 13], // the engine's 13 colour prototypes
    targetDims: 0,
    view: [0, 1],
  },
  iris: realSet('Iris', 150, 4, 3),
  wine: realSet('Wine', 178, 13, 3),
  breast_cancer: realSet('Breast cancer', 569, 30, 2),
  digits: {
    ...realSet('Digits (8×8)', 1797, 64, 10),
    image: [1, 8, 8],
    mirror: { keepsClass: false, why: 'a mirrored digit is not the same digit' },
  },
  fashion_mnist: {
    ...realSet('Fashion-MNIST (28×28)', 12_000, 784, 10),
    // 6000 of the 12,000 shipped training images: an epoch of a 784-64-10 network stays
    // well under a second in the page, enough to watch it learn. Not normalised: the pixels
    // are already in [0, 1] (byte / 255, as torchvision's ToTensor), all on one scale, and
    // standardising would divide the border pixels, nearly always 0, by a standard deviation
    // close to 0, blowing their rare ink up to tens.
    defaults: { samples: 6000, noise: 0, classes: 10, normalize: 'none' },
    image: [1, 28, 28],
    // Every class is left–right symmetric as a class: a shoe pointing the other way is a shoe.
    mirror: { keepsClass: true, why: 'a mirrored shirt or shoe is still a shirt or shoe' },
  },
} as const satisfies Record<string, DataSetEntry>;

export type DataSetName = keyof typeof DATASET_CATALOG;

export const DATASET_NAMES = Object.keys(DATASET_CATALOG) as DataSetName[];

/** Whether `kind` names a built-in set (inline data is not one). */
export function isDataSetName(kind: string): kind is DataSetName {
  return Object.hasOwn(DATASET_CATALOG, kind);
}

/** The row of `kind`, typed for reading any field. */
export function dataSetEntry(kind: DataSetName): DataSetEntry {
  return DATASET_CATALOG[kind];
}

/** Classes a set has with these options: its own count, or the option where it takes one. */
export function classCount(entry: DataSetEntry, options: GeneratorOptions): number {
  if (entry.task !== 'classification') return 0;
  return entry.options.includes('classes') ? options.classes : entry.defaults.classes;
}
