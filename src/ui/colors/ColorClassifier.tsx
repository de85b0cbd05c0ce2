// One colour classified live: a colour picker and three 0-255 fields, the colour as a
// swatch, and the network's probability for each name as bars, following the training (the
// worker sends the colour through the network with every picture of it). "Open in the glass
// box" opens its training step, its class the one its name gives (the data's own rule).
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { editExperiment } from '../../store/actions';
import { openGlass } from '../../store/glass';
import { chooseSample } from '../../store/sample';
import { useStore } from '../../store/store';
import { useClassNames } from '../i18n/useClassNames';
import { useT } from '../i18n/useT';
import { fromHex, sameInput, toHex, toInput, type Rgb } from './rgb';

/** The two presets: the primaries (the decks' colour classifier), and the eight corners. */
const PRESETS = [
  { classes: 3, label: 'colors.preset3' },
  { classes: 8, label: 'colors.preset8' },
] as const;

const CHANNELS = ['colors.red', 'colors.green', 'colors.blue'] as const;

interface Props {
  rgb: Rgb;
  setRgb: (rgb: Rgb) => void;
}

export function ColorClassifier({ rgb, setRgb }: Props) {
  const t = useT();
  const { generation, status, trace, names, classes } = useStore(
    useShallow((s) => ({
      generation: s.run.generation,
      status: s.run.status,
      trace: s.network?.trace ?? null,
      names: s.data?.classNames,
      classes: s.experiment.data.kind === 'colors' ? s.experiment.data.classes : 0,
    })),
  );
  const classNames = useClassNames(names);
  const input = useMemo(() => toInput(rgb), [rgb]);
  const ready = status !== 'loading' && status !== 'idle';
  // The worker follows the colour through the network, in this run and the next.
  useEffect(() => {
    if (ready) chooseSample({ kind: 'drawn', input });
  }, [input, generation, ready]);
  const shown =
    trace !== null && trace.choice.kind === 'drawn' && sameInput(trace.choice.input, input);
  const probabilities = shown ? trace.outputs[trace.outputs.length - 1] : null;
  const setChannel = (k: number, text: string) => {
    const v = Number(text);
    if (text.trim() === '' || !Number.isInteger(v) || v < 0 || v > 255) return;
    setRgb(rgb.map((c, i) => (i === k ? v : c)) as unknown as Rgb);
  };
  const setPreset = (count: number) =>
    editExperiment(
      (e) => {
        (e.data as unknown as Record<string, number>).classes = count;
      },
      { fitToData: true },
    );

  return (
    <div className="d-color-classifier">
      <h3>{t('colors.heading')}</h3>
      <div className="d-row" role="group" aria-label={t('colors.presets')}>
        <span>{t('colors.presets')}</span>
        {PRESETS.map((p) => (
          <button
            key={p.classes}
            type="button"
            aria-pressed={classes === p.classes}
            onClick={() => setPreset(p.classes)}
          >
            {t(p.label)}
          </button>
        ))}
      </div>
      <div className="d-color-fields">
        <label className="d-field">
          <span>{t('colors.picker')}</span>
          <input
            type="color"
            value={toHex(rgb)}
            onChange={(e) => {
              const picked = fromHex(e.target.value);
              if (picked !== null) setRgb(picked);
            }}
          />
        </label>
        {CHANNELS.map((key, k) => (
          <label key={key} className="d-field">
            <span>{t(key)}</span>
            <input
              type="number"
              min={0}
              max={255}
              step={1}
              value={rgb[k]}
              onChange={(e) => setChannel(k, e.target.value)}
            />
          </label>
        ))}
        <span
          className="d-color-swatch"
          role="img"
          aria-label={t('colors.swatchOf', { r: rgb[0], g: rgb[1], b: rgb[2] })}
          style={{ background: toHex(rgb) }}
        />
      </div>
      {probabilities === null ? (
        <p className="d-placeholder">{t('colors.waiting')}</p>
      ) : (
        <ul className="d-color-bars" aria-label={t('colors.bars')}>
          {Array.from(probabilities, (p, k) => (
            <li key={k}>
              <span>{classNames[k] ?? String(k)}</span>
              {/* The set's names are CSS colour keywords: each bar in its own colour. */}
              <span
                className="d-color-bar"
                style={{ width: `${Math.max(0, p) * 100}%`, background: names?.[k] }}
              />
              <span className="d-color-value">{(100 * p).toFixed(1)}%</span>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        disabled={!ready}
        onClick={() => void openGlass({ kind: 'drawn', input }, null, { reveal: true })}
      >
        {t('colors.openGlass')}
      </button>
    </div>
  );
}
