import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.ts';
import type { Snippet } from './build-docs-model.ts';
import { apiDownloads, type DocsDownload } from './downloads.ts';

/** The page on the project itself: what it is, its packages, how the docs are made. */
export interface ProjectInfo {
  name: string;
  tagline: string;
  /** Paragraphs (Markdown inline syntax: `code` only). */
  about: string[];
  packages: { name: string; summary: string }[];
  vendors: { id: string; name: string; events: number }[];
  /** The OpenAPI 3.1 and AsyncAPI 3.0 documents served beside the pages: of every vendor first, then of each. */
  downloads: DocsDownload[];
  /** Steps, each a sentence and a command. */
  regenerate: { text: string; snippet: Snippet }[];
  /** How the pages themselves are built and served. */
  docsBuild: { text: string; snippet: Snippet }[];
}

/** What the packages declare they run on, and the Node versions CI runs their tests on besides the machine's own. */
function nodeSupport(): string {
  const read = (path: string) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));
  const engines: string = read('packages/schemas/package.json').engines.node;
  const matrix: string[] = read('.ci/node-matrix/versions.json').versions.map((entry: { version: string }) => entry.version);
  return `The packages run on Node \`${engines}\`; CI tests them on Node 20 and on Node ${matrix.join(' and ')}.`;
}

export function projectInfo(vendors: ProjectInfo['vendors']): ProjectInfo {
  const events = vendors.reduce((sum, vendor) => sum + vendor.events, 0);
  return {
    name: 'chat-webhooks',
    tagline: 'The truth about chat-platform webhook payloads, written once.',
    about: [
      `Sendbird, TalkPlus and Nexconn POST webhook events to your server; their docs describe the payloads in prose and half-valid JSON. chat-webhooks keeps one canonical JSON Schema (draft 2020-12) per event in \`schemas/\`, ${events} events of ${vendors.length} vendors, and generates every package below from those schemas only.`,
      'Canonical schemas stay open, because vendors add fields without notice: the lenient validators accept unknown properties. Generated TypeScript types are closed, and `{ strict: true }` rejects unknown properties, which makes it the drift detector for captured deliveries.',
      'Optional (a property missing from `required`) and nullable (`null` allowed) are modelled separately, exactly as each vendor documents them; every field description says why a field is optional or nullable when that depends on a setting or on the event.',
      nodeSupport(),
    ],
    packages: [
      {
        name: '@chat-webhooks/schemas',
        summary:
          '`getSchema(vendor, name)`: the self-contained JSON Schema of every event; `getExamples`, `eventNames(vendor)`, `vendors` (discriminator, signature scheme, retry policy).',
      },
      {
        name: '@chat-webhooks/types',
        summary:
          'Generated TypeScript types: `TalkplusMemberAddedEvent` ..., `<Vendor>EventMap`, `<Vendor>Event`, `<Vendor>EventName`, `Vendor`, `WebhookEventMap`; subpaths `@chat-webhooks/types/<vendor>`.',
      },
      {
        name: '@chat-webhooks/validators',
        summary:
          'Precompiled validators: `validate`, `validateEvent`, `parseWebhook` (never throws on hostile bodies), `isEvent`; readable errors with JSON pointers; `{ strict: true }`; per-vendor and per-event subpaths.',
      },
      { name: '@chat-webhooks/mocks', summary: '`mock(vendor, name, overrides?, { seed? })`: typed, seeded payloads that validate.' },
      {
        name: '@chat-webhooks/verify',
        summary:
          '`sign(vendor, body, secret)` and `verifySignature(vendor, { body, signature, secret })`: constant-time, over the raw bytes.',
      },
      {
        name: '@chat-webhooks/receiver',
        summary: '`createReceiver({ vendor, secret })`: a typed event router with node:http / Express and Fetch adapters.',
      },
      {
        name: '@chat-webhooks/cli',
        summary:
          'The `chat-webhooks` command: `events`, `validate`, `capture`, `drift`, `mock`, `trigger`, `check-endpoint`, `codegen`, `docs`.',
      },
      {
        name: '@chat-webhooks/openapi',
        summary:
          'OpenAPI 3.1 (`webhooks`) and AsyncAPI 3.0 documents of every event, per vendor and combined, for Redoc, Scalar, openapi-typescript, Postman and AsyncAPI Studio: `import { openapi, asyncapi }`, or the raw `openapi.json` files.',
      },
      {
        name: '@chat-webhooks/docs',
        summary: 'This reference, generated from the schemas as Markdown (`markdown/`), and the site built from it (`site/`).',
      },
    ],
    vendors,
    downloads: [apiDownloads('every vendor', undefined), ...vendors.map((vendor) => apiDownloads(vendor.name, vendor.id))].flat(),
    regenerate: [
      {
        text: 'Install, then generate every package from `schemas/` (turbo reruns only what changed):',
        snippet: { language: 'sh', code: 'npm ci\nnpm run generate\n' },
      },
      {
        text: 'After editing a schema, check the conventions first; the report names the file, the JSON pointer and the fix:',
        snippet: { language: 'sh', code: 'npm run check:schemas\nnpm run generate\n' },
      },
      { text: 'Build and run every test, as CI does:', snippet: { language: 'sh', code: 'npm test\n' } },
    ],
    docsBuild: [
      {
        text: 'The pages come from `scripts/generate-docs-package.ts`: one docs model built from the schema catalogue, rendered once, as Markdown; the site is built from that Markdown by VitePress, with hand-written guides beside it. Regenerate and build this package alone:',
        snippet: {
          language: 'sh',
          code: 'npm run generate --workspace=@chat-webhooks/docs\nnpm run build --workspace=@chat-webhooks/docs\n',
        },
      },
      {
        text: 'Serve the built site locally (static files, no CDN, works offline; `PORT` changes the port):',
        snippet: { language: 'sh', code: 'npm run docs:serve\n' },
      },
    ],
  };
}
