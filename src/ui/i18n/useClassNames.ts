// The data's class names in the page's language (classNames.ts), for the legends, tables
// and captions that show them.
import { useMemo } from 'react';
import { className } from './classNames';
import { useT } from './useT';

export function useClassNames(names: readonly string[] | undefined): string[] {
  const t = useT();
  return useMemo(() => (names ?? []).map((name) => className(t, name)), [names, t]);
}
