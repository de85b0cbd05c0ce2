// The loss beside its menu: what training minimises, with the batch size, the outputs and the
// training settings' L1/L2 penalties bound in.
import type { LossName } from '../../spec/types';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { FormulaFigure } from './FormulaFigure';
import { lossFormula } from './losses';

export function LossFormula({ loss, outputs }: { loss: LossName; outputs: number }) {
  const t = useT();
  const batch = useStore((s) => s.experiment.training.batchSize);
  const l1 = useStore((s) => s.experiment.training.l1);
  const l2 = useStore((s) => s.experiment.training.l2);
  return (
    <FormulaFigure
      caption={t('formulas.loss', { loss: t(`network.loss.${loss}`) })}
      formula={lossFormula(loss, { batch, outputs, l1, l2 })}
    />
  );
}
