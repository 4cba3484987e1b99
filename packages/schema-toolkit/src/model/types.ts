import type { EnumMember } from '../enum-members.js';

/**
 * The typed model of our JSON Schema subset (docs/schema-conventions.md): one node kind per shape the subset
 * allows, every annotation typed, so generators and the CLI switch on `kind` instead of probing keywords.
 */

/** The JSON types a `type` keyword can name. */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'null' | 'object' | 'array';
/** The JSON types a scalar node can have (`null` when nullable, several for `["string", "boolean"]`). */
export type ScalarType = 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** What every node can say about itself without changing what validates. */
export interface Annotations {
  /** JSON pointer of the node in the bundle it was read from, e.g. `/$defs/SendbirdUser/properties/id`. */
  readonly pointer: string;
  readonly title?: string;
  readonly description?: string;
  /** `x-docs-url`: the vendor page documenting it. */
  readonly docsUrl?: string;
  readonly examples?: readonly unknown[];
  /** `default`; absent when the schema gives none (JSON has no `undefined`). */
  readonly default?: unknown;
  /** `format`: a hint for docs and mocks, never checked. */
  readonly format?: string;
  /** `x-mock`: how realistic mocks fill it. */
  readonly mock?: string;
}

/** `{}` (or only annotations): anything goes. */
export interface AnyNode extends Annotations {
  readonly kind: 'any';
}

/** `type` naming only scalar types: `"string"`, `["string", "null"]`, `["string", "boolean"]`, with their checks. */
export interface ScalarNode extends Annotations {
  readonly kind: 'scalar';
  readonly types: readonly ScalarType[];
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** `const`: the one value allowed (discriminators). */
export interface ConstNode extends Annotations {
  readonly kind: 'const';
  readonly value: unknown;
}

/** `enum`, each value with its name and meaning (`x-enum-names`, `x-enum-descriptions`). */
export interface EnumNode extends Annotations {
  readonly kind: 'enum';
  /** The `type` beside `enum` (`["integer"]` for a named integer enum); empty when there is none. */
  readonly types: readonly JsonType[];
  readonly members: readonly EnumMember[];
}

/** `type: "array"` (or `["array", "null"]`). */
export interface ArrayNode extends Annotations {
  readonly kind: 'array';
  /** The items' schema; undefined when `items` is absent (anything goes). */
  readonly items: ModelNode | undefined;
  readonly nullable: boolean;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** One entry of `properties`, in the schema's order. */
export interface PropertyModel {
  readonly name: string;
  /** Listed in the object's `required`. */
  readonly required: boolean;
  readonly node: ModelNode;
}

/** What objects and objects with variants share. */
export interface ObjectFields extends Annotations {
  /** `properties` in the order written; empty for a map. */
  readonly properties: readonly PropertyModel[];
  /** `required` as written (it may name a property declared only in the variants). */
  readonly required: readonly string[];
  /** The schema of unlisted properties' values (a map), `any` for `{}` or `true`; undefined when absent. */
  readonly additionalProperties: ModelNode | undefined;
  /** `type: ["object", "null"]`. */
  readonly nullable: boolean;
}

/** An object (`type: "object"` or `properties`), open unless it says otherwise. */
export interface ObjectNode extends ObjectFields {
  readonly kind: 'object';
}

/** One variant of a discriminated union: the titled object definition selected by `discriminator === value`. */
export interface VariantModel {
  readonly title: string;
  /** The discriminator's `const` in that variant. */
  readonly value: unknown;
  readonly node: ObjectNode;
}

/** An object whose `oneOf` lists bare `$ref`s to its variants (docs/schema-conventions.md, "Variants"). */
export interface VariantsNode extends ObjectFields {
  readonly kind: 'variants';
  /** The property every variant requires and fixes with its own `const`. */
  readonly discriminator: string;
  readonly variants: readonly VariantModel[];
}

/** `oneOf: [X, { type: "null" }]`: a nullable reference (or other schema). */
export interface NullableNode extends Annotations {
  readonly kind: 'nullable';
  readonly of: ModelNode;
}

/** `$ref`: `#/$defs/<Title>`, or `#` (the bundle's root, a recursive schema). */
export interface RefNode extends Annotations {
  readonly kind: 'ref';
  /** Title of the definition it points at (the root's title for `#`). */
  readonly target: string;
  /** True for `#`. */
  readonly toRoot: boolean;
}

export type ModelNode = AnyNode | ScalarNode | ConstNode | EnumNode | ArrayNode | ObjectNode | VariantsNode | NullableNode | RefNode;
export type NodeKind = ModelNode['kind'];
