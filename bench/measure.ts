// Code that runs inside the page to measure it.

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
