import type { ModelNode } from './types.js';

/** The nodes directly below `node`: property schemas, items, map values, the nullable's other branch. */
export function childrenOf(node: ModelNode): ModelNode[] {
  switch (node.kind) {
    case 'object':
    case 'variants':
      return [
        ...node.properties.map((property) => property.node),
        ...(node.additionalProperties === undefined ? [] : [node.additionalProperties]),
      ];
    case 'array':
      return node.items === undefined ? [] : [node.items];
    case 'nullable':
      return [node.of];
    default:
      return [];
  }
}

/**
 * Calls `visit` for `node` and every node below it, depth first. References are not followed and variants not
 * entered: both are definitions of their own, which a caller reaches by title (see `referencedTitles`).
 */
export function walkModel(node: ModelNode, visit: (node: ModelNode) => void): void {
  visit(node);
  for (const child of childrenOf(node)) walkModel(child, visit);
}

/** The titles of the definitions `node` uses: what its references point at and its variants, in order, once each. */
export function referencedTitles(node: ModelNode): string[] {
  const titles = new Set<string>();
  walkModel(node, (inner) => {
    if (inner.kind === 'ref') titles.add(inner.target);
    if (inner.kind === 'variants') for (const variant of inner.variants) titles.add(variant.title);
  });
  return [...titles];
}

/**
 * Every node of a model by its JSON pointer (the root's and every definition's): the bridge for a generator that
 * rewrites the bundle's JSON for another tool and asks the model what each node is.
 */
export function nodesByPointer(model: {
  readonly root: ModelNode | undefined;
  readonly definitions: ReadonlyMap<string, ModelNode>;
}): Map<string, ModelNode> {
  const found = new Map<string, ModelNode>();
  for (const top of [...(model.root === undefined ? [] : [model.root]), ...model.definitions.values()]) {
    walkModel(top, (node) => found.set(node.pointer, node));
  }
  return found;
}
