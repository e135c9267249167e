// No runtime import of the contracts or zod here: this module is part of the first load.
import type { QueryClient } from '@tanstack/react-query';
import type { SessionUser } from '@ascc/contracts';
import { getSessionState, subscribeSession } from '../api/session-store';

/** What a page may ask for ahead of its first render, once the user is known (`modules/<m>/prefetch.ts`). */
export interface PagePrefetch {
  prefetch: (queryClient: QueryClient, user: SessionUser, params: URLSearchParams) => void;
}

interface PagePreload {
  /** The page's code: its chunk (and the chunks it would only ask for once rendered). */
  chunks: () => Promise<unknown>[];
  /** Its first data, asked for as soon as the session is restored, before the page's code has run. */
  data?: () => Promise<PagePrefetch>;
}

/** The pages a cold load most often opens (the ones `npm run bench:vitals` measures). */
const PAGES: [RegExp, PagePreload][] = [
  [
    /^\/$/,
    {
      chunks: () => [import('../modules/dashboard/pages/dashboard-page')],
      data: () => import('../modules/dashboard/prefetch'),
    },
  ],
  [
    /^\/training\/?$/,
    {
      chunks: () => [import('../modules/training/training-routes')],
      data: () => import('../modules/training/prefetch'),
    },
  ],
];

/**
 * A cold load is a chain: index.html, the entry script, the session restored through the refresh
 * cookie, the shell, the page's chunk, then the page's first request. Here the page's chunk is fetched
 * at once, beside the session's restoring, and its first request leaves as soon as the session is
 * there (with that user's token and agency), while the shell and page render; the page then finds the
 * answer in the query cache under the same key. Nothing is asked for a signed-out user, and what a
 * user's prefetch put in the cache goes with it (`clearCacheOnUserChange`).
 */
export function preloadPage(queryClient: QueryClient, location: Pick<Location, 'pathname' | 'search'>): void {
  const found = PAGES.find(([path]) => path.test(location.pathname))?.[1];
  if (!found) return;
  for (const chunk of found.chunks()) chunk.catch(() => undefined);
  if (!found.data) return;
  const data = found.data();
  data.catch(() => undefined);
  const params = new URLSearchParams(location.search);
  const whenSignedIn = () => {
    const state = getSessionState();
    if (state.status === 'restoring') return false;
    if (state.status === 'signed-in') {
      const user = state.user;
      data.then(
        (page) => page.prefetch(queryClient, user, params),
        () => undefined,
      );
    }
    return true;
  };
  if (whenSignedIn()) return;
  const unsubscribe = subscribeSession(() => {
    if (whenSignedIn()) unsubscribe();
  });
}
