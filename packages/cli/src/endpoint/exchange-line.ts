import type { Io } from '../io.js';
import { style } from '../style.js';
import type { Delivery } from './delivery.js';
import { describeOutcome, type Exchange } from './send.js';

/** A sent delivery in JSON, one line per delivery for machines (`--json`). */
export function exchangeJson(delivery: Delivery, exchange: Exchange, origin?: string): string {
  return JSON.stringify({
    ...(delivery.event === undefined ? {} : { event: delivery.event }),
    ...(origin === undefined ? {} : { origin }),
    signed: delivery.signed,
    bytes: delivery.body.byteLength,
    ok: isAccepted(exchange),
    attempts: exchange.attempts.map((outcome) =>
      outcome.kind === 'answer'
        ? { status: outcome.status, ms: outcome.ms }
        : outcome.kind === 'timeout'
          ? { timeout: true, ms: outcome.ms }
          : { error: outcome.message, ms: outcome.ms },
    ),
  });
}

/** A sent delivery for people: event, each send (`no answer within 5000 ms -> retry 2/3 -> 200 in 3 ms`), answer. */
export function exchangeLine(io: Io, delivery: Delivery, exchange: Exchange, maxAttempts: number, origin?: string): string {
  const { red, green, yellow, dim } = style(io);
  const sends = exchange.attempts.map((outcome, index) => {
    const text = describeOutcome(outcome);
    const coloured = outcome.kind === 'answer' ? (outcome.status < 300 ? green(text) : red(text)) : yellow(text);
    return index === 0 ? coloured : `${dim(`retry ${index + 1}/${maxAttempts}:`)} ${coloured}`;
  });
  const gaveUp = exchange.answer === undefined ? ` ${red(`gave up after ${exchange.attempts.length} send(s)`)}` : '';
  return `${delivery.event ?? '?'}${origin === undefined ? '' : ` ${dim(`(${origin})`)}`}  ${sends.join(' -> ')}${gaveUp}`;
}

/** The vendor counts a delivery as delivered on a 2xx answer. */
export function isAccepted(exchange: Exchange): boolean {
  return exchange.answer !== undefined && exchange.answer.status >= 200 && exchange.answer.status < 300;
}
