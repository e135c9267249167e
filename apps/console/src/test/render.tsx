import type { Lang } from '@ascc/catalog';
import type { SessionUser } from '@ascc/contracts';
import { QueryClient } from '@tanstack/react-query';
import { type RenderResult, configure, render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { setSessionState } from '../api/session-store';
import { AppProviders } from '../app/providers';

// antd screens take a while to render in jsdom (a lazy module is compiled on first use when the transform
// cache is cold, and two workers share the two cores); a busy CI machine should not turn that into failures.
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(45_000);

/** Puts `user` in the session store as if they had signed in (no renewal timer), or signs out. */
export function signInAs(user: SessionUser | undefined): void {
  setSessionState(
    user
      ? {
          status: 'signed-in',
          accessToken: `token-of-${user.username}`,
          expiresAt: Date.now() + 300_000,
          user,
        }
      : { status: 'signed-out' },
  );
}

/**
 * Renders a screen inside the same providers as the app, at a URL, with retries off so errors show at
 * once, signed in as `user` (or signed out). Without `lang` the language comes from storage, as in the app.
 */
export function renderScreen(
  ui: ReactElement,
  options: { lang?: Lang; url?: string; user?: SessionUser } = {},
): RenderResult & { queryClient: QueryClient } {
  signInAs(options.user);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const result = render(
    <MemoryRouter initialEntries={[options.url ?? '/']}>
      <AppProviders queryClient={queryClient} initialLang={options.lang}>
        {/* No animations: they finish after a test's last assertion and only add act() noise. */}
        <ConfigProvider theme={{ token: { motion: false } }}>{ui}</ConfigProvider>
      </AppProviders>
    </MemoryRouter>,
  );
  return { ...result, queryClient };
}

/** Shows the router's current query string, so a test can see what a user would see in the address bar. */
export function LocationProbe() {
  const { pathname, search } = useLocation();
  return <output data-testid="location">{pathname + search}</output>;
}
