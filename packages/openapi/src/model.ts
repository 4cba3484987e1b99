/** A JSON object of the documents; only the fields every reader needs are spelled out, the rest is plain JSON. */
export type JsonObject = { readonly [key: string]: unknown };

export interface DocumentInfo extends JsonObject {
  readonly title: string;
  /** A digest of the schemas and vendor facts described (`schemas-<12 hex>`): it changes exactly when they do. */
  readonly version: string;
  readonly description: string;
}

/** An OpenAPI 3.1 document whose `webhooks` hold one entry per event (its `post` operation). */
export interface OpenApiDocument extends JsonObject {
  readonly openapi: '3.1.0';
  readonly info: DocumentInfo;
  /** Event name (`<vendor>/<event name>` in the combined document) -> path item with the event's `post`. */
  readonly webhooks: { readonly [event: string]: JsonObject };
  readonly components: { readonly schemas: { readonly [title: string]: JsonObject }; readonly [kind: string]: unknown };
}

/** An AsyncAPI 3.0 document: a channel per vendor endpoint, a message per event, `receive` operations. */
export interface AsyncApiDocument extends JsonObject {
  readonly asyncapi: '3.0.0';
  readonly info: DocumentInfo;
  readonly channels: { readonly [vendor: string]: JsonObject };
  readonly operations: { readonly [operationId: string]: JsonObject };
  readonly components: {
    readonly schemas: { readonly [title: string]: JsonObject };
    readonly messages: { readonly [typeName: string]: JsonObject };
    readonly [kind: string]: unknown;
  };
}
