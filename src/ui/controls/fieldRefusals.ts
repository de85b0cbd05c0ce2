// Where a refused edit is said, as hooks: beside the field its path names while that field is
// on screen, else by the panel that claims it (the network panel, any layer's path), else at
// the top of the page (Notices); never two of them (refusalPlace.ts has the rule). A number
// field with a path claims it while mounted. The claims mirror what React has mounted (they
// come and go with effects), so they live here rather than in the experiment's store.
import { useEffect, useSyncExternalStore } from 'react';
import { useStore, type EditError } from '../../store/store';
import { createClaims, whereSaid, type Place } from './refusalPlace';

const claims = createClaims();

/** Where the current refused edit is said; null when there is none. */
export function useRefusalPlace(): Place | null {
  const error = useStore((s) => s.editError);
  const layers = useStore((s) => s.experiment.model.layers.length);
  const place = () => (error === null ? null : whereSaid(error, layers, claims));
  return useSyncExternalStore(claims.subscribe, place, place);
}

/** The refused edit the field at `path` says, claiming it while the field is on screen. */
export function useFieldRefusal(path: string | undefined): EditError | null {
  useEffect(() => (path === undefined ? undefined : claims.field(path)), [path]);
  const error = useStore((s) => s.editError);
  const place = useRefusalPlace();
  return path !== undefined && error?.path === path && place === 'field' ? error : null;
}

/** Claims the refusals at every path under `prefix` while the calling panel is on screen. */
export function useClaimRefusalsUnder(prefix: string): void {
  useEffect(() => claims.under(prefix), [prefix]);
}
