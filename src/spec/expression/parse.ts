// Tokens to a tree, by recursive descent: one function per precedence level, loosest first.
//
//   sum      = product (('+' | '-') product)*
//   product  = signed (('*' | '/') signed | implicit power)*
//   signed   = ('+' | '-') signed | power            so -x^2 is -(x^2)
//   power    = postfix ('^' signed)?                 right-associative, and 2^-1 is allowed
//   postfix  = primary superscript*                  x² is x^2, x⁻¹ is x^-1
//   primary  = number | x | y | pi | e | name '(' sum (',' sum)* ')' | '(' sum ')'
//
// Implicit multiplication only where it cannot be misread: a number (or a superscript) then
// a name or '(' (2x, 3sin(x), 2(x+1), x²y), and ')(' . It binds like '*': 1/2x is (1/2)·x.
//
// Every level that can nest (parentheses, a call's arguments, a sign, an exponent) counts its
// depth and stops at MAX_DEPTH, so crafted input such as 100,000 '(' is refused after 64 of
// them instead of overflowing the JavaScript stack.
import { ExpressionError } from './errors';
import { MAX_PARTS, type Token } from './tokenize';

/** At most this many levels of nesting: parentheses, calls, signs and exponents alike. */
export const MAX_DEPTH = 64;

export const VARIABLES = ['x', 'y'] as const;
export const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };

export type UnaryName =
  'sin' | 'cos' | 'tan' | 'exp' | 'log' | 'sqrt' | 'abs' | 'tanh' | 'sinh' | 'cosh';
export type BinaryName = 'min' | 'max';
export type FunctionName = UnaryName | BinaryName;

/** Each function and its number of arguments. */
export const FUNCTIONS: Record<FunctionName, 1 | 2> = {
  sin: 1,
  cos: 1,
  tan: 1,
  exp: 1,
  log: 1,
  sqrt: 1,
  abs: 1,
  tanh: 1,
  sinh: 1,
  cosh: 1,
  min: 2,
  max: 2,
};
/** Other spellings of the same function. */
export const ALIASES: Record<string, FunctionName> = { ln: 'log' };

export type Operator = '+' | '-' | '*' | '/' | '^';

export type Node =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly name: 'x' | 'y' }
  | { readonly kind: 'negate'; readonly arg: Node }
  | { readonly kind: 'binary'; readonly op: Operator; readonly left: Node; readonly right: Node }
  | { readonly kind: 'call'; readonly name: FunctionName; readonly args: readonly Node[] };

const START = "expected a number, x, y, a function or '('";

function describe(token: Token): string {
  return token.kind === 'end' ? 'the end of the formula' : `'${token.text}'`;
}

function fail(message: string, column: number): never {
  throw new ExpressionError(message, column);
}

function lookupFunction(name: string): FunctionName | undefined {
  if (Object.hasOwn(FUNCTIONS, name)) return name as FunctionName;
  return Object.hasOwn(ALIASES, name) ? ALIASES[name] : undefined;
}

/** What to say about a name that is none of ours: a likely fix where there is one. */
function unknownName(token: Token): never {
  const { text, column } = token;
  const lower = text.toLowerCase();
  let hint = 'use x, y, pi, e or a function (sin, cos, …)';
  const known = lower === 'x' || lower === 'y' || Object.hasOwn(CONSTANTS, lower);
  if (lower !== text && (known || lookupFunction(lower))) {
    hint = `names are lowercase, as in ${lower}`;
  } else if (/^(?:x|y|pi|e)+$/.test(text)) {
    hint = `write ${text.match(/x|y|pi|e/g)?.join('*')} to multiply`;
  }
  return fail(`unknown name '${text}' at column ${column}: ${hint}`, column);
}

