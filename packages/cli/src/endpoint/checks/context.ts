import { randomUUID } from 'node:crypto';
import { mock, sequence } from '@chat-webhooks/mocks';
import { eventNames, vendors, type Vendor, type VendorFacts } from '@chat-webhooks/schemas';
import { vendorBody } from '../body.js';
import { buildDelivery, type Delivery, type Signing } from '../delivery.js';
import { deliveryRule, type DeliveryRule, type RuleOverrides } from '../rule.js';
import { sendOnce, type Outcome } from '../send.js';

/** The bounds of a run, all from flags with safe defaults. */
export interface CheckLimits {
  burst: number;
  concurrency: number;
  hugeBytes: number;
  settleMs: number;
}

/** What every check works with: the endpoint, the vendor's rule, the secret, and ways to make fresh deliveries. */
export interface CheckContext {
  vendor: Vendor;
  facts: VendorFacts;
  url: URL;
  secret: string | undefined;
  overrides: RuleOverrides;
  limits: CheckLimits;
  /** How many deliveries the endpoint says it processed (`--processed-url`), when the user gave a way to ask. */
  processed?: () => Promise<number>;
  /** The rule for an event (the vendor's, or the flags'). */
  rule(event?: string): DeliveryRule;
  /** A realistic payload of the vendor's everyday event, different from every other one this run made. */
  fresh(tag: string, event?: string): { payload: Record<string, unknown>; event: string };
  /** The vendor's request for a payload, signed as asked (the real secret by default). */
  delivery(payload: unknown, event: string, signing?: Signing | 'unsigned'): Delivery;
  /** One send, waiting as long as the vendor would for this event. */
  send(delivery: Delivery): Promise<Outcome>;
}

/** A check's verdict: `skip` when it does not apply to the vendor (or was skipped by the user), with why. */
export interface CheckResult {
  id: string;
  title: string;
  status: 'pass' | 'fail' | 'skip';
  detail: string;
}

export interface Check {
  id: string;
  title: string;
  /** Why the check does not apply to this vendor, or undefined when it does. */
  skip?(context: CheckContext): string | undefined;
  run(context: CheckContext): Promise<{ pass: boolean; detail: string }>;
}

export function checkContext(
  vendor: Vendor,
  url: URL,
  secret: string | undefined,
  overrides: RuleOverrides,
  limits: CheckLimits,
  processed?: () => Promise<number>,
): CheckContext {
  const facts = vendors.find((candidate) => candidate.id === vendor)!;
  const everyday = everydayEvent(vendor, facts.discriminator);
  // Deliveries from an earlier run are still remembered by a de-duplicating endpoint: every run's differ.
  const run = randomUUID();
  const context: CheckContext = {
    vendor,
    facts,
    url,
    secret,
    overrides,
    limits,
    ...(processed === undefined ? {} : { processed }),
    rule: (event) => deliveryRule(vendor, event, overrides),
    fresh: (tag, event = everyday) => ({
      payload: mock(vendor, event as never, undefined, { seed: `${run}-${tag}` }) as Record<string, unknown>,
      event,
    }),
    delivery: (payload, event, signing) =>
      buildDelivery(
        vendor,
        vendorBody(vendor, payload),
        signing === 'unsigned' ? undefined : (signing ?? (secret === undefined ? undefined : { secret })),
        event,
      ),
    send: (delivery) => sendOnce(url, delivery, context.rule(delivery.event).timeoutMs),
  };
  return context;
}

/** The first event of the vendor's life sequence (an ordinary, asynchronous delivery), or its first event. */
function everydayEvent(vendor: Vendor, discriminator: string): string {
  try {
    return String((sequence(vendor, { seed: 1, messages: 0 })[0] as unknown as Record<string, unknown>)[discriminator]);
  } catch {
    // A vendor added by its schemas alone has no sequence written yet.
    return (
      eventNames(vendor).find((name) => !vendors.find((candidate) => candidate.id === vendor)?.decisions?.events.includes(name)) ??
      eventNames(vendor)[0]!
    );
  }
}

/**
 * Runs `send` and says whether the endpoint's processed count moved meanwhile (after `settleMs`, since handlers
 * usually run after the answer); `moved` is undefined when the user gave no way to ask. The count before is read
 * once it has stopped moving, so that the late handler of an earlier check's delivery (a loaded endpoint runs them
 * well after answering) is not counted as this check's.
 */
export async function watchingProcessed<T>(context: CheckContext, send: () => Promise<T>): Promise<{ result: T; moved?: number }> {
  const { processed } = context;
  if (processed === undefined) return { result: await send() };
  const before = await settledCount(processed, context.limits.settleMs);
  const result = await send();
  await settle(context.limits.settleMs);
  return { result, moved: (await processed()) - before };
}

// Bounded: an endpoint whose count never stops moving (other traffic) is measured from the last read.
const MAX_SETTLE_READS = 8;

async function settledCount(processed: () => Promise<number>, settleMs: number): Promise<number> {
  let count = await processed();
  for (let read = 0; read < MAX_SETTLE_READS; read++) {
    await settle(settleMs);
    const again = await processed();
    if (again === count) break;
    count = again;
  }
  return count;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
