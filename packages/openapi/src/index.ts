// The documents of every vendor at once. One vendor's: `@chat-webhooks/openapi/<vendor>`; the raw files:
// `@chat-webhooks/openapi/openapi.json`, `@chat-webhooks/openapi/<vendor>.asyncapi.json` ...
export { asyncapi, openapi } from './generated/all.js';
export type { AsyncApiDocument, DocumentInfo, JsonObject, OpenApiDocument } from './model.js';
