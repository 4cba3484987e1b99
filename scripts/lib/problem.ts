/** One broken convention, precise enough to fix without reading the checker. */
export interface SchemaProblem {
  /** Path relative to the repository root. */
  file: string;
  /** JSON pointer inside the file ('' for the whole file). */
  pointer: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

export function formatProblem(problem: SchemaProblem): string {
  const where = problem.pointer ? `${problem.file}#${problem.pointer}` : problem.file;
  return `${where}\n  ${problem.message}\n  fix: ${problem.fix}`;
}

/** Thrown by loaders when the schema tree breaks a convention; carries every problem found. */
export class SchemaProblemsError extends Error {
  constructor(readonly problems: SchemaProblem[]) {
    super(`${problems.length} schema problem(s):\n\n${problems.map(formatProblem).join('\n\n')}`);
    this.name = 'SchemaProblemsError';
  }
}
