import fc from 'fast-check';
import { getExamples, vendors, type Vendor } from '@chat-webhooks/schemas';
import { describe, expect, it } from 'vitest';
import { formatSomeErrors } from '../src/core/format-errors.js';
import type { Explain } from '../src/core/explain.js';
import type { InvalidResult, RawError, ValidationResult } from '../src/core/types.js';
import { parseWebhook, validate, validateEvent } from '../src/index.js';
import { onePerEvent } from './examples.js';

type EventModule = Record<string, unknown>;
const generated = new URL('../src/generated/', import.meta.url);
const slugOf = (name: string) => name.replaceAll(':', '.');
interface VendorEntry {
  validate(payload: unknown, options?: object): ValidationResult;
  parseWebhook(body: string | Uint8Array, options?: object): ValidationResult;
}
const vendorModule = (vendor: Vendor) => import(/* @vite-ignore */ new URL(`${vendor}/index.ts`, generated).href) as Promise<VendorEntry>;
const eventModule = (vendor: Vendor, name: string) =>
  import(/* @vite-ignore */ new URL(`${vendor}/${slugOf(name)}.ts`, generated).href) as Promise<EventModule>;
const explainOf = async (vendor: Vendor, name: string) =>
  ((await import(/* @vite-ignore */ new URL(`${vendor}/${slugOf(name)}.explain.ts`, generated).href)) as { explain: Explain }).explain;
const eventValidate = (module: EventModule) =>
  Object.entries(module).find(([key]) => key.startsWith('validate'))![1] as (payload: unknown, options?: object) => ValidationResult;

/** Per vendor, a documented example with an array of objects, to fill with ~1 MiB of invalid items. */
const targets: Record<Vendor, { name: string; array: string }> = {
  talkplus: { name: 'member_added', array: 'users' },
  nexconn: { name: 'open_channel:operation', array: 'data' },
  sendbird: { name: 'open_channel:create', array: 'operators' },
};

// Each hostile case validates megabytes several times: a generous timeout, since vitest's 5 s default is not a
// speed requirement (speed lives in bench/hostile-errors.ts).
const HOSTILE_TIMEOUT_MS = 120_000;

/** The documented example with `array` holding `count` copies of `item`. */
function hostilePayload(vendor: Vendor, count: number, item: unknown): Record<string, unknown> {
  const { name, array } = targets[vendor];
  const payload = JSON.parse(getExamples(vendor, name as never)[0]!.body) as Record<string, unknown>;
  expect(Array.isArray(payload[array]), `${vendor} ${name} documents an array at /${array}`).toBe(true);
  payload[array] = new Array(count).fill(item);
  return payload;
}

function expectBounded(result: ValidationResult): asserts result is InvalidResult {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(20);
  expect(result.truncated).toBe(true);
  expect(JSON.stringify(result).length).toBeLessThan(64 * 1024);
}

describe('a hostile body of ~1 MiB of invalid array items gets a short answer, for every vendor', () => {
  it('covers every vendor', () => {
    expect(Object.keys(targets).sort()).toEqual(vendors.map((facts) => facts.id).sort());
  });

  for (const vendor of Object.keys(targets) as Vendor[]) {
    const { name, array } = targets[vendor];

    it(
      `${vendor} ${name}: 500,000 items of 0 in /${array} through parseWebhook (root and vendor entry)`,
      async () => {
        const body = JSON.stringify(hostilePayload(vendor, 500_000, 0));
        expect(body.length).toBeGreaterThan(1_000_000);
        expect(body.length).toBeLessThanOrEqual(1024 * 1024);
        const result = parseWebhook(vendor, body);
        expectBounded(result);
        expect(result.name).toBe(name);
        expect(result.errors[0]).toMatchObject({ path: `/${array}/0`, keyword: 'type' });
        expect(result.errors.at(-1)).toMatchObject({ path: `/${array}/19` });
        expectBounded((await vendorModule(vendor)).parseWebhook(new TextEncoder().encode(body)));
      },
      HOSTILE_TIMEOUT_MS,
    );

    it(
      `${vendor} ${name}: 333,333 empty objects in /${array} (several errors each), root, vendor and event entry points`,
      async () => {
        const payload = hostilePayload(vendor, 333_333, {});
        expectBounded(parseWebhook(vendor, JSON.stringify(payload)));
        expectBounded(validate(vendor, payload));
        expectBounded(validateEvent(vendor, name as never, payload));
        expectBounded((await vendorModule(vendor)).validate(payload));
        expectBounded(eventValidate(await eventModule(vendor, name))(payload));
        expectBounded(eventValidate(await eventModule(vendor, name))(payload, { strict: true }));
      },
      HOSTILE_TIMEOUT_MS,
    );
  }
});

