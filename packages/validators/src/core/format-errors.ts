import { describeValue } from './describe-value.js';
import { appendPointer, valueAt } from './json-pointer.js';
import type { RawError, ValidationError } from './types.js';

/** The generated validators' own keyword for unknown properties in strict mode (scripts/lib/strict-properties-keyword.ts). */
const STRICT_PROPERTIES = 'x-strict-properties';

const ARTICLES: Record<string, string> = { integer: 'an integer', object: 'an object', array: 'an array', null: 'null', string: 'a string', number: 'a number', boolean: 'a boolean' };

/**
 * Turns ajv's errors into sentences a person understands without the schema open, each with the JSON pointer
 * of the value at fault. A `oneOf` (our nullable references) is reported once: by the errors of the branch
 * the value's type selected, or, when no branch has its type, as one "must be X or Y" error.
 */
export function formatErrors(rawErrors: readonly RawError[], payload: unknown): ValidationError[] {
  return collapseOneOf(rawErrors).map((error) => formatError(error, payload));
}

function collapseOneOf(errors: readonly RawError[]): RawError[] {
  let result = [...errors];
  // ajv reports a oneOf after the errors of its branches, so later oneOf errors are the outer ones.
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

function formatError(error: RawError, payload: unknown): ValidationError {
  const at = error.instancePath;
  const subject = at === '' ? 'the payload' : at;
  const got = () => describeValue(valueAt(payload, at));
  switch (error.keyword) {
    case 'required': {
      const property = String(error.params.missingProperty);
      return { path: appendPointer(at, property), keyword: 'required', message: `${subject} is missing the required property "${property}"` };
    }
    case 'additionalProperties':
    case STRICT_PROPERTIES: {
      const property = String(error.params.additionalProperty);
      const path = appendPointer(at, property);
      return { path, keyword: 'additionalProperties', message: `${path} is not in the schema (strict mode rejects unknown properties)` };
    }
    case 'type': {
      const expected = String(error.params.type).split(',').map((type) => ARTICLES[type] ?? type);
      return { path: at, keyword: 'type', message: `${subject} must be ${expected.join(' or ')}, got ${got()}` };
    }
    case 'const':
      return { path: at, keyword: 'const', message: `${subject} must be ${JSON.stringify(error.params.allowedValue)}, got ${got()}` };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      return { path: at, keyword: 'enum', message: `${subject} must be one of ${allowed}, got ${got()}` };
    }
    case 'discriminator': {
      // ajv's `discriminator` (variants): the property that selects the variant is missing, not a string, or unknown.
      const property = String(error.params.tag);
      const path = appendPointer(at, property);
      const value = valueAt(payload, path);
      if (value === undefined) return { path, keyword: 'required', message: `${subject} is missing the required property "${property}"` };
      const problem = typeof value === 'string' ? 'a value that selects one of its variants' : 'a string';
      return { path, keyword: 'discriminator', message: `${path} must be ${problem}, got ${describeValue(value)}` };
    }
    case 'minItems':
    case 'maxItems':
      return { path: at, keyword: error.keyword, message: `${subject} must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(error.params.limit)} items, got ${(valueAt(payload, at) as unknown[]).length}` };
    case 'minLength':
    case 'maxLength':
      return { path: at, keyword: error.keyword, message: `${subject} must be ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(error.params.limit)} characters long, got ${got()}` };
    case 'minimum':
    case 'maximum':
      return { path: at, keyword: error.keyword, message: `${subject} must be ${String(error.params.comparison)} ${String(error.params.limit)}, got ${got()}` };
    case 'pattern':
      return { path: at, keyword: 'pattern', message: `${subject} must match the pattern ${String(error.params.pattern)}, got ${got()}` };
    default:
      return { path: at, keyword: error.keyword, message: `${subject} fails "${error.keyword}" ${JSON.stringify(error.params)}, got ${got()}` };
  }
}
