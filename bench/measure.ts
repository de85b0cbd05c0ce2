// Code that runs inside the page to measure it, and the CPU-bound processes measurements
// are repeated beside (a student's laptop is rarely quiet).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/**
 * Runs in the page for `seconds`: counts animation frames, records the longest gap between
 * two frames and the longest task. The long-task API reports only tasks over 50 ms, so
 * "none" there means every task stayed under the target.
 * Passed as source text: tsx's transform would wrap a function's inner names in a helper
 * that does not exist in the page.
 */
export const MEASURE = `async (seconds) => {
  let longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  let frames = 0;
  let longestFrame = 0;
  let previous = performance.now();
  const end = previous + seconds * 1000;
  await new Promise((resolve) => {
    const tick = (now) => {
      frames++;
      longestFrame = Math.max(longestFrame, now - previous);
      previous = now;
      if (now < end) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  return { frames, longest, longestFrame };
}`;

/** CPU-bound processes run beside the browser: one per core. */
export const BURNERS = availableParallelism();

/**
 * Runs `measure` with BURNERS processes spinning on the CPU beside the browser, after a second
 * for the scheduler to share the cores out, and stops them however it ends.
 */
export async function besideBurners<T>(measure: () => Promise<T>): Promise<T> {
  const processes = Array.from({ length: BURNERS }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return await measure();
  } finally {
    for (const p of processes) p.kill();
  }
}
