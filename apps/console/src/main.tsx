// First: the refresh cookie's exchange leaves as this module is evaluated, before the rest of the
// first load is (React, antd), without waiting for the API client's chunk.
import { startedRefresh } from './api/start-refresh';
import 'antd/dist/antd.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { clearCacheOnUserChange, createQueryClient } from './api/query-client';
import { setSessionState } from './api/session-store';
import { AppProviders } from './app/providers';
import { AppRoutes } from './app/app-routes';
import { preloadAppLayout } from './app/require-session';
import { preloadPage } from './app/route-preload';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
clearCacheOnUserChange(queryClient);

// A reload keeps the user signed in: the refresh cookie is exchanged for a session while the page
// paints. The API client is a chunk of its own (it brings the contracts and zod), so it comes lazily
// and reads the answer of the exchange started above. If that chunk cannot load (offline, or replaced
// by a new release), the login route's error boundary offers to reload instead of an endless spinner.
import('./api/client').then(
  (client) => client.restoreSession(startedRefresh),
  () => setSessionState({ status: 'signed-out' }),
);
preloadAppLayout();
preloadPage(queryClient, window.location);

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <AppProviders queryClient={queryClient} zeroRuntime>
        <AppRoutes />
      </AppProviders>
    </BrowserRouter>
  </StrictMode>,
);
