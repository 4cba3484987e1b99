import type { Check, CheckContext, CheckResult } from './context.js';
import { decisionInTime } from './decision.js';
import { sameDeliveryTwice } from './duplicate.js';
import { hugeBodyRefused } from './huge-body.js';
import { reserialisedRefused, signedAccepted, truncatedBodyRefused, unsignedRefused, wrongSecretRefused } from './refusals.js';
import { answerTime } from './timing.js';
import { unknownEventAcknowledged } from './unknown-event.js';

export type { CheckContext, CheckResult } from './context.js';
export { checkContext } from './context.js';

/** Every check, in the order they run: the burst and the huge body last, as they load the endpoint most. */
export const CHECKS: readonly Check[] = [
  signedAccepted,
  unsignedRefused,
  wrongSecretRefused,
  truncatedBodyRefused,
  reserialisedRefused,
  unknownEventAcknowledged,
  sameDeliveryTwice,
  decisionInTime,
  answerTime,
  hugeBodyRefused,
];

export const CHECK_IDS = CHECKS.map((check) => check.id);

/**
 * Runs the checks one after the other (a check's requests never overlap another's, so their answers and the
 * processed count are its own). `skipped` are the ids the user chose to leave out.
 */
export async function runChecks(
  context: CheckContext,
  skipped: readonly string[],
  onResult?: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of CHECKS) {
    const why = skipped.includes(check.id) ? 'skipped (--skip)' : check.skip?.(context);
    const result: CheckResult =
      why === undefined
        ? {
            id: check.id,
            title: check.title,
            ...(await check.run(context).then(({ pass, detail }) => ({ status: pass ? ('pass' as const) : ('fail' as const), detail }))),
          }
        : { id: check.id, title: check.title, status: 'skip', detail: why };
    results.push(result);
    onResult?.(result);
  }
  return results;
}
