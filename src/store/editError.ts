// Why an edit was refused, as the store holds it: a plain type of its own, so that what
// words it (ui/controls/experimentFields.ts, tested in Node) needs none of the page's store.
import type { Refusal } from '../spec/refusals';

/**
 * Why an edit was refused: validation's English message, where in the document, the rule
 * for the page to word in its language when it is a number's (spec/refusals.ts), and how many
 * layers the refused network had (a refusal about a layer added or removed cannot be shown
 * on the rows of the network that stays).
 */
export interface EditError {
  message: string;
  path: string;
  reason: Refusal | null;
  layers: number;
}
