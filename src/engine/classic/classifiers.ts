// The classic classifiers beside the network, one row each: what it is fitted with, and the
// share of each class it gives a point (kNN's votes; for two classes the SVM's decision f
// squashed as σ(f), so that its boundary f = 0 is the picture's 50% line, as the network's
// is; for more, the votes of one SVM per pair of classes, oneVsOne.ts).
import { exp } from '../math';
import type { ClassicName, ClassicSettings } from '../../spec/classic';
import { fitKnn, neighbours } from './knn';
import type { Points } from './points';
import { fitOneVsOne, oneVsOneSupport, voteShares } from './oneVsOne';
import { decideSvm, fitSvm, supportVectors, type SvmModel, type SvmOptions } from './svm';

export interface Classifier {
  readonly classes: number;
  /** n × classes, each row summing to 1: how much the method leans to each class. */
  scores(points: Points): Float64Array;
  /** The SVMs: the training points that hold the margin. */
  readonly supportVectors?: readonly number[];
  /** The SVMs: the decision value f per point (the boundary f = 0, the margins f = ±1). */
  decision?(points: Points): Float64Array;
  /** The SVMs: whether the solver met its tolerance before its iteration limit. */
  readonly converged?: boolean;
}

/** Each method's settings, as the document names them (spec/classic.ts), less its name. */
export type ClassifierParams = {
  [S in ClassicSettings as S['name']]: Omit<S, 'name'>;
};

/** The methods fitted here; logistic regression is the network's engine's (spec/logistic.ts). */
export type ClassifierName = Exclude<ClassicName, 'logistic'>;

interface Row<P> {
  fit(train: Points, labels: Int32Array, classes: number, params: P): Classifier;
}

function svmClassifier(model: SvmModel): Classifier {
  return {
    classes: 2,
    scores(points) {
      const f = decideSvm(model, points);
      const out = new Float64Array(points.n * 2);
      for (let i = 0; i < points.n; i++) {
        const p = 1 / (1 + exp(-f[i]));
        out[2 * i] = 1 - p;
        out[2 * i + 1] = p;
      }
      return out;
    },
    supportVectors: supportVectors(model),
    decision: (points) => decideSvm(model, points),
    converged: model.converged,
  };
}

/** The SVM on two classes, or one per pair of classes voting on more. */
function fitSvms(train: Points, labels: Int32Array, classes: number, options: SvmOptions) {
  if (classes === 2) return svmClassifier(fitSvm(train, labels, options));
  const machine = fitOneVsOne(train, labels, classes, options);
  return {
    classes,
    scores: (points: Points) => voteShares(machine, points),
    supportVectors: oneVsOneSupport(machine),
    converged: machine.pairs.every((p) => p.model.converged),
  };
}

export const CLASSIFIERS: { [N in ClassifierName]: Row<ClassifierParams[N]> } = {
  knn: {
    fit(train, labels, classes, { k, metric }) {
      const model = fitKnn(train, labels, classes, k, metric);
      return {
        classes,
        scores(points) {
          const out = new Float64Array(points.n * classes);
          for (let i = 0; i < points.n; i++) {
            for (const j of neighbours(model, points, i)) out[i * classes + labels[j]] += 1 / k;
          }
          return out;
        },
      };
    },
  },
  linearSvm: {
    fit: (train, labels, classes, { C }) =>
      fitSvms(train, labels, classes, { kernel: { name: 'linear' }, C }),
  },
  rbfSvm: {
    fit: (train, labels, classes, { C, gamma }) =>
      fitSvms(train, labels, classes, { kernel: { name: 'rbf', gamma }, C }),
  },
};

/** Fits classifier `name` on `classes` classes (labels 0 … classes − 1). */
export function fitClassifier<N extends ClassifierName>(
  name: N,
  train: Points,
  labels: Int32Array,
  classes: number,
  params: ClassifierParams[N],
): Classifier {
  return CLASSIFIERS[name].fit(train, labels, classes, params);
}

/** The share of points whose highest score is their own class. */
export function accuracy(classifier: Classifier, points: Points, labels: Int32Array): number {
  const scores = classifier.scores(points);
  const c = classifier.classes;
  let right = 0;
  for (let i = 0; i < points.n; i++) {
    let best = 0;
    for (let k = 1; k < c; k++) if (scores[i * c + k] > scores[i * c + best]) best = k;
    if (best === labels[i]) right++;
  }
  return points.n > 0 ? right / points.n : 0;
}
