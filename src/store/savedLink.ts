// What the page last loaded or saved as a link: the experiment it opened with, the last link
// or lesson experiment it opened, the last link copied. An experiment that differs from it
// holds changes that the user has not shared, and the page asks before a pasted link
// replaces them.
import type { Experiment } from '../spec/types';

/** The experiment last loaded or saved as a link, as JSON (compared by value). */
let savedAs: string | null = null;

export function markSaved(experiment: Experiment): void {
  savedAs = JSON.stringify(experiment);
}

export function hasUnsavedChanges(experiment: Experiment): boolean {
  return JSON.stringify(experiment) !== savedAs;
}

/**
 * Copies a link to `experiment` (or the code that embeds one) for the user to share: the
 * clipboard when the browser allows it, else false (the caller then shows it selected, for
 * Ctrl+C). Either way the experiment now counts as saved: a link pasted later replaces it
 * without asking.
 */
export async function shareLink(text: string, experiment: Experiment): Promise<boolean> {
  markSaved(experiment);
  try {
    if (navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no permission, or the page lost the focus
  }
}
