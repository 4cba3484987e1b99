import { csharp } from './csharp.js';
import { go } from './go.js';
import { java } from './java.js';
import { kotlin } from './kotlin.js';
import { python } from './python.js';
import { rust } from './rust.js';
import { swift } from './swift.js';
import type { LanguageTarget } from './target.js';
import { typescript } from './typescript.js';

/** The languages `chat-webhooks codegen --lang` accepts, in the order the docs list them. */
export const SUPPORTED_LANGUAGES = ['typescript', 'go', 'python', 'rust', 'kotlin', 'swift', 'csharp', 'java'] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const languageTargets: { readonly [L in Language]: LanguageTarget } = { typescript, go, python, rust, kotlin, swift, csharp, java };

export function isSupportedLanguage(lang: string): lang is Language {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang);
}
