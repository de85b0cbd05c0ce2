// `cli train --diagnose` (extension): the coach's findings as JSON lines, each before the
// line of the step or epoch where it was found; without the flag, the contract's lines alone.
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_NAMES } from '../../src/spec/catalog/diagnoses';
import { cli, example, file } from './run';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('cli train --diagnose', () => {
  for (const name of DIAGNOSIS_NAMES) {
    it(`says ${name} for docs/examples/coach-${kebab(name)}.json`, () => {
      const r = cli(['train', example(`coach-${kebab(name)}.json`), '--diagnose']);
      expect(r.status).toBe(0);
      const found = r.lines
        .filter((l) => 'diagnosis' in l)
        .map((l) => l.diagnosis as { name: string });
      expect(found.map((d) => d.name)).toContain(name);
    });
  }

  it('puts each finding before the line of the epoch (or step) where it was found', () => {
    const r = cli(['train', example('coach-symmetry.json'), '--diagnose', '--log-steps']);
    r.lines.forEach((line, i) => {
      if (!('diagnosis' in line)) return;
      const { step, epoch } = line.diagnosis as { step: number; epoch: number };
      // The next line that is not a finding is that step's, or that epoch's.
      const next = r.lines.slice(i + 1).find((l) => !('diagnosis' in l))!;
      if ('step' in next) expect(next.step).toBe(step + 1);
      else expect(next.epoch).toBe(epoch);
    });
    const first = r.lines.findIndex((l) => 'diagnosis' in l);
    // Symmetry is seen at the end of the first epoch: after its steps, before its line.
    expect(r.lines[first - 1]).toMatchObject({ step: 10 });
    expect(r.lines.slice(first).find((l) => !('diagnosis' in l))).toMatchObject({ epoch: 1 });
  });

  it('says a loss that stopped being a number exploded, before the diverged line', () => {
    const doc = {
      version: 1,
      kind: 'train',
      data: { kind: 'plane' },
      model: {
        layers: [
          { type: 'dense', units: 16, activation: 'relu' },
          { type: 'dense', units: 1 },
        ],
        loss: 'mse',
      },
      optimizer: { name: 'sgd', lr: 100000 },
    };
    const r = cli(['train', file(doc), '--diagnose']);
    expect(r.lines.map((l) => Object.keys(l)[0])).toEqual(['diagnosis', 'diverged']);
    const { diagnosis } = r.lines[0] as { diagnosis: { evidence: Record<string, number> } };
    expect(diagnosis).toMatchObject({ name: 'exploding', step: 3, cause: 'learningRateTooLarge' });
    // No `to`: the loss is no longer a number, and JSON has none.
    expect(Object.keys(diagnosis.evidence).sort()).toEqual(['from', 'lr', 'steps']);
    // Three steps applied; the fourth's loss was not a number.
    expect(r.lines[1]).toMatchObject({ diverged: true, step: 4 });
    expect(diagnosis.evidence.steps).toBe(3);
  });

  it('writes the explosion first, before any epoch line', () => {
    const r = cli(['train', example('coach-exploding.json'), '--diagnose']);
    const found = r.lines.filter((l) => 'diagnosis' in l);
    expect(found).toHaveLength(1);
    expect(found[0].diagnosis).toMatchObject({
      name: 'exploding',
      cause: 'learningRateTooLarge',
      fix: { setting: 'lr', value: 0.01 },
      pause: true,
    });
    expect(r.lines.indexOf(found[0])).toBe(0);
  });

  it("leaves the output exactly the contract's without the flag, and the same lines with it", () => {
    const path = example('coach-symmetry.json');
    const plain = cli(['train', path]);
    const watched = cli(['train', path, '--diagnose']);
    expect(plain.lines.some((l) => 'diagnosis' in l)).toBe(false);
    expect(watched.lines.filter((l) => !('diagnosis' in l))).toEqual(plain.lines);
  });
});
