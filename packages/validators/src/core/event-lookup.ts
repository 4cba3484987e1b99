/**
 * A lookup of a vendor's events by name that never hashes the name. The name a dispatcher reads from a parsed
 * body is a fresh string (JSON.parse shares only short ones), so a keyed read or `Map.get` would hash its twenty
 * or so characters on every call, a few percent of parsing the whole body; grouped by length, names are told
 * apart by a comparison or two.
 */
export function lookupByName<T>(entries: Readonly<Record<string, T>>): (name: string) => T | undefined {
  const byLength: { name: string; value: T }[][] = [];
  for (const [name, value] of Object.entries(entries)) (byLength[name.length] ??= []).push({ name, value });
  return (name) => {
    const sameLength = byLength[name.length];
    if (sameLength === undefined) return undefined;
    for (let index = 0; index < sameLength.length; index++) {
      const entry = sameLength[index]!;
      if (entry.name === name) return entry.value;
    }
    return undefined;
  };
}