describe('maxErrors', () => {
  const vendor = 'nexconn';
  const { name, array } = targets[vendor];

  it('keeps exactly maxErrors errors, in order, and says truncated only when there were more', () => {
    const twenty = validate(vendor, hostilePayload(vendor, 20, 0));
    expect(twenty).toMatchObject({ ok: false, errors: Array.from({ length: 20 }, (_, index) => ({ path: `/${array}/${index}` })) });
    expect(twenty).not.toHaveProperty('truncated');
    const twentyOne = validate(vendor, hostilePayload(vendor, 21, 0));
    expect(twentyOne).toMatchObject({ ok: false, truncated: true });
    expect(twentyOne.ok ? [] : twentyOne.errors.map((error) => error.path)).toEqual(
      twenty.ok ? [] : twenty.errors.map((error) => error.path),
    );
  });

  it('takes other limits, Infinity keeping every error', async () => {
    const payload = hostilePayload(vendor, 1000, 0);
    expect(validate(vendor, payload, { maxErrors: 3 })).toMatchObject({
      ok: false,
      truncated: true,
      errors: [{ path: `/${array}/0` }, { path: `/${array}/1` }, { path: `/${array}/2` }],
    });
    const all = validateEvent(vendor, name as never, payload, { maxErrors: Infinity });
    expect(all.ok ? 0 : all.errors.length).toBe(1000);
    expect(all).not.toHaveProperty('truncated');
    expect(parseWebhook(vendor, JSON.stringify(payload), { maxErrors: 1000 })).not.toHaveProperty('truncated');
    expect(eventValidate(await eventModule(vendor, name))(payload, { maxErrors: 7 })).toMatchObject({
      truncated: true,
      errors: { length: 7 },
    });
  });

  it('words only the errors it keeps', () => {
    let paramsRead = 0;
    const raw: RawError[] = Array.from({ length: 10_000 }, (_, index) => {
      const error = { instancePath: `/items/${index}`, keyword: 'type' } as RawError;
      Object.defineProperty(error, 'params', { get: () => (paramsRead++, { type: 'string' }) });
      return error;
    });
    const { errors, truncated } = formatSomeErrors(raw, { items: [] }, 20);
    expect(errors).toHaveLength(20);
    expect(truncated).toBe(true);
    expect(paramsRead).toBe(20);
  });
});

