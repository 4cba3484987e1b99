/** One value of an enum with what the schema says it means (`x-enum-names`, `x-enum-descriptions`). */
export interface EnumMember {
  readonly value: unknown;
  /** The member's name, e.g. `Created`; undefined when the schema names none. */
  readonly name: string | undefined;
  readonly description: string | undefined;
}

/**
 * The members of an `enum` schema, each with its name and meaning: the schemas list those beside `enum`, in the
 * same order (the loader checks the lengths). Empty when `node` has no `enum`.
 */
export function enumMembers(node: { readonly [keyword: string]: unknown }): EnumMember[] {
  const values = node['enum'];
  if (!Array.isArray(values)) return [];
  const names = node['x-enum-names'];
  const descriptions = node['x-enum-descriptions'];
  const at = (list: unknown, index: number) =>
    Array.isArray(list) && typeof list[index] === 'string' && list[index] !== '' ? (list[index] as string) : undefined;
  return values.map((value, index) => ({ value, name: at(names, index), description: at(descriptions, index) }));
}

/** An integer enum (`type: integer` + `enum`): it becomes a named enum in every language, its members named. */
export function isIntegerEnum(node: { readonly [keyword: string]: unknown }): boolean {
  return node['type'] === 'integer' && Array.isArray(node['enum']);
}
