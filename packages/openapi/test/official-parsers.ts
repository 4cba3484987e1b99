import { Parser as AsyncApiParser, type Diagnostic } from '@asyncapi/parser';
import { BaseResolver, createConfig, lintDocument, makeDocumentFromString, type NormalizedProblem } from '@redocly/openapi-core';

/**
 * The official parsers, run offline on documents held in memory: nothing they do may reach the network or the
 * disk for a reference. Our documents only point inside themselves (`#/...`); a reference that points elsewhere
 * is recorded here and never read, so a test sees it as a failure instead of a fetch.
 */
export const outsideReads: string[] = [];

/** Redocly's resolver, minus the loading of anything outside the document. */
class InMemoryResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<never> {
    outsideReads.push(absoluteRef);
    throw new Error(`remote and file references are disabled: ${absoluteRef}`);
  }
}

/**
 * Redocly's `recommended` ruleset, as it is but for two settings; the tests accept no error and no warning.
 * - `no-empty-servers` off: `servers` are where an API is served; a webhook-only document has none, because the
 *   endpoint is the reader's own URL (entered in the vendor's dashboard) and the requests come from the vendor.
 * - `no-invalid-media-type-examples` keeps its severity and checks every documented example against its schema,
 *   with `allowAdditionalProperties: true`: our schemas are open by design (vendors add fields without notice), and
 *   the rule's default closes every object, variants included, which rejects the properties a Sendbird message
 *   shares beside its `type` variant. Unknown properties are caught by @chat-webhooks/schemas' strict flavour.
 */
const redoclyConfig = createConfig({
  extends: ['recommended'],
  rules: {
    'no-empty-servers': 'off',
    'no-invalid-media-type-examples': { severity: 'warn', allowAdditionalProperties: true },
  },
});

export async function lintOpenApi(document: unknown, name = 'openapi.json'): Promise<NormalizedProblem[]> {
  const source = JSON.stringify(document, null, 2);
  return lintDocument({
    document: makeDocumentFromString(source, `/in-memory/${name}`),
    config: await redoclyConfig,
    externalRefResolver: new InMemoryResolver(),
  });
}

/** `@asyncapi/parser`'s validation (its JSON Schema of AsyncAPI 3.0 and its Spectral ruleset), every severity reported. */
const asyncApiParser = new AsyncApiParser({
  // The one rule set aside: an `info` that AsyncAPI 3.1 exists. The documents are AsyncAPI 3.0 on purpose, the
  // version today's tools (Studio, the generator, Modelina) read; every other rule of the core and recommended
  // rulesets runs, and no diagnostic of any severity is accepted.
  // `extends: []`: nothing beyond the core and recommended rulesets, which the parser adds itself.
  ruleset: { extends: [], rules: { 'asyncapi-latest-version': 'off' } },
  __unstable: {
    resolver: {
      // Tried before the parser's own file, http and https readers (lower order first); returning a string stops
      // the search, so those readers are never reached. The text is not JSON: a resolution that got here fails.
      resolvers: ['file', 'http', 'https'].map((schema) => ({
        schema,
        order: 0,
        read: (uri: { toString(): string }) => {
          outsideReads.push(uri.toString());
          return 'remote and file references are disabled';
        },
      })),
    },
  },
});

export async function validateAsyncApi(document: unknown): Promise<Diagnostic[]> {
  return asyncApiParser.validate(JSON.stringify(document, null, 2), {
    allowedSeverity: { error: false, warning: false, info: false, hint: false },
  });
}

export function formatRedocly(problems: NormalizedProblem[]): string[] {
  return problems.map((problem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`);
}

export function formatAsyncApi(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(
    (diagnostic) => `severity ${diagnostic.severity} ${String(diagnostic.code)} at /${diagnostic.path.join('/')}: ${diagnostic.message}`,
  );
}
