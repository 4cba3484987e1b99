import { posix } from 'node:path';
import type { VendorTree } from './checkout.js';
import { deepEqual } from './json-text.js';
import { appendPointer, valueAt } from './pointer.js';
import { emptyShape, jsonType, observe, type JsonType, type Shape } from './shape.js';
import { isTimestamp, unitInName, unitOfValue, unitsInDescription, type TimeUnit } from './timestamp-unit.js';

/** A place in the schemas: a file (relative to `schemas/`) and a JSON pointer inside it. */
export interface Location {
  file: string;
  pointer: string;
}

/** Where a delivery came from: its 1-based place among all payloads read, and what its input says of it. */
export interface Origin {
  delivery: number;
  file?: string;
  line?: number;
  /** From a capture record. */
  receivedAt?: string;
}

/** A delivery that showed a finding: where, and the value it carried there (JSON, cut short; absent: none). */
export interface Example extends Origin {
  event: string;
  /** JSON pointer into the delivery. */
  path: string;
  value?: string;
}

/** The first few deliveries that showed a finding are kept, each a different delivery: memory stays bounded. */
export const MAX_EXAMPLES = 3;
/** An example value longer than this is cut (with an ellipsis): one huge object must not fill the report. */
export const MAX_EXAMPLE_CHARS = 300;

interface Common extends Location {
  /** Times it was seen (a property of every member of an array counts once per member). */
  count: number;
  /** The events they were of. */
  events: Set<string>;
  /** The first deliveries that showed it, oldest first. */
  examples: Example[];
}

/** What the deliveries show that the schemas refuse, at the schema node that must change. */
export type Finding =
  | (Common & { kind: 'newProperty'; name: string; shape: Shape })
  | (Common & { kind: 'missingRequired'; name: string })
  | (Common & { kind: 'widenType'; seen: Set<JsonType>; example: unknown })
  | (Common & { kind: 'nullableRef' })
  | (Common & { kind: 'enumValue'; values: unknown[] })
  | (Common & { kind: 'manual'; message: string })
  | (Common & { kind: 'timestampUnit'; stated: TimeUnit; seen: Map<TimeUnit, number>; example: number });

/** What one step of the walk knows besides the schema node: the delivery, and the property being looked at. */
interface Visit {
  event: string;
  origin: Origin;
  /** JSON pointer into the delivery. */
  path: string;
  /** The property name the value sits under (kept through `$ref`, `oneOf` and array items). */
  name?: string;
  /** The nearest node on the way here that holds a description (a property whose value is a `$ref`). */
  referrer?: Location;
}

