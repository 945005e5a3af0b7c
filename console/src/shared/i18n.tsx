import { createContext, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { messages } from './messages';
import type { Language, MessageKey } from './messages';

interface LanguageContext {
  language: Language;
  setLanguage(language: Language): void;
  /** The message in the chosen language, `{name}` placeholders filled from `values`. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
}

const Context = createContext<LanguageContext | null>(null);
const STORED = 'xinfang.language';

/** Chinese by default; English for partners and visitors, remembered in this browser. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, choose] = useState<Language>(() => (localStorage.getItem(STORED) === 'en' ? 'en' : 'zh'));
  const value = useMemo<LanguageContext>(() => ({
    language,
    setLanguage(next) {
      localStorage.setItem(STORED, next);
      choose(next);
    },
    t(key, values = {}) {
      return messages[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
    },
  }), [language]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLanguage(): LanguageContext {
  const context = useContext(Context);
  if (!context) throw new Error('useLanguage outside LanguageProvider');
  return context;
}
