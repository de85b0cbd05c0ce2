// English: the reference dictionary. Every other language has exactly these keys, with the
// same {placeholders} (a test checks). Catalog labels (optimizers, data sets, …) need no key
// here: the engine's own English labels are used.
export const en = {
  name: 'English',
  messages: {
    'app.tabs': 'Views',
    'app.tab.playground': 'Playground',
    'app.tab.race': 'Optimizer race',
    'app.tab.compare': 'Compare',
    'app.tab.search': 'Search',
    'app.language': 'Language',
    'common.dismiss': 'Dismiss',
    'common.cancel': 'Cancel',
    'common.reset': 'Reset',
    'common.speed': 'Speed',
    'common.logScale': 'Log scale',
    'common.training': 'Training',
    'common.validation': 'Validation',
  },
};

export type MessageKey = keyof typeof en.messages;
export type Messages = Record<MessageKey, string>;
