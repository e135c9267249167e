import type { Lang } from '@ascc/catalog';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { type Translate, translator } from './translate';

export const LANG_STORAGE_KEY = 'ascc.console.lang';

/** Each language is named in itself, as language pickers do, so a reader can always find their own. */
export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

export function readStoredLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage can be disabled (privacy settings); Vietnamese is the default anyway.
    return 'vi';
  }
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Without storage the choice lasts for this page only, which is still usable.
  }
}

/** dayjs keeps its locale globally; DatePicker month and weekday names follow it. */
function applyLang(lang: Lang): void {
  dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  document.documentElement.lang = lang;
}

interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function LanguageProvider({ children, initialLang }: { children: ReactNode; initialLang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = initialLang ?? readStoredLang();
    applyLang(initial);
    return initial;
  });
  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    applyLang(next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

function useLanguageState(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLang() needs a <LanguageProvider> above it');
  return state;
}

export function useLang(): Lang {
  return useLanguageState().lang;
}

export function useSetLang(): (lang: Lang) => void {
  return useLanguageState().setLang;
}

/** The translate function for the current language; every user-facing label goes through it. */
export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}
