// Upper bounds on everything a document can make the program allocate or loop over. A
// shared link or a file from someone else must not be able to freeze the tab or exhaust
// memory; each bound is far above what a playground experiment needs.

export const LIMITS = Object.freeze({
  /** Units in one layer: 4096 is wider than the hidden layers of most textbook MLPs. */
  units: 4096,
  /** Layers in a model: deep enough to show vanishing gradients, not a ResNet. */
  layers: 32,
  /** Samples, generated or inline: the page keeps every one of them in memory and plots them. */
  samples: 100_000,
  /**
   * Parameters (dense W + b, batch-norm gamma + beta): 10 M float32 values are 40 MB, and
   * the optimizer keeps up to two more copies.
   */
  parameters: 10_000_000,
  /**
   * Layer outputs held for one pass (rows × the widths of every layer): each is kept with
   * its gradient in float32, so 16 M of them are about 128 MB. Bounds what the per-field
   * limits do not: a 100,000-row batch through 32 layers of 4096 would need tens of GB.
   */
  activations: 16_000_000,
  /**
   * Multiply-adds of one sample's forward pass: 50 M is over a hundred LeNet-5s (0.42 M
   * each), and a training step (forward and backward, about three times that) of 32 such
   * samples is already seconds of a worker's time; past it the page would wait minutes
   * between steps.
   */
  multiplyAdds: 50_000_000,
  /** Samples per minibatch: no data set here has more samples than this. */
  batchSize: 100_000,
  /** Epochs, and schedule and early-stopping periods counted in epochs. */
  epochs: 100_000,
  /** Steps of a trajectory: each run keeps one point per step to draw. */
  steps: 100_000,
  /** Gradient noise of a trajectory: the steepest built-in surfaces have gradients in the
   *  thousands near their windows' edges; more noise than that only hides them. */
  gradientNoise: 10_000,
  /** Optimizers raced on one surface: more lines than this are unreadable in one plot. */
  trajectoryOptimizers: 8,
  /** Variants of a compare document: as for a race, more curves than this are unreadable. */
  compareValues: 8,
  /** Trials of a search: each trains a whole network; 1000 is hours of small runs already. */
  trials: 1000,
  /** Values of one search choice: a longer list is better written as a range. */
  choiceValues: 64,
  /** Filters of one convolution: four times the widest of VGG's layers; memory binds first. */
  filters: 1024,
  /**
   * A kernel's side, a stride, a padding, a pooling window: images here are at most a few
   * dozen pixels wide (4096 features in all), so 64 already spans any of them.
   */
  window: 64,
  /** Input features of inline data: as many as the widest layer. */
  features: 4096,
  /**
   * Classes of inline data (the largest label + 1): the engine names each class, and
   * engine/data/load.ts refuses more than 1000.
   */
  classes: 1000,
  /**
   * Generator noise, in the data's units (2-D sets lie in [−1, 1]): far past the point where
   * the classes are pure noise, and far below where float32 overflows.
   */
  noise: 100,
  /**
   * Augmentation's jitter (σ), in the units the network sees: standardised inputs have
   * std 1 and raw digits' pixels reach 16, so 100 drowns any of them; it only stops a typo
   * (1e9) from filling a batch with noise past float32's precision.
   */
  jitter: 100,
  /** An initializer's std or limit: 1 already saturates a sigmoid network; 1000 is absurd. */
  initScale: 1000,
  /** Seeds are 32-bit: the generator (engine/random.ts) reads `seed >>> 0`. */
  seed: 2 ** 32 - 1,
});

/**
 * Rows per evaluation pass, and the size of the probe batch for statistics: at most this
 * many, and fewer when one pass through a very wide model would exceed LIMITS.activations.
 */
export const EVALUATION_ROWS = 1000;

/** 16781312 -> "16,781,312", independent of the locale. */
export function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
