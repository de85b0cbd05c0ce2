// One stage of the opened step: the sample, a primitive forward or back (its view is the row
// of its kind in views.ts), the loss, or the update of a weight.
import type { GlassTrace } from '../../spec/protocol/glass';
import type { GlassState } from '../../store/glassState';
import { InputStage } from './InputStage';
import { LossStage } from './LossStage';
import type { Stage } from './stages';
import { UpdateStage } from './UpdateStage';
import { STAGE_VIEWS } from './views';

interface Props {
  trace: GlassTrace;
  stage: Stage;
  way: GlassState['way'];
}

export function GlassStage({ trace, stage, way }: Props) {
  if (stage.part === 'input') return <InputStage trace={trace} />;
  if (stage.part === 'loss') return <LossStage trace={trace} />;
  if (stage.part === 'update') return <UpdateStage trace={trace} way={way} />;
  const { kind } = trace.primitives[stage.primitive];
  const View = stage.part === 'forward' ? STAGE_VIEWS[kind].Forward : STAGE_VIEWS[kind].Backward;
  return <View trace={trace} primitive={stage.primitive} way={way} />;
}
