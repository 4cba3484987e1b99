const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Length in Unicode code points, as JSON Schema's `minLength`/`maxLength` count it (and ajv's helper of the same
 * name): a native scan decides the common case, a string with no surrogate pair, without a JavaScript loop over
 * every character.
 */
export function ucs2length(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let length = 0;
  for (let index = 0; index < text.length; index++, length++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
  }
  return length;
}
