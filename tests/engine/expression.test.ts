import { describe, expect, it } from 'vitest';
import { compileExpression, ExpressionError } from '../../src/engine/expression';
import { EXPRESSION_NAMES } from '../../src/spec/expression';
import { compile } from '../../src/engine/expression/compile';
import { parse } from '../../src/spec/expression/parse';
import { tokenize, type Token } from '../../src/spec/expression/tokenize';
import { Rng } from '../../src/engine/random';
import { SURFACES } from '../../src/engine/surfaces';

// Off the axes and away from symmetric points; x > 0 at two of them for log and powers.
const POINTS: [number, number][] = [
  [0.3, -0.7],
  [-1.25, 2],
  [2, 0.5],
  [-0.4, -1.6],
];

/** |a − b| within `rel` of the larger; exact matches, equal infinities and NaN = NaN pass. */
function expectNear(actual: number, expected: number, rel = 1e-12, label = ''): void {
  if (actual === expected || (Number.isNaN(actual) && Number.isNaN(expected))) return;
  const tolerance = rel * Math.max(Math.abs(actual), Math.abs(expected), 1e-300);
  if (!(Math.abs(actual - expected) <= tolerance)) {
    expect.fail(`${label}: got ${actual}, expected ${expected}`);
  }
}

function errorOf(source: string): ExpressionError {
  try {
    compileExpression(source);
  } catch (error) {
    if (error instanceof ExpressionError) return error;
    throw error;
  }
  return expect.fail(`no error for ${JSON.stringify(source)}`);
}

function evaluate(source: string, x: number, y: number): number[] {
  const out = new Float64Array(3);
  compileExpression(source).evaluate(x, y, out);
  return Array.from(out);
}

