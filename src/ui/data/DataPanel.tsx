// Which data, how much of it, how noisy, how it is split and normalised.
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { GeneratedDataSpec, Normalization } from '../../spec/types';
import { DATA_SETS } from '../../store/catalog';
import { editExperiment } from '../../store/actions';
import { useStore } from '../../store/store';
import { NumberField } from '../controls/NumberField';
import type { MessageKey } from '../i18n/dictionaries/en';
import { useT } from '../i18n/useT';
import { CsvLoader } from './CsvLoader';

const NORMALIZATIONS: { name: Normalization; label: MessageKey }[] = [
  { name: 'none', label: 'data.normalize.none' },
  { name: 'standardize', label: 'data.normalize.standardize' },
  { name: 'minmax', label: 'data.normalize.minmax' },
];

/** Data edits carry the network's ends along (inputs, outputs, loss). */
const FIT = { fitToData: true };

export function DataPanel() {
  const t = useT();
  const { data, validation, seed } = useStore(
    useShallow((s) => ({
      data: s.experiment.data,
      validation: s.experiment.validation,
      seed: s.experiment.seed,
    })),
  );
  const summary = useStore((s) => s.data);
  const download = useStore((s) => (s.run.status === 'loading' ? s.run.download : undefined));
  const setId = useId(),
    normId = useId();
  const entry = DATA_SETS.find((d) => d.name === data.kind);
  const generated = data.kind === 'inline' ? null : (data as GeneratedDataSpec);
  const takes = (option: 'samples' | 'noise' | 'classes') =>
    entry?.options.includes(option) ?? false;

  const setKind = (kind: string) =>
    editExperiment((e) => {
      // Start from the new set's own defaults: its options differ (iris has no noise).
      const defaults = DATA_SETS.find((d) => d.name === kind)?.defaults;
      e.data = { kind, ...defaults } as GeneratedDataSpec;
    }, FIT);
  const setOption = (key: 'samples' | 'noise' | 'classes', value: number) =>
    editExperiment((e) => {
      (e.data as unknown as Record<string, number>)[key] = value;
    }, FIT);

  return (
    <section className="d-panel" aria-labelledby={`${setId}-h`}>
      <h2 id={`${setId}-h`}>{t('data.heading')}</h2>
      <label className="d-field" htmlFor={setId}>
        <span>{t('data.set')}</span>
        <select id={setId} value={data.kind} onChange={(e) => setKind(e.target.value)}>
          {DATA_SETS.map((d) => (
            <option key={d.name} value={d.name}>
              {t.label('dataset', d.name, d.label)}
            </option>
          ))}
          {data.kind === 'inline' && <option value="inline">{t('data.inline')}</option>}
        </select>
      </label>
      {generated && takes('samples') && (
        <NumberField
          label={t('data.samples')}
          path="data.samples"
          value={generated.samples}
          step={1}
          min={1}
          onCommit={(v) => setOption('samples', v)}
        />
      )}
      {generated && takes('noise') && (
        <NumberField
          label={t('data.noise')}
          path="data.noise"
          value={generated.noise}
          step={0.01}
          min={0}
          onCommit={(v) => setOption('noise', v)}
        />
      )}
      {generated && takes('classes') && (
        <NumberField
          label={t('data.classes')}
          path="data.classes"
          value={generated.classes}
          step={1}
          min={2}
          onCommit={(v) => setOption('classes', v)}
        />
      )}
      <NumberField
        label={t('data.validation')}
        path="validation"
        value={validation}
        step={0.05}
        min={0}
        onCommit={(v) => editExperiment((e) => void (e.validation = v))}
      />
      <label className="d-field" htmlFor={normId}>
        <span>{t('data.normalization')}</span>
        <select
          id={normId}
          value={data.normalize}
          onChange={(e) =>
            editExperiment((x) => void (x.data.normalize = e.target.value as Normalization))
          }
        >
          {NORMALIZATIONS.map((n) => (
            <option key={n.name} value={n.name}>
              {t(n.label)}
            </option>
          ))}
        </select>
      </label>
      <div className="d-row">
        <NumberField
          label={t('data.seed')}
          path="seed"
          value={seed}
          step={1}
          min={0}
          onCommit={(v) => editExperiment((e) => void (e.seed = v))}
        />
        <button
          type="button"
          onClick={() =>
            editExperiment((e) => void (e.seed = (e.seed * 1103515245 + 12345) % 2 ** 31))
          }
        >
          {t('data.newSeed')}
        </button>
      </div>
      <CsvLoader />
      {download && <DownloadProgress {...download} />}
      {summary && !download && (
        <p className="d-note">
          {t(summary.task === 'classification' ? 'data.summaryClasses' : 'data.summaryRegression', {
            train: t.plural('common.trainingSamples', summary.trainCount),
            validation: t.plural('common.validationSamples', summary.validationCount),
            inputs: t.plural('common.inputs', summary.features),
            classes: summary.classes,
          })}
        </p>
      )}
    </section>
  );
}

/** A real set's file arriving in the worker (Fashion-MNIST is 6 MB): how much has come. */
function DownloadProgress({ loaded, total }: { loaded: number; total: number }) {
  const t = useT();
  const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
  return (
    <div className="d-load-progress" role="status">
      {/* Without a total (the server did not say), an indeterminate bar. */}
      <progress
        value={total > 0 ? loaded : undefined}
        max={total > 0 ? total : undefined}
        aria-label={t('data.loadingLabel')}
      />
      <span className="d-readout">
        {total > 0
          ? t('data.loadingOf', { loaded: mb(loaded), total: mb(total) })
          : t('data.loading', { loaded: mb(loaded) })}
      </span>
    </div>
  );
}
