// What the race's setup says beside its fields: which formula is plotted while the field
// holds another, a start outside the plotted window, and a refusal, worded with its numbers
// written for reading (−2.4, 1e6) rather than as JavaScript prints them (-2.4, 1000000).
import type { SurfaceWindow } from '../../spec/protocol/surface';
import type { Message } from '../../spec/message';
import { inWindow } from '../../store/raceSettings';
import type { MessageKey } from '../i18n/dictionaries/en';
import type { Translator } from '../i18n/translate';

/** A coordinate as the notes show it: up to six digits, 1e6 for big ones, a true minus. */
export function coordinate(v: number): string {
  const a = Math.abs(v);
  const text =
    a !== 0 && (a >= 1e5 || a < 1e-4)
      ? Number(v.toPrecision(6)).toExponential().replace('e+', 'e')
      : String(Number(v.toPrecision(6)));
  return text.replace(/-/g, '−');
}

/** A notice in the page's language, its numbers written as coordinates. */
export function word(t: Translator, notice: Message): string {
  const vars = Object.fromEntries(
    Object.entries(notice.vars ?? {}).map(([k, v]) => [
      k,
      typeof v === 'number' ? coordinate(v) : v,
    ]),
  );
  return t(notice.key as MessageKey, vars);
}

/**
 * What the formula field says when its text is not the formula in force: the plotted one,
 * and whether the text was refused (`refused` is the text last refused) or is not applied
 * yet. Nothing when the field shows the formula in force.
 */
export function formulaNote(text: string, active: string, refused: string | null): Message | null {
  if (text === active) return null;
  return {
    key: text === refused ? 'race.formulaRefused' : 'race.formulaPending',
    vars: { formula: active },
  };
}

/** A note when the start lies outside the plotted window: the racers run off the picture. */
export function startOutsideNote(start: [number, number], view: SurfaceWindow): Message | null {
  if (inWindow(start, view)) return null;
  return {
    key: 'race.startOutside',
    vars: { x: start[0], y: start[1], x0: view.x[0], x1: view.x[1], y0: view.y[0], y1: view.y[1] },
  };
}
