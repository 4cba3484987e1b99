/**
 * Compares two byte strings in time that depends on their lengths only, never on where they differ: every byte
 * is visited and differences are OR-ed together, with no branch on content. Different lengths answer false
 * without throwing (unlike node:crypto's timingSafeEqual), after the same loop over `a`, so a length mismatch
 * is not a shortcut either. The Web twin uses this; Web Crypto has no timing-safe comparison of its own.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const sameLength = a.length === b.length;
  // On a length mismatch compare `a` with itself: the same work, and the answer is already false.
  const other = sameLength ? b : a;
  let difference = sameLength ? 0 : 1;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ other[index]!;
  return difference === 0;
}
