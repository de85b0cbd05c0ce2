// The 2-D surfaces a trajectory document may race on: English labels (the page words them by
// the key `surface.<name>`), the formula as people write it, a plotting window that shows the
// interesting part, and the known global minima. The engine (engine/surfaces.ts) holds each
// surface's f and exact gradient under the same name.

export interface SurfaceEntry {
  readonly label: string;
  /** Human-readable formula for the page. */
  readonly formula: string;
  /** A plotting window that shows the interesting part. */
  readonly view: { readonly x: [number, number]; readonly y: [number, number] };
  /** Known global minima (none for the saddle). */
  readonly minima: [number, number][];
}

// Styblinski–Tang's minimum: the root of 4t³ − 32t + 5 = 0 near −2.9, in each coordinate.
const STYBLINSKI_MIN = -2.903534027771177;

const ROWS = {
  bowl: { label: 'Bowl', formula: 'x² + y²', view: { x: [-2, 2], y: [-2, 2] }, minima: [[0, 0]] },
  elongated: {
    label: 'Elongated bowl',
    formula: 'x²/20 + y²',
    // Wide in x: the contours are √20 ≈ 4.5 times longer along x than along y.
    view: { x: [-8, 8], y: [-3, 3] },
    minima: [[0, 0]],
  },
  rosenbrock: {
    label: 'Rosenbrock',
    formula: '(1 − x)² + 100 (y − x²)²',
    view: { x: [-2, 2], y: [-1, 3] },
    minima: [[1, 1]],
  },
  beale: {
    label: 'Beale',
    formula: '(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²',
    view: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
    minima: [[3, 0.5]],
  },
  himmelblau: {
    label: 'Himmelblau',
    formula: '(x² + y − 11)² + (x + y² − 7)²',
    view: { x: [-5, 5], y: [-5, 5] },
    // The four minima; the three irrational ones by Newton's method (30 digits).
    minima: [
      [3, 2],
      [-2.805118086952745, 3.131312518250573],
      [-3.779310253377747, -3.283185991286169],
      [3.584428340330492, -1.848126526964404],
    ],
  },
  saddle: {
    label: 'Saddle',
    formula: 'x² − y²',
    view: { x: [-2, 2], y: [-2, 2] },
    minima: [], // unbounded below along y
  },
  rastrigin: {
    label: 'Rastrigin',
    formula: '20 + x² − 10 cos 2πx + y² − 10 cos 2πy',
    view: { x: [-5.12, 5.12], y: [-5.12, 5.12] },
    minima: [[0, 0]],
  },
  styblinski_tang: {
    label: 'Styblinski–Tang',
    formula: '((x⁴ − 16x² + 5x) + (y⁴ − 16y² + 5y)) / 2',
    view: { x: [-5, 5], y: [-5, 5] },
    minima: [[STYBLINSKI_MIN, STYBLINSKI_MIN]],
  },
  goldstein_price: {
    label: 'Goldstein–Price',
    formula:
      '[1 + (x + y + 1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)] · ' +
      '[30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)]',
    view: { x: [-2, 2], y: [-2, 2] },
    minima: [[0, -1]],
  },
} satisfies Record<string, SurfaceEntry>;

export type BuiltInSurfaceName = keyof typeof ROWS;

export const SURFACE_CATALOG: Readonly<Record<BuiltInSurfaceName, SurfaceEntry>> = ROWS;

/** The trajectory document's surface name for a typed formula (`expression` holds it). */
export const CUSTOM_SURFACE = 'custom';

/** Where a formula is first looked at: wide enough for most textbook examples. */
export const CUSTOM_VIEW: SurfaceEntry['view'] = { x: [-4, 4], y: [-4, 4] };

export const SURFACE_NAMES = Object.keys(SURFACE_CATALOG) as BuiltInSurfaceName[];

/** Whether `name` is a built-in surface (the custom one is not). */
export function isBuiltInSurface(name: string): name is BuiltInSurfaceName {
  return Object.hasOwn(SURFACE_CATALOG, name);
}
