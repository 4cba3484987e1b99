import type { AnyEventHandler, DeliveryContext, ErrorHandler, ReceiverError, UnknownEventHandler, Vendor } from './types.js';

/** The handlers registered on a receiver, and the one rule for calling them: nothing they do escapes. */
export class HandlerRegistry<V extends Vendor> {
  readonly byName = new Map<string, AnyEventHandler<V>[]>();
  readonly any: AnyEventHandler<V>[] = [];
  readonly unknown: UnknownEventHandler<V>[] = [];
  readonly errors: ErrorHandler<V>[] = [];

  add(name: string, handler: AnyEventHandler<V>): void {
    this.byName.set(name, [...(this.byName.get(name) ?? []), handler]);
  }

  /** Runs the event's handlers then the `onAny` ones; returns the errors they threw (each also sent to `onError`). */
  async dispatch(event: unknown, context: DeliveryContext<V>, toError: (cause: unknown) => ReceiverError): Promise<ReceiverError[]> {
    const failures: ReceiverError[] = [];
    for (const handler of [...(this.byName.get(context.name) ?? []), ...this.any]) {
      try {
        await handler(event as never, context);
      } catch (cause) {
        const error = toError(cause);
        failures.push(error);
        await this.reportError(error, context);
      }
    }
    return failures;
  }

  async dispatchUnknown(payload: Record<string, unknown>, context: DeliveryContext<V>, toError: (cause: unknown) => ReceiverError): Promise<void> {
    for (const handler of this.unknown) {
      try {
        await handler(payload, context);
      } catch (cause) {
        await this.reportError(toError(cause), context);
      }
    }
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
}
