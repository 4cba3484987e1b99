import { appendPointer } from './pointer.js';

/** Where each value of a JSON text sits, by JSON pointer, with the value parsed from there. */
type Spans = Map<string, { start: number; end: number; value: unknown }>;

/** A JSON file as written: its text and where each value is, so that an edit rewrites only what changed. */
export interface JsonText {
  text: string;
  value: unknown;
  spans: Spans;
}

export function parseJsonText(text: string): JsonText {
  const spans: Spans = new Map();
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const fail = (): never => {
    throw new SyntaxError(`unexpected ${at < text.length ? JSON.stringify(text[at]) : 'end'} at offset ${at}`);
  };
  const scalarEnd = /[\s,\]}]/;
  const value = (pointer: string): unknown => {
    space();
    const start = at;
    let result: unknown;
    if (text[at] === '{') {
      at++;
      const object: Record<string, unknown> = {};
      space();
      if (text[at] === '}') at++;
      else
        for (;;) {
          space();
          const key = string();
          space();
          if (text[at++] !== ':') fail();
          object[key] = value(appendPointer(pointer, key));
          space();
          const next = text[at++];
          if (next === '}') break;
          if (next !== ',') fail();
        }
      result = object;
    } else if (text[at] === '[') {
      at++;
      const array: unknown[] = [];
      space();
      if (text[at] === ']') at++;
      else
        for (;;) {
          array.push(value(`${pointer}/${array.length}`));
          space();
          const next = text[at++];
          if (next === ']') break;
          if (next !== ',') fail();
        }
      result = array;
    } else if (text[at] === '"') {
      result = string();
    } else {
      while (at < text.length && !scalarEnd.test(text[at]!)) at++;
      if (at === start) fail();
      result = JSON.parse(text.slice(start, at));
    }
    spans.set(pointer, { start, end: at, value: result });
    return result;
  };
  const string = (): string => {
    const start = at;
    if (text[at] !== '"') fail();
    for (at++; at < text.length && text[at] !== '"'; at++) if (text[at] === '\\') at++;
    at++;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const root = value('');
  space();
  if (at !== text.length) fail();
  return { text, value: root, spans };
}

/** Lines up to this width keep an array of scalars on one line, as the schemas are written. */
const WIDTH = 120;

/**
 * `value` as JSON text in the schemas' style (two spaces; objects one property a line; short arrays of scalars on
 * one line), keeping the original text of every part that did not change: a proposal's diff shows only the edit.
 */
export function formatJsonText(value: unknown, original?: JsonText): string {
  const format = (node: unknown, pointer: string, depth: number, lead: number): string => {
    const kept = original?.spans.get(pointer);
    if (kept !== undefined && deepEqual(kept.value, node)) return original!.text.slice(kept.start, kept.end);
    const pad = '  '.repeat(depth);
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]';
      if (node.every((item) => item === null || typeof item !== 'object')) {
        const line = `[${node.map((item) => JSON.stringify(item)).join(', ')}]`;
        // An array written on one line stays on one line, however long: the diff shows the one edited value.
        const wasOneLine = kept !== undefined && Array.isArray(kept.value) && !original!.text.slice(kept.start, kept.end).includes('\n');
        if (wasOneLine || lead + line.length + 1 <= WIDTH) return line;
      }
      return `[\n${node.map((item, index) => `${pad}  ${format(item, `${pointer}/${index}`, depth + 1, pad.length + 2)}`).join(',\n')}\n${pad}]`;
    }
    if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      if (entries.length === 0) return '{}';
      return `{\n${entries
        .map(([key, child]) => {
          const prefix = `${pad}  ${JSON.stringify(key)}: `;
          return prefix + format(child, appendPointer(pointer, key), depth + 1, prefix.length);
        })
        .join(',\n')}\n${pad}}`;
    }
    return JSON.stringify(node);
  };
  return `${format(value, '', 0, 0)}${original !== undefined && !original.text.endsWith('\n') ? '' : '\n'}`;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  // Key order is part of how a file reads: a reordered object is rewritten.
  return (
    keysA.length === keysB.length &&
    keysA.every((key, index) => key === keysB[index] && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}
