// The classic classifiers beside the network, one row each: what it is fitted with, and the
// share of each class it gives a point (kNN's votes; the SVM's decision f squashed as
// σ(f), so that its boundary f = 0 is the picture's 50% line, as the network's is).
import { exp } from '../math';
import type { ClassicName, ClassicSettings } from '../../spec/classic';
import { fitKnn, neighbours } from './knn';
import type { Points } from './points';
import { decideSvm, fitSvm, supportVectors, type SvmModel } from './svm';

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
  /** Two classes only (the SVMs), or any number. */
  readonly binary: boolean;
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

export const CLASSIFIERS: { [N in ClassifierName]: Row<ClassifierParams[N]> } = {
  knn: {
    binary: false,
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
    binary: true,
    fit(train, labels, _classes, { C }) {
      return svmClassifier(fitSvm(train, labels, { kernel: { name: 'linear' }, C }));
    },
  },
  rbfSvm: {
    binary: true,
    fit(train, labels, _classes, { C, gamma }) {
      return svmClassifier(fitSvm(train, labels, { kernel: { name: 'rbf', gamma }, C }));
    },
  },
};

/** Fits classifier `name`, refusing an SVM more than two classes with the reason. */
export function fitClassifier<N extends ClassifierName>(
  name: N,
  train: Points,
  labels: Int32Array,
  classes: number,
  params: ClassifierParams[N],
): Classifier {
  const row = CLASSIFIERS[name];
  if (row.binary && classes !== 2) {
    throw new Error(`the SVM here separates two classes; this data set has ${classes}`);
  }
  return row.fit(train, labels, classes, params);
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
