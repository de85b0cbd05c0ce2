// A labelled number input that commits on change (Enter, blur, arrows) and lets the store
// validate. A refused value (−1, a million units) is not applied: the field shows the
// experiment's value again and, when it has the refused field's `path`, says why right below
// it ("Learning rate must be a positive number; you typed -1."), in place of the page's
// notice. An empty field (a number input also reads "abc" as empty) is not sent at all: there
// is no number to check, so the field says so itself, and keeps saying so until it holds a
// number again. Either note describes the input, which is marked invalid meanwhile.
import { useId, useState } from 'react';
import { useT } from '../i18n/useT';
import { refusalText, type FieldPath } from './experimentFields';
import { useFieldRefusal } from './fieldRefusals';

interface Props {
  label: string;
  /** A fuller accessible name where the visible label is short ("Stride of layer 2"). */
  ariaLabel?: string;
  value: number;
  onCommit: (value: number) => void;
  step?: number | 'any';
  min?: number;
  max?: number;
  /**
   * Where the value sits in the experiment ("optimizer.lr", "model.layers[1].units"): the
   * field then says why an edit of it was refused. Fields outside the experiment have none.
   */
  path?: FieldPath;
}

export function NumberField(props: Props) {
  const { label, ariaLabel, value, onCommit, step = 'any', min, max, path } = props;
  const t = useT();
  const id = useId(),
    noteId = useId();
  const [text, setText] = useState(String(value));
  const [blank, setBlank] = useState(false);
  const refusal = useFieldRefusal(path);
  // When the committed value changes (an edit applied, a reset, a loaded link), show it.
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setText(String(value));
    setBlank(false);
  }
  const commit = () => {
    const typed = text.trim();
    setBlank(typed === '');
    // Nothing to send. The field stays empty, so its note stays true until a number is
    // typed: Enter then leaving the field must not put the old value back and hide the note.
    if (typed === '') return;
    if (typed !== String(value)) onCommit(Number(typed));
    // A refused value does not stay in the field as if it had been applied: the field shows
    // the experiment's value again and the note below says what was wrong with the input.
    setText(String(value));
  };
  const name = ariaLabel ?? label;
  const note = blank
    ? t('field.needsNumber', { field: name, value })
    : refusal && refusalText(t, refusal, name);
  return (
    <>
      <label className="d-field" htmlFor={id}>
        <span>{label}</span>
        <input
          id={id}
          aria-label={ariaLabel}
          aria-invalid={note ? true : undefined}
          aria-describedby={note ? noteId : undefined}
          type="number"
          inputMode="decimal"
          step={step}
          min={min}
          max={max}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
      </label>
      {note && (
        // An alert is a live region (aria-live="assertive"): said as it appears, even after
        // the focus has moved on to the next field.
        <p role="alert" id={noteId} className="d-note d-warning">
          {note}
        </p>
      )}
    </>
  );
}
