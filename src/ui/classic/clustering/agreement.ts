// How well k-means' clusters match the classes it never saw: each cluster named by the class
// most of its points have, the share of points whose class is their cluster's name (a
// cluster's purity, over all points). 1 when the clusters are the classes; with k below the
// class count it cannot reach 1, and with k at the count of points it always would.

/** The share of points in their cluster's majority class; null before any assignment. */
export function agreement(
  assignment: Int32Array,
  labels: Int32Array,
  k: number,
  classes: number,
): number | null {
  if (assignment.length === 0 || assignment[0] < 0) return null;
  const counts = new Int32Array(k * classes);
  for (let i = 0; i < assignment.length; i++) counts[assignment[i] * classes + labels[i]]++;
  let agreeing = 0;
  for (let c = 0; c < k; c++) {
    let most = 0;
    for (let l = 0; l < classes; l++) most = Math.max(most, counts[c * classes + l]);
    agreeing += most;
  }
  return agreeing / assignment.length;
}
