// The glass box's view of each primitive kind, forward and back: one row per layer type
// (a dense layer's activation is a primitive of kind 'activation'). A new layer type adds its
// row here, or the compiler asks for it.
import type { ComponentType } from 'react';
import type { GlassTrace } from '../../spec/protocol/glass';
import type { LayerType } from '../../spec/types';
import type { GlassState } from '../../store/glassState';
import { ActivationBackward, ActivationForward } from './activation';
import { BatchNormBackward, BatchNormForward } from './batchNorm';
import { ConvBackward, ConvForward } from './conv';
import { DenseBackward, DenseForward } from './dense';
import { DropoutBackward, DropoutForward } from './dropout';
import { FlattenBackward, FlattenForward } from './flatten';
import { PoolBackward, PoolForward } from './pool';

export interface StageProps {
  trace: GlassTrace;
  primitive: number;
  way: GlassState['way'];
}

export const STAGE_VIEWS: Record<
  LayerType,
  { Forward: ComponentType<StageProps>; Backward: ComponentType<StageProps> }
> = {
  dense: { Forward: DenseForward, Backward: DenseBackward },
  activation: { Forward: ActivationForward, Backward: ActivationBackward },
  batchnorm: { Forward: BatchNormForward, Backward: BatchNormBackward },
  dropout: { Forward: DropoutForward, Backward: DropoutBackward },
  // Images: feature maps with the followed output cell's receptive field (or window) on them.
  conv2d: { Forward: ConvForward, Backward: ConvBackward },
  maxpool2d: { Forward: PoolForward, Backward: PoolBackward },
  avgpool2d: { Forward: PoolForward, Backward: PoolBackward },
  flatten: { Forward: FlattenForward, Backward: FlattenBackward },
};
