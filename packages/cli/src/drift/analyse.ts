import { posix } from 'node:path';
import type { VendorTree } from './checkout.js';
import { deepEqual } from './json-text.js';
import { appendPointer, valueAt } from './pointer.js';
import { emptyShape, jsonType, observe, type JsonType, type Shape } from './shape.js';

/** A place in the schemas: a file (relative to `schemas/`) and a JSON pointer inside it. */
export interface Location {
  file: string;
  pointer: string;
}

interface Common extends Location {
  /** Deliveries that showed it. */
  count: number;
  /** The events they were of. */
  events: Set<string>;
}

/** What the deliveries show that the schemas refuse, at the schema node that must change. */
export type Finding =
  | (Common & { kind: 'newProperty'; name: string; shape: Shape })
  | (Common & { kind: 'missingRequired'; name: string })
  | (Common & { kind: 'widenType'; seen: Set<JsonType>; example: unknown })
  | (Common & { kind: 'nullableRef' })
  | (Common & { kind: 'enumValue'; values: unknown[] })
  | (Common & { kind: 'manual'; message: string });

type Schema = Record<string, unknown>;

/**
 * Walks deliveries along the schemas as written in a checkout (following `$ref` into other files, the
 * nullable `oneOf` and the variants the discriminator selects) and collects every place where the strict
 * validator would refuse them for a reason a schema edit fixes. Objects that list their properties and say
 * nothing of others are the ones the strict flavour closes (scripts/lib/close-objects.ts): only there is an
 * unknown property drift. Memory grows with the findings, not with the deliveries.
 */
export class DriftAnalysis {
  readonly findings = new Map<string, Finding>();
  /** Deliveries seen, by event. */
  readonly deliveries = new Map<string, number>();

  constructor(readonly tree: VendorTree) {}

  /** Walks one delivery; false when its event has no schema in the checkout. */
  add(payload: unknown): boolean {
    const event = (payload as Record<string, unknown> | null)?.[this.tree.discriminator];
    const file = typeof event === 'string' ? this.tree.events.get(event) : undefined;
    if (file === undefined) return false;
    this.deliveries.set(event as string, (this.deliveries.get(event as string) ?? 0) + 1);
    this.walk(payload, { file, pointer: '' }, event as string);
    return true;
  }

