import { JSONSchemaStore, type JSONSchema } from 'quicktype-core';

/**
 * A JSONSchemaStore that answers from memory only. quicktype's default store fetches any address it
 * meets over the network; this one knows the documents it was given and throws for anything else, so a
 * stray `$ref` fails loudly instead of reaching for the network.
 */
export class LocalSchemaStore extends JSONSchemaStore {
  readonly #documents: ReadonlyMap<string, JSONSchema>;
  /** Addresses asked for and refused, in order (quicktype wraps the error it gets, so callers can say which). */
  readonly refused: string[] = [];

  constructor(documents: ReadonlyMap<string, JSONSchema>) {
    super();
    this.#documents = documents;
  }

  override async fetch(address: string): Promise<JSONSchema | undefined> {
    const document = this.#documents.get(address);
    if (document === undefined) {
      this.refused.push(address);
      throw new Error(
        `chat-webhooks codegen: quicktype asked for "${address}", which is not one of the in-memory schemas (${[...this.#documents.keys()].join(', ')}); nothing is fetched from the network`,
      );
    }
    return document;
  }
}
