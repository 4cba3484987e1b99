import type { ValidationError } from '@chat-webhooks/validators';
import {
  ReceiverError,
  type AnyEventHandler,
  type DeliveryContext,
  type ErrorHandler,
  type InvalidEventHandler,
  type UnknownEventHandler,
  type Vendor,
} from './types.js';

/** The handlers registered on a receiver, and the one rule for calling them: nothing they do escapes. */
export class HandlerRegistry<V extends Vendor> {
  readonly byName = new Map<string, AnyEventHandler<V>[]>();
  readonly any: AnyEventHandler<V>[] = [];
  readonly unknown: UnknownEventHandler<V>[] = [];
  readonly invalid: InvalidEventHandler<V>[] = [];
  readonly errors: ErrorHandler<V>[] = [];

  /** @param handlerTimeoutMs a handler still running after this long counts as failed (it is not stopped). */
  constructor(private readonly handlerTimeoutMs: number) {}

  add(name: string, handler: AnyEventHandler<V>): void {
    this.byName.set(name, [...(this.byName.get(name) ?? []), handler]);
  }

  /** Runs the event's handlers then the `onAny` ones; returns the errors they threw (each also sent to `onError`). */
  dispatch(event: unknown, context: DeliveryContext<V>): Promise<ReceiverError[]> {
    return this.run([...(this.byName.get(context.name) ?? []), ...this.any], (handler) => handler(event as never, context), context);
  }

  dispatchUnknown(payload: Record<string, unknown>, context: DeliveryContext<V>): Promise<ReceiverError[]> {
    return this.run(this.unknown, (handler) => handler(payload, context), context);
  }

  dispatchInvalid(
    payload: Record<string, unknown>,
    errors: readonly ValidationError[],
    context: DeliveryContext<V>,
  ): Promise<ReceiverError[]> {
    return this.run(this.invalid, (handler) => handler(payload, errors, context), context);
  }

  /** Hands `error` to every `onError` handler; without one, logs it. An `onError` that throws is logged too. */
  async reportError(error: ReceiverError, context: Partial<DeliveryContext<V>>): Promise<void> {
    if (this.errors.length === 0) {
      console.error(error);
      return;
    }
    for (const handler of this.errors) {
      try {
        await handler(error, context);
      } catch (failure) {
        console.error('@chat-webhooks/receiver: an onError handler threw', failure);
      }
    }
  }

  private async run<H>(handlers: readonly H[], call: (handler: H) => unknown, context: DeliveryContext<V>): Promise<ReceiverError[]> {
    const failures: ReceiverError[] = [];
    for (const handler of handlers) {
      const error = await this.settle(() => call(handler), context);
      if (error === undefined) continue;
      failures.push(error);
      await this.reportError(error, context);
    }
    return failures;
  }

  /** Awaits one handler call, within the handler timeout; the error it ended with, if any. */
  private async settle(call: () => unknown, { vendor, name }: DeliveryContext<V>): Promise<ReceiverError | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<ReceiverError>((resolve) => {
      timer = setTimeout(
        () => resolve(new ReceiverError('handlerTimeout', `a handler of ${vendor} ${name} still ran after ${this.handlerTimeoutMs} ms`)),
        this.handlerTimeoutMs,
      );
    });
    const outcome = (async () => {
      try {
        await call();
        return undefined;
      } catch (cause) {
        return new ReceiverError(
          'handler',
          `a handler of ${vendor} ${name} threw: ${cause instanceof Error ? cause.message : String(cause)}`,
          { cause },
        );
      }
    })();
    try {
      return await Promise.race([outcome, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
