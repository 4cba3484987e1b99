/**
 * `chat-webhooks codegen` for languages other than TypeScript's own package: types through quicktype-core, one
 * module per vendor, every event its own top-level type. See README.md beside this file.
 */
export { generateTypes, type GenerateTypesOptions } from './generate-types.js';
export { SUPPORTED_LANGUAGES, isSupportedLanguage, languageTargets, type Language } from './languages/index.js';
export type { GeneratedFile, LanguageTarget } from './languages/target.js';
export { LANGUAGE_LOSSES } from './losses.js';
export { buildVendorModel, type VendorModel, type EventModel, type IntegerEnumModel } from './prepare-schemas.js';
export { LocalSchemaStore } from './schema-store.js';
