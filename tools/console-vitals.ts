/**
 * The console's loading as a person sees it (issue 19 item 5): starts the product with the demo
 * province on localhost (the built console from dist/, served by the gateway), opens Chromium
 * (playwright-core, /usr/bin/chromium) at 1366×768 and loads the dashboard and a list page several
 * times, each in a fresh browser context (empty cache, signed in through the refresh cookie as a
 * returning user is). For each it takes the Largest Contentful Paint (PerformanceObserver
 * 'largest-contentful-paint') and the time from the navigation to the first rows on screen, and writes
 * the medians with the machine and commit to reports/console-vitals.json, beside the first load's
 * gzipped JavaScript (as tools/bundle-size.js counts it) and how much of it is other modules' labels.
 *
 *   npm run bench:vitals [-- runs=7]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { type Dashboard } from '@ascc/contracts';
import { DEMO_ENV, REPO_ROOT, type Stack, signIn, startStack } from '@ascc/testing';
import { type Browser, chromium } from 'playwright-core';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.split('=') as [string, string]));
const RUNS = Number(args.runs ?? 7);
const VIEWPORT = { width: 1366, height: 768 };
const LCP_TARGET_MS = 1_000;
const FIRST_LOAD_BUDGET_BYTES = 250_000;
/** The plan coordinator sees the whole-plan dashboard (read model) and every department's lists. */
const USER = 'sldtbxh.coordinator';

/** What is measured: a page, and what its first rows on screen are. */
const PAGES = [
  {
    name: 'dashboard',
    path: '/',
    rows: '[data-testid="plan-dashboard"] [data-testid="figure-value"]',
    what: "the whole plan's headline figures (the read model's dashboard)",
  },
  {
    name: 'training courses list',
    path: '/training',
    rows: '[data-testid="list-table"] .ant-table-tbody tr.ant-table-row',
    what: 'the first page of the training courses list',
  },
] as const;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Runs in the page before its own scripts (written as text: the tools' types know no DOM): keeps the
 * latest LCP candidate, and the moment (ms since navigation start) the rows' selector first matches
 * an element with a box.
 */
const probe = (rows: string) => `(() => {
  const vitals = (window.__vitals = { lcp: undefined, lcpElement: undefined, rows: undefined });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    const last = entries[entries.length - 1];
    vitals.lcp = last.startTime;
    const el = last.element;
    vitals.lcpElement = el ? el.tagName.toLowerCase() + (el.getAttribute('data-testid') ? '[data-testid="' + el.getAttribute('data-testid') + '"]' : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"' : undefined;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const check = () => {
    if (vitals.rows !== undefined) return;
    const found = document.querySelector(${JSON.stringify(rows)});
    if (found && found.getClientRects().length) {
      vitals.rows = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})()`;

interface Sample {
  lcpMs: number;
  firstRowsMs: number;
  /** The page's main thread's CPU time until then (thread ticks): what the load average does not inflate. */
  mainThreadCpuMs: number;
  lcpElement?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (ms: number) => Math.round(ms);

/** One cold load of `page`: a fresh context (no cache), signed in over HTTP first, then the navigation. */
async function measure(browser: Browser, stack: Stack, page: (typeof PAGES)[number]): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    // The sign-in sets the refresh cookie in this context; the console starts from it as after a reload.
    const login = await context.request.post(`${stack.url}/api/auth/login`, {
      data: { username: USER, password: DEMO_ENV.DEMO_PASSWORD },
    });
    if (!login.ok()) throw new Error(`sign-in of ${USER}: ${login.status()}`);
    await context.addInitScript(probe(page.rows));
    const tab = await context.newPage();
    tab.setDefaultTimeout(30_000);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await tab.goto(`${stack.url}${page.path}`);
    // Polled (the figures are taken in the page): the console's CSP refuses waitForFunction's eval.
    for (const until = Date.now() + 30_000; ; await tab.waitForTimeout(50)) {
      if (await tab.evaluate('window.__vitals !== undefined && window.__vitals.rows !== undefined')) break;
      if (Date.now() > until) throw new Error(`${page.name}: no rows on screen within 30 s`);
    }
    // LCP is final at the first input; until then a later, larger paint replaces the candidate.
    await tab.waitForTimeout(500);
    const vitals = (await tab.evaluate('window.__vitals')) as {
      lcp?: number;
      rows: number;
      lcpElement?: string;
    };
    if (vitals.lcp === undefined)
      throw new Error(`${page.name}: Chromium reported no largest-contentful-paint`);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const taskSeconds = metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
    return {
      lcpMs: vitals.lcp,
      firstRowsMs: vitals.rows,
      mainThreadCpuMs: taskSeconds * 1000,
      lcpElement: vitals.lcpElement,
    };
  } finally {
    await context.close();
  }
}

