// User-typed 2-D functions f(x, y) with exact gradients, for the loss-surface view.
//
//   compileExpression('(1 − x)² + 100(y − x²)²').evaluate(x, y, out)
//
// Text → tokens (tokenize.ts) → tree (parse.ts) → flat dual-number program (compile.ts). The
// text is untrusted (it travels in share links): it is never turned into JavaScript, and
// every stage has a size limit checked before it does any real work.
import { compile, run } from './compile';
import { ALIASES, CONSTANTS, FUNCTIONS, parse, VARIABLES } from './parse';
import { tokenize } from './tokenize';

export { ExpressionError } from './errors';

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
  const program = compile(parse(tokenize(source)));
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

/** The names a formula may use, for help text: variables, constants, functions. */
export const EXPRESSION_NAMES: { variables: string[]; constants: string[]; functions: string[] } = {
  variables: [...VARIABLES],
  constants: Object.keys(CONSTANTS),
  functions: [...Object.keys(FUNCTIONS), ...Object.keys(ALIASES)],
};
