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
 * Turns ajv's errors into sentences a person understands without the schema open, each with the JSON pointer
 * of the value at fault. A `oneOf` (our nullable references) is reported once: by the errors of the branch
 * the value's type selected, or, when no branch has its type, as one "must be X or Y" error.
 */
export function formatErrors(rawErrors: readonly RawError[], payload: unknown): ValidationError[] {
  return collapseOneOf(rawErrors).map((error) => formatError(error, payload));
}

/**
 * The first `maxErrors` errors of {@link formatErrors}, and whether there were more. Linear in the number of
 * ajv's errors, and only the errors kept are worded (wording one reads the payload at its path).
 */
export function formatSomeErrors(
  rawErrors: readonly RawError[],
  payload: unknown,
  maxErrors: number,
): { errors: ValidationError[]; truncated: boolean } {
  const collapsed = collapseOneOf(rawErrors);
  const truncated = collapsed.length > maxErrors;
  const kept = truncated ? collapsed.slice(0, maxErrors) : collapsed;
  return { errors: kept.map((error) => formatError(error, payload)), truncated };
}

/**
 * Replaces each `oneOf` error and its branches' errors by what {@link formatErrors} reports, in one pass.
 * ajv evaluates a oneOf's branches one after the other and pushes the oneOf error right after the last one
 * (a branch that passes takes its siblings' errors away, and there is no oneOf error), so a oneOf's branch
 * errors are the errors at or under its path that immediately precede it; a nested oneOf has already been
 * replaced when its enclosing one is reached. Each error is visited once per enclosing oneOf, so the work
 * is linear in the number of errors for a given schema (it was quadratic: 400,000 bad array items took minutes).
 */
export function collapseOneOf(errors: readonly RawError[]): readonly RawError[] {
  // Most failures have no oneOf error: keep ajv's list as it is (a hostile body's can hold millions).
  let firstOneOf = 0;
  while (firstOneOf < errors.length && errors[firstOneOf]!.keyword !== 'oneOf') firstOneOf++;
  if (firstOneOf === errors.length) return errors;
  const result: RawError[] = errors.slice(0, firstOneOf);
  for (let position = firstOneOf; position < errors.length; position++) {
    const error = errors[position]!;
    if (error.keyword !== 'oneOf') {
      result.push(error);
      continue;
    }
    const at = error.instancePath;
    let first = result.length;
    while (first > 0 && isAtOrUnder(result[first - 1]!.instancePath, at)) first--;
    // Keep the branch errors that are not "wrong type at the oneOf's own path" (the branch the value's type
    // selected); when there are none, the value has the type of no branch: one error lists their types.
    const types: string[] = [];
    let kept = first;
    for (let index = first; index < result.length; index++) {
      const branchError = result[index]!;
      if (branchError.keyword === 'type' && branchError.instancePath === at) types.push(String(branchError.params.type));
      else result[kept++] = branchError;
    }
    result.length = kept;
    if (kept === first) result.push({ instancePath: at, keyword: 'type', params: { type: types.join(',') } });
  }
  return result;
}

/** `path` is `at` or a pointer into it. */
function isAtOrUnder(path: string, at: string): boolean {
  return path.length === at.length
    ? path === at
    : path.length > at.length && path.charCodeAt(at.length) === 47 /* / */ && path.startsWith(at);
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
