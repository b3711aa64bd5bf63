import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import nlStart from '../locales/nl/start.json';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'samenkaart.taal';
const NS = 'translation';

// The texts come in two parts per language: what the page around the journeys says (with the
// page) and the journeys' own texts (with the first journey, as their code is). English is
// fetched the first time someone asks for it.

const PARTS = {
  nl: {
    start: () => Promise.resolve(nlStart),
    journeys: () => import('../locales/nl/journeys.json').then((m) => m.default),
  },
  en: {
    start: () => import('../locales/en/start.json').then((m) => m.default),
    journeys: () => import('../locales/en/journeys.json').then((m) => m.default),
  },
} as const;
type Part = keyof (typeof PARTS)['nl'];

const loaded = new Map<string, Promise<void>>();
const wanted = new Set<Part>(['start']);
/** The language on screen or on its way there. */
let target: Language = 'nl';

function loadPart(language: Language, part: Part): Promise<void> {
  const key = `${language}/${part}`;
  let done = loaded.get(key);
  if (!done) {
    done = PARTS[language][part]().then((texts) => {
      i18n.addResourceBundle(language, NS, texts, true, true);
    });
    // A failed fetch (offline) may be tried again.
    done.catch(() => loaded.delete(key));
    loaded.set(key, done);
  }
  return done;
}

/** Loads the journeys' texts in Dutch (the fallback) and the language on screen. */
export function loadJourneyTexts(): Promise<void> {
  wanted.add('journeys');
  return Promise.all([loadPart('nl', 'journeys'), loadPart(target, 'journeys')]).then(
    () => undefined,
  );
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export async function setLanguage(language: Language) {
  target = language;
  await Promise.all([...wanted].map((part) => loadPart(language, part)));
  if (target !== language) return; // chosen again meanwhile
  await i18n.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

loaded.set('nl/start', Promise.resolve());
void i18n.use(initReactI18next).init({
  resources: { nl: { [NS]: nlStart } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});
if (typeof window !== 'undefined' && storedLanguage() === 'en') void setLanguage('en');

export default i18n;
