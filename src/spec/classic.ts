// The classic classifiers a page may fit beside the network (extension): each by name, its
// settings with their defaults and the range where they mean something, checked here (the
// worker trusts nothing it is sent). The methods themselves are the engine's
// (engine/classic/classifiers.ts), one row each under the same names.
import { fail, int, isRecord, num, oneOf, record, type Bounds } from './check';

export type ClassicSettings =
  | { name: 'logistic' }
  | { name: 'knn'; k: number; metric: 'euclidean' | 'manhattan' }
  | { name: 'linearSvm'; C: number }
  | { name: 'rbfSvm'; C: number; gamma: number };

export type ClassicName = ClassicSettings['name'];

interface NumberField {
  readonly default: number;
  readonly bounds: Bounds;
  readonly integer?: boolean;
}

/**
 * Each method's number fields, in the order the page shows the methods. Defaults: scikit-learn's (k 5, C 1); γ 1 suits the 2-D sets,
 * whose inputs are of order 1 (scikit-learn's 'scale' would give about the same there). C
 * stops at 1000: a linear SVM on the moons takes about 10⁵ solver steps there, and 3.5·10⁶
 * (12 s) at 10⁴.
 */
export const CLASSIC_CATALOG: Record<ClassicName, Record<string, NumberField>> = {
  // The playground's network with its hidden layers taken away (logistic.ts): its optimizer,
  // rate and epochs are the experiment's, so it has no settings of its own here.
  logistic: {},
  knn: { k: { default: 5, bounds: { ge: 1, le: 500 }, integer: true } },
  linearSvm: { C: { default: 1, bounds: { gt: 0, le: 1e3 } } },
  rbfSvm: {
    C: { default: 1, bounds: { gt: 0, le: 1e3 } },
    gamma: { default: 1, bounds: { gt: 0, le: 1e3 } },
  },
};

export const CLASSIC_NAMES = Object.keys(CLASSIC_CATALOG) as ClassicName[];

/** Checks `input` as a method's settings, filling defaults; errors name the field. */
export function parseClassicSettings(input: unknown, path = 'method'): ClassicSettings {
  if (!isRecord(input)) fail(path, 'must be an object');
  const name = oneOf(input.name, `${path}.name`, CLASSIC_NAMES);
  // A misspelt field (gama) is refused, not silently left at its default.
  const fields = [...Object.keys(CLASSIC_CATALOG[name]), ...(name === 'knn' ? ['metric'] : [])];
  const raw = record(input, path, { owner: name, fields, tag: 'name' });
  const settings: Record<string, unknown> = { name };
  for (const [field, spec] of Object.entries(CLASSIC_CATALOG[name])) {
    const value = raw[field] ?? spec.default;
    const where = `${path}.${field}`;
    settings[field] = spec.integer
      ? int(value, where, spec.bounds.ge ?? 1, spec.bounds.le)
      : num(value, where, spec.bounds);
  }
  if (name === 'knn') {
    settings.metric = oneOf(raw.metric ?? 'euclidean', `${path}.metric`, [
      'euclidean',
      'manhattan',
    ]);
  }
  return settings as ClassicSettings;
}
