// Why a typed value was refused, said beside its field: the rules of spec/refusals.ts in
// words ({field} is the field's name as the page shows it, {got} the refused value). The
// type makes sure every rule validation can give has its words here.
import type { RefusalKey } from '../../../../spec/refusals';

export const refusals = {
  'refusal.number': '{field} must be a finite number; you typed {got}.',
  'refusal.number.positive': '{field} must be a positive number; you typed {got}.',
  'refusal.number.gt': '{field} must be more than {low}; you typed {got}.',
  'refusal.number.ge': '{field} must be at least {low}; you typed {got}.',
  'refusal.number.lt': '{field} must be less than {high}; you typed {got}.',
  'refusal.number.le': '{field} must be at most {high}; you typed {got}.',
  'refusal.number.gtLt': '{field} must be more than {low} and less than {high}; you typed {got}.',
  'refusal.number.gtLe': '{field} must be more than {low} and at most {high}; you typed {got}.',
  'refusal.number.geLt': '{field} must be at least {low} and less than {high}; you typed {got}.',
  'refusal.number.geLe': '{field} must be between {low} and {high}; you typed {got}.',
  'refusal.integer': '{field} must be a whole number of at least {min}; you typed {got}.',
  'refusal.integer.atMost': '{field} can be at most {max}; you typed {got}.',
  // {data} is the data set as its menu names it ("Iris").
  'refusal.integer.dataSize': '{field} can be at most {max}, the size of {data}; you typed {got}.',
  'refusal.integer.classLimit':
    '{field} can be at most {max}, the highest class number; you typed {got}.',
  'refusal.integer.range': '{field} must be a whole number from {min} to {max}; you typed {got}.',
  // Rules between fields: the value may not be the one just typed (samples set to 1 refuses
  // the validation fraction), so they say what it is rather than what was typed.
  'refusal.validation.oneSample':
    '{field} is {got}, but a single sample cannot be split: set it to 0, or use more samples.',
  'refusal.earlyStopping.validation':
    'Early stopping watches the validation loss, so it needs a validation fraction above 0: turn early stopping off first.',
  'refusal.batchSize.batchNorm':
    '{field} is {got}, but batch norm needs at least 2 samples per batch.',
  'refusal.batchSize.activations':
    '{field} {got} is too large for this network: a batch of {rows} samples would hold {values} layer outputs, and the limit is {limit}. Use a smaller batch or narrower layers (layer {layer} holds the most, {held} per sample).',
  'refusal.momentum.nesterov':
    '{field} must be more than 0 with Nesterov on (PyTorch refuses Nesterov without momentum).',
  'refusal.momentum.needed':
    '{field} must be more than 0 for this optimizer; for plain gradient descent, choose SGD.',
  'refusal.augment.imageOnly':
    '{field} moves an image’s pixels, but these inputs are not an image; jitter works on any data.',
  'refusal.augment.flip':
    '{field} mirrors the images, but a mirrored {data} image can show another class (a mirrored digit is not the same digit).',
} satisfies Record<RefusalKey, string>;
