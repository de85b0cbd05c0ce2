// The values a compare tries, as the form edits them, one editor per kind of setting: ticks
// for the named choices (optimizers, activations, initializers), nothing to enter for batch
// norm (off, then on), a list of networks for whole architectures, a list of augmentations
// (./Augmentations.tsx), and a list of numbers for the rest.
import { useId, type ReactElement } from 'react';
import { ACTIVATION_CHOICES, INIT_CHOICES, OPTIMIZER_CHOICES } from '../../store/catalog';
import { editChoices } from '../../store/compare';
import { listEntries, type CompareChoices } from '../../store/compareState';
import { useStore } from '../../store/store';
import { LIMITS } from '../../spec';
import type { VaryName } from '../../spec/types';
import { describeLayer } from '../builder/layerNames';
import { LimitNote } from '../controls/LimitNote';
import { NumberField } from '../controls/NumberField';
import { useT } from '../i18n/useT';
import { Augmentations } from './Augmentations';
import { SETTING_ROWS } from './settingRows';

interface EditorProps {
  vary: VaryName;
  choices: CompareChoices;
}

const EDITORS: Partial<Record<VaryName, (props: EditorProps) => ReactElement>> = {
  optimizer: ({ choices }) => (
    <Ticks
      legendKey="compare.optimizers"
      kind="optimizer"
      options={OPTIMIZER_CHOICES}
      ticked={choices.optimizer}
      onChange={(optimizer) => editChoices({ optimizer })}
    />
  ),
  activation: ({ choices }) => (
    <Ticks
      legendKey="compare.activations"
      kind="activation"
      options={ACTIVATION_CHOICES.filter((a) => a.name !== 'softmax')}
      ticked={choices.activation}
      onChange={(activation) => editChoices({ activation })}
    />
  ),
  initializer: Initializers,
  batchNorm: BatchNormNote,
  layers: Networks,
  augment: Augmentations,
};

export function ValuesEditor(props: EditorProps) {
  const Editor = EDITORS[props.vary] ?? NumberList;
  return <Editor {...props} />;
}

/** Numbers typed as a list: "0.001, 0.01, 0.1"; past the limit, said as it is typed. */
function NumberList({ vary, choices }: EditorProps) {
  const t = useT();
  const id = useId();
  const noteId = useId();
  const hintKey = SETTING_ROWS[vary].hint;
  const hint = hintKey === undefined ? undefined : t(hintKey);
  const value = choices[vary as keyof CompareChoices];
  const text = typeof value === 'string' ? value : '';
  const count = listEntries(text).length;
  const over = count > LIMITS.compareValues;
  return (
    <>
      <label className="d-field" htmlFor={id}>
        <span>{t('compare.values')}</span>
        <input
          id={id}
          type="text"
          value={text}
          placeholder={hint}
          aria-description={hint}
          aria-invalid={over ? true : undefined}
          aria-describedby={noteId}
          onChange={(e) => editChoices({ [vary]: e.target.value })}
        />
      </label>
      <LimitNote
        id={noteId}
        text={over ? t('compare.tooManyValues', { count, limit: LIMITS.compareValues }) : null}
      />
    </>
  );
}

function Initializers({ choices }: EditorProps) {
  const t = useT();
  const initLabel = (name: string) =>
    t.label('init', name, INIT_CHOICES.find((c) => c.name === name)?.label ?? name);
  return (
    <>
      <Ticks
        legendKey="compare.initializers"
        kind="init"
        options={INIT_CHOICES}
        ticked={choices.initializer}
        onChange={(initializer) => editChoices({ initializer })}
      />
      {choices.initializer.includes('normal') && (
        <NumberField
          label={t('compare.initStd', { name: initLabel('normal') })}
          value={choices.initStd}
          onCommit={(initStd) => editChoices({ initStd })}
        />
      )}
      {choices.initializer.includes('uniform') && (
        <NumberField
          label={t('compare.initLimit', { name: initLabel('uniform') })}
          value={choices.initLimit}
          onCommit={(initLimit) => editChoices({ initLimit })}
        />
      )}
    </>
  );
}

function BatchNormNote() {
  const t = useT();
  return <p className="d-note">{t('compare.batchNormNote')}</p>;
}

/**
 * Whole networks to set against each other: each added from the playground as it stands
 * (build one, add it, build another), listed in short, each removable.
 */
function Networks({ choices }: EditorProps) {
  const t = useT();
  const layers = useStore((s) => s.experiment.model.layers);
  const networks = choices.layers;
  return (
    <div className="d-fieldset">
      {networks.length === 0 ? (
        <p className="d-note">{t('compare.networks.none')}</p>
      ) : (
        <ol aria-label={t('compare.networks')}>
          {networks.map((network, i) => (
            <li key={i}>
              {network.map((layer) => describeLayer(t, layer)).join(' → ')}{' '}
              <button
                type="button"
                aria-label={t('compare.networks.remove', { n: i + 1 })}
                onClick={() => editChoices({ layers: networks.filter((_, j) => j !== i) })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        onClick={() => editChoices({ layers: [...networks, structuredClone(layers)] })}
      >
        {t('compare.networks.add')}
      </button>
    </div>
  );
}

function Ticks({
  legendKey,
  kind,
  options,
  ticked,
  onChange,
}: {
  legendKey: 'compare.optimizers' | 'compare.activations' | 'compare.initializers';
  /** The catalog the options come from, for their translated labels. */
  kind: 'optimizer' | 'activation' | 'init';
  options: { name: string; label: string }[];
  ticked: string[];
  onChange: (ticked: string[]) => void;
}) {
  const t = useT();
  return (
    <fieldset className="d-fieldset">
      <legend>{t(legendKey)}</legend>
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
          {t.label(kind, o.name, o.label)}
        </label>
      ))}
    </fieldset>
  );
}
