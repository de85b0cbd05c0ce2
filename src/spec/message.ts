// What the app tells the user, as a message key and its values: the store's notices, the
// workers' messages (why a run ended, why a request was refused) and a compare run's name.
// The page words a message in its language from its dictionaries (src/ui/i18n/dictionaries,
// where the keys are); the CLI, which speaks English only, words the few it prints from
// English tables kept in spec (settingLabel.ts). A message from deeper down (validation, the
// engine) is English already and travels as a value, usually {message}.

export interface Message {
  key: string;
  /** The values its {placeholders} take; none for a message without any. */
  vars?: Record<string, string | number>;
}

/** A message's words: `template` with each {name} replaced by its value (unknown ones kept). */
export function format(template: string, vars?: Message['vars']): string {
  if (vars === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
