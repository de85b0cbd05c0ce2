// Each preset shows what its note says it shows: the classic pictures, checked in numbers.
import { describe, expect, it } from 'vitest';
import { RECORD, RECORD_STRIDE, recordRace, type RecordedRun } from '../../src/engine/trajectory';
import { RACE_PRESETS } from '../../src/store/racePresets';
import { checkRace } from '../../src/store/raceSettings';

function race(name: string): RecordedRun[] {
  return recordRace(checkRace(RACE_PRESETS.find((p) => p.name === name)!.settings));
}
const at = (run: RecordedRun, i: number) => ({
  x: run.data[i * RECORD_STRIDE + RECORD.x],
  y: run.data[i * RECORD_STRIDE + RECORD.y],
  f: run.data[i * RECORD_STRIDE + RECORD.f],
});
const end = (run: RecordedRun) => at(run, run.count - 1);
/** Sign changes of y along the run: how often it crossed the valley floor. */
const crossings = (run: RecordedRun) => {
  let n = 0;
  for (let i = 1; i < run.count; i++) if (at(run, i).y * at(run, i - 1).y < 0) n++;
  return n;
};

describe('race presets', () => {
  it('all validate, with at most eight racers', () => {
    for (const p of RACE_PRESETS) {
      expect(() => checkRace(p.settings)).not.toThrow();
      expect(p.settings.racers.length).toBeLessThanOrEqual(8);
    }
  });

  it('Saito: SGD zig-zags, momentum overshoots, AdaGrad and Adam get in without zig-zagging', () => {
    const [sgd, momentum, adagrad, adam] = race('saito');
    expect(crossings(sgd)).toBeGreaterThan(20); // across the valley at nearly every step
    expect(Math.max(...Array.from({ length: 31 }, (_, i) => at(momentum, i).x))).toBeGreaterThan(
      0.5,
    );
    expect(crossings(adagrad)).toBeLessThan(3);
    expect(crossings(adam)).toBeLessThan(5);
    for (const run of [sgd, momentum, adagrad, adam]) expect(end(run).f).toBeLessThan(0.15);
  });

  it('Rosenbrock: SGD crawls while momentum and Adam reach the minimum', () => {
    const [sgd, momentum, , adam] = race('rosenbrock');
    expect(end(sgd).f).toBeGreaterThan(1);
    expect(end(momentum).f).toBeLessThan(1e-3);
    expect(end(adam).f).toBeLessThan(1e-2);
  });

  it('saddle: the adaptive methods leave the ridge far sooner than SGD', () => {
    const [sgd, , adagrad, rmsprop, adam] = race('saddle');
    const escaped = (run: RecordedRun) => {
      for (let i = 0; i < run.count; i++) if (Math.abs(at(run, i).y) > 0.5) return i;
      return Infinity;
    };
    for (const run of [adagrad, rmsprop, adam]) expect(escaped(run)).toBeLessThan(escaped(sgd));
    expect(escaped(sgd)).toBe(Infinity);
  });

  it('Himmelblau: one start, three different minima', () => {
    const ends = race('himmelblau').map(end);
    for (const e of ends) expect(e.f).toBeLessThan(1e-6);
    expect(new Set(ends.map((e) => `${Math.round(e.x)},${Math.round(e.y)}`)).size).toBe(3);
  });

  it('Rastrigin: momentum settles in a lower dip than SGD and Adam', () => {
    const [sgd, momentum, adam] = race('rastrigin').map(end);
    expect(momentum.f).toBeLessThan(sgd.f - 5);
    expect(momentum.f).toBeLessThan(adam.f - 5);
  });
});
