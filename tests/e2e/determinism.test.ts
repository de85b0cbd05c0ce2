// The engine's promise: the same experiment and seed give the same numbers, bit for bit, in
// Node and in the browser. The same code (tests/e2e/engine-page/record.ts) runs here and in
// real Chromium, served by Vite as the app is; every step loss, metric, parameter and
// trajectory point must be identical, not merely close.
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDatasetFile } from '../../src/cli/readDatasetFile';
import { launchChromium } from './browser';
import { record } from './engine-page/record';

let server: ViteDevServer;
let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  server = await createServer({ logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  pageUrl = `${server.resolvedUrls!.local[0]}tests/e2e/engine-page/index.html`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Dropout, batch norm, GELU, tanh and Adam on generated data: every source of randomness
// (data, split, init, shuffling, dropout) and the WebAssembly product are exercised.
const SPIRAL = {
  version: 1,
  seed: 11,
  data: { kind: 'spiral', samples: 300, noise: 0.1, classes: 3 },
  validation: 0.2,
  model: {
    layers: [
      { type: 'dense', units: 32, activation: 'gelu', init: 'he_normal' },
      { type: 'batchnorm' },
      { type: 'dropout', rate: 0.3 },
      { type: 'dense', units: 16, activation: 'tanh' },
      { type: 'dense', units: 3, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'adam', lr: 0.01 },
  training: { batchSize: 16, epochs: 3, l2: 0.001 },
};

// A real data set, fetched in the browser and read from disk in Node, with a schedule.
const DIGITS = {
  version: 1,
  seed: 5,
  data: { kind: 'digits', samples: 600 },
  model: {
    layers: [
      { type: 'dense', units: 64, activation: 'relu', init: 'he_uniform' },
      { type: 'dense', units: 10, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'rmsprop', lr: 0.005, momentum: 0.5 },
  training: { batchSize: 32, epochs: 2, schedule: 'cosine' },
};

// A conv net with batch norm per channel and both poolings on Fashion-MNIST's 28 × 28
// images: im2col, the WebAssembly products of all three of its shapes, BatchNorm2d.
const FASHION_CONV = {
  version: 1,
  seed: 8,
  data: { kind: 'fashion_mnist', samples: 600 },
  model: {
    layers: [
      { type: 'conv2d', filters: 6, kernelSize: 5, padding: 2, activation: 'relu' },
      { type: 'batchnorm' },
      { type: 'maxpool2d' },
      { type: 'conv2d', filters: 8, kernelSize: [3, 4], stride: 2, bias: false },
      { type: 'activation', activation: 'elu' },
      { type: 'avgpool2d', size: 2, stride: 1 },
      { type: 'dropout', rate: 0.2 },
      { type: 'dense', units: 10, activation: 'softmax' },
    ],
  },
  optimizer: { name: 'adam', lr: 0.003 },
  training: { batchSize: 32, epochs: 2 },
};

const RASTRIGIN = {
  version: 1,
  kind: 'trajectory',
  surface: 'rastrigin',
  start: [-2.3, 1.7],
  steps: 150,
  optimizers: [{ name: 'nesterov', lr: 0.002 }, { name: 'adadelta' }, { name: 'adamw', lr: 0.05 }],
};

describe('the engine in Chromium and in Node', () => {
  for (const [name, experiment] of [
    ['spiral with dropout and batch norm', SPIRAL],
    ['digits read from public/datasets', DIGITS],
    ['a conv net on Fashion-MNIST with batch norm and pooling', FASHION_CONV],
  ] as const) {
    it(`gives identical numbers: ${name}`, async () => {
      const page = await browser.newPage();
      try {
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(pageUrl);
        await page.waitForFunction(() => 'engineReady' in globalThis, undefined, {
          timeout: 30_000,
        });
        const inBrowser = await page.evaluate(
          ([e, t]) =>
            (
              globalThis as unknown as { record: (e: unknown, t: unknown) => Promise<unknown> }
            ).record(e, t),
          [experiment, RASTRIGIN] as const,
        );
        const inNode = await record(experiment, RASTRIGIN, readDatasetFile);
        expect(errors).toEqual([]);
        expect(inNode.steps.length).toBeGreaterThan(20);
        expect(inBrowser).toEqual(inNode);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
