// The exported script's data augmentation (training.augment): engine/augment.ts in plain
// torch ops (no torchvision), drawing from the same two streams in the same order with the
// same float64 formulas, so each minibatch is changed as Descent changes it (to a float32
// rounding step: Python's sin, cos and log are not our own). Keep the two
// in step: the formulas, the order of draws and the order of operations are the engine's.
import { movesPixels } from '../../spec/augment';
import { isImage } from '../../spec/layers';
import type { Experiment } from '../../spec/types';
import { backgroundOf } from '../augment';
import type { PreparedData } from '../prepare';
import { boolLiteral, comment, floatLiteral } from './python';

/** Box–Muller as engine/random.ts draws it, for the class of pythonRng.ts (jitter only). */
export const PYTHON_RNG_NORMAL = `
    spare = None  # the second value of a Box-Muller pair, kept for the next call

    def normal(self):
        """A standard normal by Box-Muller, both values used, as Descent's."""
        if self.spare is not None:
            value, self.spare = self.spare, None
            return value
        u = 0.0
        while u == 0.0:  # log(0) is -inf
            u = self.next()
        v = self.next()
        r = math.sqrt(-2 * math.log(u))
        self.spare = r * math.sin(2 * math.pi * v)
        return r * math.cos(2 * math.pi * v)
`;

/** Whether the script augments: the experiment asks for a transform that changes anything. */
export function augments(experiment: Experiment): boolean {
  const spec = experiment.training.augment;
  return (
    spec !== null && (spec.jitter > 0 || (isImage(experiment.model.inputs) && movesPixels(spec)))
  );
}

/** The constants and the `augment(x, maps_rng, noise_rng)` function; none without augmentation. */
export function augmentLines(experiment: Experiment, data: PreparedData): string[] {
  const spec = experiment.training.augment;
  if (spec === null || !augments(experiment)) return [];
  const inputs = experiment.model.inputs;
  const image = isImage(inputs) && movesPixels(spec) ? inputs : null;
  const lines = [
    ...comment(
      "Descent changes each training minibatch at random (training.augment), after the batch is gathered and before the forward pass; the whole-set metrics below never see it (nor does Descent's validation). The same streams as Descent's, drawn in the same order, with the same float64 formulas (src/engine/augment.ts), so the batches match to a float32 rounding step (Python's sin, cos and log may differ from Descent's own in a double's last bit).",
    ),
  ];
  if (image !== null) {
    const [c, h, w] = image;
    const background = Array.from(backgroundOf(image, data.normalizer), floatLiteral);
    lines.push(
      `C, H, W = ${c}, ${h}, ${w}`,
      `SHIFT = ${spec.shift}  # pixels, each axis uniform in [-SHIFT, SHIFT]`,
      `ROTATE = ${floatLiteral(spec.rotate)}  # degrees, uniform in [-ROTATE, ROTATE]; > 0 turns anticlockwise`,
      `FLIP = ${boolLiteral(spec.flip)}  # a left-right mirror with probability 1/2`,
      `CROP = ${floatLiteral(spec.crop)}  # the smallest share of each side kept, zoomed back to the whole image`,
      `BACKGROUND = [${background.join(', ')}]  # per channel: a raw 0 normalised, what lies outside the image`,
      ...IMAGE_FUNCTIONS,
    );
  }
  if (spec.jitter > 0) {
    lines.push(
      `JITTER = ${floatLiteral(spec.jitter)}  # sigma of Gaussian noise on every (normalised) input`,
      ...JITTER_FUNCTION,
    );
  }
  lines.push(
    '',
    '',
    'def augment(x, maps_rng, noise_rng):',
    '    """A training minibatch as Descent augments it: image maps from Rng.stream(SEED, "augment"),',
    '    then noise from Rng.stream(SEED, "augment-jitter")."""',
    ...(image !== null ? ['    x = warp(x, image_maps(maps_rng, len(x)))'] : []),
    ...(spec.jitter > 0 ? ['    x = jitter(x, noise_rng)'] : []),
    '    return x',
  );
  return lines;
}

const IMAGE_FUNCTIONS = `

def image_maps(rng, n):
    """Each sample's map from an output pixel back to the source point it shows: seven draws
    per sample, always all seven, in Descent's order (crop share, crop x, crop y, angle, dx,
    dy, mirror). Rows of mirror, dx, dy, a = k cos(angle), b = k sin(angle), tx, ty."""
    maps = []
    for _ in range(n):
        k = CROP + (1 - CROP) * rng.next()
        ox = (1 - k) * (W - 1) * (rng.next() - 0.5)
        oy = (1 - k) * (H - 1) * (rng.next() - 0.5)
        degrees = ROTATE * (2 * rng.next() - 1)
        angle = degrees * (math.pi / 180)
        dx = math.floor(rng.next() * (2 * SHIFT + 1)) - SHIFT
        dy = math.floor(rng.next() * (2 * SHIFT + 1)) - SHIFT
        heads = rng.next() < 0.5
        mirror = -1 if FLIP and heads else 1
        a, b = k * math.cos(angle), k * math.sin(angle)
        maps.append([mirror, dx, dy, a, b, (W - 1) / 2 + ox, (H - 1) / 2 + oy])
    return torch.tensor(maps, dtype=torch.float64)


def warp(x, maps):
    """Each image (a row of C*H*W values) seen through its map, read bilinearly between
    pixels, BACKGROUND outside the image. In centred coordinates an output pixel (u, v)
    undoes the mirror (u = -u), the shift (u - dx, v - dy), the rotation and the crop's zoom
    and offset: x = tx + (a*u - b*v), y = ty + (b*u + a*v)."""
    n = x.shape[0]
    mirror, dx, dy, a, b, tx, ty = (maps[:, i].view(n, 1, 1) for i in range(7))
    v = torch.arange(H, dtype=torch.float64).view(1, H, 1) - (H - 1) / 2 - dy
    u = mirror * (torch.arange(W, dtype=torch.float64).view(1, 1, W) - (W - 1) / 2) - dx
    xs = tx + (a * u - b * v)
    ys = ty + (b * u + a * v)
    x0, y0 = torch.floor(xs), torch.floor(ys)
    fx, fy = (xs - x0).view(n, 1, H * W), (ys - y0).view(n, 1, H * W)
    images = x.view(n, C, H * W).double()
    background = torch.tensor(BACKGROUND, dtype=torch.float64).view(1, C, 1)

    def pixel(row, col):
        inside = ((row >= 0) & (row < H) & (col >= 0) & (col < W)).view(n, 1, H * W)
        index = row.clamp(0, H - 1) * W + col.clamp(0, W - 1)
        index = index.long().view(n, 1, H * W).expand(n, C, H * W)
        return torch.where(inside, images.gather(2, index), background)

    p00, p01 = pixel(y0, x0), pixel(y0, x0 + 1)
    p10, p11 = pixel(y0 + 1, x0), pixel(y0 + 1, x0 + 1)
    out = (1 - fy) * ((1 - fx) * p00 + fx * p01) + fy * ((1 - fx) * p10 + fx * p11)
    return out.view(n, C * H * W).float()`.split('\n');

const JITTER_FUNCTION = `

def jitter(x, rng):
    """JITTER times a standard normal added to every input, sample by sample in input order."""
    n, f = x.shape
    z = torch.tensor([rng.normal() for _ in range(n * f)], dtype=torch.float64).view(n, f)
    return (x.double() + JITTER * z).float()`.split('\n');
