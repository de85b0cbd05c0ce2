// The engine's long loops pulse between chunks, so a worker can beat its heartbeat through
// an evaluation that takes seconds (worker/heartbeat.ts); without a host, pulse does nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { pulse, setPulse } from '../../src/engine/pulse';
import { Trainer } from '../../src/engine/train';
import { experiment, XOR_NET, xorData } from './fixtures';

afterEach(() => setPulse(() => {}));

describe('pulse', () => {
  it('does nothing until a host sets it', () => {
    expect(() => pulse()).not.toThrow();
  });

  it('is called once per chunk of a whole-set evaluation', () => {
    const trainer = new Trainer(experiment(XOR_NET), { train: xorData(5000), validation: null });
    let pulses = 0;
    setPulse(() => pulses++);
    trainer.evaluate('train');
    // The model evaluates `capacity` rows at a time.
    const capacity = (trainer as unknown as { model: { capacity: number } }).model.capacity;
    expect(pulses).toBe(Math.ceil(5000 / capacity));
    expect(pulses).toBeGreaterThan(1);
  });
});
