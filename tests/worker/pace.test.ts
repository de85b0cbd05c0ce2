// A costly view's pace: its minimum interval while it is cheap, and ten times its own cost
// once that is longer, so that it never takes more than a tenth of the worker's time.
import { describe, expect, it } from 'vitest';
import { Pace } from '../../src/worker/pace';

describe('Pace', () => {
  it('keeps the minimum interval for a cheap view', () => {
    let now = 0;
    const pace = new Pace(() => now, 250);
    expect(pace.run(false, () => 'a')).toBe('a');
    now = 100;
    expect(pace.run(false, () => 'b')).toBeNull();
    now = 250;
    expect(pace.run(false, () => 'c')).toBe('c');
  });

  it('spaces a costly view to ten times what it took, unless forced', () => {
    let now = 0;
    const pace = new Pace(() => now, 250);
    // The view takes 500 ms of the clock.
    pace.run(false, () => (now += 500));
    now = 500 + 4000;
    expect(pace.due(false)).toBe(false);
    expect(pace.due(true)).toBe(true); // a pause, a step: shown at once
    now += 4999;
    expect(pace.due(false)).toBe(false);
    now += 1;
    expect(pace.due(false)).toBe(true);
    // A new run's views have costs of their own.
    pace.reset();
    expect(pace.due(false)).toBe(true);
  });
});