/** Where a timestamp's unit is stated, and which: decided once per schema place, not per delivery. */
type UnitStatement = { at: Location; stated: TimeUnit } | undefined;

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
  private readonly unitStatements = new Map<string, UnitStatement>();

  constructor(readonly tree: VendorTree) {}

  /** Walks one delivery; returns its event, or undefined when its event has no schema in the checkout. */
  add(payload: unknown, origin: Origin = { delivery: 0 }): string | undefined {
    const event = (payload as Record<string, unknown> | null)?.[this.tree.discriminator];
    const file = typeof event === 'string' ? this.tree.events.get(event) : undefined;
    if (file === undefined) return undefined;
    this.deliveries.set(event as string, (this.deliveries.get(event as string) ?? 0) + 1);
    this.walk(payload, { file, pointer: '' }, { event: event as string, origin, path: '' });
    return event as string;
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

  /** Counts a finding (created on first sight) and keeps the delivery as an example while there is room. */
  private note<K extends Finding['kind']>(
    kind: K,
    at: Location,
    visit: Visit,
    value: unknown,
    extra: Omit<Extract<Finding, { kind: K }>, keyof Common | 'kind'>,
    key = '',
  ): Extract<Finding, { kind: K }> {
    const id = `${kind} ${at.file}#${at.pointer} ${key}`;
    const found = (this.findings.get(id) ?? { kind, ...at, count: 0, events: new Set<string>(), examples: [], ...extra }) as Extract<
      Finding,
      { kind: K }
    >;
    found.count++;
    found.events.add(visit.event);
    if (found.examples.length < MAX_EXAMPLES && found.examples.at(-1)?.delivery !== visit.origin.delivery) {
      found.examples.push({
        ...visit.origin,
        event: visit.event,
        path: visit.path,
        ...(value === undefined ? {} : { value: exampleText(value) }),
      });
    }
    this.findings.set(id, found);
    return found;
  }

  private walk(value: unknown, at: Location, visit: Visit): void {
    const node = this.node(at);
    if (node === undefined) return;
    // A property's description usually sits beside its `$ref` or around its nullable `oneOf`: keep where.
    const via = typeof node.description === 'string' ? { ...visit, referrer: at } : visit;
    if (typeof node.$ref === 'string') {
      if (value === null) this.note('nullableRef', at, visit, null, {});
      else this.walk(value, this.resolve(at, node.$ref), via);
      return;
    }
    const oneOf = Array.isArray(node.oneOf) ? (node.oneOf as Schema[]) : undefined;
    const nullable = oneOf?.findIndex((branch) => branch.type === 'null') ?? -1;
    if (oneOf && nullable !== -1) {
      // The nullable-reference form: null is fine, anything else is checked against the other branch.
      if (value !== null) this.walk(value, { file: at.file, pointer: `${at.pointer}/oneOf/${nullable === 0 ? 1 : 0}` }, via);
      return;
    }
    const type = jsonType(value);
    if (node.type !== undefined) {
      const allowed = ([] as unknown[]).concat(node.type);
      if (!allowed.includes(type) && !(type === 'integer' && allowed.includes('number'))) {
        const found = this.note('widenType', at, visit, value, { seen: new Set<JsonType>(), example: value });
        found.seen.add(type);
        this.checkEnum(node, value, at, visit);
        return;
      }
      if (type === 'integer' && allowed.includes('integer')) this.checkUnit(value as number, at, visit);
    }
    if ('const' in node && !deepEqual(node.const, value)) {
      this.note(
        'manual',
        at,
        visit,
        value,
        { message: `expects ${JSON.stringify(node.const)}, deliveries carry ${JSON.stringify(value)}` },
        JSON.stringify(value),
      );
      return;
    }
    this.checkEnum(node, value, at, visit);
    if (type === 'object') this.walkObject(value as Record<string, unknown>, node, at, visit);
    else if (type === 'array' && typeof node.items === 'object' && node.items !== null) {
      for (const [index, item] of (value as unknown[]).entries()) {
        this.walk(
          item,
          { file: at.file, pointer: `${at.pointer}/items` },
          {
            event: visit.event,
            origin: visit.origin,
            path: `${visit.path}/${index}`,
            ...(visit.name === undefined ? {} : { name: visit.name }),
          },
        );
      }
    }
  }

  private checkEnum(node: Schema, value: unknown, at: Location, visit: Visit): void {
    if (!Array.isArray(node.enum) || node.enum.some((allowed) => deepEqual(allowed, value))) return;
    const found = this.note('enumValue', at, visit, value, { values: [] });
    if (!found.values.some((seen) => deepEqual(seen, value))) found.values.push(value);
  }

  /** An integer timestamp whose magnitude says another unit than its schema states (see timestamp-unit.ts). */
  private checkUnit(value: number, at: Location, visit: Visit): void {
    const seen = unitOfValue(value);
    if (seen === undefined) return;
    const statement = this.unitStatement(at, visit);
    if (statement === undefined || statement.stated === seen) return;
    const found = this.note('timestampUnit', statement.at, visit, value, {
      stated: statement.stated,
      seen: new Map<TimeUnit, number>(),
      example: value,
    });
    found.seen.set(seen, (found.seen.get(seen) ?? 0) + 1);
  }

  /**
   * Where the unit of the timestamp at `at` is stated: the description of the property (beside its `$ref`), else
   * that of the node itself, else a unit suffix of the name (the edit then goes to the property). None when the
   * field is not a point in time, or when a description names several units: it already says the unit varies.
   */
  private unitStatement(at: Location, visit: Visit): UnitStatement {
    const key = `${visit.referrer?.file}#${visit.referrer?.pointer} ${at.file}#${at.pointer} ${visit.name}`;
    if (this.unitStatements.has(key)) return this.unitStatements.get(key);
    const places = [visit.referrer, at].filter((place): place is Location => place !== undefined);
    const descriptions = places.map((place) => this.node(place)?.description).map((text) => (typeof text === 'string' ? text : undefined));
    let statement: UnitStatement;
    if (isTimestamp(visit.name, descriptions)) {
      const index = descriptions.findIndex((text) => unitsInDescription(text).size > 0);
      const units = index === -1 ? undefined : unitsInDescription(descriptions[index]);
      const fromName = unitInName(visit.name);
      if (units !== undefined && units.size === 1) statement = { at: places[index]!, stated: [...units][0]! };
      else if (units === undefined && fromName !== undefined) statement = { at: places[0]!, stated: fromName };
    }
    this.unitStatements.set(key, statement);
    return statement;
  }

  private walkObject(value: Record<string, unknown>, node: Schema, at: Location, visit: Visit): void {
    const properties = isSchema(node.properties) ? node.properties : undefined;
    const variants = this.variants(node, at);
    const selected = variants.find((variant) => variant.selects(value));
    const inVariants = new Set(variants.flatMap((variant) => Object.keys(variant.properties)));
    for (const [key, child] of Object.entries(value)) {
      const inner: Visit = { event: visit.event, origin: visit.origin, path: appendPointer(visit.path, key), name: key };
      if (properties && key in properties)
        this.walk(child, { file: at.file, pointer: appendPointer(`${at.pointer}/properties`, key) }, inner);
      else if (selected && key in selected.properties)
        this.walk(child, { file: selected.at.file, pointer: appendPointer(`${selected.at.pointer}/properties`, key) }, inner);
      else if (inVariants.has(key))
        continue; // another variant's: the strict flavour knows it on the parent
      else if (isSchema(node.additionalProperties))
        this.walk(child, { file: at.file, pointer: `${at.pointer}/additionalProperties` }, inner);
      else if (properties && node.additionalProperties === undefined) {
        // A kind's own property goes to its variant: the other kinds never showed it.
        const target = selected?.at ?? at;
        observe(this.note('newProperty', target, inner, child, { name: key, shape: emptyShape() }, key).shape, child);
      }
    }
    const required = [
      ...(Array.isArray(node.required) ? (node.required as string[]).map((name) => ({ name, at })) : []),
      ...(selected?.required.map((name) => ({ name, at: selected.at })) ?? []),
    ];
    for (const { name, at: where } of required)
      if (!(name in value))
        this.note('missingRequired', where, { ...visit, path: appendPointer(visit.path, name) }, undefined, { name }, name);
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
          selects: (value: Record<string, unknown>) =>
            consts.length > 0 && consts.every(([name, property]) => deepEqual((property as Schema).const, value[name])),
        },
      ];
    });
  }
}

/** A value as JSON, cut to MAX_EXAMPLE_CHARS. */
function exampleText(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= MAX_EXAMPLE_CHARS ? text : `${text.slice(0, MAX_EXAMPLE_CHARS - 1)}…`;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
