/**
 * Asks the user's endpoint how many deliveries it processed (`--processed-url`): a GET answered with a JSON
 * number or `{ "processed": n }`. It is how refused and duplicate deliveries are seen not to be processed.
 */
export function processedProbe(url: URL): () => Promise<number> {
  return async () => {
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    } catch (error) {
      throw new Error(`cannot read the processed count at ${url.href}: ${(error as Error).message}`);
    }
    const text = await response.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const count = typeof value === 'number' ? value : (value as { processed?: unknown } | undefined)?.processed;
    if (!response.ok || typeof count !== 'number' || !Number.isInteger(count)) {
      throw new Error(
        `${url.href} must answer 200 with a JSON whole number or { "processed": n }, got ${response.status} ${JSON.stringify(text.slice(0, 80))}`,
      );
    }
    return count;
  };
}
