import ts from 'typescript';

/** Compiles `rootFiles` with the given options (always `strict`) and returns every diagnostic, formatted. */
export function typeErrors(rootFiles: string[], options: ts.CompilerOptions = {}): string[] {
  const compilerOptions: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    ...options,
  };
  const program = ts.createProgram(rootFiles, compilerOptions);
  const host = ts.createCompilerHost(compilerOptions);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.formatDiagnostic(diagnostic, host).trim());
}

/** Names of the top-level declarations of a TypeScript source text. */
export function declaredNames(source: string): string[] {
  const file = ts.createSourceFile('generated.ts', source, ts.ScriptTarget.ES2022);
  return file.statements.flatMap((statement) =>
    ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement)
      ? [statement.name.text]
      : [],
  );
}
