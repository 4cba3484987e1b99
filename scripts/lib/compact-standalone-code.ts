import { transformSync } from 'esbuild';

/**
 * ajv's standalone code, rewritten smaller with the same meaning. Every byte of it is parsed when a package
 * entry is imported, so its size is the cold start of the validators. Each rewrite matches code that ajv
 * 8 generates for our schema subset, and fails the build when ajv's output stops looking like that: a new
 * ajv can make the build stop, never make the validators wrong. (The validators' tests check the result
 * against ajv compiling the same schemas at run time.) That is why ajv is pinned exactly (8.20.0) wherever it is a
 * dependency. Upstream, standalone code is not self-contained either: it still `require()`s ajv's runtime helpers
 * (ajv-validator/ajv#2509, "Standalone code not truly standalone"; ESM output: ajv-validator/ajv#2209), which the
 * generator replaces with the package's own.
 */
export function compactStandaloneCode(code: string): string {
  return minifyModule(inlineSchemaConstants(positionalCalls(pushErrorCalls(dropEvaluated(dropSchemaPaths(code))))));
}

/**
 * The package words its errors from `instancePath`, `keyword` and `params` only. (ajv's three statements per
 * error stay: folding them into one, `(vErrors ??= []).push(...)`, measurably slowed valid payloads in V8.)
 */
function dropSchemaPaths(code: string): string {
  return code.replace(/schemaPath:"[^"]*",/g, '');
}

/**
 * Ajv2020 keeps, on each function, which properties and items it evaluated, for `unevaluatedProperties` and
 * `unevaluatedItems`, which the schema subset excludes: nothing reads it, yet every call reset it. (What a
 * `oneOf` tracks in local `props` variables stays: it is local, dead and small.)
 */
function dropEvaluated(code: string): string {
  const rewritten = code
    .replace(
      /const (evaluated\d+) = validate\d+\.evaluated;if\(\1\.dynamicProps\)\{\1\.props = undefined;\}if\(\1\.dynamicItems\)\{\1\.items = undefined;\}/g,
      '',
    )
    .replace(/\bevaluated\d+\.props = props\d+;/g, '')
    .replace(/validate\d+\.evaluated = \{(?:"props":(?:true|\{[^{}]*\}),)?"dynamicProps":(?:true|false),"dynamicItems":false\};/g, '');
  return expectGone(rewritten, /\bevaluated/, '`evaluated` bookkeeping');
}

/**
 * Each error ajv reports takes three statements (make the object, start or extend the list, count it); as one
 * call of `pushError` (packages/validators/src/core/append-errors.ts) it takes half the bytes. The explaining
 * code runs only on payloads the fast path rejected, so its size, parsed at every cold start, matters more
 * than a call per error.
 */
function pushErrorCalls(code: string): string {
  const rewritten = code.replace(
    /const (err\d+) = \{instancePath(?::(.*?))?,keyword:"([^"]+)",params:(.*?)\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g,
    (_match, _name: string, path: string | undefined, keyword: string, params: string) =>
      `vErrors = pushError(vErrors, ${path ?? 'instancePath'}, "${keyword}", ${params});errors++;`,
  );
  return expectGone(rewritten, /\berr\d+\b/, 'error pushes');
}

/**
 * ajv passes a referenced definition's validator an options object (`parentData`, `rootData` and
 * `dynamicAnchors` serve `$data` and `$dynamicRef`, which the schema subset excludes); only the path is used.
 */
function positionalCalls(code: string): string {
  const rewritten = code
    .replace(
      /function (validate\d+)\(data, \{instancePath="", parentData, parentDataProperty, rootData=data(?:, dynamicAnchors=\{\})?\}=\{\}\)\{/g,
      'function $1(data, instancePath = ""){',
    )
    .replace(
      /(validate\d+)\(([^(),{}]+), \{instancePath:([^,{}]+),parentData:[^,{}]+,parentDataProperty:[^,{}]+,rootData(?:,dynamicAnchors)?\}\)/g,
      '$1($2, $3)',
    )
    // A variant selected by ajv's `discriminator` validates the same value, so its options are passed on as they are.
    .replace(
      /(validate\d+)\(([^(),{}]+), \{instancePath,parentData,parentDataProperty,rootData(?:,dynamicAnchors)?\}\)/g,
      '$1($2, instancePath)',
    );
  return expectGone(rewritten, /parentData|rootData|dynamicAnchors/, 'options objects');
}

/**
 * ajv keeps a whole definition as a constant when an error refers to one value of it (an enum's allowed
 * values); the value alone is enough.
 */
function inlineSchemaConstants(code: string): string {
  const constants = new Map<string, unknown>();
  let rewritten = code.replace(/const (schema\d+) = (\{.*?\});(?=function |const |export |$)/g, (_match, name: string, json: string) => {
    constants.set(name, JSON.parse(json));
    return '';
  });
  rewritten = rewritten.replace(/\b(schema\d+)((?:\.[A-Za-z_$][\w$]*|\["[^"]*"\])+)/g, (match, name: string, accessors: string) => {
    if (!constants.has(name)) return match;
    const path = [...accessors.matchAll(/\.([A-Za-z_$][\w$]*)|\["([^"]*)"\]/g)].map((step) => step[1] ?? step[2]!);
    const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], constants.get(name));
    return JSON.stringify(value);
  });
  return expectGone(rewritten, /\bschema\d+\b/, 'schema constants');
}

/**
 * Short local names and no whitespace, by esbuild: the code is machine-made and read by no one, and half the
 * bytes are names such as `vErrors` and `instancePath`. Exports keep their names, as `export const`
 * statements (the generator types them); free names (`strictMode`, runtime helpers) are never renamed.
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

function expectGone(code: string, leftover: RegExp, what: string): string {
  const found = leftover.exec(code);
  if (found)
    throw new Error(
      `compactStandaloneCode: ajv's ${what} no longer look as expected near: ${code.slice(Math.max(0, found.index - 80), found.index + 80)}`,
    );
  return code;
}
