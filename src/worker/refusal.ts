// An error the page words in its own language: thrown and caught inside the worker (a
// landscape that cannot be built, say), then sent on as the message it carries.
import type { Message } from '../spec/message';

export class Refusal extends Error {
  constructor(
    readonly said: Message,
    options?: ErrorOptions,
  ) {
    super(said.key, options);
    this.name = 'Refusal';
  }
}

/** What to tell the page about `e`: a refusal's own message, else `key` around e's text. */
export function messageOf(e: unknown, key: string): Message {
  if (e instanceof Refusal) return e.said;
  return { key, vars: { message: e instanceof Error ? e.message : String(e) } };
}
