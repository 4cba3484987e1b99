import { transformSync } from 'esbuild';

/**
 * Short local names and no whitespace, by esbuild: the code is machine-made and read by no one, and every byte of
 * it is parsed at import. Exports keep their names, as `export const` statements (the generator types them); free
 * names (runtime helpers) are never renamed.
 */
export function minifyModule(code: string): string {
  const minified = transformSync(code, { format: 'esm', minify: true, target: 'es2022' }).code;
  const exportList = /export\{([^}]*)\};\n?$/.exec(minified);
  if (!exportList) throw new Error(`minifyModule: esbuild's output does not end with an export list: ${minified.slice(-200)}`);
  const exports = exportList[1]!.split(',').map((binding) => {
    const [local, exported = local] = binding.split(' as ');
    return `export const ${exported} = ${local};`;
  });
  return `${minified.slice(0, exportList.index)}\n${exports.join('\n')}`;
}
