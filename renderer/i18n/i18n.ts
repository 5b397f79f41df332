import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every `locales/<lang>/<namespace>.json`, bundled: the UI works offline. */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

export function localeResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, mod] of Object.entries(files)) {
    const [, lang, ns] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
    (resources[lang!] ??= {})[ns!] = mod.default;
  }
  return resources;
}

const LANGUAGE_KEY = 'checkpoint-station.language';

export async function initI18n(): Promise<typeof i18next> {
  const resources = localeResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng: localStorage.getItem(LANGUAGE_KEY) ?? 'zh-CN',
    fallbackLng: 'zh-CN',
    ns: Object.keys(resources['zh-CN'] ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function setLanguage(lang: Language): void {
  localStorage.setItem(LANGUAGE_KEY, lang);
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}
