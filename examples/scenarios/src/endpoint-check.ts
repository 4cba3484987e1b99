import type { Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { chatWebhooks } from './chat-webhooks.js';
import { serveExample } from './serve-example.js';

/**
 * Serves the example and runs `chat-webhooks check-endpoint` against it, as a team would before going live: no
 * check fails, the report card ends with `summary`, the command exits 0. `also` adds assertions on the output.
 */
export function endpointCheck(
  name: string,
  vendor: string,
  secret: string | undefined,
  start: () => { server: Server } | Promise<{ server: Server }>,
  expected: { summary: string; also?: (output: { stdout: string; stderr: string }) => void },
): void {
  describe(`${name} example (${vendor}) against chat-webhooks check-endpoint`, () => {
    const served = serveExample(vendor, start);
    it('passes every check', async () => {
      const { code, stdout, stderr } = await chatWebhooks(['check-endpoint', vendor, '--url', served.url], secret);
      expect(stdout.split('\n').filter((line) => line.startsWith('FAIL'))).toEqual([]);
      expect(stdout).toContain(expected.summary);
      expected.also?.({ stdout, stderr });
      expect(code).toBe(0);
    });
  });
}
