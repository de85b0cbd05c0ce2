// A surface from a formula the user typed: the expression compiler gives the value and the
// exact gradient in one forward pass (dual numbers), so a custom surface is raced exactly
// like a built-in one. `surfaceOf` resolves a trajectory's surface, built-in or custom.
import { fail } from '../spec/check';
import { CUSTOM_SURFACE, CUSTOM_VIEW, isBuiltInSurface } from '../spec/catalog/surfaces';
import { compileExpression } from './expression';
import type { Surface } from './surfaces';
import { SURFACES } from './surfaces';

/** A surface for `source`; throws ExpressionError when it does not parse. */
export function expressionSurface(source: string): Surface {
  const compiled = compileExpression(source);
  const scratch = new Float64Array(3);
  return {
    label: 'Your function',
    formula: source,
    f: (x, y) => compiled.value(x, y),
    grad(x, y, out) {
      compiled.evaluate(x, y, scratch);
      out[0] = scratch[1];
      out[1] = scratch[2];
    },
    view: CUSTOM_VIEW,
    minima: [],
  };
}

/** The surface a (validated) trajectory document races on. */
export function surfaceOf(spec: { surface: string; expression?: string }): Surface {
  if (spec.surface === CUSTOM_SURFACE) return expressionSurface(spec.expression ?? '');
  if (isBuiltInSurface(spec.surface)) return SURFACES[spec.surface];
  throw new Error(`no surface named ${spec.surface}`);
}

/**
 * Refuses a start where f is not finite: the trajectory's output promises the start as its
 * first point, and a start where f overflows has none. Validation (spec/trajectory.ts)
 * checks the document's form; this needs the surface's math, so whoever takes a document
 * from outside (the CLI, the surface worker, the race's settings) asks it here too, and
 * hears a SpecError naming the field, as from validation.
 */
export function checkStart(spec: {
  surface: string;
  expression?: string;
  start: [number, number];
}): void {
  const [x, y] = spec.start;
  if (!Number.isFinite(surfaceOf(spec).f(x, y))) {
    fail('start', `[${x}, ${y}] is too far out: ${spec.surface} is not finite there`);
  }
}