describe('expression values', () => {
  // Each formula beside the same function written in JavaScript (Math.* may differ from the
  // engine's portable functions in the last bit, hence the 1e-12 tolerance).
  const CASES: [string, (x: number, y: number) => number][] = [
    // precedence and associativity
    ['2+3*4', () => 14],
    ['2*3+4', () => 10],
    ['(2+3)*4', () => 20],
    ['10-4-3', () => 3],
    ['8/4/2', () => 1],
    ['-x^2', (x) => -(x * x)],
    ['-2^2', () => -4],
    ['2^3^2', () => 512], // 2^(3^2), not (2^3)^2 = 64
    ['(2^3)^2', () => 64],
    ['2^-1', () => 0.5],
    ['x^-2', (x) => 1 / (x * x)],
    ['2**3', () => 8],
    ['x**2 - y', (x, y) => x * x - y],
    ['+x', (x) => x],
    ['--x', (x) => x],
    ['-(-y)', (_x, y) => y],
    ['x - -y', (x, y) => x + y],
    // implicit multiplication
    ['2x', (x) => 2 * x],
    ['2 x', (x) => 2 * x],
    ['3sin(x)', (x) => 3 * Math.sin(x)],
    ['2(x+1)', (x) => 2 * (x + 1)],
    ['(x+1)(y-1)', (x, y) => (x + 1) * (y - 1)],
    ['2x^2', (x) => 2 * x * x],
    ['1/2x', (x) => x / 2], // binds like '*': (1/2)·x
    ['2pi', () => 2 * Math.PI],
    ['2exp(x)', (x) => 2 * Math.exp(x)],
    // Unicode forms
    ['1 − x', (x) => 1 - x],
    ['x × y', (x, y) => x * y],
    ['x · y', (x, y) => x * y],
    ['x ÷ 4', (x) => x / 4],
    ['x²', (x) => x * x],
    ['y³', (_x, y) => y * y * y],
    ['x⁴ + y¹⁰', (x, y) => x ** 4 + y ** 10],
    ['x²y', (x, y) => x * x * y],
    ['2^x²', (x) => 2 ** (x * x)],
    ['(x²)³', (x) => x ** 6],
    ['π', () => Math.PI],
    ['(1 − x)² + 100 (y − x²)²', (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2],
    ['\t x  +\n y ', (x, y) => x + y],
    ['\u00a0x\u00a0', (x) => x], // a pasted non-breaking space
    // numbers and constants
    ['.5', () => 0.5],
    ['3.', () => 3],
    ['1e-3', () => 0.001],
    ['2.5E+2', () => 250],
    ['1e−3', () => 0.001],
    ['pi', () => Math.PI],
    ['e', () => Math.E],
    ['e^x', (x) => Math.exp(x)],
    ['e^2', () => Math.E * Math.E],
    // functions
    ['sin(x) + cos(y)', (x, y) => Math.sin(x) + Math.cos(y)],
    ['tan(x)', (x) => Math.tan(x)],
    ['exp(x*y)', (x, y) => Math.exp(x * y)],
    ['log(x^2 + 1)', (x) => Math.log(x * x + 1)],
    ['ln(2)', () => Math.LN2],
    ['sqrt(x^2 + y^2)', (x, y) => Math.hypot(x, y)],
    ['abs(x) - abs(y)', (x, y) => Math.abs(x) - Math.abs(y)],
    ['tanh(x)', (x) => Math.tanh(x)],
    ['sinh(x) + cosh(y)', (x, y) => Math.sinh(x) + Math.cosh(y)],
    ['sinh(30y) / cosh(30y)', (_x, y) => Math.tanh(30 * y)],
    ['min(x, y)', (x, y) => Math.min(x, y)],
    ['max(x, y^2)', (x, y) => Math.max(x, y * y)],
    ['x^y', (x, y) => x ** y], // (−1.25)² is real: a negative base with an integer exponent
  ];

  for (const [source, expected] of CASES) {
    it(`${source} = the same in JavaScript`, () => {
      const f = compileExpression(source);
      const out = new Float64Array(3);
      for (const [x, y] of POINTS) {
        const want = expected(x, y);
        expectNear(f.value(x, y), want, 1e-12, `${source} at (${x}, ${y})`);
        f.evaluate(x, y, out);
        expectNear(out[0], want, 1e-12, `${source} at (${x}, ${y}), evaluate`);
      }
    });
  }

  it('keeps the source it was compiled from', () => {
    expect(compileExpression(' x + y ').source).toBe(' x + y ');
  });

  it('folds constant subtrees into one constant', () => {
    // sin(pi/2)·x is CONST 1, X, MUL: three instructions instead of seven.
    const program = compile(parse(tokenize('sin(pi/2)*x')));
    expect(program.code.length).toBe(3);
    expect(program.operand[0]).toBe(1);
  });

  it('offers every name it lists, and the functions with their arity', () => {
    expect(EXPRESSION_NAMES.variables).toEqual(['x', 'y']);
    expect(EXPRESSION_NAMES.constants).toEqual(['pi', 'e']);
    expect(EXPRESSION_NAMES.functions).toEqual(
      expect.arrayContaining(['sin', 'cos', 'tan', 'exp', 'log', 'ln', 'sqrt', 'abs']),
    );
    expect(EXPRESSION_NAMES.functions).toEqual(
      expect.arrayContaining(['tanh', 'sinh', 'cosh', 'min', 'max']),
    );
    for (const name of [...EXPRESSION_NAMES.variables, ...EXPRESSION_NAMES.constants]) {
      expect(() => compileExpression(name)).not.toThrow();
    }
    for (const name of EXPRESSION_NAMES.functions) {
      const two = name === 'min' || name === 'max';
      expect(() => compileExpression(two ? `${name}(x, y)` : `${name}(x)`)).not.toThrow();
    }
  });
});

describe('expression gradients', () => {
  const H = 1e-6;

  /** Central differences of f.value at (x, y): O(h²) truncation, ε·|f|/h rounding. */
  function numericGradient(f: { value(x: number, y: number): number }, x: number, y: number) {
    return [
      (f.value(x + H, y) - f.value(x - H, y)) / (2 * H),
      (f.value(x, y + H) - f.value(x, y - H)) / (2 * H),
    ];
  }

  // [formula, domain, a point test that keeps finite differences off kinks]
  const CASES: [string, [number, number], ((x: number, y: number) => boolean)?][] = [
    ['sin(x)*y^2 + 0.1*x^4', [-2, 2]],
    ['exp(-(x^2+y^2))', [-2, 2]],
    ['log(1+x^2) * cosh(y)', [-2, 2]],
    ['sqrt(x^2+y^2+1)', [-2, 2]],
    ['tanh(x*y)', [-2, 2]],
    ['x^y', [0.2, 3]],
    ['abs(x) + max(x, y)', [-2, 2], (x, y) => Math.abs(x) > 0.01 && Math.abs(x - y) > 0.01],
    ['min(x^2, y) * 3 - abs(y - 1)', [-2, 2], (x, y) => Math.abs(x * x - y) > 0.01],
    ['(1-x)^2 + 100(y-x^2)^2', [-2, 2]],
    ['sinh(x) / (1 + y²)', [-2, 2]],
    ['tan(x/2) - cos(x*y)', [-2, 2]],
    ['2^x + e^y + x^y', [0.2, 3]],
    ['ln(x) * y³ + x⁻¹', [0.2, 3]],
    ['x^2.5 + y^-2', [0.2, 3]],
    ['(x+1)(y-1) / (2 + sin(x))', [-2, 2]],
    ['sin(sin(sin(x + y)))', [-2, 2]],
    ['-x^3 - --y + x*y/7', [-2, 2]],
  ];

  for (const [source, [low, high], allowed] of CASES) {
    it(`${source}: matches central differences`, () => {
      const f = compileExpression(source);
      const rng = new Rng(20240917);
      const out = new Float64Array(3);
      let checked = 0;
      while (checked < 25) {
        const x = rng.uniform(low, high);
        const y = rng.uniform(low, high);
        if (allowed && !allowed(x, y)) continue;
        f.evaluate(x, y, out);
        const numeric = numericGradient(f, x, y);
        // Rounding in the differences is about ε·|f|/h ≈ 2e−10·|f|: an absolute floor for
        // partials that are zero or tiny next to f.
        const floor = 1e-8 * (1 + Math.abs(out[0]));
        for (const i of [0, 1]) {
          const tolerance = floor + 1e-6 * Math.max(Math.abs(out[i + 1]), Math.abs(numeric[i]));
          if (!(Math.abs(out[i + 1] - numeric[i]) <= tolerance)) {
            expect.fail(`∂${'xy'[i]} at (${x}, ${y}): exact ${out[i + 1]}, numeric ${numeric[i]}`);
          }
        }
        checked++;
      }
    });
  }

  it("Rosenbrock's gradient equals the surface's hand-written one", () => {
    const f = compileExpression('(1-x)^2 + 100(y-x^2)^2');
    const g = compileExpression(SURFACES.rosenbrock.formula); // '(1 − x)² + 100 (y − x²)²'
    const rng = new Rng(5);
    const out = new Float64Array(3);
    const want = new Float64Array(2);
    for (let k = 0; k < 50; k++) {
      const x = rng.uniform(-2, 2);
      const y = rng.uniform(-1, 3);
      SURFACES.rosenbrock.grad(x, y, want);
      for (const h of [f, g]) {
        h.evaluate(x, y, out);
        expectNear(out[0], SURFACES.rosenbrock.f(x, y), 1e-13, 'f');
        expectNear(out[1], want[0], 1e-12, '∂x');
        expectNear(out[2], want[1], 1e-12, '∂y');
      }
    }
  });

  it('integer powers are exact products, for negative bases too', () => {
    expect(evaluate('x^2', -3, 0)).toEqual([9, -6, 0]); // 2·(−3)
    expect(evaluate('x^3', -2, 0)).toEqual([-8, 12, 0]); // 3·(−2)²
    expect(evaluate('y^-2', 0, -2)).toEqual([0.25, 0, 0.25]); // −2·(−2)^−3
    expect(evaluate('x^0', 0, 0)).toEqual([1, 0, 0]);
    expect(evaluate('x^1', -7, 0)).toEqual([-7, 1, 0]);
  });

  it('real powers are NaN where undefined and sensible at a zero base', () => {
    expect(evaluate('x^0.5', -1, 0)[0]).toBeNaN();
    expect(evaluate('x^y', -1, 0.5)[0]).toBeNaN();
    // (−2)^y at y = 3 is a real number, though it has no y-derivative in the reals.
    const [v, dx, dy] = evaluate('x^y', -2, 3);
    expect([v, dx]).toEqual([-8, 12]);
    expect(dy).toBeNaN();
    expect(evaluate('x^0.5', 0, 0)).toEqual([0, Infinity, 0]); // vertical tangent; y untouched
    expect(evaluate('x^2.5', 0, 0)).toEqual([0, 0, 0]);
    expect(evaluate('x^y', 0, 2)).toEqual([0, 0, 0]); // 0^y = 0 for every y > 0
    expect(evaluate('2^x', 3, 0)).toEqual([8, 8 * evaluate('log(2)', 0, 0)[0], 0]);
  });

  it('kinks take a one-sided choice: abs′(0) = 0, min and max follow the chosen side', () => {
    expect(evaluate('abs(x)', 0, 0)).toEqual([0, 0, 0]);
    expect(evaluate('min(x, y)', 1, 2)).toEqual([1, 1, 0]);
    expect(evaluate('min(x, y)', 3, 2)).toEqual([2, 0, 1]);
    expect(evaluate('max(x^2, 3y)', 2, 1)).toEqual([4, 4, 0]);
    expect(evaluate('max(x^2, 3y)', 1, 1)).toEqual([3, 0, 3]);
    expect(evaluate('sqrt(x^2 + y^2)', 0, 0)).toEqual([0, 0, 0]); // the cone's tip
  });
});

describe('expression errors', () => {
  const CASES: [string, string, number][] = [
    ['', 'the formula is empty', 1],
    ['  \t ', 'the formula is empty', 1],
    ['x + y*z', "unknown name 'z' at column 7: use x, y, pi, e or a function (sin, cos, …)", 7],
    ['x*(y+1', "missing ')' for the '(' at column 3", 3],
    ['sin(x', "missing ')' for the '(' at column 4", 4],
    ['(x+y)*2 )', "unexpected ')' at column 9", 9],
    ['2+3+*', "expected a number, x, y, a function or '(' at column 5 but found '*'", 5],
    ['2*(x+)', "expected a number, x, y, a function or '(' at column 6 but found ')'", 6],
    [
      'x+',
      "expected a number, x, y, a function or '(' at column 3 but found the end of the formula",
      3,
    ],
    ['sin x', "'sin' needs its argument in parentheses, as sin(x), at column 1", 1],
    ['1 + cos^2(x)', "'cos' needs its argument in parentheses, as cos(x), at column 5", 5],
    ['min(x)', 'min takes 2 arguments (got 1) at column 1', 1],
    ['x + max(x, y, 1)', 'max takes 2 arguments (got 3) at column 5', 5],
    ['sin(x, y)', 'sin takes 1 argument (got 2) at column 1', 1],
    ['sin()', 'sin takes 1 argument (got 0) at column 1', 1],
    ['x+y$', "unexpected character '$' at column 4", 4],
    ['x = 1', "unexpected character '=' at column 3", 3],
    ['x'.repeat(612), 'the formula is too long (612 characters; at most 500)', 501],
    [
      '('.repeat(65) + 'x' + ')'.repeat(65),
      'the formula is nested too deeply (more than 64 levels) at column 65',
      65,
    ],
    [
      '-'.repeat(65) + 'x',
      'the formula is nested too deeply (more than 64 levels) at column 65',
      65,
    ],
    [
      '1e',
      "bad number '1e' at column 1: the exponent needs digits, as in 1e-3 (for 1 times e, write 1*e)",
      1,
    ],
    ['x + 1e+', "bad number '1e+' at column 5: the exponent needs digits, as in 1e-3", 5],
    ['x+1.2.3', "bad number '1.2.3' at column 3: more than one decimal point", 3],
    ['1e3.5', "bad number '1e3.5' at column 1: a decimal point cannot follow the exponent", 1],
    ['x + .', "bad number '.' at column 5: a decimal point needs digits, as in .5", 5],
    ['x y', "unexpected 'y' at column 3: is an operator missing?", 3],
    ['2 3', "unexpected '3' at column 3: is an operator missing?", 3],
    ['x, y', "unexpected ',' at column 2: only min and max take two arguments", 2],
    ['xy + 1', "unknown name 'xy' at column 1: write x*y to multiply", 1],
    ['Sin(x)', "unknown name 'Sin' at column 1: names are lowercase, as in sin", 1],
    ['PI', "unknown name 'PI' at column 1: names are lowercase, as in pi", 1],
    ['x(y+1)', "'x' is not a function: write x*(…) to multiply, at column 1", 1],
    ['x⁻', 'a superscript minus needs digits, as in x⁻¹, at column 2', 2],
    [
      // Each x²+ is 4 nodes (x, 2, ^, +): after 128 of them, the 129th's ² is node 513.
      'x²+'.repeat(166) + 'x',
      'the formula has too many parts (more than 512 numbers, names and symbols) at column 386',
      386,
    ],
  ];

  for (const [source, message, column] of CASES) {
    it(`${JSON.stringify(source.length > 40 ? source.slice(0, 37) + '…' : source)}: ${message.slice(0, 60)}`, () => {
      const error = errorOf(source);
      expect(error.message).toBe(message);
      expect(error.column).toBe(column);
      expect(error.name).toBe('ExpressionError');
      expect(error).toBeInstanceOf(Error);
    });
  }

  it('accepts exactly the limits', () => {
    expect(() => compileExpression('('.repeat(64) + 'x' + ')'.repeat(64))).not.toThrow();
    expect(() => compileExpression('-'.repeat(64) + 'x')).not.toThrow();
    const longest = 'x+'.repeat(249) + '10';
    expect(longest.length).toBe(500);
    expect(compileExpression(longest).value(1, 0)).toBe(259);
  });
});

describe('expression against crafted input', () => {
  /** Milliseconds taken by `work`. */
  function time(work: () => void): number {
    const start = performance.now();
    work();
    return performance.now() - start;
  }

  it('refuses 100,000 nested parentheses quickly', () => {
    const source = '('.repeat(100_000) + 'x' + ')'.repeat(100_000);
    const ms = time(() => {
      expect(errorOf(source).message).toBe(
        'the formula is too long (200001 characters; at most 500)',
      );
    });
    expect(ms).toBeLessThan(100);
  });

  it('the parser itself stops 100,000 nested parentheses at depth 64, without recursing', () => {
    // Past the length check, straight into the parser: its own guard must hold.
    const open: Token = { kind: '(', text: '(', value: 0, column: 0 };
    const tokens: Token[] = Array.from({ length: 100_000 }, (_, i) => ({ ...open, column: i + 1 }));
    tokens.push({ kind: 'end', text: '', value: 0, column: 100_001 });
    const ms = time(() => {
      expect(() => parse(tokens)).toThrow(
        'the formula is nested too deeply (more than 64 levels) at column 65',
      );
    });
    expect(ms).toBeLessThan(100);
  });

  it('refuses a 100,000-character formula quickly', () => {
    const source = 'x+'.repeat(50_000);
    const ms = time(() => {
      const error = errorOf(source);
      expect(error.message).toBe('the formula is too long (100000 characters; at most 500)');
      expect(error.column).toBe(501);
    });
    expect(ms).toBeLessThan(100);
  });

  it('9^9^9^9 and x^1e9 evaluate promptly', () => {
    const ms = time(() => {
      expect(compileExpression('9^9^9^9').value(0, 0)).toBe(Infinity);
      const f = compileExpression('x^1e9');
      expect(f.value(2, 0)).toBe(Infinity);
      expect(f.value(-1, 0)).toBe(1); // an even power
      expect(f.value(0.5, 0)).toBe(0);
      // (1 + 1e−7)^1e9 = e^(1e9·log1p(1e−7)) ≈ e^100: thirty squarings, error ≈ 30 ulps.
      expectNear(f.value(1 + 1e-7, 0), Math.exp(1e9 * Math.log1p(1e-7)), 1e-6, 'x^1e9');
      expect(compileExpression('x^1e300').value(1.5, 0)).toBe(Infinity);
      expect(compileExpression('x^(9^9^9)').value(0.5, 0)).toBe(0);
      const out = new Float64Array(3);
      for (let i = 0; i < 10_000; i++) f.evaluate(1 + i * 1e-12, 0, out);
    });
    expect(ms).toBeLessThan(500);
  });

  it('NaN and Infinity come out as values, not throws', () => {
    expect(evaluate('log(x)', -1, 0)[0]).toBeNaN();
    expect(evaluate('sqrt(x)', -1, 0)[0]).toBeNaN();
    expect(evaluate('1/x', 0, 0)[0]).toBe(Infinity);
    expect(evaluate('log(x)', 0, 0)[0]).toBe(-Infinity);
    expect(evaluate('exp(x)', 1000, 0)[0]).toBe(Infinity);
    expect(evaluate('sinh(x) - cosh(x)', 1000, 0)[0]).toBeNaN(); // ∞ − ∞
    expect(evaluate('x + y', NaN, 0)[0]).toBeNaN();
    expect(evaluate('min(x, y)', NaN, 0).every(Number.isNaN)).toBe(true);
    expect(evaluate('1e999 * x', 1, 0)[0]).toBe(Infinity);
  });
});

describe('expression evaluation in a loop', () => {
  it('stays correct over 100,000 calls to evaluate (no per-call state leaks)', () => {
    const f = compileExpression('(1 − x)² + 100 (y − x²)² + sin(x·y) / (2 + cos(x))');
    const out = new Float64Array(3);
    const grad = new Float64Array(2);
    let worst = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = -2 + (4 * (i % 317)) / 317;
      const y = -1 + (4 * Math.floor(i / 317)) / 316;
      f.evaluate(x, y, out);
      SURFACES.rosenbrock.grad(x, y, grad);
      // The extra term g = sin(xy)/(2 + cos x), by hand.
      const c = 2 + Math.cos(x);
      const value = SURFACES.rosenbrock.f(x, y) + Math.sin(x * y) / c;
      const dx = grad[0] + (y * Math.cos(x * y)) / c + (Math.sin(x * y) * Math.sin(x)) / (c * c);
      const dy = grad[1] + (x * Math.cos(x * y)) / c;
      const scale = 1 + Math.abs(value);
      worst = Math.max(
        worst,
        Math.abs(out[0] - value) / scale,
        Math.abs(out[1] - dx) / scale,
        Math.abs(out[2] - dy) / scale,
      );
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it('value() and evaluate() agree and do not disturb each other', () => {
    const f = compileExpression('exp(-(x^2+y^2)) * 3x');
    const out = new Float64Array(3);
    for (const [x, y] of POINTS) {
      f.evaluate(x, y, out);
      const kept = Array.from(out);
      expect(f.value(y, x)).toBe(compileExpression('exp(-(x^2+y^2)) * 3x').value(y, x));
      expect(f.value(x, y)).toBe(kept[0]);
      expect(Array.from(out)).toEqual(kept);
    }
  });
});
