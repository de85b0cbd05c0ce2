// The question the page asks before a pasted link replaces an experiment with unsaved
// changes: "open the link, or keep mine?". The store asks and waits; a dialog
// (ui/links/ReplaceDialog.tsx) shows the question while `linkQuestion` holds its answer, and
// answers it. Leaving the entry the link was pasted into answers it too (pageHistory.ts).
import { useStore } from './store';

/** Asks whether the pasted link may replace the experiment; resolves with the answer. */
export function askToReplace(): Promise<boolean> {
  // A newer link supersedes a question still open: the older link is not opened.
  answerLinkQuestion(false);
  return new Promise((resolve) => {
    useStore.setState({
      linkQuestion: (replace) => {
        useStore.setState({ linkQuestion: null });
        resolve(replace);
      },
    });
  });
}

/** Answers the question on show, if one is (true: open the link). */
export function answerLinkQuestion(replace: boolean): void {
  useStore.getState().linkQuestion?.(replace);
}
