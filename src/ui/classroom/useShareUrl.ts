// The share address for an experiment and a link's classroom parts, for a dialog to show
// while the user chooses: packing a link takes a moment, so it is made after each change and
// shown only while it is still the one for the current choices.
import { useEffect, useState } from 'react';
import { shareUrl } from '../../store/classroom';
import type { Classroom } from '../../store/classroomLink';
import type { Experiment } from '../../spec/types';

interface Made {
  /** What it was made for, compared by identity with what is current. */
  key: unknown[];
  url: string | null;
}

/**
 * The address for `experiment` with `classroom`'s parts: undefined while it is being made
 * (or `wanted` is false: nothing is made), null when the experiment is too large for a link.
 */
export function useShareUrl(
  experiment: Experiment,
  { hidden, present, embed = null }: Classroom,
  wanted = true,
): string | null | undefined {
  const [made, setMade] = useState<Made | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void shareUrl(experiment, { hidden, present, embed }).then((url) => {
      if (live) setMade({ key: [experiment, hidden, present, embed], url });
    });
    return () => {
      live = false;
    };
  }, [wanted, experiment, hidden, present, embed]);
  const key = [experiment, hidden, present, embed];
  const current = wanted && made !== null && made.key.every((x, i) => x === key[i]);
  return current ? made.url : undefined;
}
