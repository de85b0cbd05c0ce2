// A selection of the store that a component sees at most every `intervalMs`: for views that
// are costly to redraw (the histograms, the confusion matrix and the diagram are many nodes
// each; the search's table and scatter hold thousands of trials) and gain nothing
// from updating faster than the eye follows a curve. The latest value always arrives, as a
// transition: React may render it in slices between frames rather than in one long task.
import { startTransition, useEffect, useState } from 'react';
import { useStore, type State } from './store';

/**
 * @param phaseMs a wait after each change before it is shown: views that change together
 *   (an epoch's end moves every training chart) get different phases, so that their redraws
 *   fall in different frames instead of adding up to one long task
 */
export function useSampled<T>(select: (state: State) => T, intervalMs: number, phaseMs = 0): T {
  const [value, setValue] = useState(() => select(useStore.getState()));
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = () => {
      timer = null;
      last = performance.now();
      const value = select(useStore.getState());
      startTransition(() => setValue(() => value));
    };
    // Whatever changed before this effect ran (the first snapshots) is shown at once.
    publish();
    const unsubscribe = useStore.subscribe((state, previous) => {
      if (select(state) === select(previous) || timer !== null) return;
      const wait = Math.max(phaseMs, intervalMs - (performance.now() - last));
      if (wait <= 0) publish();
      else timer = setTimeout(publish, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [select, intervalMs, phaseMs]);
  return value;
}