export function parse(tokens: readonly Token[]): Node {
  let pos = 0;
  let depth = 0;
  let nodes = 0;

  const peek = () => tokens[pos];
  const next = () => tokens[pos++];

  /** Counts a node against MAX_PARTS; implicit products add nodes that have no token. */
  const make = (node: Node, column: number): Node => {
    if (++nodes > MAX_PARTS) {
      fail(
        `the formula has too many parts (more than ${MAX_PARTS} numbers, names and symbols) at column ${column}`,
        column,
      );
    }
    return node;
  };

  /** Runs one nested level, refusing to go deeper than MAX_DEPTH. */
  const nested = <T>(column: number, inner: () => T): T => {
    if (++depth > MAX_DEPTH) {
      fail(
        `the formula is nested too deeply (more than ${MAX_DEPTH} levels) at column ${column}`,
        column,
      );
    }
    const result = inner();
    depth--;
    return result;
  };

  function sum(): Node {
    let left = product();
    for (let t = peek(); t.kind === '+' || t.kind === '-'; t = peek()) {
      next();
      left = make({ kind: 'binary', op: t.kind, left, right: product() }, t.column);
    }
    return left;
  }

  function product(): Node {
    let left = signed();
    for (;;) {
      const t = peek();
      if (t.kind === '*' || t.kind === '/') {
        next();
        left = make({ kind: 'binary', op: t.kind, left, right: signed() }, t.column);
      } else if (impliesProduct(tokens[pos - 1], t)) {
        left = make({ kind: 'binary', op: '*', left, right: power() }, t.column);
      } else {
        return left;
      }
    }
  }

  function signed(): Node {
    const t = peek();
    if (t.kind !== '+' && t.kind !== '-') return power();
    next();
    const arg = nested(t.column, signed);
    return t.kind === '+' ? arg : make({ kind: 'negate', arg }, t.column);
  }

  function power(): Node {
    const base = postfix();
    const t = peek();
    if (t.kind !== '^') return base;
    next();
    const exponent = nested(t.column, signed);
    return make({ kind: 'binary', op: '^', left: base, right: exponent }, t.column);
  }

  function postfix(): Node {
    let node = primary();
    for (let t = peek(); t.kind === 'superscript'; t = peek()) {
      next();
      const right = make({ kind: 'number', value: t.value }, t.column);
      node = make({ kind: 'binary', op: '^', left: node, right }, t.column);
    }
    return node;
  }

  function primary(): Node {
    const t = next();
    if (t.kind === 'number') return make({ kind: 'number', value: t.value }, t.column);
    if (t.kind === '(') {
      const inner = nested(t.column, sum);
      close(t);
      return inner;
    }
    if (t.kind !== 'name')
      return fail(`${START} at column ${t.column} but found ${describe(t)}`, t.column);

    const fn = lookupFunction(t.text);
    if (fn) return call(t, fn);
    const isVariable = t.text === 'x' || t.text === 'y';
    if (!isVariable && !Object.hasOwn(CONSTANTS, t.text)) unknownName(t);
    if (peek().kind === '(') {
      fail(
        `'${t.text}' is not a function: write ${t.text}*(…) to multiply, at column ${t.column}`,
        t.column,
      );
    }
    if (isVariable) return make({ kind: 'variable', name: t.text as 'x' | 'y' }, t.column);
    return make({ kind: 'number', value: CONSTANTS[t.text] }, t.column);
  }

  function call(name: Token, fn: FunctionName): Node {
    const open = next();
    if (open.kind !== '(') {
      fail(
        `'${name.text}' needs its argument in parentheses, as ${name.text}(x), at column ${name.column}`,
        name.column,
      );
    }
    const args: Node[] = [];
    if (peek().kind !== ')') {
      nested(open.column, () => {
        args.push(sum());
        while (peek().kind === ',') {
          next();
          args.push(sum());
        }
      });
    }
    close(open);
    const arity = FUNCTIONS[fn];
    if (args.length !== arity) {
      const noun = arity === 1 ? 'argument' : 'arguments';
      fail(
        `${name.text} takes ${arity} ${noun} (got ${args.length}) at column ${name.column}`,
        name.column,
      );
    }
    return make({ kind: 'call', name: fn, args }, name.column);
  }

  /** Consumes the ')' that matches `open`, or explains what is there instead. */
  function close(open: Token): void {
    const t = next();
    if (t.kind === ')') return;
    if (t.kind === 'end') fail(`missing ')' for the '(' at column ${open.column}`, open.column);
    leftover(t);
  }

  const tree = sum();
  const t = next();
  if (t.kind !== 'end') leftover(t);
  return tree;
}

/** A token where an operator or the end should be. */
function leftover(t: Token): never {
  if (t.kind === ')') return fail(`unexpected ')' at column ${t.column}`, t.column);
  if (t.kind === ',')
    return fail(
      `unexpected ',' at column ${t.column}: only min and max take two arguments`,
      t.column,
    );
  return fail(`unexpected ${describe(t)} at column ${t.column}: is an operator missing?`, t.column);
}

/** 2x, 3sin(x), 2(x+1), x²y and (a)(b): a product written without '*'. */
function impliesProduct(previous: Token, t: Token): boolean {
  const numeric = previous.kind === 'number' || previous.kind === 'superscript';
  if (numeric) return t.kind === 'name' || t.kind === '(';
  return previous.kind === ')' && t.kind === '(';
}