/** The read model has caught up with the demo data (lag 0, figures there): the dashboard is what users see. */
async function readModelReady(stack: Stack): Promise<void> {
  const { accessToken } = await signIn(stack.url, USER, DEMO_ENV.DEMO_PASSWORD);
  for (const until = Date.now() + 60_000; Date.now() < until;) {
    const res = await fetch(`${stack.url}/api/reporting/dashboard`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (res.ok && ((await res.json()) as Dashboard).lag === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the read model did not catch up with the demo data within a minute');
}

/**
 * The first load as tools/bundle-size.js counts it (index.html's script and modulepreloads, gzip -9),
 * and what the module dictionaries' labels (modules/<m>/messages.{vi,en}.ts, both languages) add to it:
 * the gzipped size with and without their `"key":"label"` entries.
 */
function firstLoad() {
  const dist = path.join(REPO_ROOT, 'dist', 'apps', 'console');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const gz = (text: string) => zlib.gzipSync(Buffer.from(text), { level: 9 }).length;
  const sources = files.map((file) => fs.readFileSync(path.join(dist, file), 'utf8'));
  const total = sources.reduce((sum, source) => sum + gz(source), 0);
  const modulesDir = path.join(REPO_ROOT, 'apps', 'console', 'src', 'modules');
  const namespaces = new Map<string, string>();
  for (const module of fs.readdirSync(modulesDir)) {
    const file = path.join(modulesDir, module, 'messages.vi.ts');
    if (!fs.existsSync(file)) continue;
    const first = /^\s*'([a-zA-Z]+)\./m.exec(fs.readFileSync(file, 'utf8'));
    if (first) namespaces.set(first[1], module);
  }
  const entry = (namespace: string) =>
    new RegExp(
      `"${namespace}\\.[^"]*":(?:\`(?:[^\`\\\\]|\\\\.)*\`|"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'),?`,
      'g',
    );
  const without = (names: string[]) =>
    sources.reduce(
      (sum, source) => sum + gz(names.reduce((s, name) => s.replace(entry(name), ''), source)),
      0,
    );
  const all = [...namespaces.keys()];
  const byModule = Object.fromEntries(
    all.map((name) => [`${namespaces.get(name)} (${name}.*)`, total - without([name])]),
  );
  const styles = [...html.matchAll(/href="\/?([^"]+\.css)"/g)].map((m) => m[1]);
  const cssGzipBytes = styles.reduce(
    (sum, file) => sum + gz(fs.readFileSync(path.join(dist, file), 'utf8')),
    0,
  );
  return {
    files,
    gzipBytes: total,
    /** Not JavaScript, so outside the budget: the stylesheet (antd's, zero-runtime) the first load also fetches. */
    cssFiles: styles,
    cssGzipBytes,
    budgetBytes: FIRST_LOAD_BUDGET_BYTES,
    withinBudget: total <= FIRST_LOAD_BUDGET_BYTES,
    otherModulesLabelsGzipBytes: total - without(all),
    otherModulesLabelsByModule: byModule,
  };
}

async function main() {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'apps', 'console', 'index.html')))
    throw new Error('dist/apps/console is missing: run `npm run build` first');
  const bundle = firstLoad();
  console.log(
    `first load: ${(bundle.gzipBytes / 1000).toFixed(1)} KB gz (budget ${FIRST_LOAD_BUDGET_BYTES / 1000} KB), of which other modules' labels ${(bundle.otherModulesLabelsGzipBytes / 1000).toFixed(1)} KB`,
  );
  const stack = await startStack({
    env: { ...DEMO_ENV, SEED_DEMO_DATA: 'true', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '100' },
  });
  let browser: Browser | undefined;
  let browserVersion = '?';
  const pages: Record<string, unknown> = {};
  try {
    await readModelReady(stack);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    browserVersion = browser.version();
    // One load of each first, not counted: the processes' own first requests (JIT, caches) are not the console's.
    for (const page of PAGES) await measure(browser, stack, page);
    for (const page of PAGES) {
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run++) samples.push(await measure(browser, stack, page));
      const lcp = samples.map((s) => s.lcpMs);
      const rows = samples.map((s) => s.firstRowsMs);
      const cpu = samples.map((s) => s.mainThreadCpuMs);
      pages[page.name] = {
        path: page.path,
        firstRows: page.what,
        lcpMedianMs: round(median(lcp)),
        firstRowsMedianMs: round(median(rows)),
        mainThreadCpuMedianMs: round(median(cpu)),
        lcpMs: lcp.map(round),
        firstRowsMs: rows.map(round),
        mainThreadCpuMs: cpu.map(round),
        lcpElement: samples[samples.length - 1].lcpElement,
        lcpWithinTarget: median(lcp) <= LCP_TARGET_MS,
      };
      console.log(
        `${page.name}: LCP median ${round(median(lcp))} ms (${lcp.map(round).join(', ')}), first rows median ${round(median(rows))} ms (${rows.map(round).join(', ')}), main-thread CPU median ${round(median(cpu))} ms`,
      );
    }
  } finally {
    await browser?.close();
    await stack.stop();
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT }).toString().trim();
  const report = {
    measuredAt: new Date().toISOString(),
    commit,
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end`,
    browser: `Chromium ${browserVersion} headless, ${VIEWPORT.width}×${VIEWPORT.height}, no network throttling (localhost)`,
    method: `${RUNS} cold loads per page (fresh context: empty cache, signed in as ${USER} through the refresh cookie) after one uncounted load; medians`,
    lcpTargetMs: LCP_TARGET_MS,
    pages,
    firstLoad: bundle,
  };
  fs.mkdirSync(path.join(REPO_ROOT, 'reports'), { recursive: true });
  fs.writeFileSync(
    path.join(REPO_ROOT, 'reports', 'console-vitals.json'),
    JSON.stringify(report, null, 2) + '\n',
  );
  console.log('wrote reports/console-vitals.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
