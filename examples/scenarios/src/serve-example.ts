import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/** An example app being served: the app, and the URL its `vendor` webhooks are posted to. */
export interface ServedExample<App> {
  readonly app: App;
  readonly url: string;
}

/**
 * Starts the example on 127.0.0.1 (a random port) before the tests of the enclosing `describe` (or file) and stops
 * it after them. Read `app` and `url` inside the tests: they exist once `beforeAll` has run.
 */
export function serveExample<App extends { server: Server }>(vendor: string, start: () => App | Promise<App>): ServedExample<App> {
  let app: App | undefined;
  let url: string | undefined;
  beforeAll(async () => {
    const started = await start();
    app = started;
    await new Promise<void>((resolve) => started.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(started.server.address() as AddressInfo).port}/webhooks/${vendor}`;
  });
  afterAll(() => new Promise<void>((resolve) => (app ? app.server.close(() => resolve()) : resolve())));
  return {
    get app() {
      if (app === undefined) throw new Error('the example is not started yet: read `app` inside a test');
      return app;
    },
    get url() {
      if (url === undefined) throw new Error('the example is not started yet: read `url` inside a test');
      return url;
    },
  };
}
