/**
 * The fields of a bundled event schema, enumerated here independently of the generator, so that the tests
 * check the pages against the schemas and not against the docs model. Paths are spelled as the docs
 * spell them: property names joined by `.`, `[]` after an array, `{}` after a map of objects.
 */
type Schema = { [keyword: string]: unknown };

export interface SchemaField {
  path: string;
  description: string;
  required: boolean;
}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

export function schemaFields(root: Schema): SchemaField[] {
  const defs = isSchema(root.$defs) ? root.$defs : {};
  const resolve = (node: Schema): Schema => {
    let current = node;
    while (typeof current.$ref === 'string') {
      const ref: string = current.$ref;
      const target = ref === '#' ? root : defs[decodeURIComponent(ref.replace(/^#\/\$defs\//, ''))];
      if (!isSchema(target)) throw new Error(`unresolvable $ref ${ref}`);
      current = target;
    }
    return current;
  };
  const fields: SchemaField[] = [];
  const visit = (node: Schema, prefix: string, enclosing: string[]) => {
    const properties = isSchema(node.properties) ? node.properties : {};
    const required = Array.isArray(node.required) ? node.required : [];
    for (const [name, property] of Object.entries(properties)) {
      if (!isSchema(property)) continue;
      const path = prefix ? `${prefix}.${name}` : name;
      fields.push({
        path,
        description: String(property.description ?? resolve(property).description ?? ''),
        required: required.includes(name),
      });
      // Follow the property to the object it holds, if any.
      let target: Schema | undefined = property;
      let suffix = '';
      while (target !== undefined) {
        const resolved: Schema = resolve(target);
        if (isSchema(resolved.properties) && Object.keys(resolved.properties).length > 0) {
          const title = typeof resolved.title === 'string' ? resolved.title : '';
          if (!title || !enclosing.includes(title)) visit(resolved, `${path}${suffix}`, title ? [...enclosing, title] : enclosing);
          break;
        }
        const branches: Schema[] = Array.isArray(resolved.oneOf)
          ? resolved.oneOf.filter((branch): branch is Schema => isSchema(branch) && branch.type !== 'null')
          : [];
        if (branches.length === 1) target = branches[0];
        else if (isSchema(resolved.items)) {
          suffix += '[]';
          target = resolved.items;
        } else if (isSchema(resolved.additionalProperties) && Object.keys(resolved.additionalProperties).length > 0) {
          suffix += '{}';
          target = resolved.additionalProperties;
        } else target = undefined;
      }
    }
    // Variants (a `oneOf` of several objects beside `properties`): each one's fields follow, at the same level.
    const variants = Array.isArray(node.oneOf)
      ? node.oneOf.filter((branch): branch is Schema => isSchema(branch) && branch.type !== 'null')
      : [];
    if (variants.length > 1) for (const variant of variants) visit(resolve(variant), prefix, enclosing);
  };
  visit(root, '', [typeof root.title === 'string' ? root.title : '']);
  return fields;
}
