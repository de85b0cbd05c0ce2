// The hook components use: `const t = useT(); t('app.tab.race')`. It follows the store's
// language (or the browser's), so switching re-renders every labelled component at once.
import { useMemo } from 'react';
import { useStore } from '../../store/store';
import { LANGUAGES, pickLanguage } from './languages';
import { translator, type Translator } from './translate';

export function useT(): Translator {
  const chosen = useStore((s) => s.language);
  return useMemo(() => {
    const language = pickLanguage(chosen, navigator.languages ?? [navigator.language]);
    return translator(language, LANGUAGES[language].messages);
  }, [chosen]);
}