  private node(at: Location): Schema | undefined {
    const node = valueAt(this.tree.files.get(at.file)?.value, at.pointer);
    return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Schema) : undefined;
  }

  /** Where a `$ref` written at `from` points: relative to the file, `#/...` inside it. */
  private resolve(from: Location, ref: string): Location {
    const [path = '', fragment = ''] = ref.split('#');
    const file = path === '' ? from.file : posix.normalize(posix.join(posix.dirname(from.file), path));
    return { file, pointer: decodeURIComponent(fragment) };
  }

  private note<K extends Finding['kind']>(kind: K, at: Location, event: string, extra: Omit<Extract<Finding, { kind: K }>, keyof Common | 'kind'>, key = ''): Extract<Finding, { kind: K }> {
    const id = `${kind} ${at.file}#${at.pointer} ${key}`;
    const found = (this.findings.get(id) ?? { kind, ...at, count: 0, events: new Set<string>(), ...extra }) as Extract<Finding, { kind: K }>;
    found.count++;
    found.events.add(event);
    this.findings.set(id, found);
    return found;
  }

  private walk(value: unknown, at: Location, event: string): void {
    const node = this.node(at);
    if (node === undefined) return;
    if (typeof node.$ref === 'string') {
      if (value === null) this.note('nullableRef', at, event, {});
      else this.walk(value, this.resolve(at, node.$ref), event);
      return;
    }
    const oneOf = Array.isArray(node.oneOf) ? (node.oneOf as Schema[]) : undefined;
    const nullable = oneOf?.findIndex((branch) => branch.type === 'null') ?? -1;
    if (oneOf && nullable !== -1) {
      // The nullable-reference form: null is fine, anything else is checked against the other branch.
      if (value !== null) this.walk(value, { file: at.file, pointer: `${at.pointer}/oneOf/${nullable === 0 ? 1 : 0}` }, event);
      return;
    }
    const type = jsonType(value);
    if (node.type !== undefined) {
      const allowed = ([] as unknown[]).concat(node.type);
      if (!allowed.includes(type) && !(type === 'integer' && allowed.includes('number'))) {
        const found = this.note('widenType', at, event, { seen: new Set<JsonType>(), example: value });
        found.seen.add(type);
        this.checkEnum(node, value, at, event);
        return;
      }
    }
    if ('const' in node && !deepEqual(node.const, value)) {
      this.note('manual', at, event, { message: `expects ${JSON.stringify(node.const)}, deliveries carry ${JSON.stringify(value)}` }, JSON.stringify(value));
      return;
    }
    this.checkEnum(node, value, at, event);
    if (type === 'object') this.walkObject(value as Record<string, unknown>, node, at, event);
    else if (type === 'array' && typeof node.items === 'object' && node.items !== null) {
      for (const item of value as unknown[]) this.walk(item, { file: at.file, pointer: `${at.pointer}/items` }, event);
    }
  }

  private checkEnum(node: Schema, value: unknown, at: Location, event: string): void {
    if (!Array.isArray(node.enum) || node.enum.some((allowed) => deepEqual(allowed, value))) return;
    const found = this.note('enumValue', at, event, { values: [] });
    if (!found.values.some((seen) => deepEqual(seen, value))) found.values.push(value);
  }

  private walkObject(value: Record<string, unknown>, node: Schema, at: Location, event: string): void {
    const properties = isSchema(node.properties) ? node.properties : undefined;
    const variants = this.variants(node, at);
    const selected = variants.find((variant) => variant.selects(value));
    const inVariants = new Set(variants.flatMap((variant) => Object.keys(variant.properties)));
    for (const [key, child] of Object.entries(value)) {
      if (properties && key in properties) this.walk(child, { file: at.file, pointer: appendPointer(`${at.pointer}/properties`, key) }, event);
      else if (selected && key in selected.properties) this.walk(child, { file: selected.at.file, pointer: appendPointer(`${selected.at.pointer}/properties`, key) }, event);
      else if (inVariants.has(key)) continue; // another variant's: the strict flavour knows it on the parent
      else if (isSchema(node.additionalProperties)) this.walk(child, { file: at.file, pointer: `${at.pointer}/additionalProperties` }, event);
      else if (properties && node.additionalProperties === undefined) {
        // A kind's own property goes to its variant: the other kinds never showed it.
        const target = selected?.at ?? at;
        observe(this.note('newProperty', target, event, { name: key, shape: emptyShape() }, key).shape, child);
      }
    }
    const required = [...(Array.isArray(node.required) ? (node.required as string[]).map((name) => ({ name, at })) : []), ...(selected?.required.map((name) => ({ name, at: selected.at })) ?? [])];
    for (const { name, at: where } of required) if (!(name in value)) this.note('missingRequired', where, event, { name }, name);
  }

  /** The variants of an object (a `oneOf` of bare `$ref`s), each with the discriminator value that selects it. */
  private variants(node: Schema, at: Location) {
    if (!Array.isArray(node.oneOf)) return [];
    return (node.oneOf as Schema[]).flatMap((branch) => {
      if (typeof branch.$ref !== 'string') return [];
      const target = this.resolve(at, branch.$ref);
      const variant = this.node(target);
      const properties = variant && isSchema(variant.properties) ? variant.properties : {};
      const consts = Object.entries(properties).filter(([, property]) => isSchema(property) && 'const' in property);
      return [
        {
          at: target,
          properties,
          required: Array.isArray(variant?.required) ? (variant.required as string[]) : [],
          selects: (value: Record<string, unknown>) => consts.length > 0 && consts.every(([name, property]) => deepEqual((property as Schema).const, value[name])),
        },
      ];
    });
  }
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
