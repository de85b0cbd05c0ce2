// The exported script's training loop, as Python lines: minibatches in the engine's order,
// a JSON line per step and per epoch as `cli train --log-steps` prints them, divergence and
// early stopping as the CLI handles them.
import { comment } from './python';

/** PyTorch refuses a training batch of one sample; Descent normalises it (see batchNorm.ts). */
export const BATCHNORM_CLASS = [
  '',
  '',
  'class BatchNorm1d(nn.BatchNorm1d):',
  '    """nn.BatchNorm1d, but a training batch of one sample (which torch refuses and this',
  "    experiment's last batch holds) is handled as Descent does: x_hat is 0, so every output",
  '    is the bias, and the running statistics are left alone."""',
  '',
  '    def forward(self, x):',
  '        if self.training and x.shape[0] == 1:',
  '            return (x - x) * self.weight + self.bias',
  '        return super().forward(x)',
  '',
  '',
];

// `model.eval()` below is PyTorch's evaluation mode (batch norm's running statistics, no
// dropout), not an evaluation of text: the script runs no code it was given, and every
// piece of user text in it is a JSON-escaped literal or a one-line comment (python.ts).
export const MEASURE = [
  'def measure(x, targets, labels):',
  '    """Mean loss (and accuracy) over a whole set in evaluation mode: batch norm uses its',
  '    running statistics and dropout is off, as after each of Descent\'s epochs."""',
  '    model.eval()',
  '    with torch.no_grad():',
  '        out = model(x)',
  '        metrics = {"loss": loss_fn(out, targets).item()}',
  '        if labels is not None:',
  '            metrics["accuracy"] = int((predict(out) == labels).sum()) / len(labels)',
  '    model.train()',
  '    return metrics',
];

export function mainLines(
  hasValidation: boolean,
  classification: boolean,
  has: { penalty: boolean; scheduler: boolean; stopping: boolean; augment: boolean },
): string[] {
  const load = (name: string, part: string) =>
    classification
      ? [
          `    x_${part} = torch.tensor(X_${name}, dtype=torch.float32)`,
          `    labels_${part} = torch.tensor(LABELS_${name})`,
          `    t_${part} = targets_of(labels_${part})`,
        ]
      : [
          `    x_${part} = torch.tensor(X_${name}, dtype=torch.float32)`,
          `    labels_${part} = None  # regression: no accuracy`,
          `    t_${part} = torch.tensor(Y_${name}, dtype=torch.float32)`,
        ];
  const diverged = (indent: string) => [
    `${indent}print(json.dumps({"diverged": True, "step": step, "epoch": epoch}))`,
    `${indent}return`,
  ];
  return [
    'def main():',
    ...load('TRAIN', 'train'),
    ...(hasValidation ? load('VAL', 'val') : []),
    '    order = list(range(len(x_train)))',
    '    shuffler = Rng.stream(SEED, "shuffle")',
    ...(has.augment
      ? [
          '    maps_rng, noise_rng = Rng.stream(SEED, "augment"), Rng.stream(SEED, "augment-jitter")',
        ]
      : []),
    '    step = 0',
    ...(has.stopping ? ['    best, waited = math.inf, 0'] : []),
    '    for epoch in range(1, EPOCHS + 1):',
    '        if SHUFFLE:',
    "            shuffler.shuffle(order)  # in place: each epoch shuffles the last one's order",
    '        model.train()',
    '        for start in range(0, len(order), BATCH_SIZE):',
    '            batch = torch.tensor(order[start : start + BATCH_SIZE])',
    '            step += 1',
    ...(has.augment
      ? [
          '            x_batch = augment(x_train[batch], maps_rng, noise_rng)  # training batches only',
          '            loss = loss_fn(model(x_batch), t_train[batch])',
        ]
      : ['            loss = loss_fn(model(x_train[batch]), t_train[batch])']),
    '            if not math.isfinite(loss.item()):  # Descent stops without applying the step',
    ...diverged('                '),
    '            if LOG_STEPS:',
    '                print(json.dumps({"step": step, "loss": loss.item()}))',
    '            optimizer.zero_grad()',
    `            ${has.penalty ? '(loss + penalty()).backward()' : 'loss.backward()'}`,
    '            optimizer.step()',
    ...(has.scheduler ? ["        scheduler.step()  # the next epoch's rate"] : []),
    '        train = measure(x_train, t_train, labels_train)',
    ...(hasValidation
      ? [
          '        val = measure(x_val, t_val, labels_val)',
          '        if not (math.isfinite(train["loss"]) and math.isfinite(val["loss"])):',
          ...diverged('            '),
          '        record = {"epoch": epoch, **train, "valLoss": val["loss"]}',
          '        if "accuracy" in val:',
          '            record["valAccuracy"] = val["accuracy"]',
        ]
      : [
          '        if not math.isfinite(train["loss"]):',
          ...diverged('            '),
          '        record = {"epoch": epoch, **train}',
        ]),
    ...(has.stopping
      ? [
          ...comment(
            "Early stopping, as Descent's: stop once the validation loss has not improved by more than MIN_DELTA for PATIENCE epochs. (Losses differ from Descent's in the last digits, so a loss right at the threshold may tip the other way.)",
          ).map((l) => `        ${l}`),
          '        if val["loss"] < best - MIN_DELTA:',
          '            best, waited = val["loss"], 0',
          '        else:',
          '            waited += 1',
          '            if waited >= PATIENCE:',
          '                record["earlyStopped"] = True',
        ]
      : []),
    '        print(json.dumps(record))',
    ...(has.stopping ? ['        if record.get("earlyStopped"):', '            return'] : []),
  ];
}
