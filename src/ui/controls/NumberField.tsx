// A labelled number input that commits on change (Enter, blur, arrows) and lets the store
// validate: a refused value (−1, a million units) is reported there and not applied. An
// empty field (a number input also reads "abc" as empty) is not sent at all: there is no
// number to check, so the field says so itself and keeps its value.
import { useId, useState } from 'react';
import { useT } from '../i18n/useT';

interface Props {
  label: string;
  /** A fuller accessible name where the visible label is short ("Stride of layer 2"). */
  ariaLabel?: string;
  value: number;
  onCommit: (value: number) => void;
  step?: number | 'any';
  min?: number;
}

export function NumberField({ label, ariaLabel, value, onCommit, step = 'any', min }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(String(value));
  const [blank, setBlank] = useState(false);
  // When the committed value changes (an edit applied, a reset, a loaded link), show it.
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setText(String(value));
  }
  const commit = () => {
    const typed = text.trim();
    setBlank(typed === '');
    if (typed === '' || typed === String(value)) {
      setText(String(value));
      return;
    }
    onCommit(Number(typed));
    // A refused value does not stay in the field as if it had been applied: the field shows
    // the experiment's value again and the notice above says what was wrong with the input.
    setText(String(value));
  };
  return (
    <>
      <label className="d-field" htmlFor={id}>
        <span>{label}</span>
        <input
          id={id}
          aria-label={ariaLabel}
          type="number"
          inputMode="decimal"
          step={step}
          min={min}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      </label>
      {blank && (
        <p role="alert" className="d-note d-warning">
          {t('field.needsNumber', { field: ariaLabel ?? label, value })}
        </p>
      )}
    </>
  );
}
