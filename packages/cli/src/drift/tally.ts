import type { Verdict } from './verdict.js';

export type EventCounts = { deliveries: number } & Record<Verdict, number>;

/** Deliveries by event and verdict, and when the first and last were received: the report's counts. */
export class Tally {
  readonly events = new Map<string, EventCounts>();
  received?: { first: string; last: string };

  add(event: string, verdict: Verdict, receivedAt?: string): void {
    const counts = this.events.get(event) ?? { deliveries: 0, valid: 0, drift: 0, invalid: 0, unknown: 0 };
    counts.deliveries++;
    counts[verdict]++;
    this.events.set(event, counts);
    if (receivedAt !== undefined) {
      // ISO 8601 in UTC sorts as text.
      if (this.received === undefined) this.received = { first: receivedAt, last: receivedAt };
      else if (receivedAt < this.received.first) this.received.first = receivedAt;
      else if (receivedAt > this.received.last) this.received.last = receivedAt;
    }
  }
}
