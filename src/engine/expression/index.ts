// User-typed 2-D functions f(x, y) with exact gradients, for the loss-surface view.
//
//   compileExpression('(1 − x)² + 100(y − x²)²').evaluate(x, y, out)
//
// The document's parser gives the tree (spec/expression: text → tokens → tree, where every
// error is found); compile.ts turns it into a flat dual-number program.
import { parseExpression } from '../../spec/expression';
import { compile, run } from './compile';

export { ExpressionError } from '../../spec/expression';

export interface CompiledExpression {
  readonly source: string;
  /** f(x, y). */
  value(x: number, y: number): number;
  /** f and its exact gradient, allocation-free: out[0] = f, out[1] = ∂f/∂x, out[2] = ∂f/∂y. */
  evaluate(x: number, y: number, out: Float64Array): void;
}

/** Parses and compiles `source`; throws ExpressionError with a clear message naming what is
 *  wrong and where. */
export function compileExpression(source: string): CompiledExpression {
  const program = compile(parseExpression(source));
  // One stack per compiled formula, reused by every call: evaluation allocates nothing.
  // (Not reentrant, which nothing needs: evaluation never calls back into user code.)
  const stack = new Float64Array(3 * program.stackSize);
  const scratch = new Float64Array(3);
  return {
    source,
    value(x, y) {
      run(program, x, y, stack, scratch);
      return scratch[0];
    },
    evaluate(x, y, out) {
      run(program, x, y, stack, out);
    },
  };
}
