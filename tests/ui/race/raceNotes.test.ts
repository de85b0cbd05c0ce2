// What the race's setup says beside its fields, in both languages: which formula is in force
// when the field holds another, a start off the plotted window, and a refused start.
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/ui/i18n/dictionaries/en';
import { ja } from '../../../src/ui/i18n/dictionaries/ja';
import { translator } from '../../../src/ui/i18n/translate';
import { coordinate, formulaNote, startOutsideNote, word } from '../../../src/ui/race/raceNotes';

const english = translator('en', en.messages);
const japanese = translator('ja', ja.messages);

describe('coordinate', () => {
  it('writes numbers for reading: a true minus, 1e6 for big ones, six digits at most', () => {
    expect(coordinate(-2.4)).toBe('−2.4');
    expect(coordinate(0)).toBe('0');
    expect(coordinate(1e6)).toBe('1e6');
    expect(coordinate(-1.5e200)).toBe('−1.5e200');
    expect(coordinate(2e-7)).toBe('2e−7');
    expect(coordinate(0.1 + 0.2)).toBe('0.3');
    expect(coordinate(12345.678)).toBe('12345.7');
  });
});

describe('formulaNote', () => {
  it('is silent while the field shows the formula in force', () => {
    expect(formulaNote('x^2+y^2', 'x^2+y^2', null)).toBeNull();
  });

  it('names the plotted formula after a refusal', () => {
    const note = formulaNote('sqrt(x)', 'x^2+y^2', 'sqrt(x)')!;
    expect(word(english, note)).toBe('Showing f(x, y) = x^2+y^2: the new formula was not applied.');
    expect(word(japanese, note)).toBe(
      '表示しているのは f(x, y) = x^2+y^2 です。新しい式は適用されませんでした。',
    );
  });

  it('says the typed text is not applied yet while it differs from what was refused', () => {
    const note = formulaNote('sqrt(x)+1', 'x^2+y^2', 'sqrt(x)')!;
    expect(note.key).toBe('race.formulaPending');
    expect(word(english, note)).toMatch(/^Showing f\(x, y\) = x\^2\+y\^2: press Enter or Plot/);
  });
});

describe('startOutsideNote', () => {
  const elongated = { x: [-8, 8] as [number, number], y: [-3, 3] as [number, number] };

  it('is silent for a start in the window, edges included', () => {
    expect(startOutsideNote([-7, 2], elongated)).toBeNull();
    expect(startOutsideNote([8, -3], elongated)).toBeNull();
  });

  it('names the start and the window when the racers would run off the picture', () => {
    const note = startOutsideNote([1e6, 2], elongated)!;
    expect(word(english, note)).toBe(
      'The start (1e6, 2) is outside the plotted window x ∈ [−8, 8], y ∈ [−3, 3]: the racers run off the picture.',
    );
    expect(word(japanese, note)).toContain('出発点 (1e6, 2) は表示範囲 x ∈ [−8, 8]');
  });
});

describe('a refused start, worded', () => {
  it('speaks of your f(x, y) and the start point, not of "custom" and "start"', () => {
    const notice = {
      key: 'race.startNotFinite.custom',
      vars: {
        x: -2.4,
        y: 0,
        message: 'start [-2.4, 0] is too far out: custom is not finite there',
      },
    };
    expect(word(english, notice)).toBe(
      'Your f(x, y) is not finite at the start point (−2.4, 0): choose another start or another formula.',
    );
    expect(word(japanese, notice)).toContain('出発点 (−2.4, 0)');
  });

  it("shows validation's own words as they are", () => {
    const notice = { key: 'race.refused', vars: { message: 'steps must be at least 1' } };
    expect(word(english, notice)).toBe('steps must be at least 1');
    expect(word(japanese, notice)).toBe('steps must be at least 1');
  });
});
