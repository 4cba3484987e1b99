/**
 * A lookup of a vendor's events by name that never hashes the name. The name a dispatcher reads from a parsed
 * body is a fresh string (JSON.parse shares only short ones), so a keyed read or `Map.get` would hash its twenty
 * or so characters on every call, a few percent of parsing the whole body; grouped by length, names are told
 * apart by a comparison or two. The groups are made on the first lookup, not at import: the package root
 * imports every vendor, and a process may never dispatch to most of them.
 */
export function lookupByName<T>(entries: Readonly<Record<string, T>>): (name: string) => T | undefined {
  let byLength: { name: string; value: T }[][] | undefined;
  return (name) => {
    const sameLength = (byLength ??= groupByLength(entries))[name.length];
    if (sameLength === undefined) return undefined;
    for (let index = 0; index < sameLength.length; index++) {
      const entry = sameLength[index]!;
      if (entry.name === name) return entry.value;
    }
    return undefined;
  };
}

function groupByLength<T>(entries: Readonly<Record<string, T>>): { name: string; value: T }[][] {
  const byLength: { name: string; value: T }[][] = [];
  for (const name of Object.keys(entries)) (byLength[name.length] ??= []).push({ name, value: entries[name]! });
  return byLength;
}
