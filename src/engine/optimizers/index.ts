// The optimizer table: one file per rule, one line here. Momentum and Nesterov are SGD
// rows with other defaults. (Filled in by the optimizers work.)
import type { OptimizerName } from '../../spec/types';
import type { OptimizerRule } from './optimizer';

export declare const OPTIMIZERS: Record<OptimizerName, OptimizerRule>;
