// A refused edit is said in one place: beside the number field whose path it is, else by
// the panel that claims its path (the network panel, any layer's), else at the top of the
// page; never two of them.
import { describe, expect, it } from 'vitest';
import type { EditError } from '../../../src/store/editError';
import {
  createClaims,
  isReshaped,
  LAYER_PATHS,
  whereSaid,
} from '../../../src/ui/controls/refusalPlace';

/** A refusal at `path` of an edit whose network had `layers` layers. */
const refusal = (path: string, layers = 4): EditError => ({
  message: `${path} is wrong`,
  path,
  reason: null,
  layers,
});

describe('whereSaid', () => {
  it('says a refusal at its field while the field is on screen, else at the top', () => {
    const claims = createClaims();
    const lr = refusal('optimizer.lr');
    expect(whereSaid(lr, 4, claims)).toBe('notice');
    const release = claims.field('optimizer.lr');
    expect(whereSaid(lr, 4, claims)).toBe('field');
    // Another field on screen is not this one.
    expect(whereSaid(refusal('optimizer.momentum'), 4, claims)).toBe('notice');
    release();
    expect(whereSaid(lr, 4, claims)).toBe('notice');
  });

  it('counts the fields that claim a path: one leaving keeps the other', () => {
    const claims = createClaims();
    const releases = [claims.field('seed'), claims.field('seed')];
    releases[0]();
    expect(whereSaid(refusal('seed'), 4, claims)).toBe('field');
    releases[1]();
    expect(whereSaid(refusal('seed'), 4, claims)).toBe('notice');
  });

  it("says a layer's refusal that no field claims in the network panel only", () => {
    const claims = createClaims();
    // The output layer's units have no field; a kernel's size is typed side by side
    // ("kernelSize[0]") but refused whole ("kernelSize").
    const units = refusal('model.layers[3].units');
    const kernel = refusal('model.layers[0].kernelSize');
    claims.field('model.layers[0].kernelSize[0]');
    expect(whereSaid(units, 4, claims)).toBe('notice'); // no network panel on screen
    const release = claims.under(LAYER_PATHS);
    expect(whereSaid(units, 4, claims)).toBe('panel');
    expect(whereSaid(kernel, 4, claims)).toBe('panel');
    // The panel says nothing of the layer list as a whole, nor of other blocks.
    expect(whereSaid(refusal('model.layers'), 4, claims)).toBe('notice');
    expect(whereSaid(refusal('model.loss'), 4, claims)).toBe('notice');
    release();
    expect(whereSaid(units, 4, claims)).toBe('notice');
  });

  it("leaves a layer's field its own refusal, unless the edit added or removed layers", () => {
    const claims = createClaims();
    claims.under(LAYER_PATHS);
    claims.field('model.layers[1].units');
    expect(whereSaid(refusal('model.layers[1].units', 4), 4, claims)).toBe('field');
    // Adding a fifth layer was refused: its "model.layers[1]" is not the row shown second.
    const added = refusal('model.layers[1].units', 5);
    expect(isReshaped(added, 4)).toBe(true);
    expect(whereSaid(added, 4, claims)).toBe('panel');
  });

  it('tells whoever listens when a claim comes or goes', () => {
    const claims = createClaims();
    let calls = 0;
    const stop = claims.subscribe(() => calls++);
    claims.field('seed')();
    claims.under(LAYER_PATHS)();
    expect(calls).toBe(4);
    stop();
    claims.field('seed');
    expect(calls).toBe(4);
  });
});
