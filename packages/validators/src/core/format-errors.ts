import { describeValue } from './describe-value.js';
import { appendPointer, valueAt } from './json-pointer.js';
import type { RawError, ValidationError } from './types.js';

const ARTICLES: Record<string, string> = {
  integer: 'an integer',
  object: 'an object',
  array: 'an array',
  null: 'null',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
};

/**
 * The first `maxErrors` errors (ajv's form, as the explainer reports them, each `oneOf` already resolved) as
 * sentences a person understands without the schema open, each with the JSON pointer of the value at fault, and
 * whether there were more. Only the errors kept are worded (wording one reads the payload at its path).
 */
export function formatSomeErrors(
  rawErrors: readonly RawError[],
  payload: unknown,
  maxErrors: number,
): { errors: ValidationError[]; truncated: boolean } {
  const truncated = rawErrors.length > maxErrors;
  const kept = truncated ? rawErrors.slice(0, maxErrors) : rawErrors;
  return { errors: kept.map((error) => formatError(error, payload)), truncated };
}

function formatError(error: RawError, payload: unknown): ValidationError {
  const at = error.instancePath;
  const subject = at === '' ? 'the payload' : at;
  const got = () => describeValue(valueAt(payload, at));
  switch (error.keyword) {
    case 'required': {
      const property = String(error.params.missingProperty);
      return {
        path: appendPointer(at, property),
        keyword: 'required',
        message: `${subject} is missing the required property "${property}"`,
      };
    }
    case 'additionalProperties': {
      const property = String(error.params.additionalProperty);
      const path = appendPointer(at, property);
      return { path, keyword: 'additionalProperties', message: `${path} is not in the schema (strict mode rejects unknown properties)` };
    }
    case 'type': {
      const expected = String(error.params.type)
        .split(',')
        .map((type) => ARTICLES[type] ?? type);
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
      return {
        path: at,
        keyword: error.keyword,
        message: `${subject} must have ${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(error.params.limit)} items, got ${(valueAt(payload, at) as unknown[]).length}`,
      };
    case 'minLength':
    case 'maxLength':
      return {
        path: at,
        keyword: error.keyword,
        message: `${subject} must be ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(error.params.limit)} characters long, got ${got()}`,
      };
    case 'minimum':
    case 'maximum':
      return {
        path: at,
        keyword: error.keyword,
        message: `${subject} must be ${String(error.params.comparison)} ${String(error.params.limit)}, got ${got()}`,
      };
    case 'pattern':
      return { path: at, keyword: 'pattern', message: `${subject} must match the pattern ${String(error.params.pattern)}, got ${got()}` };
    default:
      return {
        path: at,
        keyword: error.keyword,
        message: `${subject} fails "${error.keyword}" ${JSON.stringify(error.params)}, got ${got()}`,
      };
  }
}
