import { describe, expect, it } from 'vitest';
import {
  decodeShareLink,
  defaultExperiment,
  encodeShareLink,
  SHARE_LINK_LIMIT,
} from '../../src/spec';

describe('share links', () => {
  it('round-trip an experiment', () => {
    const experiment = defaultExperiment();
    experiment.model.layers[0] = {
      ...experiment.model.layers[0],
      type: 'dense',
      units: 7,
    } as never;
    const link = encodeShareLink(experiment);
    expect(link).toMatch(/^#x=[A-Za-z0-9_-]+$/);
    expect(decodeShareLink(link)).toEqual(experiment);
  });

  it('carry no experiment without the prefix', () => {
    expect(decodeShareLink('')).toBeNull();
    expect(decodeShareLink('#section')).toBeNull();
  });

  it('refuse a damaged, invalid or oversized link with a reason', () => {
    expect(() => decodeShareLink('#x=%%%')).toThrow(/damaged/);
    expect(() => decodeShareLink('#x=' + btoa('{"version": 1,'))).toThrow(/not valid JSON/);
    const tampered = { ...defaultExperiment(), optimizer: { name: 'adam', lr: -1 } };
    const link = '#x=' + btoa(JSON.stringify(tampered));
    expect(() => decodeShareLink(link)).toThrow(/optimizer\.lr/);
    expect(() => decodeShareLink('#x=' + 'A'.repeat(SHARE_LINK_LIMIT + 1))).toThrow(/too long/);
  });
});
