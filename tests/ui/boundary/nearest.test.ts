// A click on the picture picks the nearest point within a few pixels, validation over
// training on a tie, and nothing when no point is that near.
import { describe, expect, it } from 'vitest';
import type { DataSummary } from '../../../src/spec/protocol/training';
import { nearestPoint, PICK_RADIUS } from '../../../src/ui/boundary/nearest';
import { scaleLinear } from 'd3-scale';

const data = {
  trainPoints: Float32Array.of(0, 0, 1, 1, -1, 0.5),
  validationPoints: Float32Array.of(1, 1, 0.5, -0.5),
} as unknown as DataSummary;
// As the picture's frame: 320 px, y growing upwards.
const frame = {
  x: scaleLinear().domain([-2, 2]).range([34, 310]),
  y: scaleLinear().domain([-2, 2]).range([300, 8]),
};
const at = (x: number, y: number) => [frame.x(x), frame.y(y)] as const;

describe('picking a point of the picture', () => {
  it('picks the nearest point within the radius', () => {
    const [x, y] = at(-1, 0.5);
    expect(nearestPoint(data, frame, x + 3, y - 2)).toEqual({ part: 'training', index: 2 });
    const [vx, vy] = at(0.5, -0.5);
    expect(nearestPoint(data, frame, vx, vy)).toEqual({ part: 'validation', index: 1 });
  });

  it('prefers validation, drawn on top, where a training point lies at the same place', () => {
    const [x, y] = at(1, 1);
    expect(nearestPoint(data, frame, x, y)).toEqual({ part: 'validation', index: 0 });
  });

  it('picks nothing farther than the radius', () => {
    const [x, y] = at(0, 0);
    expect(nearestPoint(data, frame, x + PICK_RADIUS + 1, y)).toBeNull();
    expect(nearestPoint(data, frame, x + PICK_RADIUS - 1, y)).toEqual({
      part: 'training',
      index: 0,
    });
  });
});
