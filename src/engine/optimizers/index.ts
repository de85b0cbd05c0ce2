// The optimizer table: one file per rule, one line here, under the names of the catalog
// (spec/catalog/optimizers.ts), which holds each row's label and defaults. Momentum and
// Nesterov are SGD rows with other defaults.
import type { OptimizerName } from '../../spec/types';
import { adadelta } from './adadelta';
import { adagrad } from './adagrad';
import { adam } from './adam';
import { adamw } from './adamw';
import { nadam } from './nadam';
import type { OptimizerRule } from './optimizer';
import { radam } from './radam';
import { rmsprop } from './rmsprop';
import { momentum, nesterov, sgd } from './sgd';

// Each rule is typed by its own fields; the table reads them all as optimizers' fields.
export const OPTIMIZERS: Record<OptimizerName, OptimizerRule> = {
  sgd,
  momentum,
  nesterov,
  adagrad,
  adadelta,
  rmsprop,
  adam,
  adamw,
  nadam,
  radam,
};
