// Experiment files as the page writes and opens them: a round trip that changes nothing,
// numbers kept on one line, and every kind of bad file reported without a throw.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultExperiment, parseExperiment } from '../../src/spec';
import { readExperimentFile, writeExperimentFile } from '../../src/spec/experimentFile';
import { contractExample, inlineExample } from './fixtures';

const example = (name: string) => readFileSync(`docs/examples/${name}`, 'utf8');

describe('experiment files', () => {
  it('read back what was written, every field resolved', () => {
    for (const experiment of [defaultExperiment(), parseExperiment(inlineExample())]) {
      const text = writeExperimentFile(experiment);
      expect(readExperimentFile(text)).toEqual({ ok: true, experiment });
      expect(JSON.parse(text)).toEqual(experiment);
      expect(text.endsWith('}\n')).toBe(true);
    }
  });

  it('write each list of numbers on one line, and nothing else', () => {
    const experiment = parseExperiment({
      ...contractExample(),
      model: {
        layers: [{ type: 'dense', units: 3, activation: 'softmax' }],
      },
      params: [
        {
          W: [
            [0.5, -1.25e-7, 3],
            [-0.5, 2, 1e21],
          ],
          b: [0, 0.1, -0.1],
        },
      ],
    });
    const text = writeExperimentFile(experiment);
    expect(text).toContain('"W": [\n');
    expect(text).toContain('[0.5, -1.25e-7, 3]');
    expect(text).toContain('[-0.5, 2, 1e+21]');
    expect(text).toContain('"b": [0, 0.1, -0.1]');
    expect(text).toContain('"data": {\n');
    expect(readExperimentFile(text)).toEqual({ ok: true, experiment });
  });

  it('open the examples that are experiments', () => {
    expect(readExperimentFile(example('spiral.json')).ok).toBe(true);
    expect(readExperimentFile(example('inline-xor.json')).ok).toBe(true);
  });

  it('name a document of another kind, with or without its kind', () => {
    expect(readExperimentFile(example('compare-optimizers.json'))).toEqual({
      ok: false,
      problem: 'kind',
      kind: 'compare',
    });
    expect(readExperimentFile(example('rosenbrock.json'))).toMatchObject({ kind: 'trajectory' });
    const search = JSON.parse(example('search.json'));
    delete search.kind;
    expect(readExperimentFile(JSON.stringify(search))).toMatchObject({ kind: 'search' });
  });

  it('report text that is not JSON, and a field that fails validation by its path', () => {
    const json = readExperimentFile('{"version": 1,');
    expect(json).toMatchObject({ ok: false, problem: 'json' });
    const broken = contractExample();
    broken.model.layers[0].units = -3;
    expect(readExperimentFile(JSON.stringify(broken))).toEqual({
      ok: false,
      problem: 'invalid',
      message: expect.stringMatching(/^model\.layers\[0\]\.units /),
    });
    expect(readExperimentFile('[1, 2]')).toMatchObject({ problem: 'invalid' });
    expect(readExperimentFile('{"version": 1, "kind": "poem"}')).toEqual({
      ok: false,
      problem: 'invalid',
      message: expect.stringMatching(/^kind /),
    });
  });
});
