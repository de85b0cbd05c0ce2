import { describe, expect, it } from 'vitest';
import { scheduledRate } from '../../src/engine/schedules';

describe('learning-rate schedules (PyTorch closed forms, per epoch from 0)', () => {
  it('constant', () => {
    expect(scheduledRate({ name: 'constant' }, 0.1, 50)).toBe(0.1);
  });
  it('step: ×gamma every stepSize epochs (StepLR)', () => {
    const s = { name: 'step', stepSize: 10, gamma: 0.5 } as const;
    expect([0, 9, 10, 19, 20].map((e) => scheduledRate(s, 0.1, e))).toEqual([
      0.1, 0.1, 0.05, 0.05, 0.025,
    ]);
  });
  it('exponential: ×gamma every epoch (ExponentialLR)', () => {
    expect(scheduledRate({ name: 'exponential', gamma: 0.9 }, 1, 3)).toBeCloseTo(0.729, 12);
  });
  it('cosine: from lr down to etaMin over tMax epochs (CosineAnnealingLR)', () => {
    const s = { name: 'cosine', tMax: 10, etaMin: 0.01 } as const;
    expect(scheduledRate(s, 0.1, 0)).toBeCloseTo(0.1, 12);
    expect(scheduledRate(s, 0.1, 5)).toBeCloseTo(0.055, 12); // halfway: (0.1 + 0.01)/2
    expect(scheduledRate(s, 0.1, 10)).toBeCloseTo(0.01, 12);
  });
});
