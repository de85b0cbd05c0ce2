// The plane that best fits the training trajectory (Li et al. 2018, §7): the first two
// principal directions of the snapshots' differences from the final weights, θᵢ − θ*.
//
// θ has up to millions of values but there are only a few hundred snapshots, so the PCA
// goes through the n×n Gram matrix G = XXᵀ of the differences X (one row per snapshot)
// instead of the size×size covariance: if u is an eigenvector of the centred Gram
// HGH (H = I − 11ᵀ/n) with eigenvalue λ, then Xᵀ(Hu) is the principal direction of the
// centred rows with the same λ. Centring follows Li et al. (scikit-learn's PCA centres).
import type { Directions } from './directions';
import { symmetricEigen } from './eigen';

/** Dimensions per block when building the Gram matrix: n rows of this fit in cache. */
const CHUNK = 1024;

/**
 * `snapshots` are flattened θᵢ (ParamVector layout, oldest first), `origin` is θ*. The
 * directions are unit vectors (not filter-normalised: the path is drawn in true distances);
 * each is signed so that the first snapshot has a coordinate ≤ 0 (training moves towards +).
 */
export function pcaDirections(
  snapshots: readonly Float32Array[],
  origin: Float32Array,
): Directions {
  const n = snapshots.length,
    size = origin.length;
  if (n < 3) throw new Error('a trajectory needs at least three snapshots for two directions');
  for (const s of snapshots) {
    if (s.length !== size) throw new Error(`a snapshot has ${s.length} values, θ* ${size}`);
  }
  const centred = doubleCentre(differenceGram(snapshots, origin), n);
  let total = 0; // the trace: the sum of all eigenvalues, the total variance
  for (let i = 0; i < n; i++) total += centred[i * n + i];
  if (!(total > 0)) throw new Error('the snapshots do not move: no direction to follow');
  const { values, vectors } = symmetricEigen(centred, n);

  const v1 = combine(snapshots, origin, centredColumn(vectors, n, 0));
  const v2 = combine(snapshots, origin, centredColumn(vectors, n, 1));
  scale(v1, 1 / norm(v1));
  // Eigenvectors are orthogonal already; removing the rounding residue keeps the plane's
  // axes at a right angle even when λ₂ is tiny (a nearly straight trajectory).
  addScaled(v2, v1, -dot(v1, v2));
  const n2 = norm(v2);
  if (!(n2 > 0)) throw new Error('the trajectory is a straight line: no second direction');
  scale(v2, 1 / n2);

  const path = project(snapshots, origin, v1, v2);
  if (path[0] > 0) flip(v1, path, 0);
  if (path[1] > 0) flip(v2, path, 1);
  const explained: [number, number] = [
    Math.max(0, values[0]) / total,
    Math.max(0, values[1]) / total,
  ];
  return { d1: Float32Array.from(v1), d2: Float32Array.from(v2), explained, path };
}

/** G_ij = (θᵢ − θ*)·(θⱼ − θ*). The differences are taken in double, where they are exact. */
function differenceGram(snapshots: readonly Float32Array[], origin: Float32Array): Float64Array {
  const n = snapshots.length,
    size = origin.length;
  const gram = new Float64Array(n * n);
  // Rows padded to an even count with a zero row, for the 2×2 blocks below.
  const rows = n + (n % 2);
  const diff = new Float64Array(rows * CHUNK);
  for (let start = 0; start < size; start += CHUNK) {
    const len = Math.min(CHUNK, size - start);
    for (let i = 0; i < n; i++) {
      const s = snapshots[i];
      for (let k = 0; k < len; k++) diff[i * CHUNK + k] = s[start + k] - origin[start + k];
    }
    // Two rows against two rows: four loads feed four multiply-adds (one row against one
    // would need two loads for each), and the Gram matrix is what the PCA spends its time on.
    for (let i = 0; i < rows; i += 2) {
      for (let j = 0; j <= i; j += 2) {
        let s00 = 0,
          s01 = 0,
          s10 = 0,
          s11 = 0;
        const ri = i * CHUNK,
          rj = j * CHUNK;
        for (let k = 0; k < len; k++) {
          const x0 = diff[ri + k],
            x1 = diff[ri + CHUNK + k],
            y0 = diff[rj + k],
            y1 = diff[rj + CHUNK + k];
          s00 += x0 * y0;
          s01 += x0 * y1;
          s10 += x1 * y0;
          s11 += x1 * y1;
        }
        // Keep the lower triangle (column ≤ row) of real rows only.
        gram[i * n + j] += s00;
        if (j + 1 <= i) gram[i * n + j + 1] += s01;
        if (i + 1 < n) {
          gram[(i + 1) * n + j] += s10;
          gram[(i + 1) * n + j + 1] += s11;
        }
      }
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) gram[j * n + i] = gram[i * n + j];
  return gram;
}

/** HGH: the Gram matrix of the rows after subtracting their mean, without forming them. */
function doubleCentre(gram: Float64Array, n: number): Float64Array {
  const rowMean = new Float64Array(n);
  let grand = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += gram[i * n + j];
    rowMean[i] = sum / n;
    grand += rowMean[i] / n;
  }
  const centred = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      centred[i * n + j] = gram[i * n + j] - rowMean[i] - rowMean[j] + grand;
  return centred;
}

/** H·u for eigenvector column k: the weights of the snapshots in that direction. */
function centredColumn(vectors: Float64Array, n: number, k: number): Float64Array {
  const w = new Float64Array(n);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += vectors[i * n + k] / n;
  for (let i = 0; i < n; i++) w[i] = vectors[i * n + k] - mean;
  return w;
}

/** Σᵢ wᵢ·(θᵢ − θ*), in double. */
function combine(snapshots: readonly Float32Array[], origin: Float32Array, w: Float64Array) {
  const v = new Float64Array(origin.length);
  snapshots.forEach((s, i) => {
    const wi = w[i];
    for (let k = 0; k < v.length; k++) v[k] += wi * (s[k] - origin[k]);
  });
  return v;
}

/** Each snapshot's (a, b) = ((θᵢ − θ*)·d₁, (θᵢ − θ*)·d₂), for unit orthogonal d₁, d₂. */
function project(
  snapshots: readonly Float32Array[],
  origin: Float32Array,
  v1: Float64Array,
  v2: Float64Array,
): Float64Array {
  const path = new Float64Array(2 * snapshots.length);
  snapshots.forEach((s, i) => {
    let a = 0,
      b = 0;
    for (let k = 0; k < origin.length; k++) {
      const d = s[k] - origin[k];
      a += d * v1[k];
      b += d * v2[k];
    }
    path[2 * i] = a;
    path[2 * i + 1] = b;
  });
  return path;
}

function flip(v: Float64Array, path: Float64Array, axis: number): void {
  scale(v, -1);
  for (let i = axis; i < path.length; i += 2) path[i] = -path[i];
}

function dot(x: Float64Array, y: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < x.length; k++) sum += x[k] * y[k];
  return sum;
}

function norm(x: Float64Array): number {
  return Math.sqrt(dot(x, x));
}

function scale(x: Float64Array, factor: number): void {
  for (let k = 0; k < x.length; k++) x[k] *= factor;
}

function addScaled(x: Float64Array, y: Float64Array, factor: number): void {
  for (let k = 0; k < x.length; k++) x[k] += factor * y[k];
}
