const CONTEXT = 3;

/**
 * A unified diff of two texts (`git apply` and `patch -p1` take it), by the longest common subsequence of
 * their lines. Schema files are a few hundred lines, so the quadratic table is small; the common head and
 * tail are trimmed first, which leaves a proposal's few edited lines.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..].
  const width = midB.length + 1;
  const lcs = new Uint32Array((midA.length + 1) * width);
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        midA[i] === midB[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  type Op = { kind: ' ' | '-' | '+'; text: string };
  const ops: Op[] = a.slice(0, head).map((text) => ({ kind: ' ', text }));
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      ops.push({ kind: ' ', text: midA[i++]! });
      j++;
    } else if (i < midA.length && (j === midB.length || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!))
      ops.push({ kind: '-', text: midA[i++]! });
    else ops.push({ kind: '+', text: midB[j++]! }); // a changed line reads as diff prints it: the old, then the new
  }
  ops.push(...a.slice(a.length - tail).map((text) => ({ kind: ' ' as const, text })));

  const hunks: string[] = [];
  let index = 0;
  let lineA = 1;
  let lineB = 1;
  while (index < ops.length) {
    if (ops[index]!.kind === ' ') {
      index++;
      lineA++;
      lineB++;
      continue;
    }
    // A hunk: context before, changes joined while fewer than 2 * CONTEXT unchanged lines separate them, context after.
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    for (let gap = 0; end < ops.length && gap <= 2 * CONTEXT; end++) gap = ops[end]!.kind === ' ' ? gap + 1 : 0;
    end = Math.min(ops.length, trimContext(ops, end) + CONTEXT);
    const body = ops.slice(start, end);
    const back = index - start;
    const fromA = lineA - back;
    const fromB = lineB - back;
    const countA = body.filter((op) => op.kind !== '+').length;
    const countB = body.filter((op) => op.kind !== '-').length;
    hunks.push(`@@ -${fromA},${countA} +${fromB},${countB} @@\n${body.map((op) => `${op.kind}${op.text}\n`).join('')}`);
    lineA = fromA + countA;
    lineB = fromB + countB;
    index = end;
  }
  if (hunks.length === 0) return '';
  return `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n${hunks.join('')}`;
}

/** The index just past the last change before `end`. */
function trimContext(ops: { kind: string }[], end: number): number {
  let last = end - 1;
  while (last >= 0 && ops[last]!.kind === ' ') last--;
  return last + 1;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
