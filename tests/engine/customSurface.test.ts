// A trajectory's surface resolved by name or formula, and the start refused where f is not
// finite (validation checks the document's form; this needs the surface's math).
import { describe, expect, it } from 'vitest';
import { checkStart, surfaceOf } from '../../src/engine/customSurface';
import { SURFACES } from '../../src/engine/surfaces';
import { SpecError } from '../../src/spec';

describe('surfaceOf', () => {
  it('gives a built-in surface by name and a typed formula as a surface', () => {
    expect(surfaceOf({ surface: 'rosenbrock' })).toBe(SURFACES.rosenbrock);
    const typed = surfaceOf({ surface: 'custom', expression: 'x^2 + 3y' });
    expect(typed.f(2, 1)).toBe(7);
    expect(typed.formula).toBe('x^2 + 3y');
  });
});

describe('checkStart', () => {
  it('accepts a start where f is finite', () => {
    expect(() => checkStart({ surface: 'bowl', start: [1, -2] })).not.toThrow();
  });

  it('refuses, naming the start, where f is not finite', () => {
    const refusal = (spec: Parameters<typeof checkStart>[0]) => {
      try {
        checkStart(spec);
      } catch (e) {
        return e;
      }
      return null;
    };
    const typed = refusal({ surface: 'custom', expression: '1/x', start: [0, 0] });
    expect(typed).toBeInstanceOf(SpecError);
    expect((typed as SpecError).path).toBe('start');
    expect((typed as SpecError).message).toBe(
      'start [0, 0] is too far out: custom is not finite there',
    );
    expect((refusal({ surface: 'bowl', start: [1e200, 0] }) as Error).message).toBe(
      'start [1e+200, 0] is too far out: bowl is not finite there',
    );
  });
});
