// Where a refused edit is said, once: what is on screen claims the paths it says, and the
// rule below picks one place. Apart from React and the store, so Node tests can read it:
//
//   'field'   the number field whose path it is ("optimizer.lr"), beside the value typed
//   'panel'   a panel that claims every path under a prefix: the network panel says any
//             refusal of a layer ("model.layers[2].kernelSize"), on its row or, when the edit
//             added or removed layers, under its Add buttons
//   'notice'  the top of the page, when nothing on screen claims it
import type { EditError } from '../../store/editError';

export type Place = 'field' | 'panel' | 'notice';

/** What the network panel claims: every path in a layer, not "model.layers" itself. */
export const LAYER_PATHS = 'model.layers[';

/** The paths claimed by what React has mounted, each with how many claim it. */
export interface Claims {
  /** Claims refusals at exactly `path` (a field); returns the release. */
  field(path: string): () => void;
  /** Claims refusals at any path starting with `prefix` (a panel); returns the release. */
  under(prefix: string): () => void;
  hasField(path: string): boolean;
  hasUnder(path: string): boolean;
  /** Calls `listener` whenever a claim comes or goes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export function createClaims(): Claims {
  const fields = new Map<string, number>();
  const prefixes = new Map<string, number>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const claimIn = (claims: Map<string, number>, key: string) => {
    claims.set(key, (claims.get(key) ?? 0) + 1);
    changed();
    return () => {
      const left = (claims.get(key) ?? 1) - 1;
      if (left === 0) claims.delete(key);
      else claims.set(key, left);
      changed();
    };
  };
  return {
    field: (path) => claimIn(fields, path),
    under: (prefix) => claimIn(prefixes, prefix),
    hasField: (path) => fields.has(path),
    hasUnder: (path) => [...prefixes.keys()].some((prefix) => path.startsWith(prefix)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Whether the refused edit added or removed layers (`layers` is how many the page shows):
 * its "model.layers[2]" is then not the row shown third, nor that row's field.
 */
export function isReshaped(error: EditError, layers: number): boolean {
  return error.path.startsWith(LAYER_PATHS) && error.layers !== layers;
}

/** Where `error` is said: its field if on screen, else a panel claiming it, else the notice. */
export function whereSaid(error: EditError, layers: number, claims: Claims): Place {
  if (claims.hasField(error.path) && !isReshaped(error, layers)) return 'field';
  if (claims.hasUnder(error.path)) return 'panel';
  return 'notice';
}
