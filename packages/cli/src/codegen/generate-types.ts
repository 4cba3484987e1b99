import { vendors as allVendors, type Vendor } from '@chat-webhooks/schemas';
import { isSupportedLanguage, languageTargets, SUPPORTED_LANGUAGES, type Language } from './languages/index.js';
import type { GeneratedFile } from './languages/target.js';
import { buildVendorModel } from './prepare-schemas.js';
import { runQuicktype } from './run-quicktype.js';

export interface GenerateTypesOptions {
  /** The target language, one of `SUPPORTED_LANGUAGES`. */
  readonly lang: Language;
  /** The vendors to generate, in the order given; every vendor when omitted or empty. */
  readonly vendors?: readonly Vendor[] | undefined;
}

/**
 * Types for another language, generated through quicktype-core from the canonical schemas of
 * `@chat-webhooks/schemas`, one module per vendor (see `languageTargets[lang].layout`). Offline: quicktype reads
 * in-memory schemas only. Deterministic: the same schemas give the same files, sorted by path.
 */
export async function generateTypes(options: GenerateTypesOptions): Promise<GeneratedFile[]> {
  const { lang } = options;
  if (!isSupportedLanguage(lang)) {
    throw new TypeError(`chat-webhooks codegen: unsupported language "${String(lang)}"; supported: ${SUPPORTED_LANGUAGES.join(', ')}`);
  }
  const target = languageTargets[lang];
  const selected =
    options.vendors !== undefined && options.vendors.length > 0
      ? [...new Set(options.vendors)]
      : allVendors.map((facts) => facts.id as Vendor);
  const files: GeneratedFile[] = [];
  for (const vendor of selected) {
    const model = buildVendorModel(vendor);
    const rendered = await runQuicktype({
      lang: target.quicktypeLang,
      document: model.document,
      topLevels: model.events.map((event) => event.title),
      rendererOptions: target.rendererOptions(model),
      outputFilename: target.outputFilename(model),
    });
    files.push(...target.finish(model, rendered));
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
