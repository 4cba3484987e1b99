import { GENERATED_BANNER } from '../run-generator.ts';
import { STRICT_PROPERTIES_KEYWORD } from '../strict-properties-keyword.ts';
import { VALIDATOR_KEYWORDS } from '../validator-keywords.ts';
import { isSchemaNode, mapSchema, walkSchema, type SchemaNode } from '../walk-schema.ts';

/** What the interpreter reads: the validators' keywords, and `$defs`, reached through `$ref` (`format` is left out of the data). */
const EXPLAINED: ReadonlySet<string> = new Set([...VALIDATOR_KEYWORDS, '$defs']);

/**
 * A generated module of explainers (`(data, strict, limit?) => errors`), one export per entry of `exports` (export name ->
 * `#` or `#/$defs/<Title>` in `bundle`, a validatorBundle). It ships the bundle the fast path is generated from as
 * JSON text, which the package's one interpreter (packages/validators/src/core/explain.ts) parses when a payload
 * first fails: a few hundred bytes of data per event instead of a second validator's code, and nothing to parse at
 * import.
 */
export function explainModule(label: string, bundle: SchemaNode, exports: Record<string, string>): string {
  const data = explainData(bundle);
  walkSchema(data, (node, pointer) => {
    const unknown = Object.keys(node).find((keyword) => !EXPLAINED.has(keyword));
    if (unknown !== undefined)
      throw new Error(
        `${label}: the explainer cannot read keyword "${unknown}" at ${pointer || '#'}; teach packages/validators/src/core/explain.ts and the fast path, then list it in scripts/lib/validator-keywords.ts`,
      );
  });
  const text = JSON.stringify(data);
  const lines = Object.entries(exports).map(
    ([name, ref]) => `export const ${name}: Explain = /* @__PURE__ */ explainer(bundle, ${JSON.stringify(ref)});`,
  );
  return `${GENERATED_BANNER}// The schema of ${label}, as the explaining interpreter reads it.
import { explainer, type Explain } from '../../core/explain.js';

const bundle = ${JSON.stringify(text)};

${lines.join('\n')}
`;
}

/**
 * The bundle with what the interpreter never reads left out (`format`, an annotation here), and each strict-mode
 * mark that lists exactly the object's own properties written `true`: the common case, in a quarter of the bytes.
 */
function explainData(bundle: SchemaNode): SchemaNode {
  return mapSchema(bundle, (node) => {
    const { format: _format, ...rest } = node;
    const known = rest[STRICT_PROPERTIES_KEYWORD];
    const own = isSchemaNode(rest.properties) ? Object.keys(rest.properties) : [];
    const isOwn = Array.isArray(known) && known.length === own.length && known.every((name, index) => name === own[index]);
    return isOwn ? { ...rest, [STRICT_PROPERTIES_KEYWORD]: true } : rest;
  });
}
