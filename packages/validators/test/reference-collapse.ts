import type { RawError } from '../src/core/types.js';

/**
 * How ajv's errors of a `oneOf` (our nullable references) are reported: by the errors of the branch the value's
 * type selected, or, when no branch has its type, as one `type` error naming them all. Written plainly (for every
 * oneOf error it filters the whole list: quadratic, fine for a test), as the oracle that the explainer's own
 * collapse, done as each `oneOf` ends (src/core/explain.ts), must agree with on ajv's errors.
 */
export function referenceCollapseOneOf(errors: readonly RawError[]): RawError[] {
  let result = [...errors];
  for (const oneOf of errors.filter((error) => error.keyword === 'oneOf')) {
    const at = oneOf.instancePath;
    const inside = (error: RawError) => error !== oneOf && (error.instancePath === at || error.instancePath.startsWith(`${at}/`));
    const branchErrors = result.filter(inside);
    const wrongType = (error: RawError) => error.keyword === 'type' && error.instancePath === at;
    const selected = branchErrors.filter((error) => !wrongType(error));
    const replacement: RawError[] =
      selected.length > 0
        ? selected
        : [{ instancePath: at, keyword: 'type', params: { type: branchErrors.map((error) => String(error.params.type)).join(',') } }];
    const first = result.findIndex(inside);
    result = result.filter((error) => error !== oneOf && !inside(error));
    result.splice(first === -1 ? result.length : first, 0, ...replacement);
  }
  return result;
}
