// A tree to a flat program, and the loop that runs it.
//
// The program is postfix code over a stack of dual numbers (value, ∂/∂x, ∂/∂y): forward-mode
// differentiation, so the gradient costs a small constant times the value, whatever the
// formula's shape (a symbolic derivative can grow far faster than the formula: every product
// rule doubles a term).
// The stack is allocated once per compiled formula; running it allocates nothing and does not
// recurse, so a contour grid of 40,000 points is 40,000 trips round one loop.
import { log, pow } from '../math';
import { UNARY } from './functions';
import type { Node, Operator, UnaryName } from '../../spec/expression/parse';

const UNARY_NAMES = Object.keys(UNARY) as UnaryName[];
const UNARY_LIST = UNARY_NAMES.map((name) => UNARY[name]);

/** Whether min (or max) of a and b is b. Ties keep a, the left. */
function picksRight(isMin: boolean, a: number, b: number): boolean {
  return isMin ? b < a : b > a;
}

/** min or max of two numbers; NaN if either is (as Math.min does). */
function choose(isMin: boolean, a: number, b: number): number {
  if (a !== a || b !== b) return NaN;
  return picksRight(isMin, a, b) ? b : a;
}

const ARITHMETIC: Record<Operator, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': pow,
};

const OP = {
  CONST: 0, // push the constant in operand[pc]
  X: 1,
  Y: 2,
  NEG: 3,
  ADD: 4,
  SUB: 5,
  MUL: 6,
  DIV: 7,
  POW_CONST: 8, // top ^ operand[pc]
  POW: 9, // below ^ top, both varying
  MIN: 10,
  MAX: 11,
  UNARY: 12, // UNARY_LIST[operand[pc]](top)
} as const;

export interface Program {
  readonly code: Uint8Array;
  readonly operand: Float64Array;
  /** The most duals on the stack at once. */
  readonly stackSize: number;
}

/** Replaces every subtree without x or y by its value, computed as the program would. */
export function fold(node: Node): Node {
  switch (node.kind) {
    case 'number':
    case 'variable':
      return node;
    case 'negate': {
      const arg = fold(node.arg);
      return arg.kind === 'number' ? { kind: 'number', value: -arg.value } : { ...node, arg };
    }
    case 'binary': {
      const left = fold(node.left);
      const right = fold(node.right);
      if (left.kind !== 'number' || right.kind !== 'number') return { ...node, left, right };
      return { kind: 'number', value: ARITHMETIC[node.op](left.value, right.value) };
    }
    case 'call': {
      const args = node.args.map(fold);
      if (!args.every((arg) => arg.kind === 'number')) return { ...node, args };
      const [a, b] = args.map((arg) => (arg.kind === 'number' ? arg.value : NaN));
      const value =
        node.name === 'min' || node.name === 'max'
          ? choose(node.name === 'min', a, b)
          : UNARY[node.name].f(a);
      return { kind: 'number', value };
    }
  }
}

/** Folds constants, then lays the tree out in postfix order. Recursion depth is bounded by
 *  the parser's node limit, so this cannot overflow the stack. */
export function compile(tree: Node): Program {
  const code: number[] = [];
  const operand: number[] = [];
  let depth = 0;
  let stackSize = 0;

  const emit = (op: number, value = 0, stackChange = 0) => {
    code.push(op);
    operand.push(value);
    depth += stackChange;
    stackSize = Math.max(stackSize, depth);
  };

  const walk = (node: Node): void => {
    switch (node.kind) {
      case 'number':
        return emit(OP.CONST, node.value, 1);
      case 'variable':
        return emit(node.name === 'x' ? OP.X : OP.Y, 0, 1);
      case 'negate':
        walk(node.arg);
        return emit(OP.NEG);
      case 'call':
        node.args.forEach(walk);
        if (node.name === 'min' || node.name === 'max') {
          return emit(node.name === 'min' ? OP.MIN : OP.MAX, 0, -1);
        }
        return emit(OP.UNARY, UNARY_NAMES.indexOf(node.name));
      case 'binary': {
        const { op, left, right } = node;
        if (op === '^' && right.kind === 'number') {
          walk(left);
          return emit(OP.POW_CONST, right.value);
        }
        if (op === '^' && left.kind === 'number' && left.value === Math.E) {
          walk(right);
          return emit(OP.UNARY, UNARY_NAMES.indexOf('exp')); // e^b is exp(b), exactly
        }
        walk(left);
        walk(right);
        const ops = { '+': OP.ADD, '-': OP.SUB, '*': OP.MUL, '/': OP.DIV, '^': OP.POW };
        return emit(ops[op], 0, -1);
      }
    }
  };

  walk(fold(tree));
  return {
    code: Uint8Array.from(code),
    operand: Float64Array.from(operand),
    stackSize,
  };
}

