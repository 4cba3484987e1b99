import {
  InputData,
  JSONSchemaInput,
  emptyTypeAttributes,
  quicktypeMultiFile,
  type JSONSchema,
  type JSONSchemaAttributes,
} from 'quicktype-core';
import { LocalSchemaStore } from './schema-store.js';

export interface QuicktypeRun {
  /** quicktype's name of the target language, e.g. `go`, `csharp`. */
  readonly lang: string;
  /** The one in-memory document the top-levels point into. */
  readonly document: JSONSchema;
  /** `$defs` keys of the document that become top-level types, each under its own name. */
  readonly topLevels: readonly string[];
  readonly rendererOptions: Readonly<Record<string, string | boolean>>;
  /** The file name quicktype gives a single-file output. */
  readonly outputFilename: string;
}

/** quicktype-core does not export the type of an attribute producer: it is what JSONSchemaInput takes. */
type JSONSchemaAttributeProducer = NonNullable<ConstructorParameters<typeof JSONSchemaInput>[1]>[number];

/** Address of the in-memory document: a scheme no fetcher knows, so nothing could be downloaded even by mistake. */
const DOCUMENT_ADDRESS = 'chat-webhooks:///schemas.json';

/**
 * quicktype copies the `description` of a property whose schema is a `$ref` (or a nullable `oneOf` of one) onto
 * the referenced type, so `TalkplusChannel` would be documented with every sentence any event wrote about its
 * `channel` property. The property keeps its description (quicktype reads it from the parent's `properties`);
 * only the copy onto the shared type is dropped.
 */
function withoutReferenceDescriptions(producer: JSONSchemaAttributeProducer): JSONSchemaAttributeProducer {
  return (schema, ref, types, unionCases): JSONSchemaAttributes | undefined => {
    const produced = producer(schema, ref, types, unionCases);
    const path = ref.path;
    const parent = path[path.length - 2] as { key?: unknown } | undefined;
    const isProperty = parent !== undefined && parent.key === 'properties';
    const isReference = typeof schema === 'object' && schema !== null && ('$ref' in schema || 'oneOf' in schema);
    if (produced === undefined || !isProperty || !isReference) return produced;
    return { ...produced, forType: emptyTypeAttributes };
  };
}

class EventSchemaInput extends JSONSchemaInput {
  constructor(store: LocalSchemaStore) {
    super(store);
    const producers = (this as unknown as { _attributeProducers?: JSONSchemaAttributeProducer[] })._attributeProducers;
    const index = producers?.findIndex((producer) => producer.name === 'descriptionAttributeProducer') ?? -1;
    if (producers !== undefined && index >= 0) producers[index] = withoutReferenceDescriptions(producers[index]!);
  }
}

/** Runs quicktype over one document with one top-level type per `$defs` entry; returns file name -> text. */
export async function runQuicktype(run: QuicktypeRun): Promise<Map<string, string>> {
  const store = new LocalSchemaStore(new Map([[DOCUMENT_ADDRESS, run.document]]));
  const input = new EventSchemaInput(store);
  let result: Awaited<ReturnType<typeof quicktypeMultiFile>>;
  try {
    for (const name of run.topLevels) {
      await input.addSource({ name, uris: [`${DOCUMENT_ADDRESS}#/$defs/${name}`] });
    }
    const inputData = new InputData();
    inputData.addInput(input);
    result = await quicktypeMultiFile({
      inputData,
      lang: run.lang as never,
      rendererOptions: run.rendererOptions as never,
      outputFilename: run.outputFilename,
      // Every event stays a type of its own even where two events have the same shape.
      fixedTopLevels: true,
    });
  } catch (error) {
    if (store.refused.length === 0) throw error;
    throw new Error(
      `chat-webhooks codegen: the schemas refer to ${store.refused.join(', ')}, which is not an in-memory schema; nothing is fetched from the network (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  const files = new Map<string, string>();
  for (const [name, rendered] of [...result].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    files.set(
      name,
      rendered.lines
        .join('\n')
        .replace(/[ \t]+$/gm, '')
        .replace(/\n*$/, '\n'),
    );
  }
  return files;
}
