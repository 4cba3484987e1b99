import type { DriftAnalysis, Finding } from './analyse.js';
import { formatJsonText } from './json-text.js';
import { valueAt } from './pointer.js';
import { shapeSchema, typeKeyword, type JsonType } from './shape.js';
import { asDate } from './timestamp-unit.js';
import { unifiedDiff } from './unified-diff.js';

type Schema = Record<string, unknown>;

/** Every edit a person must still read starts with this, so that a reviewer can search for it. */
export const REVIEW = 'TODO(review):';

export interface Proposal {
  /** Changed files, relative to `schemas/`: the text before and after. */
  changes: { file: string; before: string; after: string }[];
  /** One line per finding, for people: where, what the deliveries show, what the edit does. */
  lines: { event: string; file: string; pointer: string; text: string; applied: boolean; finding: Finding }[];
}

const seenIn = (finding: Finding) =>
  `${finding.count} captured ${finding.count === 1 ? 'delivery' : 'deliveries'} (${[...finding.events].sort().join(', ')})`;

/**
 * The schema edits that make the analysed deliveries strict-valid: new properties (optional, typed as seen,
 * a description to finish and an example), required properties some deliveries omit (made optional), types
 * widened (`type: [a, b]`, or a nullable `oneOf` around a `$ref`), enum values added (with names and
 * descriptions to finish where the enum has them), and a note in the description of a timestamp whose unit is not
 * the one it states. Edits land in the file that declares the node, so a
 * property missing from a shared definition is added in `common/`. What no edit of this kind fixes is listed.
 */
export function propose(analysis: DriftAnalysis): Proposal {
  const edited = new Map<string, unknown>();
  const lines: Proposal['lines'] = [];
  const document = (file: string) => {
    if (!edited.has(file)) edited.set(file, structuredClone(analysis.tree.files.get(file)!.value));
    return edited.get(file);
  };
  // Deeper pointers first: replacing a node (nullable oneOf) never moves a pointer still to be edited.
  const findings = [...analysis.findings.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || b.pointer.length - a.pointer.length || a.pointer.localeCompare(b.pointer),
  );
  for (const finding of findings) {
    const edit = applyFinding(document(finding.file), finding);
    if (edit !== undefined)
      lines.push({ event: [...finding.events].sort().join(', '), file: finding.file, pointer: finding.pointer, ...edit, finding });
  }
  const changes = [...edited].map(([file, value]) => {
    const original = analysis.tree.files.get(file)!;
    return { file, before: original.text, after: formatJsonText(value, original) };
  });
  return { changes: changes.filter((change) => change.before !== change.after), lines };
}

/** The unified diff of one finding's edit alone, against the file as written: what the report shows beside it. */
export function findingDiff(analysis: DriftAnalysis, finding: Finding): string {
  const original = analysis.tree.files.get(finding.file)!;
  const value = structuredClone(original.value);
  const edit = applyFinding(value, finding);
  return edit?.applied ? unifiedDiff(`schemas/${finding.file}`, original.text, formatJsonText(value, original)) : '';
}

/** Edits `document` (a schema file's value) as `finding` asks; says what it did, for people. */
function applyFinding(document: unknown, finding: Finding): { text: string; applied: boolean } | undefined {
  const node = valueAt(document, finding.pointer) as Schema | undefined;
  if (node === undefined) return undefined;
  switch (finding.kind) {
    case 'newProperty': {
      const properties = node.properties as Schema;
      properties[finding.name] = shapeSchema(
        finding.shape,
        `${REVIEW} seen in ${seenIn(finding)}, not in the vendor docs: say what it is, and why it is optional.`,
      );
      return {
        text: `new property "${finding.name}" (${JSON.stringify((properties[finding.name] as Schema).type ?? 'any')}): added, optional`,
        applied: true,
      };
    }
    case 'missingRequired': {
      const required = (node.required as string[]).filter((name) => name !== finding.name);
      if (required.length > 0) node.required = required;
      else delete node.required;
      const property = (node.properties as Schema | undefined)?.[finding.name] as Schema | undefined;
      if (property)
        property.description = `${String(property.description ?? '')} ${REVIEW} optional: absent from ${seenIn(finding)}.`.trim();
      return { text: `required "${finding.name}" is absent from ${seenIn(finding)}: made optional`, applied: true };
    }
    case 'widenType': {
      const before = ([] as JsonType[]).concat(node.type as JsonType);
      node.type = typeKeyword([...before, ...finding.seen]);
      node.description =
        `${String(node.description ?? '')} ${REVIEW} also ${[...finding.seen].join(' or ')} in ${seenIn(finding)} (e.g. ${JSON.stringify(finding.example)}).`.trim();
      return {
        text: `type ${JSON.stringify(before)} refuses ${[...finding.seen].join(', ')}: widened to ${JSON.stringify(node.type)}`,
        applied: true,
      };
    }
    case 'nullableRef': {
      // A `$ref` cannot take `type`: the conventions' nullable reference is a oneOf with null.
      const replaced = Object.fromEntries(
        Object.entries(node).map(([key, value]) => (key === '$ref' ? ['oneOf', [{ $ref: value }, { type: 'null' }]] : [key, value])),
      );
      for (const key of Object.keys(node)) delete node[key];
      Object.assign(node, replaced);
      if (typeof node.description === 'string') node.description = `${node.description} ${REVIEW} null in ${seenIn(finding)}.`;
      return { text: `null in ${seenIn(finding)}: made nullable`, applied: true };
    }
    case 'enumValue': {
      const values = node.enum as unknown[];
      for (const value of finding.values) {
        values.push(value);
        if (Array.isArray(node['x-enum-names'])) node['x-enum-names'].push(enumMemberName(value));
        if (Array.isArray(node['x-enum-descriptions']))
          node['x-enum-descriptions'].push(`${REVIEW} seen in ${seenIn(finding)}, not in the vendor docs: say what it means.`);
      }
      return { text: `enum lacks ${finding.values.map((value) => JSON.stringify(value)).join(', ')}: added`, applied: true };
    }
    case 'timestampUnit': {
      // Only words: the values validate either way, and the type says nothing of a unit. The note names both units,
      // so that a second look reads the description as saying the unit varies, and finds nothing left.
      const seen = [...finding.seen.keys()].join(' or ');
      const carry = finding.count === 1 ? 'carries' : 'carry';
      node.description =
        `${String(node.description ?? '')} ${REVIEW} ${seenIn(finding)} ${carry} Unix ${seen} here, not ${finding.stated} (e.g. ${finding.example} = ${asDate(finding.example, [...finding.seen.keys()][0]!)}): say which unit arrives, and how to tell them apart.`.trim();
      return {
        text: `described in ${finding.stated}, but ${seenIn(finding)} ${carry} ${seen} (e.g. ${finding.example}): description notes it`,
        applied: true,
      };
    }
    case 'manual':
      return { text: `${finding.message} in ${seenIn(finding)}: needs a hand edit`, applied: false };
  }
}

/** A PascalCase member name for a new integer enum value (`Value7`, `ValueMinus1`), to be renamed in review. */
function enumMemberName(value: unknown): string {
  return `Value${String(value)
    .replace(/^-/, 'Minus')
    .replace(/[^A-Za-z0-9]/g, '_')}`;
}
