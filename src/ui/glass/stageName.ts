// A stage's name, as the navigation shows it and a screen reader announces it.
import { useCallback } from 'react';
import type { GlassTrace } from '../../spec/protocol/glass';
import { ACTIVATION_CHOICES } from '../../store/catalog';
import type { Translator } from '../i18n/translate';
import { useT } from '../i18n/useT';
import type { Stage } from './stages';

export function useStageName(trace: GlassTrace): (stage: Stage) => string {
  const t = useT();
  return useCallback((stage: Stage) => stageName(t, trace, stage), [t, trace]);
}

function stageName(t: Translator, trace: GlassTrace, stage: Stage): string {
  if (stage.part === 'input') return t('glass.stage.input');
  if (stage.part === 'loss') return t('glass.stage.loss');
  if (stage.part === 'update') return t('glass.stage.update');
  const p = trace.primitives[stage.primitive];
  const what = primitiveName(t, p.kind, p.activation);
  const vars = { n: p.layer + 1, what };
  return t(stage.part === 'forward' ? 'glass.stage.forward' : 'glass.stage.backward', vars);
}

/** "dense", "ReLU", "batch norm", … in the page's language. */
export function primitiveName(t: Translator, kind: string, activation: string | null): string {
  if (activation !== null) {
    const choice = ACTIVATION_CHOICES.find((c) => c.name === activation);
    return t.label('activation', activation, choice?.label ?? activation);
  }
  return t(`glass.kind.${kind}` as Parameters<Translator>[0]);
}
