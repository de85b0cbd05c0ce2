// A surface from a formula the user typed: the expression compiler gives the value and the
// exact gradient in one forward pass (dual numbers), so a custom surface is raced exactly
// like a built-in one. `surfaceOf` resolves a trajectory's surface, built-in or custom.
import { compileExpression } from './expression';
import type { Surface } from './surfaces';
import { SURFACES } from './surfaces';

/** The trajectory document's surface name for a typed formula (`expression` holds it). */
export const CUSTOM_SURFACE = 'custom';

/** Where a formula is first looked at: wide enough for most textbook examples. */
export const CUSTOM_VIEW: Surface['view'] = { x: [-4, 4], y: [-4, 4] };

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
  return spec.surface === CUSTOM_SURFACE
    ? expressionSurface(spec.expression ?? '')
    : SURFACES[spec.surface];
}
