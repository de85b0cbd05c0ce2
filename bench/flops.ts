// Floating-point operations of one training sample, counted from the workload's layers, so
// that a throughput reads as GFLOP/s: samples/s × flops per sample.
//
// Only the products count, as two flops per multiply-add (the usual convention):
//   dense in → out            forward 2·in·out, backward 2·in·out for dW and as much for dX
//   conv F@kh×kw on C×H×W     forward 2·F·C·kh·kw·H'·W' (H'×W' the output), dW and dX as much
// The first layer with weights computes no dX (nobody needs dLoss/dInput; Descent skips it,
// tfjs and convnetjs may not: we count the work the network needs, not what a library does).
// Biases, activations, pooling, the loss and the optimizer's update are elementwise, a few
// percent of LeNet-5's count, and left out: the figure is a lower bound of the work done.
import type { WorkloadSpec } from './workloads';

export interface Flops {
  forward: number;
  backward: number;
}

export function flopsPerSample(w: WorkloadSpec): Flops {
  let [channels, height, width] = w.image ?? [w.inputs, 1, 1];
  let forward = 0,
    backward = 0,
    first = true;
  /** One product of `macs` multiply-adds per sample: forward, dW, and dX past the first. */
  const product = (macs: number) => {
    forward += 2 * macs;
    backward += 2 * macs * (first ? 1 : 2);
    first = false;
  };
  const dense = (units: number) => {
    product(channels * height * width * units);
    [channels, height, width] = [units, 1, 1];
  };
  for (const layer of w.layers) {
    if (layer.type === 'dense') dense(layer.units);
    else if (layer.type === 'conv2d') {
      const out = (side: number) => side + 2 * layer.padding - layer.size + 1; // stride 1
      [height, width] = [out(height), out(width)];
      product(layer.filters * channels * layer.size ** 2 * height * width);
      channels = layer.filters;
    } else {
      height = Math.floor(height / layer.size);
      width = Math.floor(width / layer.size);
    }
  }
  dense(w.outputs);
  return { forward, backward };
}
