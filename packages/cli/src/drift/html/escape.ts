/** Text already made safe for HTML: only `html` and `raw` make one, so nothing else reaches the page unescaped. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The one escape function of the report: text for an element or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

type Part = SafeHtml | string | number | undefined | null | false | readonly Part[];

/**
 * A template tag: every interpolated value is escaped with `escapeHtml` unless it is already SafeHtml (the result
 * of another `html` template); lists are joined, and undefined, null and false leave nothing.
 */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, index) => {
    out += render(value) + strings[index + 1]!;
  });
  return new SafeHtml(out);
}

function render(value: Part): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Markup written in this package's own code (the style sheet), trusted as it is. Never for data. */
export function raw(text: string): SafeHtml {
  return new SafeHtml(text);
}
