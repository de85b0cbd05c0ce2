// A seeded random generator, passed explicitly to everything that draws (data, init,
// shuffling, dropout). Never Math.random: the same experiment and seed must give the same
// numbers, bit for bit, in Node and in the browser, so only integer arithmetic and
// IEEE-exact operations are used to turn bits into numbers.
import { cos, exp, log, sin } from './math';

/** sfc32: a small, fast, well-tested 128-bit-state generator (PractRand-clean). */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** The second value of a Box–Muller pair. A number and a flag rather than number | null:
   *  a field that may hold null boxes every double stored in it, which halved normal()'s
   *  speed (jitter draws one per input of every training batch). */
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    // Expand one 32-bit seed into four state words with splitmix32, then warm up.
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent stream for one purpose ('init', 'shuffle', …), so that changing how
   *  one part draws (say, turning shuffling off) leaves every other part's numbers alone. */
  static stream(seed: number, purpose: string): Rng {
    let h = 0x811c9dc5 ^ (seed >>> 0);
    for (let i = 0; i < purpose.length; i++) h = Math.imul(h ^ purpose.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ (seed >>> 0), 0x01000193);
    return new Rng(h >>> 0);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1), with 32 random bits. */
  next(): number {
    return this.uint32() / 4294967296;
  }

  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /** exp of a uniform draw in [log low, log high): every decade as likely as every other. */
  logUniform(low: number, high: number): number {
    return exp(this.uniform(log(low), log(high)));
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Standard normal by Box–Muller (both values used). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    let u = 0;
    while (u === 0) u = this.next(); // log(0) is -Infinity
    const v = this.next();
    const r = Math.sqrt(-2 * log(u));
    this.spare = r * sin(2 * Math.PI * v);
    this.hasSpare = true;
    return r * cos(2 * Math.PI * v);
  }

  /** Fisher–Yates shuffle in place. */
  shuffle(a: Int32Array | number[]): void {
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
