import type { AnyEventHandler, DeliveryContext, Vendor } from './types.js';

export interface Decided {
  /** The answer: a handler's decision, or the default. */
  decision: Readonly<Record<string, unknown>>;
  /** Why the default was answered instead of a handler's decision, if it was. */
  problem?: { kind: 'handler' | 'handlerTimeout'; message: string; cause?: unknown };
}

/**
 * Asks the event's handlers for a synchronous event's decision: the first that returns one decides (later ones
 * still run, their return values ignored). Answers `fallback` when none decides, when one throws or returns
 * something that is not a decision (an object with the default's properties), or when `deadlineMs` passes first:
 * the vendor must get an answer before its own timeout.
 */
export async function decide<V extends Vendor>(
  handlers: readonly AnyEventHandler<V>[],
  event: unknown,
  context: DeliveryContext<V>,
  { deadlineMs, fallback }: { deadlineMs: number; fallback: Readonly<Record<string, unknown>> },
): Promise<Decided> {
  const isDecision = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(fallback).every((key) => key in value);
  const ask = async (): Promise<Decided> => {
    let decision: Record<string, unknown> | undefined;
    for (const handler of handlers) {
      const answer = await handler(event as never, context);
      if (decision !== undefined || answer === undefined) continue;
      if (!isDecision(answer))
        return {
          decision: fallback,
          problem: {
            kind: 'handler',
            message: `a handler of ${context.vendor} ${context.name} returned ${JSON.stringify(answer)}, not a decision like ${JSON.stringify(fallback)}`,
          },
        };
      decision = answer;
    }
    return decision === undefined
      ? {
          decision: fallback,
          ...(handlers.length > 0
            ? { problem: { kind: 'handler' as const, message: `no handler of ${context.vendor} ${context.name} returned a decision` } }
            : {}),
        }
      : { decision };
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Decided>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          decision: fallback,
          problem: {
            kind: 'handlerTimeout',
            message: `no decision for ${context.vendor} ${context.name} within ${deadlineMs} ms; answered the default`,
          },
        }),
      deadlineMs,
    );
  });
  try {
    return await Promise.race([
      ask().catch((cause: unknown) => ({
        decision: fallback,
        problem: {
          kind: 'handler' as const,
          message: `a handler of ${context.vendor} ${context.name} threw: ${cause instanceof Error ? cause.message : String(cause)}`,
          cause,
        },
      })),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
