// The workers' scheduler: run a function after a delay, or (delay 0) as soon as the
// messages already queued have been handled, so a pause or cancel that arrived meanwhile
// is seen first. setTimeout(0) would do, but browsers clamp it to 4 ms once nested, which
// would cost a training loop a quarter of its time; a message to ourselves is not clamped.
export function createDefer(): (fn: () => void, delayMs: number) => void {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn, delayMs) => {
    if (delayMs > 0) {
      setTimeout(fn, delayMs);
      return;
    }
    queue.push(fn);
    channel.port2.postMessage(null);
  };
}
