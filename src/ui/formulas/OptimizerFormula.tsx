// The chosen optimizer's update rule under its controls, with the panel's values in it: it
// follows every edit (a learning rate typed, weight decay switched on) as the run does.
import { optimizerEntry } from '../../spec/catalog/optimizers';
import { SCHEDULE_CATALOG } from '../../spec/catalog/schedules';
import { useStore } from '../../store/store';
import { useT } from '../i18n/useT';
import { FormulaFigure } from './FormulaFigure';
import { optimizerFormula } from './optimizers';

export function OptimizerFormula() {
  const t = useT();
  const optimizer = useStore((s) => s.experiment.optimizer);
  const schedule = useStore((s) => s.experiment.training.schedule.name);
  const rule = optimizerFormula(optimizer);
  const name = t.label('optimizer', optimizer.name, optimizerEntry(optimizer.name).label);
  // With a schedule, lr is where it starts: say so rather than show a number that drifts.
  const scheduled =
    schedule === 'constant'
      ? []
      : [
          {
            key: 'formulas.note.schedule' as const,
            vars: { schedule: t.label('schedule', schedule, SCHEDULE_CATALOG[schedule].label) },
          },
        ];
  return (
    <FormulaFigure
      caption={t('formulas.optimizer', { optimizer: name })}
      lead={t('formulas.optimizer.lead')}
      formula={{ ...rule, notes: [...rule.notes, ...scheduled] }}
    />
  );
}
