import { languageTargets, SUPPORTED_LANGUAGES, type Language } from './languages/index.js';

/** What each language loses compared with the canonical schemas (the README table is written from the same facts). */
export const LANGUAGE_LOSSES: { readonly [L in Language]: readonly string[] } = Object.fromEntries(
  SUPPORTED_LANGUAGES.map((lang) => [lang, languageTargets[lang].losses]),
) as { readonly [L in Language]: readonly string[] };
