// The engine's long synchronous loops (a whole set evaluated, a grid of predictions, a large
// convolution) call `pulse()` between chunks. It does nothing unless a host sets it: a worker
// beats its heartbeat there (worker/heartbeat.ts), so that an evaluation lasting seconds on a
// busy machine is not taken for a hung worker. One hook for the whole engine, rather than a
// callback threaded through every evaluation.

let hook: () => void = () => {};

/** Sets what `pulse()` does (the last setter wins; a worker sets it once). */
export function setPulse(fn: () => void): void {
  hook = fn;
}

/** Called between the chunks of long work: cheap, and a no-op in Node and the CLI. */
export function pulse(): void {
  hook();
}
