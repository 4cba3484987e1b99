import type { VendorModel } from '../prepare-schemas.js';

/** One file of generated code, its path relative to the output directory (always `/`-separated). */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

/** How one language is generated: quicktype's settings plus what we add around its output. */
export interface LanguageTarget {
  /** Our name of the language, as `--lang` takes it. */
  readonly id: string;
  readonly displayName: string;
  /** quicktype's name of the language. */
  readonly quicktypeLang: string;
  /** Whether the test suite compiles the output and parses every documented example with it. */
  readonly compiledInTests: boolean;
  /** How the files of one vendor are laid out, in a sentence for the docs. */
  readonly layout: string;
  /** What a user of this language's output loses compared with the canonical schemas. */
  readonly losses: readonly string[];
  /** The file name quicktype gives a single-file output for this vendor. */
  outputFilename(vendor: VendorModel): string;
  rendererOptions(vendor: VendorModel): Readonly<Record<string, string | boolean>>;
  /** Turns quicktype's files for one vendor into the files we ship (header, integer-enum constants, a parse entry point). */
  finish(vendor: VendorModel, rendered: ReadonlyMap<string, string>): GeneratedFile[];
}
