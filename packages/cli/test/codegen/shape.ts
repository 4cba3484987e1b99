/**
 * A small lexer for the C-family languages whose output no compiler checks here (Kotlin, Swift, C#): skips
 * comments, string and character literals, and reports brackets that do not balance.
 */
export function unbalancedBrackets(code: string): string[] {
  const problems: string[] = [];
  const stack: { char: string; line: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let line = 1;
  let index = 0;
  const skipQuoted = (quote: string): void => {
    index += 1;
    while (index < code.length && code[index] !== quote) {
      if (code[index] === '\\') index += 1;
      if (code[index] === '\n') {
        if (quote === "'") return; // not a character literal after all (an apostrophe in prose)
        line += 1;
      }
      index += 1;
    }
  };
  while (index < code.length) {
    const char = code[index]!;
    const next = code[index + 1];
    if (char === '\n') {
      line += 1;
    } else if (char === '/' && next === '/') {
      while (index < code.length && code[index] !== '\n') index += 1;
      continue;
    } else if (char === '/' && next === '*') {
      const end = code.indexOf('*/', index + 2);
      const stop = end < 0 ? code.length : end + 2;
      line += code.slice(index, stop).split('\n').length - 1;
      index = stop;
      continue;
    } else if (char === '"' && code.startsWith('"""', index)) {
      const end = code.indexOf('"""', index + 3);
      const stop = end < 0 ? code.length : end + 3;
      line += code.slice(index, stop).split('\n').length - 1;
      index = stop;
      continue;
    } else if (char === '"') {
      skipQuoted('"');
    } else if (char === "'" && /^'(\\.|[^'\\\n])'/.test(code.slice(index, index + 4))) {
      skipQuoted("'");
    } else if (char === '(' || char === '[' || char === '{') {
      stack.push({ char, line });
    } else if (char === ')' || char === ']' || char === '}') {
      const open = stack.pop();
      if (open === undefined || open.char !== pairs[char]) {
        problems.push(`line ${line}: '${char}' closes ${open === undefined ? 'nothing' : `'${open.char}' of line ${open.line}`}`);
      }
    }
    index += 1;
  }
  for (const open of stack) problems.push(`line ${open.line}: '${open.char}' is never closed`);
  return problems;
}
