import fc from 'fast-check';

/** One edit of a payload: replace or delete the value at `path`, or add `key` to the object there. */
export interface Mutation {
  path: (string | number)[];
  kind: 'replace' | 'delete' | 'add';
  key: string;
  value: unknown;
}

/** The path of every value inside `value` (array indexes as numbers), the root's `[]` first. */
export function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  return [path, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]))];
}

/**
 * One to three edits of `payload` anywhere in it: the mutations the property-based tests run, shared by
 * every package that must agree with the validators (the Zod schemas). Keys include the names variants and
 * strict mode care about (`type`, unknown ones). `values` are what edits put in (JSON values by default).
 */
export function mutationsOf(payload: unknown, values: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 })): fc.Arbitrary<Mutation[]> {
  const mutation = fc.record({
    path: fc.constantFrom(...pathsOf(payload)),
    kind: fc.constantFrom('replace' as const, 'delete' as const, 'add' as const),
    key: fc.constantFrom('id', 'name', 'extra', 'type', '__x'),
    value: values,
  });
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

/** A mutated deep copy of `payload` (the root itself may be replaced). */
export function applyMutations(payload: unknown, mutations: readonly Mutation[]): unknown {
  let root: any = structuredClone(payload);
  for (const { path, kind, key, value } of mutations) {
    if (path.length === 0) {
      if (kind === 'replace') root = value;
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce((current: any, segment) => (current && typeof current === 'object' ? current[segment] : undefined), root);
    if (!parent || typeof parent !== 'object') continue;
    const last = path.at(-1)!;
    if (kind === 'replace') parent[last] = value;
    else if (kind === 'delete') delete parent[last];
    else if (typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) parent[last][key] = value;
  }
  return root;
}
