// Which point of the picture a click lands on: the nearest training or validation point
// within a few pixels (validation is drawn on top, so it wins a tie), for 2-input data.
import type { DataSummary } from '../../spec/protocol/training';

/** Where a data point is drawn: the picture's scales (plot.ts's Frame), CSS pixels. */
interface Scales {
  x(value: number): number;
  y(value: number): number;
}

/** How far from a point's centre a click still picks it, in CSS pixels. */
export const PICK_RADIUS = 8;

export interface PickedPoint {
  part: 'training' | 'validation';
  index: number;
}

export function nearestPoint(
  data: DataSummary,
  frame: Scales,
  x: number,
  y: number,
  radius = PICK_RADIUS,
): PickedPoint | null {
  let best: PickedPoint | null = null;
  let bestDistance = radius * radius;
  const parts = [
    ['training', data.trainPoints],
    ['validation', data.validationPoints],
  ] as const;
  for (const [part, points] of parts) {
    for (let i = 0; 2 * i + 1 < points.length; i++) {
      const dx = frame.x(points[2 * i]) - x;
      const dy = frame.y(points[2 * i + 1]) - y;
      const d = dx * dx + dy * dy;
      if (d <= bestDistance) [best, bestDistance] = [{ part, index: i }, d];
    }
  }
  return best;
}
