// engine/random.ts's Rng, ported to Python for the exported script: the same sfc32
// generator seeded by splitmix32, the same purpose hashing of Rng.stream (FNV-1a over the
// purpose's characters, then the seed) and the same Fisher–Yates shuffle, with every
// 32-bit operation masked, so Rng.stream(seed, "shuffle") gives the engine's permutations.
// JavaScript's `x | 0` and Math.imul keep the low 32 bits as a signed number; the bits are the
// same as the unsigned ones kept here, and `>>>` is a plain shift of the unsigned value.

export const PYTHON_RNG = `MASK = 0xFFFFFFFF


class Rng:
    """Descent's random generator (src/engine/random.ts): sfc32, seeded by splitmix32."""

    def __init__(self, seed):
        s = seed & MASK
        words = []
        for _ in range(4):
            s = (s + 0x9E3779B9) & MASK
            z = s
            z = ((z ^ (z >> 16)) * 0x85EBCA6B) & MASK
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & MASK
            words.append(z ^ (z >> 16))
        self.a, self.b, self.c, self.d = words
        for _ in range(12):
            self.uint32()

    @staticmethod
    def stream(seed, purpose):
        """An independent stream for one purpose ("shuffle", "init", ...) of one seed."""
        h = 0x811C9DC5 ^ (seed & MASK)
        for ch in purpose:  # purposes are ASCII: ord() is the UTF-16 code unit JS hashes
            h = ((h ^ ord(ch)) * 0x01000193) & MASK
        h = ((h ^ (seed & MASK)) * 0x01000193) & MASK
        return Rng(h)

    def uint32(self):
        a, b, c, d = self.a, self.b, self.c, self.d
        t = (a + b + d) & MASK
        self.d = (d + 1) & MASK
        self.a = b ^ (b >> 9)
        self.b = (c + (c << 3)) & MASK
        c = ((c << 21) | (c >> 11)) & MASK
        self.c = (c + t) & MASK
        return t

    def next(self):
        """Uniform in [0, 1), from 32 random bits."""
        return self.uint32() / 4294967296

    def shuffle(self, items):
        """Fisher-Yates, in place, exactly as Descent's."""
        for i in range(len(items) - 1, 0, -1):
            j = math.floor(self.next() * (i + 1))
            items[i], items[j] = items[j], items[i]
`;
