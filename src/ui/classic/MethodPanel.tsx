// One classic method beside the network: its title, settings, picture (2-input data) and
// accuracies, and what it is in a sentence or two: logistic regression as a network with no
// hidden layer and its log-likelihood, an SVM's margin and support vectors, kNN's vote.
import type { ClassicName } from '../../spec/classic';
import type { DataSummary } from '../../spec/protocol/training';
import { editClassifier, probeNeighbours, retryClassic } from '../../store/classic';
import { useStore } from '../../store/store';
import { formatValue } from '../charts/format';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import { useClassNames } from '../i18n/useClassNames';
import { ClassicCanvas } from './ClassicCanvas';
import { KernelTrick } from './KernelTrick';
import { MethodSettings } from './MethodSettings';
import { ProbeFields } from './ProbeFields';
import { accuracyLine, dataSetName, methodTitle, optimizerName, wordMessage } from './words';

export function MethodPanel({ name, data }: { name: ClassicName; data: DataSummary | null }) {
  const t = useT();
  const state = useStore((s) => s.classic.classifiers[name]);
  const experiment = useStore((s) => s.experiment);
  const probe = useStore((s) => (name === 'knn' ? s.classic.probe : null));
  const { fit, fitting, error } = state;
  const title = methodTitle(t, name);
  const headingId = `d-classic-${name}`;
  const accuracies =
    fit === null ? null : accuracyLine(t, fit.trainAccuracy, fit.validationAccuracy);
  const pictured = data !== null && data.features === 2 && data.view !== null;
  return (
    <section className="d-panel d-classic-method" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <MethodSettings settings={state.settings} />
      {pictured && (
        <ClassicCanvas
          data={data}
          overlay={{ fit, probe }}
          probes={name === 'knn'}
          label={[
            t('classic.picture', { method: title, dataset: dataSetName(t, experiment.data.kind) }),
            accuracies,
          ]
            .filter(Boolean)
            .join(': ')}
        />
      )}
      <p className="d-classic-accuracy">{fitting ? t('classic.fitting') : accuracies}</p>
      {error !== null && (
        <div role="alert" className="d-alert d-alert-danger">
          {wordMessage(t, error)}{' '}
          <button type="button" onClick={retryClassic}>
            {t('classic.tryAgain')}
          </button>
        </div>
      )}
      {pictured && name === 'knn' && <ProbeFields view={data.view!} />}
      <MethodNotes name={name} />
    </section>
  );
}

/** What the method is, and what its fit shows beyond the accuracies. */
function MethodNotes({ name }: { name: ClassicName }) {
  const t = useT();
  const { settings, fit } = useStore((s) => s.classic.classifiers[name]);
  const experiment = useStore((s) => s.experiment);
  const probe = useStore((s) => s.classic.probe);
  const classNames = useClassNames(useStore((s) => s.data?.classNames));
  const features = useStore((s) => s.data?.features ?? 2);
  const svm = fit !== null && (name === 'linearSvm' || name === 'rbfSvm');
  // The margin's lines and rings are drawn for two classes on a 2-input picture only.
  const drawn = features === 2 && classNames.length === 2;
  const notes: string[] = [];
  if (settings.name === 'logistic') {
    const classes = classNames.length;
    notes.push(
      t('classic.logistic.note', {
        output:
          outputOf(experiment) === 'sigmoid'
            ? t('classic.logistic.sigmoid')
            : t('classic.logistic.softmax', { classes }),
        optimizer: optimizerName(t, experiment),
        lr: experiment.optimizer.lr,
        // The epochs it trained (early stopping may end it sooner), else those it will.
        epochs: fit?.epochs ?? experiment.training.epochs,
      }),
    );
    if (fit?.logLikelihood != null)
      notes.push(
        t('classic.logistic.likelihood', {
          count: fit.trainCount,
          value: formatValue(fit.logLikelihood),
        }),
      );
  }
  if (settings.name === 'linearSvm')
    notes.push(
      t(drawn ? 'classic.linearSvm.note' : 'classic.linearSvm.noteUndrawn', { C: settings.C }),
    );
  if (settings.name === 'rbfSvm') notes.push(t('classic.rbfSvm.note'));
  const classes = classNames.length;
  if (svm && classes > 2)
    notes.push(t('classic.svm.oneVsOne', { classes, pairs: (classes * (classes - 1)) / 2 }));
  if (svm)
    notes.push(
      t.plural(drawn ? 'classic.svm.support' : 'classic.svm.supportUndrawn', fit.supportCount),
    );
  // γ is a scale of squared distances: on many inputs γ = 1 makes every other point look far
  // (each point its own support vector). scikit-learn's gamma='auto' is 1/inputs.
  const auto = 1 / features;
  const wide = settings.name === 'rbfSvm' && features > 2 && settings.gamma * features >= 4;
  if (svm && !fit.converged) notes.push(t('classic.svm.unconverged'));
  if (settings.name === 'knn') {
    notes.push(t('classic.knn.note', { k: settings.k }));
    if (probe?.neighbours) notes.push(voteLine(t, probe, classNames));
    if (probe?.error) notes.push(wordMessage(t, probe.error));
  }
  return (
    <>
      {notes.map((note) => (
        <p key={note} className="d-note">
          {note}
        </p>
      ))}
      {settings.name === 'knn' && probe !== null && (
        <button type="button" onClick={() => void probeNeighbours(null)}>
          {t('classic.knn.clear')}
        </button>
      )}
      {wide && (
        <p className="d-note">
          {t('classic.rbfSvm.manyInputs', { features, gamma: formatValue(auto) })}{' '}
          <button type="button" onClick={() => editClassifier('rbfSvm', { gamma: auto })}>
            {t('classic.rbfSvm.useAuto', { gamma: formatValue(auto) })}
          </button>
        </p>
      )}
      {settings.name === 'rbfSvm' && <KernelTrick />}
    </>
  );
}

/** How the network squashes its output: one sigmoid unit, or a softmax. */
function outputOf(experiment: { model: { layers: readonly object[] } }): 'sigmoid' | 'softmax' {
  const last = experiment.model.layers.at(-1) as { activation?: string } | undefined;
  return last?.activation === 'sigmoid' ? 'sigmoid' : 'softmax';
}

/** "The 5 nearest to (0.31, −0.2): 4 moon 1, 1 moon 2." */
function voteLine(
  t: Translator,
  probe: NonNullable<ReturnType<typeof useStore.getState>['classic']['probe']>,
  classNames: string[],
): string {
  const counts = new Map<number, number>();
  for (const label of probe.neighbours!.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const votes = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([label, count]) =>
      t('classic.knn.votes', { count, name: classNames[label] ?? String(label) }),
    )
    .join(t('classic.knn.votesJoin'));
  return t('classic.knn.vote', {
    k: probe.neighbours!.labels.length,
    x: formatValue(probe.point[0]),
    y: formatValue(probe.point[1]),
    votes,
  });
}
