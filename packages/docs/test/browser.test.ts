import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readTree, siteDir } from './site-files.js';
import { startStaticServer } from './static-server.js';

// The site in a real browser: Debian's Chromium (apt-get install chromium) driven by playwright-core.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const haveChromium = existsSync(CHROMIUM);
const skip = !haveChromium && !process.env.CI;
if (skip) {
  console.warn(
    `\n${'!'.repeat(100)}\n!!! @chat-webhooks/docs: ${CHROMIUM} is missing, so the BROWSER TESTS OF THE SITE ARE SKIPPED.\n` +
      `!!! Install it with \`apt-get install -y chromium\`. With CI set, a missing browser fails the run instead.\n${'!'.repeat(100)}\n`,
  );
}

/** Screenshots, kept as test artifacts (git-ignored). */
const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));
const EVENT_PAGE = 'talkplus/member_added.html';
const FIELD = 'field-channel-members-id';

describe.skipIf(skip)('the site in Chromium', { timeout: 60_000 }, () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let context: BrowserContext;
  let page: Page;
  let userDataDir = '';
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];

  const screenshot = (target: Page, name: string) => target.screenshot({ path: join(resultsDir, `${name}.png`) });
  const watch = (target: Page) => {
    target.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${target.url()}: ${message.text()}`);
    });
    target.on('pageerror', (error) => pageErrors.push(`${target.url()}: ${String(error)}`));
  };

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`CI is set and ${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium)`);
    assertBuilt();
    mkdirSync(resultsDir, { recursive: true });
    server = await startStaticServer(siteDir);
    userDataDir = mkdtempSync(join(tmpdir(), 'chat-webhooks-docs-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    context.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && !url.startsWith(server.url)) foreignRequests.push(url);
    });
    page = context.pages()[0] ?? (await context.newPage());
    watch(page);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('opens the index, searches for member_added and follows the result', async () => {
    await page.goto(server.url);
    expect(await page.title()).toBe('chat-webhooks reference');
    expect(await page.locator('h1').innerText()).toBe('chat-webhooks reference');
    await screenshot(page, '01-index');

    await page.locator('#search').fill('member_added');
    const first = page.locator('#search-results a[role="option"]').first();
    await first.waitFor({ state: 'visible' });
    expect(await first.locator('code').innerText()).toBe('member_added');
    expect(await first.getAttribute('href')).toBe(EVENT_PAGE);
    expect(await page.locator('#search').getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, '02-search-member_added');

    await Promise.all([page.waitForURL(`**/${EVENT_PAGE}`), first.click()]);
    expect(await page.locator('h1').innerText()).toBe('member_added');
    expect(server.requests).toContain('/search-index.json');
  });

  it('shows the field table and the example payload', async () => {
    await page.goto(server.url + EVENT_PAGE);
    const rows = page.locator('table.fields tbody > tr[id^="field-"]');
    expect(await rows.count()).toBeGreaterThan(50);
    const row = page.locator(`tr#${FIELD}`);
    expect(await row.getAttribute('data-path')).toBe('channel.members[].id');
    expect(await row.locator('td.f-type').innerText()).toBe('string');
    expect(await row.locator('td.f-flag').first().innerText()).toBe('required');
    expect(await row.locator('td.f-desc').innerText()).toContain('User ID of the member.');
    // Nested objects are linked to their type.
    await page.locator('tr#field-channel td.f-type a').click();
    expect(new URL(page.url()).hash).toBe('#type-TalkplusChannel');

    const example = JSON.parse(await page.locator('#example-docs pre code').innerText()) as { event: string; channel: { members: { id: string }[] } };
    expect(example.event).toBe('member_added');
    expect(example.channel.members[0]!.id).toBe('user123');
    await page.evaluate(() => document.getElementById('example')!.scrollIntoView());
    await screenshot(page, '03-example-payload');
  });

  it('follows a deep link to a field, highlighted below the sticky header, with a visible anchor link', async () => {
    await page.goto(`${server.url}${EVENT_PAGE}#${FIELD}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(FIELD);
    const row = page.locator(`tr#${FIELD}`);
    const box = (await row.boundingBox())!;
    const header = (await page.locator('.topbar').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await row.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, '04-field-deep-link');

    const anchor = page.locator('tr#field-channel-lastMessage a.anchor');
    expect(await anchor.isVisible()).toBe(true);
    expect(await anchor.innerText()).toBe('#');
    await anchor.click();
    expect(new URL(page.url()).hash).toBe('#field-channel-lastMessage');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('field-channel-lastMessage');
  });

  it('copies a code block with its copy button', async () => {
    await page.goto(server.url + EVENT_PAGE);
    const block = page.locator('.code', { has: page.locator('code.language-ts') }).first();
    const button = block.locator('button.copy');
    await button.click();
    await page.waitForFunction((element) => element?.textContent === 'Copied', await button.elementHandle());
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("import type { TalkplusMemberAddedEvent } from '@chat-webhooks/types';");
    expect(copied).toBe(await block.locator('pre code').innerText());
  });

  it('searches from a nested page and opens a field with the keyboard', async () => {
    await page.goto(server.url + 'sendbird/open_channel.create.html');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('operationType');
    await page.locator('#search-results a[role="option"]').first().waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/nexconn\/.*\.html#field-data(-profiles)?-operationType$/), page.keyboard.press('Enter')]);
    await page.locator('#search').fill('zzzz-nothing-matches');
    expect(await page.locator('#search-results .search-empty').innerText()).toContain('No event or field matches');
  });

  it('toggles light and dark themes, remembers the choice and respects prefers-color-scheme', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const stored = () => page.evaluate(() => localStorage.getItem('chat-webhooks-docs-theme'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url + EVENT_PAGE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(await page.locator('#theme-toggle').getAttribute('aria-label')).toBe('Switch to dark theme');

    await page.locator('#theme-toggle').click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(13, 17, 23)');
    expect(await stored()).toBe('dark');
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(13, 17, 23)');
    await page.goto(`${server.url}${EVENT_PAGE}#${FIELD}`);
    await screenshot(page, '05-dark-theme');

    await page.locator('#theme-toggle').click();
    expect(await stored()).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');

    // No stored choice: the system preference decides.
    await page.evaluate(() => localStorage.clear());
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await background()).toBe('rgb(13, 17, 23)');
    expect(await page.locator('#theme-toggle').getAttribute('aria-label')).toBe('Switch to light theme');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('reads on a phone-width screen: no sideways scrolling, stacked field rows, a navigation drawer', async () => {
    const phone = await context.newPage();
    watch(phone);
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.url}${EVENT_PAGE}#${FIELD}`);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(await phone.locator(`tr#${FIELD}`).evaluate((element) => getComputedStyle(element).display)).toBe('block');
      expect(await phone.locator('#sidebar').isVisible()).toBe(false);
      await screenshot(phone, '06-phone-field');

      // Every page fits the width: long words wrap, tables stack, code blocks scroll inside themselves.
      for (const path of [...readTree(siteDir).keys()].filter((file) => file.endsWith('.html'))) {
        await phone.goto(server.url + path);
        expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
      }
      await phone.goto(server.url);
      await phone.locator('#nav-toggle').click();
      await phone.locator('#sidebar').waitFor({ state: 'visible' });
      expect(await phone.locator('#nav-toggle').getAttribute('aria-expanded')).toBe('true');
      await phone.waitForTimeout(300); // the drawer slides in
      expect((await phone.locator('#sidebar').boundingBox())!.height).toBeGreaterThan(700); // full height, not its content's
      await screenshot(phone, '07-phone-navigation');
    } finally {
      await phone.close();
    }
  });

  it("wraps Nexconn's 20 source addresses on a phone and shows the answer of a pre-messaging event", async () => {
    const phone = await context.newPage();
    watch(phone);
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.url}nexconn/index.html#source-addresses`);
      const list = phone.locator('ul.addresses');
      expect(await list.locator('li').count()).toBe(20);
      // Several lines, each inside the list's box: the addresses wrap rather than run off the screen.
      const boxes = await list.locator('li').evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map((box) => ({ top: Math.round(box.top), right: box.right })));
      const listBox = (await list.boundingBox())!;
      expect(new Set(boxes.map((box) => box.top)).size).toBeGreaterThan(3);
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(listBox.x + listBox.width + 0.5);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(phone, '08-phone-source-addresses');

      await phone.goto(`${server.url}nexconn/group_channel.pre_messaging.html#answer`);
      expect(await phone.locator('h2#answer').innerText()).toBe('Answer: a decision');
      await phone.locator('#answer ~ .table-wrap a[href="#type-NexconnPreMessagingDecision"]').first().click();
      expect(new URL(phone.url()).hash).toBe('#type-NexconnPreMessagingDecision');
      expect(await phone.locator('tr#answer-pass').evaluate((element) => getComputedStyle(element).display)).toBe('block');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(phone, '09-phone-answer-type');
    } finally {
      await phone.close();
    }
  });

  it('works from file:// too (offline, no server): search falls back to the bundled index script', async () => {
    const offline = await context.newPage();
    try {
      await offline.goto(pathToFileURL(join(siteDir, 'index.html')).href);
      await offline.locator('#search').fill('member_added');
      const first = offline.locator('#search-results a[role="option"]').first();
      await first.waitFor({ state: 'visible' });
      await Promise.all([offline.waitForURL(/talkplus\/member_added\.html$/), first.click()]);
      expect(await offline.locator(`tr#${FIELD}`).count()).toBe(1);
    } finally {
      await offline.close();
    }
  });

  it('asked nothing of another origin and logged no error', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
