// The end of the search form: what is wrong with it as it stands (the Search button's own
// check, made at every change: a bad value is named, with its field, as soon as it is
// entered, rather than on pressing Search; a limit its field already says is not said
// twice), why the last search or test failed, and the buttons. Search waits until the form
// is valid, and is off while a search runs: starting another takes Cancel first, where a
// second click once restarted the search and lost the trials done.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { cancelSearch, runSearch } from '../../store/search';
import { isRunning, searchProblem } from '../../store/searchState';
import { useStore } from '../../store/store';
import { StartCancel } from '../controls/StartCancel';
import { useT } from '../i18n/useT';
import { fieldLabel } from './searchFields';
import { overLimits } from './searchLimits';

export function SearchStart() {
  const t = useT();
  const { choices, experiment, error, running } = useStore(
    useShallow((s) => ({
      choices: s.search.choices,
      experiment: s.experiment,
      error: s.search.error,
      running: isRunning(s.search),
    })),
  );
  const { problem, saidAtField } = useMemo(() => {
    const over = overLimits(choices);
    const p = searchProblem(choices, experiment);
    return { problem: p !== null && over.has(p.path) ? null : p, saidAtField: over.size > 0 };
  }, [choices, experiment]);
  const field = problem === null ? null : fieldLabel(t, problem.path);
  return (
    <>
      {problem !== null && (
        <div role="alert" className="d-alert d-alert-danger">
          {field !== null && <strong>{t('search.checkField', { field })} </strong>}
          {problem.message}
        </div>
      )}
      <StartCancel
        error={error}
        startLabel={t('search.search')}
        onStart={runSearch}
        onCancel={cancelSearch}
        running={running}
        startDisabled={problem !== null || saidAtField || running}
      />
      {running && <p className="d-note">{t('search.running')}</p>}
    </>
  );
}
