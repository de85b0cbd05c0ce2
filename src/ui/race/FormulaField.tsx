// The formula of one's own, applied on Enter or with the button, so a half-typed one never
// errors. While the field holds other text than the formula in force (being typed, or
// refused), a note says which formula is plotted and raced, with a way back to it.
import { useId, useState } from 'react';
import { FORMULA_NAMES } from '../../store/catalog';
import { dismissRaceError, editRace } from '../../store/race';
import { useT } from '../i18n/useT';
import { formulaNote, word } from './raceNotes';

export function FormulaField({ expression }: { expression: string }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(expression);
  /** The text last refused, so the note can tell "refused" from "not applied yet". */
  const [refused, setRefused] = useState<string | null>(null);
  // A formula put in force elsewhere (a lesson, a preset) replaces what the field holds.
  const [shown, setShown] = useState(expression);
  if (shown !== expression) {
    setShown(expression);
    setText(expression);
    setRefused(null);
  }
  const apply = () => {
    const applied = editRace((s) => void (s.expression = text), true);
    setRefused(applied ? null : text);
  };
  const note = formulaNote(text, expression, refused);
  return (
    <div className="d-formula">
      <label htmlFor={id}>{t('race.formula')}</label>
      <div className="d-row">
        <input
          id={id}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={text}
          aria-describedby={`${id}-help${note ? ` ${id}-note` : ''}`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
        />
        <button type="button" onClick={apply}>
          {t('race.plot')}
        </button>
      </div>
      <p id={`${id}-help`} className="d-note">
        {t('race.formulaHelp', {
          constants: FORMULA_NAMES.constants.join(', '),
          functions: FORMULA_NAMES.functions.join(', '),
        })}
      </p>
      {note && (
        <p id={`${id}-note`} className="d-alert" role="status">
          {word(t, note)}{' '}
          <button
            type="button"
            className="d-link"
            onClick={() => {
              // Back to the formula in force: the refusal is about the text put away.
              setText(expression);
              setRefused(null);
              dismissRaceError();
            }}
          >
            {t('race.revert')}
          </button>
        </p>
      )}
    </div>
  );
}
