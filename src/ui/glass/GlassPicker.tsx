// Which sample the glass box opens: a point of the training or validation part by its number.
// (The playground's pictures and the boundary open one directly.)
import { useState } from 'react';
import { openGlass } from '../../store/glass';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';

export function GlassPicker() {
  const t = useT();
  const data = useStore((s) => s.data);
  const status = useStore((s) => s.run.status);
  const [part, setPart] = useState<'training' | 'validation'>('training');
  const [text, setText] = useState('1');
  const count = part === 'training' ? (data?.trainCount ?? 0) : (data?.validationCount ?? 0);
  const number = Number(text);
  const valid = Number.isInteger(number) && number >= 1 && number <= count;
  const ready = status !== 'loading' && status !== 'idle' && data !== null;
  const open = () => {
    if (valid) void openGlass({ kind: 'point', part, index: number - 1 });
  };
  return (
    <form
      className="d-glass-picker"
      onSubmit={(e) => {
        e.preventDefault();
        open();
      }}
    >
      <label>
        {t('glass.part')}{' '}
        <select value={part} onChange={(e) => setPart(e.target.value as typeof part)}>
          <option value="training">{t('glass.part.training')}</option>
          <option value="validation" disabled={(data?.validationCount ?? 0) === 0}>
            {t('glass.part.validation')}
          </option>
        </select>
      </label>
      <label>
        {t('glass.sampleNumber')}{' '}
        <input
          type="number"
          min={1}
          max={Math.max(1, count)}
          step={1}
          value={text}
          aria-invalid={!valid}
          aria-describedby="d-glass-range"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <span id="d-glass-range" className={valid ? 'd-note' : 'd-warning'}>
        {t('glass.range', { count })}
      </span>
      <button type="submit" disabled={!valid || !ready}>
        {t('glass.open')}
      </button>
    </form>
  );
}