function push(s: Float64Array, top: number, value: number, dx: number, dy: number): void {
  s[top] = value;
  s[top + 1] = dx;
  s[top + 2] = dy;
}

/**
 * Multiplies the top dual's tangent by g = f′(a). A variable the argument does not depend on
 * keeps a zero tangent even where f′ is infinite (√ at 0), instead of turning into ∞·0 = NaN.
 */
function chain(s: Float64Array, top: number, g: number): void {
  if (s[top + 1] !== 0) s[top + 1] *= g;
  if (s[top + 2] !== 0) s[top + 2] *= g;
}

/** g·d, or 0 when d is 0 (see chain). */
function scaled(g: number, d: number): number {
  return d === 0 ? 0 : g * d;
}

/**
 * Runs `program` at (x, y): out[0] = f, out[1] = ∂f/∂x, out[2] = ∂f/∂y. `stack` holds
 * 3·stackSize numbers; dual k sits at stack[3k … 3k+2] (value, ∂x, ∂y).
 */
export function run(
  program: Program,
  x: number,
  y: number,
  stack: Float64Array,
  out: Float64Array,
): void {
  const { code, operand } = program;
  const s = stack;
  let top = -3; // index of the top dual's value
  for (let pc = 0; pc < code.length; pc++) {
    switch (code[pc]) {
      case OP.CONST:
        push(s, (top += 3), operand[pc], 0, 0);
        break;
      case OP.X:
        push(s, (top += 3), x, 1, 0);
        break;
      case OP.Y:
        push(s, (top += 3), y, 0, 1);
        break;
      case OP.NEG:
        s[top] = -s[top];
        s[top + 1] = -s[top + 1];
        s[top + 2] = -s[top + 2];
        break;
      case OP.ADD:
        top -= 3;
        s[top] += s[top + 3];
        s[top + 1] += s[top + 4];
        s[top + 2] += s[top + 5];
        break;
      case OP.SUB:
        top -= 3;
        s[top] -= s[top + 3];
        s[top + 1] -= s[top + 4];
        s[top + 2] -= s[top + 5];
        break;
      case OP.MUL: {
        top -= 3;
        const a = s[top],
          b = s[top + 3];
        s[top] = a * b;
        s[top + 1] = a * s[top + 4] + b * s[top + 1];
        s[top + 2] = a * s[top + 5] + b * s[top + 2];
        break;
      }
      case OP.DIV: {
        // (a/b)′ = (a′ − q·b′)/b with q = a/b.
        top -= 3;
        const b = s[top + 3],
          q = s[top] / b;
        s[top] = q;
        s[top + 1] = (s[top + 1] - q * s[top + 4]) / b;
        s[top + 2] = (s[top + 2] - q * s[top + 5]) / b;
        break;
      }
      case OP.POW_CONST: {
        // (a^c)′ = c·a^(c−1)·a′; for c = 0 the power is the constant 1 (pow(0, −1) is ∞).
        // engine/math's pow takes an integer c (up to 2^31) by repeated squaring: x^2 is x·x
        // exactly, for negative x too, and x^1e9 is thirty squarings. Other exponents go as
        // exp(c·log a): NaN for a < 0, and 0 or ∞ at a = 0.
        const a = s[top],
          c = operand[pc];
        chain(s, top, c === 0 ? 0 : c * pow(a, c - 1));
        s[top] = pow(a, c);
        break;
      }
      case OP.POW: {
        // (a^b)′ = b·a^(b−1)·a′ + a^b·ln(a)·b′. ln(a) is NaN for a < 0: a real power with a
        // varying exponent is then undefined. Where a^b = 0 (a = 0, b > 0) it stays 0 as b
        // moves, so that partial is 0 rather than 0·(−∞).
        top -= 3;
        const a = s[top],
          b = s[top + 3];
        const v = pow(a, b);
        const ga = b === 0 ? 0 : b * pow(a, b - 1);
        const gb = v === 0 ? 0 : v * log(a);
        s[top] = v;
        s[top + 1] = scaled(ga, s[top + 1]) + scaled(gb, s[top + 4]);
        s[top + 2] = scaled(ga, s[top + 2]) + scaled(gb, s[top + 5]);
        break;
      }
      case OP.MIN:
      case OP.MAX: {
        // The gradient of whichever side is chosen.
        top -= 3;
        const a = s[top],
          b = s[top + 3];
        if (a !== a || b !== b) push(s, top, NaN, NaN, NaN);
        else if (picksRight(code[pc] === OP.MIN, a, b)) push(s, top, b, s[top + 4], s[top + 5]);
        break;
      }
      case OP.UNARY: {
        const fn = UNARY_LIST[operand[pc]];
        const a = s[top];
        const v = fn.f(a);
        chain(s, top, fn.df(a, v));
        s[top] = v;
        break;
      }
    }
  }
  out[0] = s[0];
  out[1] = s[1];
  out[2] = s[2];
}
