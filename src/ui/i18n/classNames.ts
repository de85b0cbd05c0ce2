// Class names as the page shows them. The built-in sets name their classes in English (the
// engine's generators, the real sets' files): the page words each by the key `class.<name>`
// ("class.inner"), and a numbered one ("arm 3") by `class.<word>` with the number as {n}.
// English needs no keys, as the sets' own names are English; a name with no key (a CSV's own
// labels, the digits 0 to 9) is shown as it is. tests/ui/i18n/classNames.test.ts checks that
// every built-in set's names are listed here.
import { format, type Translator } from './translate';

/** The built-in sets' class names, each a dictionary key `class.<name>` in other languages. */
export const CLASS_NAMES: readonly string[] = [
  // circle, xor, gauss, moons (engine/data/generators/toy2d.ts)
  'inner',
  'outer',
  'opposite signs',
  'same signs',
  'lower left',
  'upper right',
  'upper',
  'lower',
  // colors (generators/colors.ts)
  'red',
  'green',
  'blue',
  'yellow',
  'cyan',
  'magenta',
  'white',
  'black',
  'gray',
  'orange',
  'purple',
  'pink',
  'brown',
  // iris, wine, breast_cancer (public/datasets/*.json)
  'setosa',
  'versicolor',
  'virginica',
  'class_0',
  'class_1',
  'class_2',
  'malignant',
  'benign',
  // fashion_mnist (public/datasets/fashion_mnist.bin)
  'T-shirt/top',
  'Trouser',
  'Pullover',
  'Dress',
  'Coat',
  'Sandal',
  'Shirt',
  'Sneaker',
  'Bag',
  'Ankle boot',
];

/** Numbered names (spiral's "arm 3", blobs' "blob 3"): the word → its English, {n} the number. */
export const NUMBERED_CLASS_NAMES: Readonly<Record<string, string>> = {
  arm: 'arm {n}',
  blob: 'blob {n}',
};

/** A class's name in the page's language. */
export function className(t: Translator, name: string): string {
  const numbered = /^(\w+) (\d+)$/.exec(name);
  if (numbered !== null && numbered[1] in NUMBERED_CLASS_NAMES) {
    const [, word, n] = numbered;
    return format(t.label('class', word, NUMBERED_CLASS_NAMES[word]), { n });
  }
  return t.label('class', name, name);
}
