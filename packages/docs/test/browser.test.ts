import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readTree, siteDir } from './site-files.js';
import { startStaticServer } from './static-server.js';

// The site (VitePress) in a real browser: Debian's Chromium (apt-get install chromium) driven by playwright-core.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
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
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(27, 27, 31)';

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
    target.on('response', (response) => {
      if (response.status() >= 400) pageErrors.push(`${response.url()}: HTTP ${response.status()}`);
    });
  };
  const row = (target: Page, id: string) => target.locator(`tr:has(> td > a[id="${id}"])`);
  const openSearch = async (target: Page) => {
    await target.locator('#local-search button').click();
    const input = target.locator('#localsearch-input');
    await input.waitFor({ state: 'visible' });
    return input;
  };
  /** A heading's text, without the theme's permalink (a zero-width space). */
  const headingText = async (target: Page, selector = 'h1') =>
    (await target.locator(selector).first().innerText()).replace(/\u200b/g, '').trim();
  const background = (target: Page) => target.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const sidewaysScroll = (target: Page) =>
    target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  /** The bottom of what stays on top of the page: the navigation, and the "On this page" bar under it when shown. */
  const barsBottom = (target: Page) =>
    target.evaluate(() =>
      Math.max(
        ...['.VPNav', '.VPLocalNav']
          .map((selector) => document.querySelector(selector)?.getBoundingClientRect())
          .map((box) => (box && box.height > 0 ? box.bottom : 0)),
      ),
    );
  /** How the field table of the page on screen fits: sideways scrolling inside it, and where its description column is. */
  const fieldTableFit = (target: Page) =>
    target.evaluate(() => {
      const table = document.querySelector('table.field-table')!;
      const description = table.querySelector('th:last-child')!.getBoundingClientRect();
      return {
        inside: table.scrollWidth - table.clientWidth,
        descriptionLeft: description.left,
        descriptionRight: description.right,
        width: window.innerWidth,
      };
    });

  beforeAll(async () => {
    if (!haveChromium)
      throw new Error(`CI is set and ${CHROMIUM} is missing: CI must install Debian's chromium (apt-get install -y chromium)`);
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
    expect(await page.title()).toBe('chat-webhooks reference · chat-webhooks');
    expect(await headingText(page)).toBe('chat-webhooks reference');
    await screenshot(page, '01-index');

    const input = await openSearch(page);
    await input.fill('member_added');
    const result = page.locator(`.VPLocalSearchBox a.result[href^="/${EVENT_PAGE}"]`).first();
    await result.waitFor({ state: 'visible' });
    const hrefs = await page
      .locator('.VPLocalSearchBox a.result')
      .evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    expect(
      hrefs.some((href) => href?.startsWith(`/${EVENT_PAGE}`)),
      hrefs.join(' '),
    ).toBe(true);
    await screenshot(page, '02-search-member_added');

    await Promise.all([page.waitForURL(`**/${EVENT_PAGE}**`), result.click()]);
    await page.locator('h1', { hasText: 'member_added' }).waitFor(); // the router swaps the page in
    expect(await headingText(page)).toBe('member_added');
    expect(server.requests.some((path) => /^\/assets\/chunks\/@localSearchIndexroot\.[\w-]+\.js$/.test(path))).toBe(true);
  });

  it('shows the field table and the example payload, highlighted', async () => {
    await page.goto(server.url + EVENT_PAGE);
    expect(await page.locator('tr:has(> td > a[id^="field-"])').count()).toBeGreaterThan(50);
    const cells = row(page, FIELD).locator('td');
    expect(await cells.nth(0).innerText()).toBe('channel.members[].id');
    expect(await cells.nth(1).innerText()).toBe('string');
    expect(await cells.nth(2).innerText()).toBe('yes');
    expect(await cells.nth(4).innerText()).toContain('User ID of the member.');
    // Nested objects are linked to their type.
    await row(page, 'field-channel').locator('td').nth(1).locator('a').click();
    expect(new URL(page.url()).hash).toBe('#type-TalkplusChannel');

    const example = page.locator('h2#example-payload ~ div.language-json pre code').first();
    const payload = JSON.parse(await example.innerText()) as { event: string; channel: { members: { id: string }[] } };
    expect(payload.event).toBe('member_added');
    expect(payload.channel.members[0]!.id).toBe('user123');
    // Shiki colours the tokens (a string and a key differ).
    const colours = await example
      .locator('span[style]')
      .evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
    expect(colours).toBeGreaterThan(1);
    await page.locator('h2#example-payload').scrollIntoViewIfNeeded();
    await screenshot(page, '03-example-payload');
  });

  it('follows a deep link to a field, highlighted below the sticky bar, its path a link to itself', async () => {
    await page.goto(`${server.url}${EVENT_PAGE}#${FIELD}`);
    await page.waitForFunction(() => document.querySelector(':target') !== null);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(FIELD);
    const target = row(page, FIELD);
    await page.waitForTimeout(300); // the router's own scroll to the hash
    const box = (await target.boundingBox())!;
    const bars = await barsBottom(page);
    expect(bars).toBeGreaterThan(64); // the navigation and, on an event page, the "On this page" bar
    expect(box.y).toBeGreaterThanOrEqual(bars - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(
      await target
        .locator('td')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor),
    ).not.toBe('rgba(0, 0, 0, 0)');
    expect(
      await row(page, 'field-channel-members-username')
        .locator('td')
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor),
    ).toBe('rgba(0, 0, 0, 0)');
    await screenshot(page, '04-field-deep-link');

    // The router handles a click on a hash link itself: the URL changes and the row scrolls below the bar.
    const link = row(page, 'field-channel-lastMessage').locator('td').first().locator('a[href]');
    expect(await link.getAttribute('href')).toBe('#field-channel-lastMessage');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#field-channel-lastMessage');
    await page.waitForTimeout(300);
    const clicked = (await row(page, 'field-channel-lastMessage').boundingBox())!;
    expect(clicked.y).toBeGreaterThanOrEqual(bars - 1);
    expect(clicked.y).toBeLessThan(900);
  });

  it('copies a code block with its copy button', async () => {
    await page.goto(server.url + EVENT_PAGE);
    const block = page.locator('div.language-ts').first();
    await block.hover();
    const button = block.locator('button.copy');
    await button.click();
    await page.waitForFunction((element) => element?.classList.contains('copied'), await button.elementHandle());
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("import type { TalkplusMemberAddedEvent } from '@chat-webhooks/types';");
    expect(copied.trim()).toBe((await block.locator('pre code').innerText()).trim());
  });

  it('searches a field path from another page and opens it with the keyboard', async () => {
    await page.goto(`${server.url}sendbird/open_channel.create.html`);
    // The `/` shortcut is the theme's once Vue has taken the page over (slow under load).
    await page.waitForFunction(() => '__vue_app__' in document.querySelector('#app')!);
    await page.keyboard.press('/');
    const input = page.locator('#localsearch-input');
    await input.waitFor({ state: 'visible' });
    await input.fill('operationType'); // the box keeps the last query: replace it
    await page.locator('.VPLocalSearchBox a.result').first().waitFor({ state: 'visible' });
    // The first result is a field row (not the page's "Fields" section), and Enter lands on that row's anchor.
    await Promise.all([page.waitForURL(/\/nexconn\/[^/]+\.html#field-[\w-]*operationType$/), page.keyboard.press('Enter')]);
    const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await row(page, hash).waitFor(); // the router swaps the page in
    const again = await openSearch(page);
    await again.fill('zzqqxxzz');
    expect(await page.locator('.VPLocalSearchBox .no-results').innerText()).toContain('zzqqxxzz');
    await page.keyboard.press('Escape');
  });

  it('searches a field by its path and lands on its row, below the bars', async () => {
    await page.goto(`${server.url}sendbird/index.html`);
    const input = await openSearch(page);
    await input.fill('channel.members');
    const first = page.locator('.VPLocalSearchBox a.result').first();
    await first.waitFor({ state: 'visible' });
    // The result names the row by its path, under its page and section.
    expect((await first.innerText()).replace(/\s+/g, ' ')).toMatch(/Fields.*channel\.members/);
    await Promise.all([page.waitForURL(/\.html#field-channel-members$/), page.keyboard.press('Enter')]);
    await row(page, 'field-channel-members').waitFor(); // the router swaps the page in
    await page.waitForTimeout(300); // the router's own scroll to the hash
    const box = (await row(page, 'field-channel-members').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual((await barsBottom(page)) - 1);
    expect(box.y).toBeLessThan(900);
    await screenshot(page, '10-search-field-row');
  });

  it('fits every event page at 1280 and 1440 px: no sideways scrolling, the description column on screen', {
    timeout: 300_000,
  }, async () => {
    const wide = await context.newPage();
    watch(wide);
    const events = [...readTree(siteDir).keys()].filter(
      (file) => /^[^/]+\/(?!index\.html$)[^/]+\.html$/.test(file) && !file.startsWith('guides/'),
    );
    expect(events.length).toBeGreaterThan(70);
    try {
      for (const width of [1280, 1440]) {
        await wide.setViewportSize({ width, height: 900 });
        for (const path of events) {
          await wide.goto(server.url + path);
          expect(await sidewaysScroll(wide), `${width} px ${path}`).toBeLessThanOrEqual(0);
          const fit = await fieldTableFit(wide);
          expect(fit.inside, `${width} px ${path}: the field table scrolls sideways`).toBeLessThanOrEqual(0);
          expect(fit.descriptionRight, `${width} px ${path}: the description column ends past the screen`).toBeLessThanOrEqual(fit.width);
          // Readable: at least 20 em wide at 1280 px.
          expect(
            fit.descriptionRight - fit.descriptionLeft,
            `${width} px ${path}: the description column is too narrow`,
          ).toBeGreaterThanOrEqual(320);
        }
      }
      // The outline of an event page stays at hand in the bar under the navigation.
      await wide.setViewportSize({ width: 1280, height: 900 });
      await wide.goto(server.url + EVENT_PAGE);
      const outline = wide.locator('.VPLocalNav .VPLocalNavOutlineDropdown button').first();
      expect(await outline.isVisible()).toBe(true);
      expect(await outline.innerText()).toContain('On this page');
      await wide.locator('h2#fields').scrollIntoViewIfNeeded();
      await screenshot(wide, '11-fields-1280-light');
      await wide.emulateMedia({ colorScheme: 'dark' });
      await wide.evaluate(() => localStorage.removeItem('vitepress-theme-appearance'));
      await wide.reload();
      await wide.locator('h2#fields').scrollIntoViewIfNeeded();
      expect(await background(wide)).toBe(DARK);
      await screenshot(wide, '12-fields-1280-dark');
    } finally {
      await wide.close();
    }
  });

  it('switches between light and dark themes, remembers the choice and follows prefers-color-scheme', async () => {
    const stored = () => page.evaluate(() => localStorage.getItem('vitepress-theme-appearance'));
    const isDark = () => page.locator('html').evaluate((element) => element.classList.contains('dark'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url + EVENT_PAGE);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    expect(await isDark()).toBe(false);
    expect(await background(page)).toBe(LIGHT);
    const toggle = page.locator('.VPNavBarAppearance button.VPSwitchAppearance');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');

    await toggle.click();
    expect(await isDark()).toBe(true);
    expect(await background(page)).toBe(DARK);
    expect(await stored()).toBe('dark');
    await page.reload();
    expect(await isDark()).toBe(true);
    expect(await background(page)).toBe(DARK);
    await page.goto(`${server.url}${EVENT_PAGE}#${FIELD}`);
    await page.waitForTimeout(300);
    await screenshot(page, '05-dark-theme');

    await toggle.click();
    expect(await isDark()).toBe(false);
    expect(await background(page)).toBe(LIGHT);

    // No stored choice: the system preference decides.
    await page.evaluate(() => localStorage.clear());
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await isDark()).toBe(true);
    expect(await background(page)).toBe(DARK);
    await page.evaluate(() => localStorage.clear());
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('lists the guides in the navigation and opens them', async () => {
    await page.goto(server.url + EVENT_PAGE);
    await Promise.all([page.waitForURL('**/guides/'), page.locator('.VPNavBarMenu a', { hasText: 'Guides' }).click()]);
    await page.locator('h1', { hasText: 'Guides' }).waitFor();
    expect(await headingText(page)).toBe('Guides');
    expect(await page.locator('.VPSidebar a[href="/guides/"]').count()).toBe(1);
  });

  it('reads on a phone-width screen: no sideways scrolling on any page, a navigation menu', { timeout: 300_000 }, async () => {
    const phone = await context.newPage();
    watch(phone);
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.url}${EVENT_PAGE}#${FIELD}`);
      expect(await sidewaysScroll(phone)).toBeLessThanOrEqual(0);
      // The sidebar is a drawer, closed until the menu button opens it.
      expect(await phone.locator('.VPSidebar').evaluate((element) => element.classList.contains('open'))).toBe(false);
      await screenshot(phone, '06-phone-field');

      // Every page fits the width: wide tables and code blocks scroll inside themselves.
      for (const path of [...readTree(siteDir).keys()].filter((file) => file.endsWith('.html') && file !== '404.html')) {
        await phone.goto(server.url + path);
        expect(await sidewaysScroll(phone), path).toBeLessThanOrEqual(0);
      }
      await phone.goto(server.url + EVENT_PAGE);
      await phone.locator('.VPLocalNav button.menu').click();
      await phone.locator('.VPSidebar.open').waitFor({ state: 'visible' });
      expect(await phone.locator('.VPSidebar a[href="/talkplus/member_added.html"]').isVisible()).toBe(true);
      await screenshot(phone, '07-phone-navigation');
    } finally {
      await phone.close();
    }
  });

  it("shows Nexconn's 20 source addresses on a phone and the answer of a pre-messaging event", async () => {
    const phone = await context.newPage();
    watch(phone);
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${server.url}nexconn/index.html#source-addresses`);
      const addresses = phone.locator('h2#source-addresses + p + p code');
      expect(await addresses.count()).toBe(20);
      expect(await sidewaysScroll(phone)).toBeLessThanOrEqual(0);
      await screenshot(phone, '08-phone-source-addresses');

      await phone.goto(`${server.url}nexconn/group_channel.pre_messaging.html#answer`);
      expect(await phone.locator('h2:has(a#answer)').innerText()).toContain('Answer: a decision');
      await phone.locator('a[href="#type-NexconnPreMessagingDecision"]').first().click();
      expect(new URL(phone.url()).hash).toBe('#type-NexconnPreMessagingDecision');
      expect(await phone.locator('a#answer-pass').count()).toBe(1);
      expect(await sidewaysScroll(phone)).toBeLessThanOrEqual(0);
      await screenshot(phone, '09-phone-answer-type');
    } finally {
      await phone.close();
    }
  });

  it('asked nothing of another origin and logged no error', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
