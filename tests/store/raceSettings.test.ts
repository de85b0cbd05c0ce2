// A refused start is worded for the page, not in the document's terms: validation says
// "start [-2.4, 0] is too far out: custom is not finite there" (right for the CLI), the page
// says the formula is not finite at the start point, or nowhere at all (1/0).
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../src/store/racePresets';
import { checkRace, inWindow, raceRefusal, type RaceSettings } from '../../src/store/raceSettings';
import { en } from '../../src/ui/i18n/dictionaries/en';
import { ja } from '../../src/ui/i18n/dictionaries/ja';

const settings = (patch: Partial<RaceSettings>): RaceSettings => ({
  ...structuredClone(DEFAULT_PRESET.settings),
  ...patch,
});

/** What the page would be told about these settings (they must be refused). */
function refusal(patch: Partial<RaceSettings>) {
  const s = settings(patch);
  try {
    checkRace(s);
  } catch (e) {
    return raceRefusal(s, e);
  }
  throw new Error('the settings were accepted');
}

describe('raceRefusal', () => {
  it('words a formula not finite at the start, with the start and the spec message', () => {
    // sqrt(x) is NaN for x < 0: finite on half the window, not at (−2.4, 0).
    const notice = refusal({ surface: 'custom', expression: 'sqrt(x)', start: [-2.4, 0] });
    expect(notice).toEqual({
      key: 'race.startNotFinite.custom',
      vars: {
        x: -2.4,
        y: 0,
        message: 'start [-2.4, 0] is too far out: custom is not finite there',
      },
    });
  });

  it('says a formula finite nowhere in the window is the problem, not the start', () => {
    const notice = refusal({ surface: 'custom', expression: '1/0', start: [-2.4, 0] });
    expect(notice.key).toBe('race.formulaNowhereFinite');
    expect(notice.vars?.formula).toBe('1/0');
  });

  it('words a built-in surface overflowing at a far start', () => {
    // Rosenbrock at x = 1e200: 100·(y − x²)² overflows to Infinity.
    const notice = refusal({ surface: 'rosenbrock', start: [1e200, 0] });
    expect(notice.key).toBe('race.startNotFinite.builtIn');
    expect(notice.vars).toMatchObject({ x: 1e200, y: 0 });
  });

  it("passes any other refusal on in validation's words", () => {
    expect(refusal({ surface: 'custom', expression: 'sin(x' })).toEqual({
      key: 'race.refused',
      vars: { message: "expression is not a formula: missing ')' for the '(' at column 4" },
    });
    expect(refusal({ steps: 0 }).key).toBe('race.refused');
    expect(raceRefusal(settings({}), new Error('the worker stopped'))).toEqual({
      key: 'race.refused',
      vars: { message: 'the worker stopped' },
    });
  });

  it('hands out keys both dictionaries word', () => {
    const keys = [
      'race.refused',
      'race.startNotFinite.custom',
      'race.startNotFinite.builtIn',
      'race.formulaNowhereFinite',
    ];
    for (const key of keys) {
      expect(en.messages).toHaveProperty([key]);
      expect(ja.messages).toHaveProperty([key]);
    }
  });
});

describe('inWindow', () => {
  const view = { x: [-8, 8] as [number, number], y: [-3, 3] as [number, number] };

  it('includes the edges and nothing beyond', () => {
    expect(inWindow([-7, 2], view)).toBe(true);
    expect(inWindow([8, -3], view)).toBe(true);
    expect(inWindow([1e6, 2], view)).toBe(false);
    expect(inWindow([0, 3.01], view)).toBe(false);
  });

  it('lets a start outside the window validate: the page notes it instead', () => {
    expect(() => checkRace(settings({ start: [1e6, 2] }))).not.toThrow();
  });
});
