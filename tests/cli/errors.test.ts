// Bad input through the CLI: one line on stderr naming the field, a non-zero exit code,
// nothing on stdout.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cli, example, file, ROOT } from './run';

const BASE = {
  version: 1,
  data: { kind: 'circle', samples: 40 },
  model: {
    inputs: 2,
    layers: [
      { type: 'dense', units: 4, activation: 'relu' },
      { type: 'dense', units: 2, activation: 'softmax' },
    ],
    loss: 'cross_entropy',
  },
  optimizer: { name: 'sgd', lr: 0.1 },
  training: { batchSize: 8, epochs: 1 },
};

function expectRefused(args: string[], message: RegExp | string): void {
  const r = cli(args);
  expect(r.status).not.toBe(0);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(message);
}

const CASES: [string, unknown, RegExp | string][] = [
  ['malformed JSON', '{"version": 1, "data": ', /JSON/],
  // V8's message quotes the text around the error, newlines included: still one line.
  ['malformed JSON over several lines', '{\n  "version": 1,\n  "data": x\n}\n', /not valid JSON/],
  [
    'batch norm with batches of one sample',
    {
      ...BASE,
      model: { ...BASE.model, layers: [{ type: 'batchnorm' }, ...BASE.model.layers] },
      training: { batchSize: 1, epochs: 1 },
    },
    'training.batchSize is 1, but batch norm needs at least 2 samples per batch',
  ],
  [
    'a trajectory start where the surface overflows',
    {
      version: 1,
      kind: 'trajectory',
      surface: 'bowl',
      start: [1e200, 0],
      steps: 10,
      optimizers: [{ name: 'sgd' }],
    },
    /start \[1e\+200, 0\] is too far out/,
  ],
  ['an unknown optimizer', { ...BASE, optimizer: { name: 'adamax' } }, /optimizer\.name/],
  [
    'an unknown activation',
    {
      ...BASE,
      model: {
        ...BASE.model,
        layers: [{ type: 'dense', units: 4, activation: 'swish' }, BASE.model.layers[1]],
      },
    },
    /model\.layers\[0\]\.activation/,
  ],
  [
    'a negative layer size',
    {
      ...BASE,
      model: { ...BASE.model, layers: [{ type: 'dense', units: -3 }, BASE.model.layers[1]] },
    },
    'model.layers[0].units must be a positive integer',
  ],
  ['a learning rate of -1', { ...BASE, optimizer: { name: 'sgd', lr: -1 } }, /optimizer\.lr/],
  [
    'a string where a number belongs',
    { ...BASE, optimizer: { name: 'sgd', lr: 'NaN' } },
    /optimizer\.lr/,
  ],
  [
    'an absurd layer',
    {
      ...BASE,
      model: { ...BASE.model, layers: [{ type: 'dense', units: 1000000 }, BASE.model.layers[1]] },
    },
    /model\.layers\[0\]\.units.*4096/,
  ],
  ['too many samples', { ...BASE, data: { kind: 'circle', samples: 10_000_000 } }, /data\.samples/],
  [
    'a batch whose activations would not fit in memory',
    {
      ...BASE,
      data: { kind: 'circle', samples: 100000 },
      model: {
        ...BASE.model,
        layers: [
          ...Array(2).fill({ type: 'dense', units: 1024, activation: 'relu' }),
          BASE.model.layers[1],
        ],
      },
      training: { batchSize: 100000, epochs: 1 },
    },
    /training\.batchSize.*layer outputs; the limit is 16,000,000/,
  ],
  ['a kind that does not match the command', { ...BASE, kind: 'trajectory' }, /kind/],
  [
    'an unknown surface',
    {
      version: 1,
      kind: 'trajectory',
      surface: 'volcano',
      start: [0, 0],
      steps: 10,
      optimizers: [{ name: 'sgd' }],
    },
    /surface/,
  ],
];

describe('cli refuses bad input', () => {
  for (const [what, document, message] of CASES) {
    it(what, () => {
      const command =
        typeof document === 'object' && document !== null && 'surface' in document
          ? 'trajectory'
          : 'train';
      expectRefused([command, file(document)], message);
    });
  }

  it('a missing file', () => expectRefused(['train', '/nonexistent/x.json'], /cannot read/));
  it('an unknown command', () => expectRefused(['fly', example('spiral.json')], /unknown command/));
  it('an unknown option', () =>
    expectRefused(['train', example('spiral.json'), '--fast'], /--fast/));
  it('no file', () => expectRefused(['train'], /FILE/));

  it('a reader that closes the pipe early (| head) is not an error', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node --import tsx src/cli/main.ts train ${example('spiral.json')} --log-steps | head -1`,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});
