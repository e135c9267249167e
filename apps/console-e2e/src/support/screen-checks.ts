import fs from 'node:fs';
import path from 'node:path';
import * as contracts from '@ascc/contracts';
import { REPO_ROOT } from '@ascc/testing';
import type { Page, Request } from 'playwright-core';

/**
 * What a person would see wrong on a screen, found the same way on every page: the page scrolling
 * sideways, a message key or an enum code instead of words, an error in the browser's console.
 */

/** The console's message keys (every dictionary: the shell's and each module's). */
function messageKeys(): Set<string> {
  const dir = path.join(REPO_ROOT, 'apps', 'console', 'src');
  const files = [
    ...fs.readdirSync(path.join(dir, 'i18n')).map((name) => path.join(dir, 'i18n', name)),
    ...fs
      .readdirSync(path.join(dir, 'modules'))
      .flatMap((module) =>
        ['messages.vi.ts', 'messages.en.ts'].map((name) => path.join(dir, 'modules', module, name)),
      ),
  ].filter((file) => file.endsWith('.ts') && fs.existsSync(file));
  const keys = new Set<string>();
  for (const file of files)
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/^\s*'([a-z][\w.-]*\.[\w.-]+)':/gm))
      keys.add(match[1]);
  return keys;
}

/** The contracts' multi-word codes (`in-progress`, `under-review`, `plan-coordinator`…): never words. */
function hyphenatedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const value of Object.values(contracts))
    if (Array.isArray(value))
      for (const item of value)
        if (typeof item === 'string' && /^[a-z]+(-[a-z]+)+$/.test(item)) codes.add(item);
  return codes;
}

export interface Vocabulary {
  /** The first parts of the message keys (`budget`, `training`, `list`…). */
  namespaces: Set<string>;
  codes: Set<string>;
}

export function consoleVocabulary(): Vocabulary {
  return {
    namespaces: new Set([...messageKeys()].map((key) => key.split('.')[0])),
    codes: hyphenatedCodes(),
  };
}

// Neither a letter (of any script), a digit nor a joining mark before or after: the token stands alone.
const BEFORE = String.raw`(?<![\p{L}\p{N}_@/.:-])`;
const AFTER = String.raw`(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])`;
// A dotted name, e.g. `budget.status.draft`.
const DOTTED = new RegExp(`${BEFORE}([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9][\\w-]*)+)${AFTER}`, 'gu');
// A camelCase field name, e.g. `targetGroup` (at least two lowercase letters first: `iCal` is a word).
const CAMEL = new RegExp(`${BEFORE}([a-z]{2,}[A-Z][a-zA-Z]*)${AFTER}`, 'gu');
// What separates the values a label is built from: arrows, middle dots, commas, colons, bars, brackets.
const SEPARATORS = /\s*(?:→|->|·|,|;|:|\||\(|\)|\[|\])\s*/;

/**
 * The raw keys and codes in a screen's texts (one string per text node): a dotted name whose first part
 * is one of the console's message namespaces (a key without its translation), a camelCase field name,
 * or one of the contracts' hyphenated codes standing as a value on its own (`in-progress → completed`;
 * "mid-term" inside an English sentence is a word). User names (`snv.editor`), addresses and plan
 * areas (`III.8`) do not match. Each finding names the text it was found in.
 */
export function rawTextIn(texts: readonly string[], vocabulary: Vocabulary): string[] {
  const found = new Set<string>();
  const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}…` : text}"`;
  for (const text of texts) {
    for (const [, token] of text.matchAll(DOTTED))
      if (vocabulary.namespaces.has(token.split('.')[0])) found.add(`${token} in ${quote(text)}`);
    for (const [, token] of text.matchAll(CAMEL)) found.add(`${token} in ${quote(text)}`);
    for (const part of text.split(SEPARATORS))
      if (vocabulary.codes.has(part.trim())) found.add(`${part.trim()} in ${quote(text)}`);
  }
  return [...found];
}

/** The texts a person sees on the page: each visible text node, trimmed. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent || '').trim();
      const parent = node.parentElement;
      if (!text || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      if (!parent.getClientRects().length || getComputedStyle(parent).visibility === 'hidden') continue;
      texts.push(text);
    }
    return texts;
  })()`);
}

export interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  /** The widest element reaching past the right edge that no scrolling frame holds. */
  widest?: string;
}

