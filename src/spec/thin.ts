// Thinning a long series to what a chart can show: the worker thins the step losses of each
// snapshot, the page thins the curves it draws. Here, so that both use the one rule.

/**
 * At most `limit` entries of `items`, evenly spaced, always keeping the first and the last:
 * a long series keeps its shape and its ends. Returns `items` itself when it already fits.
 */
export function thin<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  if (limit < 2) return items.slice(-limit);
  const stride = (items.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => items[Math.round(i * stride)]);
}
