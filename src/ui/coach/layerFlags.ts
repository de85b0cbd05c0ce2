// Which layers the coach flagged, for the diagram and the histograms to mark: per document
// layer (from 0), the tags of what was found there.
import { useMemo } from 'react';
import type { Diagnosis } from '../../spec/protocol/diagnosis';
import { useStore } from '../../store/store';
import type { Translator } from '../i18n/translate';
import { tagOf } from './words';

export type LayerFlags = ReadonlyMap<number, readonly Diagnosis[]>;

export function layerFlags(found: readonly Diagnosis[]): LayerFlags {
  const flags = new Map<number, Diagnosis[]>();
  for (const d of found) {
    if (d.layer === null) continue;
    const list = flags.get(d.layer) ?? [];
    if (!list.some((f) => f.name === d.name)) list.push(d);
    flags.set(d.layer, list);
  }
  return flags;
}

export function useLayerFlags(): LayerFlags {
  const found = useStore((s) => s.diagnoses);
  return useMemo(() => layerFlags(found), [found]);
}

/** "dead units, saturated": what was found in these layers, each once, or null for none. */
export function flagText(
  t: Translator,
  flags: LayerFlags,
  layers: readonly (number | null)[],
): string | null {
  const found = layers.flatMap((i) => (i === null ? [] : (flags.get(i) ?? [])));
  const tags = [...new Set(found.map((d) => tagOf(t, d)))];
  return tags.length > 0 ? tags.join(t('common.listSeparator')) : null;
}
