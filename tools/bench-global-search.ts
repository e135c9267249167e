/**
 * Global search latency at scale: starts the real stack with the demo province, grows the table of each
 * kind the search finds (courses, trainees, NGOs, aid projects, delegations, events, budget estimates,
 * yearly reports) to N rows with the list bench's seeding (tools/bench-lists.ts: copies inside the
 * database, each with a word of its own in its search text), starts measuring once every table holds
 * its N rows, and times `GET /api/search?q=` (HTTP → gateway → one search subject per service in parallel
 * → each database, LIMIT 5 per kind) for narrow and broad terms, as the administrator (every kind, every
 * agency) and as an own-agency editor. Writes reports/bench-global-search-<database>.json.
 *
 *   npm run bench:global-search -- [rows=1000000] [sqlite|postgresql]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execSync } from 'node:child_process';
import type { GlobalSearchResult, SearchKind } from '@ascc/contracts';
import { REPO_ROOT, signIn } from '@ascc/testing';
import {
  LISTS,
  type ListBench,
  database,
  grow,
  needle,
  open,
  percentile,
  retried,
  round,
  rows,
  withDemoProvince,
} from './bench-lists';

const SAMPLES = 20;

/** Each kind's table, seeded as its list's bench seeds it; yearly reports (no demo rows) are started here. */
const KINDS: Record<SearchKind, ListBench> = {
  course: LISTS.courses,
  trainee: LISTS.trainees,
  ngo: LISTS.ngos,
  project: LISTS['aid-projects'],
  delegation: LISTS.delegations,
  event: LISTS.events,
  estimate: LISTS['budget-estimates'],
  report: {
    service: 'reporting',
    table: 'yearly_report',
    key: 'id',
    dropUnique: ['yearly_report_agency_code_year_plan_area_unique'],
    list: '/api/reporting/reports',
    filtered: '',
    common: 'snv',
  },
};

/** Yearly reports to copy: Home Affairs' on three areas for each year of the plan. */
async function startReports(url: string, token: string) {
  for (let year = 2017; year <= 2026; year++)
    for (const planArea of ['III.1', 'III.2', 'III.3']) {
      const res = await fetch(`${url}/api/reporting/reports`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ agencyCode: 'SNV', year, planArea }),
      });
      if (res.status !== 201 && res.status !== 409)
        throw new Error(`report ${year} ${planArea}: ${res.status}`);
    }
}

async function main() {
  await withDemoProvince('ascc-bench-search-', async (stack, place) => {
    const admin = (await signIn(stack.url, 'admin')).accessToken;
    await startReports(stack.url, admin);
    const seeded: Record<string, { demoRows: number; seedSeconds: number }> = {};
    let trainee = { copies: 1, original: 1 };
    for (const [kind, bench] of Object.entries(KINDS)) {
      const db = await open(bench.service, place);
      try {
        console.log(`growing ${bench.table} to ${rows} rows…`);
        const grown = await grow(bench, db);
        seeded[kind] = { demoRows: grown.original, seedSeconds: round(grown.seedMs / 1000) };
        if (kind === 'trainee') trainee = grown;
        console.log(`  ${grown.original} demo rows, ${round(grown.seedMs / 1000)} s`);
      } finally {
        await db.close();
      }
    }

    const terms: Record<string, string> = {
      // The word of one trainee copy: one row among a million in its kind, none in the others.
      'narrow: one record': needle(Math.ceil(trainee.copies / 2), Math.ceil(trainee.original / 2)),
      'narrow: no record': 'khongcotunay',
      // Every copy of one row (copy 1 … of each demo row): thousands of matches per kind.
      'narrow name typed without diacritics': 'nguyen thi',
      // A trigram most copies hold: hundreds of thousands of matches in every kind.
      'broad: a word most records have': 'zq1',
      // Too short for the trigram index.
      'broad: a two-letter word': 'an',
    };
    const users = { admin: 'admin', 'own-agency editor (snv.editor)': 'snv.editor' };
    const figures: Record<string, Record<string, object>> = {};
    for (const [who, username] of Object.entries(users)) {
      const { accessToken } = await retried(() => signIn(stack.url, username));
      figures[who] = {};
      for (const [term, q] of Object.entries(terms)) {
        const times: number[] = [];
        let unavailable = 0;
        let failed = 0;
        let found = 0;
        for (let i = 0; i < SAMPLES; i++) {
          const t = performance.now();
          const res = await retried(() =>
            fetch(`${stack.url}/api/search?${new URLSearchParams({ q })}`, {
              headers: { authorization: `Bearer ${accessToken}` },
            }),
          );
          const body = (await res.json()) as GlobalSearchResult;
          times.push(performance.now() - t);
          if (!res.ok) {
            failed += 1;
            continue;
          }
          unavailable += body.groups.filter((g) => g.status === 'unavailable').length;
          found = body.groups.reduce((n, g) => n + g.items.length, 0);
        }
        times.sort((a, b) => a - b);
        figures[who][term] = {
          q,
          p50Ms: round(percentile(times, 50)),
          p95Ms: round(percentile(times, 95)),
          recordsShown: found,
          unavailableGroups: unavailable,
          failed,
        };
        console.log(`${who} — ${term} (${q}):`, JSON.stringify(figures[who][term]));
      }
    }
    const file = path.join(REPO_ROOT, 'reports', `bench-global-search-${database}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          measuredAt: new Date().toISOString(),
          machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
          commit: execSync('git rev-parse --short HEAD', { cwd: REPO_ROOT }).toString().trim(),
          database,
          rowsPerKind: rows,
          samplesPerTerm: SAMPLES,
          kinds: seeded,
          searches: figures,
        },
        null,
        2,
      ) + '\n',
    );
    console.log(`wrote ${file}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
