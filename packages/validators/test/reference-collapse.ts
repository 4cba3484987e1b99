import type { RawError } from '../src/core/types.js';

/**
 * The oneOf collapse as it was before it was made linear (quadratic: for every oneOf error it filtered the
 * whole list), kept as the oracle that the linear one (src/core/format-errors.ts) must agree with.
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
