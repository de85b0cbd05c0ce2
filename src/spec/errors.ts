// The one error the spec layer throws. Its message starts with the field's path in the
// document ("model.layers[1].units must be a positive integer"), so the CLI can print it as
// `error: <message>` and the page can show it beside the field named by `path`. A value the
// page lets the user type (a number, a rule between fields) also carries its `reason` as a
// message key and values (refusals.ts), so the page can say it in its own language; other
// refusals have only the English message.
import type { Refusal } from './refusals';

export class SpecError extends Error {
  /** Where in the document: "data.samples", "model.layers[2].init.std", "" for the whole. */
  readonly path: string;
  /** Why, for the page to word ("refusal.number.positive", got -1); null: the message only. */
  readonly reason: Refusal | null;

  constructor(path: string, message: string, reason: Refusal | null = null) {
    super(message);
    this.name = 'SpecError';
    this.path = path;
    this.reason = reason;
  }
}