describe('the explainer stops once it has the errors a result may carry', () => {
  it('on a hostile body: one error more than maxErrors, the same first ones as with no limit', async () => {
    const explain = await explainOf('talkplus', 'member_added');
    const payload = hostilePayload('talkplus', 333_333, {});
    const limited = explain(payload, false, 20);
    expect(limited).toHaveLength(21);
    const all = explain(payload, false);
    expect(all.length).toBeGreaterThan(333_333);
    expect(all.slice(0, 21)).toEqual(limited);
  });

  const pathsOf = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
    typeof value !== 'object' || value === null
      ? [path]
      : [path, ...Object.entries(value).flatMap(([key, child]) => pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]))];

  // Errors inside a oneOf may still be taken back or merged: the walk must never stop there, whatever the limit.
  for (const { vendor, name, payload } of onePerEvent) {
    it(`${vendor} ${name}: any limit gives the first errors of the whole list, on mutated payloads`, async () => {
      const explain = await explainOf(vendor, name);
      const mutation = fc.record({
        path: fc.constantFrom(...pathsOf(payload).filter((path) => path.length > 0)),
        value: fc.jsonValue({ maxDepth: 3 }),
      });
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.nat(4), fc.boolean(), (mutations, limit, strict) => {
          const mutated: any = structuredClone(payload);
          for (const { path, value } of mutations) {
            const parent = path
              .slice(0, -1)
              .reduce((current: any, segment) => (current && typeof current === 'object' ? current[segment] : undefined), mutated);
            if (parent && typeof parent === 'object') parent[path.at(-1)!] = value;
          }
          const all = explain(mutated, strict);
          expect(explain(mutated, strict, limit)).toEqual(all.slice(0, limit + 1));
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe('numeric options are checked: a bad value throws a TypeError naming the option', () => {
  const { name, array } = targets.talkplus;
  const body = getExamples('talkplus', name as never)[0]!.body;
  const payload = JSON.parse(body) as Record<string, unknown>;
  const broken = { ...payload, [array]: [0] };
  const notNumbers = [Number.NaN, -1, 0, 1.5, -Infinity, '20', null, true];

  /** Every entry point that takes the option, with a valid and an invalid payload: the check comes first. */
  async function entryPoints(option: string): Promise<[string, (options: object) => unknown][]> {
    const vendorEntry = await vendorModule('talkplus');
    const eventEntry = eventValidate(await eventModule('talkplus', name));
    const parseOnly: [string, (options: object) => unknown][] = [
      ['root parseWebhook', (options) => parseWebhook('talkplus', body, options)],
      ['root parseWebhook, bad JSON', (options) => parseWebhook('talkplus', '{', options)],
      ['root parseWebhook, unknown vendor', (options) => parseWebhook('slack' as never, body, options)],
      ['vendor parseWebhook', (options) => vendorEntry.parseWebhook(body, options)],
    ];
    if (option !== 'maxErrors') return parseOnly;
    return [
      ...parseOnly,
      ['root validate', (options) => validate('talkplus', payload, options)],
      ['root validate, invalid payload', (options) => validate('talkplus', broken, options)],
      ['root validate, not an object', (options) => validate('talkplus', 42, options)],
      ['root validateEvent', (options) => validateEvent('talkplus', name as never, payload, options)],
      ['root validateEvent, unknown event', (options) => validateEvent('talkplus', 'nope' as never, payload, options)],
      ['root validate, unknown vendor', (options) => validate('slack' as never, payload, options)],
      ['vendor validate', (options) => vendorEntry.validate(payload, options)],
      ['event validate', (options) => eventEntry(payload, options)],
      ['event validate, invalid payload', (options) => eventEntry(broken, options)],
    ];
  }

  for (const option of ['maxErrors', 'maxBytes', 'maxDepth']) {
    it(`${option}: NaN, negative, zero, fractional, not a number${option === 'maxErrors' ? '' : ', Infinity'}`, async () => {
      const bad = option === 'maxErrors' ? notNumbers : [...notNumbers, Infinity];
      for (const [label, call] of await entryPoints(option)) {
        for (const value of bad) {
          expect(() => call({ [option]: value }), `${label} with ${option}: ${String(value)}`).toThrow(TypeError);
          expect(() => call({ [option]: value }), `${label} with ${option}: ${String(value)}`).toThrow(
            new RegExp(`^@chat-webhooks/validators: options\\.${option} must be `),
          );
        }
        expect(() => call({ [option]: 1e6 }), label).not.toThrow();
        expect(() => call({ [option]: undefined }), label).not.toThrow();
      }
    });
  }

  it('maxErrors may be Infinity; the message says what came instead', () => {
    expect(validate('talkplus', broken, { maxErrors: Infinity })).toMatchObject({ ok: false, errors: { length: 1 } });
    expect(() => parseWebhook('talkplus', body, { maxBytes: Number(process.env.CHAT_WEBHOOKS_UNSET_FOR_TEST) })).toThrow(
      '@chat-webhooks/validators: options.maxBytes must be a positive integer (a number of bytes), got NaN',
    );
    expect(() => validate('talkplus', payload, { maxErrors: '20' as never })).toThrow(
      '@chat-webhooks/validators: options.maxErrors must be a positive integer or Infinity, got the string "20"',
    );
  });
});