/** How far the page scrolls sideways, and the element that makes it (undefined when it fits). */
export async function horizontalOverflow(page: Page): Promise<Overflow | undefined> {
  // Runs in the page (written as text: this project's types know no DOM).
  return page.evaluate<Overflow | undefined>(`(() => {
    const scrollWidth = document.scrollingElement ? document.scrollingElement.scrollWidth : 0;
    const innerWidth = window.innerWidth;
    if (scrollWidth <= innerWidth) return undefined;
    const clips = (element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.position === 'fixed') return true;
      }
      return false;
    };
    let widest;
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.right <= innerWidth || box.width === 0 || clips(element)) continue;
      if (!widest || box.width > widest.width) widest = { element, width: box.width };
    }
    const describe = (element) => {
      const testId = element.getAttribute('data-testid');
      const classes = Array.from(element.classList).slice(0, 3).join('.');
      const text = (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
      const box = element.getBoundingClientRect();
      return '<' + element.tagName.toLowerCase() + (testId ? ' data-testid="' + testId + '"' : '') +
        (classes ? ' class="' + classes + '"' : '') + '> ' + Math.round(box.left) + '–' +
        Math.round(box.right) + ' px "' + text + '"';
    };
    return { scrollWidth, innerWidth, widest: widest && describe(widest.element) };
  })()`);
}

/**
 * `horizontalOverflow` once the page has laid itself out for a new viewport: antd's responsive parts
 * (a description list's column count, a grid's breakpoints) re-render after the resize event, so the
 * page is measured again for up to two seconds while it still overflows. An overflow that stays is
 * returned as it is.
 */
export async function settledOverflow(page: Page): Promise<Overflow | undefined> {
  let overflow = await horizontalOverflow(page);
  for (let waited = 0; overflow && waited < 2_000; waited += 100) {
    await page.waitForTimeout(100);
    overflow = await horizontalOverflow(page);
  }
  return overflow;
}

/**
 * A list whose default columns do not fit: the shared list table scrolling inside its frame, as
 * `scrollWidth` and `clientWidth` of its scrolling frame (undefined when it fits or there is no list).
 */
export async function listScrollsSideways(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number } | undefined> {
  return page.evaluate<{ scrollWidth: number; clientWidth: number } | undefined>(`(() => {
    const frame = document.querySelector('[data-testid="list-table"] .ant-table-content, [data-testid="list-table"] .ant-table-body');
    if (!frame || frame.scrollWidth <= frame.clientWidth + 1) return undefined;
    return { scrollWidth: frame.scrollWidth, clientWidth: frame.clientWidth };
  })()`);
}

/** Requests a page has in flight, counted from the browser's events (see `trackRequests`). */
interface RequestCount {
  inFlight: number;
  /** When a request last started or ended, ms since the epoch. */
  lastChange: number;
}
const requestCounts = new WeakMap<Page, RequestCount>();

/**
 * Counts the page's requests in flight from now on, so `settle` knows the moment the last one ends
 * instead of waiting out Playwright's 'networkidle' (half a second without any request, every time).
 * The journeys' pages are tracked from their creation.
 */
export function trackRequests(page: Page): void {
  const count: RequestCount = { inFlight: 0, lastChange: Date.now() };
  const change = (delta: number) => (request: Request) => {
    // The live updates' stream stays open as long as the page does: it is never a page still loading.
    if (new URL(request.url()).pathname === contracts.SYSTEM_ROUTES.liveEvents.path) return;
    count.inFlight = Math.max(0, count.inFlight + delta);
    count.lastChange = Date.now();
  };
  page.on('request', change(1));
  page.on('requestfinished', change(-1));
  page.on('requestfailed', change(-1));
  requestCounts.set(page, count);
}

/** Quiet time after the last request ends before the page counts as loaded: what it asks next starts sooner. */
const QUIET_MS = 150;

/** No request in flight for QUIET_MS (from the page's request count; Playwright's 'networkidle' otherwise). */
async function networkQuiet(page: Page, timeoutMs: number): Promise<void> {
  const count = requestCounts.get(page);
  if (!count) {
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
    return;
  }
  await page.waitForLoadState('load', { timeout: timeoutMs }).catch(() => undefined);
  const until = Date.now() + timeoutMs;
  while (Date.now() < until && (count.inFlight > 0 || Date.now() - count.lastChange < QUIET_MS))
    await page.waitForTimeout(
      count.inFlight > 0 ? 25 : Math.max(5, QUIET_MS - (Date.now() - count.lastChange)),
    );
}

/** Waits until the page has stopped loading: no request in flight, no spinner or skeleton showing. */
export async function settle(page: Page): Promise<void> {
  await networkQuiet(page, 10_000);
  const loading = page.locator('.ant-spin-spinning, .ant-skeleton-active');
  for (let waited = 0; waited < 10_000 && (await loading.count()) > 0; waited += 50)
    await page.waitForTimeout(50);
}
