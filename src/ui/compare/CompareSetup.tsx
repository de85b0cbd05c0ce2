// What to compare: one setting of the playground's experiment and the values to try.
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ACTIVATION_CHOICES, INIT_CHOICES, OPTIMIZER_CHOICES } from '../../store/catalog';
import { cancelCompare, editChoices, runCompare, setVary } from '../../store/compare';
import type { CompareChoices } from '../../store/compareState';
import { useStore } from '../../store/store';
import type { VaryName } from '../../spec/types';
import { NumberField } from '../controls/NumberField';

export const VARY_LABELS: Record<VaryName, string> = {
  optimizer: 'Optimizer',
  lr: 'Learning rate',
  initializer: 'Initializer',
  activation: 'Activation (hidden layers)',
  batchSize: 'Batch size',
  batchNorm: 'Batch norm (off and on)',
  dropout: 'Dropout rate',
  weightDecay: 'Weight decay',
  seed: 'Seed (initial weights)',
};

const LIST_HINTS: Partial<Record<VaryName, string>> = {
  lr: 'e.g. 0.001, 0.01, 0.1',
  batchSize: 'e.g. 8, 32, 128',
  dropout: 'rates from 0 to below 1, e.g. 0, 0.2, 0.5',
  weightDecay: 'e.g. 0, 0.0001, 0.01',
  seed: 'e.g. 1, 2, 3',
};

export function CompareSetup() {
  const { vary, choices, error, running } = useStore(
    useShallow((s) => ({
      vary: s.compare.vary,
      choices: s.compare.choices,
      error: s.compare.error,
      running: s.compare.runs.some((r) => r.status === 'queued' || r.status === 'running'),
    })),
  );
  const headingId = useId(),
    varyId = useId();
  return (
    <section className="d-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Compare</h2>
      <p className="d-note">
        The playground&apos;s experiment, once per value of one setting, trained side by side on the
        same data and, where the network allows, from the same initial weights.
      </p>
      <label className="d-field" htmlFor={varyId}>
        <span>Vary</span>
        <select id={varyId} value={vary} onChange={(e) => setVary(e.target.value as VaryName)}>
          {(Object.keys(VARY_LABELS) as VaryName[]).map((name) => (
            <option key={name} value={name}>
              {VARY_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <ValuesEditor vary={vary} choices={choices} />
      {error !== null && (
        <div role="alert" className="d-alert d-alert-danger">
          {error}
        </div>
      )}
      <div className="d-row">
        <button type="button" className="d-primary" onClick={runCompare}>
          Run
        </button>
        <button type="button" onClick={cancelCompare} disabled={!running}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function ValuesEditor({ vary, choices }: { vary: VaryName; choices: CompareChoices }) {
  const id = useId();
  switch (vary) {
    case 'optimizer':
      return (
        <Ticks
          legend="Optimizers (each with its defaults)"
          options={OPTIMIZER_CHOICES}
          ticked={choices.optimizer}
          onChange={(optimizer) => editChoices({ optimizer })}
        />
      );
    case 'activation':
      return (
        <Ticks
          legend="Activations"
          options={ACTIVATION_CHOICES.filter((a) => a.name !== 'softmax')}
          ticked={choices.activation}
          onChange={(activation) => editChoices({ activation })}
        />
      );
    case 'initializer':
      return (
        <>
          <Ticks
            legend="Initializers"
            options={INIT_CHOICES}
            ticked={choices.initializer}
            onChange={(initializer) => editChoices({ initializer })}
          />
          {choices.initializer.includes('normal') && (
            <NumberField
              label="Std of “Normal”"
              value={choices.initStd}
              onCommit={(initStd) => editChoices({ initStd })}
            />
          )}
          {choices.initializer.includes('uniform') && (
            <NumberField
              label="Limit of “Uniform”"
              value={choices.initLimit}
              onCommit={(initLimit) => editChoices({ initLimit })}
            />
          )}
        </>
      );
    case 'batchNorm':
      return (
        <p className="d-note">
          Two runs: without batch norm, and with it after every hidden layer.
        </p>
      );
    default:
      return (
        <label className="d-field" htmlFor={id}>
          <span>Values</span>
          <input
            id={id}
            type="text"
            value={choices[vary]}
            placeholder={LIST_HINTS[vary]}
            aria-description={LIST_HINTS[vary]}
            onChange={(e) => editChoices({ [vary]: e.target.value })}
          />
        </label>
      );
  }
}

function Ticks({
  legend,
  options,
  ticked,
  onChange,
}: {
  legend: string;
  options: { name: string; label: string }[];
  ticked: string[];
  onChange: (ticked: string[]) => void;
}) {
  return (
    <fieldset className="d-fieldset">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.name} className="d-field d-check">
          <input
            type="checkbox"
            checked={ticked.includes(o.name)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? options.map((x) => x.name).filter((n) => n === o.name || ticked.includes(n))
                  : ticked.filter((n) => n !== o.name),
              )
            }
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
