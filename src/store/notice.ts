// What the store tells the user, as a message key with its values: the page words it in its
// language (the keys are in src/ui/i18n/dictionaries). An English message from validation
// travels as a value, `message`. A file of its own so that pure modules (adapt.ts) can
// return one without importing the store.
export interface Notice {
  key: string;
  vars?: Record<string, string | number>;
}
