/**
 * `base` with `overrides` merged in, deeply for plain objects. Arrays are replaced, not merged. An override
 * of `undefined` removes the property. Keys that could reach a prototype are ignored.
 */
export function mergeOverrides(base: unknown, overrides: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides === undefined ? base : structuredClone(overrides);
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (value === undefined) delete result[key];
    else result[key] = Object.hasOwn(result, key) ? mergeOverrides(result[key], value) : structuredClone(value);
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
