// A labelled number input that commits on change (Enter, blur, arrows) and lets the store
// validate: a refused value (−1, NaN, a million units) is reported there and not applied.
import { useId, useState } from 'react';

interface Props {
  label: string;
  value: number;
  onCommit: (value: number) => void;
  step?: number | 'any';
  min?: number;
}

export function NumberField({ label, value, onCommit, step = 'any', min }: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  // When the committed value changes (an edit applied, a reset, a loaded link), show it; a
  // refused edit leaves the value as it was, so what was typed stays for the user to fix.
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setText(String(value));
  }
  const commit = () => {
    if (text.trim() === String(value)) return;
    // Number('') is 0 and Number('abc') NaN: send what was typed, validation names the problem.
    onCommit(text.trim() === '' ? NaN : Number(text));
    // A refused value does not stay in the field as if it had been applied: the field shows
    // the experiment's value again and the notice above says what was wrong with the input.
    setText(String(value));
  };
  return (
    <label className="d-field" htmlFor={id}>
      <span>{label}</span>
      <input
        id={id}
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
  );
}
