// The formula a trajectory document may give as its surface (`"surface": "custom"`): text →
// tokens (tokenize.ts) → tree (parse.ts). Parsing is validation: every error a formula can
// have is found here, with its column; the engine compiles the tree (engine/expression). The
// text is untrusted (it travels in share links): it is never turned into JavaScript, and
// every stage has a size limit checked before it does any real work.
import { ALIASES, CONSTANTS, FUNCTIONS, parse, VARIABLES, type Node } from './parse';
import { tokenize } from './tokenize';

export { ExpressionError } from './errors';
export type { Node } from './parse';

/** The tree of `source`; throws ExpressionError naming what is wrong and where. */
export function parseExpression(source: string): Node {
  return parse(tokenize(source));
}

/** The names a formula may use, for help text: variables, constants, functions. */
export const EXPRESSION_NAMES: { variables: string[]; constants: string[]; functions: string[] } = {
  variables: [...VARIABLES],
  constants: Object.keys(CONSTANTS),
  functions: [...Object.keys(FUNCTIONS), ...Object.keys(ALIASES)],
};
