// The SVM on more than two classes, as libsvm (and so scikit-learn's SVC) does it: one SVM
// for each pair of classes, trained on those two classes' points alone, and a vote: each
// pair's SVM gives its vote to the class on its side, and the class with the most votes
// wins, the lowest class on a tie. A point's share of each class is its share of the votes.
import { pulse } from '../pulse';
import { decideSvm, fitSvm, supportVectors, type SvmModel, type SvmOptions } from './svm';
import type { Points } from './points';

interface Pair {
  /** The pair's classes, a < b; b is on the positive side of its SVM, as libsvm's j. */
  a: number;
  b: number;
  model: SvmModel;
  /** The training points it was fitted on, by their index in the whole training set. */
  rows: Int32Array;
}

export interface OneVsOne {
  readonly classes: number;
  readonly pairs: readonly Pair[];
}

export function fitOneVsOne(
  train: Points,
  labels: Int32Array,
  classes: number,
  options: SvmOptions,
): OneVsOne {
  const pairs: Pair[] = [];
  if (classes < 2) throw new Error('an SVM needs training points of two classes at least');
  for (let a = 0; a < classes; a++) {
    for (let b = a + 1; b < classes; b++) {
      pulse();
      const rows = Int32Array.from(
        Array.from(labels.keys()).filter((i) => labels[i] === a || labels[i] === b),
      );
      const x = new Float64Array(rows.length * train.d);
      rows.forEach((r, i) => x.set(train.x.subarray(r * train.d, (r + 1) * train.d), i * train.d));
      const pairLabels = Int32Array.from(rows, (r) => (labels[r] === b ? 1 : 0));
      // A class with no training point (a tiny split) has nothing to separate: no pair.
      if (!pairLabels.includes(0) || !pairLabels.includes(1)) continue;
      const model = fitSvm({ n: rows.length, d: train.d, x }, pairLabels, options);
      pairs.push({ a, b, model, rows });
    }
  }
  if (pairs.length === 0) throw new Error('an SVM needs training points of two classes at least');
  return { classes, pairs };
}

/** Each point's share of the votes for each class: n × classes. */
export function voteShares(machine: OneVsOne, points: Points): Float64Array {
  const { classes, pairs } = machine;
  const out = new Float64Array(points.n * classes);
  for (const { a, b, model } of pairs) {
    const f = decideSvm(model, points);
    // libsvm votes for its first class when its decision is positive, which is ours negative.
    for (let i = 0; i < points.n; i++) out[i * classes + (f[i] >= 0 ? b : a)] += 1 / pairs.length;
  }
  return out;
}

/** Every training point that holds some pair's margin, in order (scikit-learn's support_). */
export function oneVsOneSupport(machine: OneVsOne): number[] {
  const rows = new Set<number>();
  for (const { model, rows: of } of machine.pairs)
    for (const t of supportVectors(model)) rows.add(of[t]);
  return [...rows].sort((p, q) => p - q);
}
