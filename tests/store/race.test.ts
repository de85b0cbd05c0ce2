// The race's edits in the store: a refused one keeps the race in force and says why in the
// page's words, and tells its caller (the formula field) it was not applied. The surface
// worker is its jobs called directly: Node has no Worker.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RECORD } from '../../src/engine/trajectory';
import type { RaceSettings } from '../../src/store/raceSettings';
import type { RaceState } from '../../src/store/raceState';
import { grid, race } from '../../src/worker/surfaceJobs';

// Hoisted above the imports by vitest: the store starts this instead of a Worker.
vi.mock('../../src/worker/clients', () => ({
  startSurfaceWorker: () => ({
    race: async (document: unknown) => race(document),
    grid: async (...args: Parameters<typeof grid>) => grid(...args),
  }),
}));

// The store reaches browser-only globals (location, Worker) that Node's typecheck does not
// know, so it is imported by name, not followed by the compiler, and typed by what is used.
const { editRace, loadPreset } = await vi.importActual<{
  editRace(edit: (draft: RaceSettings) => void, restart?: boolean): boolean;
  loadPreset(name: string): void;
}>('../../src/store/race');
const { useStore } = await vi.importActual<{
  useStore: { getState(): { race: RaceState } };
}>('../../src/store/store');

const raceState = () => useStore.getState().race;

describe('editRace', () => {
  beforeEach(() => {
    loadPreset('saito');
    editRace((s) => {
      s.surface = 'custom';
      s.expression = 'x^2+y^2';
      s.start = [-2.4, 0];
    }, true);
  });

  it('applies a good formula, says so, and races it', async () => {
    expect(editRace((s) => void (s.expression = 'x^2+2*y^2'), true)).toBe(true);
    expect(raceState().settings.expression).toBe('x^2+2*y^2');
    // The first recorded point is the start on the new surface: f(−2.4, 0) = 5.76.
    await vi.waitFor(() => expect(raceState().runs?.[0].data[RECORD.f]).toBeCloseTo(5.76, 5));
    expect(raceState().error).toBeNull();
  });

  it('keeps the formula in force after a refused one, and words the refusal', () => {
    expect(editRace((s) => void (s.expression = 'sqrt(x)'), true)).toBe(false);
    expect(raceState().settings.expression).toBe('x^2+y^2');
    expect(raceState().error).toMatchObject({
      key: 'race.startNotFinite.custom',
      vars: { x: -2.4, y: 0 },
    });
  });

  it('tells 1/0 apart: finite nowhere in the window', () => {
    expect(editRace((s) => void (s.expression = '1/0'), true)).toBe(false);
    expect(raceState().error?.key).toBe('race.formulaNowhereFinite');
    expect(raceState().settings.expression).toBe('x^2+y^2');
  });

  it('accepts a finite start outside the plotted window', () => {
    loadPreset('saito');
    expect(editRace((s) => void (s.start = [1e6, 2]), true)).toBe(true);
    expect(raceState().settings.start).toEqual([1e6, 2]);
    expect(raceState().error).toBeNull();
  });
});
