import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { clearCacheOnUserChange, createQueryClient } from './api/query-client';
import { setSessionState } from './api/session-store';
import { AppProviders } from './app/providers';
import { AppRoutes } from './app/app-routes';
import { preloadAppLayout } from './app/require-session';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const queryClient = createQueryClient();
clearCacheOnUserChange(queryClient);

// A reload keeps the user signed in: the refresh cookie is exchanged for a session while the page
// paints. The API client is a chunk of its own (it brings the contracts and zod), so it comes lazily.
// If that chunk cannot load (offline, or replaced by a new release), the login route's error boundary
// offers to reload instead of an endless spinner.
import('./api/client').then(
  (client) => client.restoreSession(),
  () => setSessionState({ status: 'signed-out' }),
);
preloadAppLayout();

createRoot(container).render(
  <StrictMode>
    <BrowserRouter>
      <AppProviders queryClient={queryClient}>
        <AppRoutes />
      </AppProviders>
    </BrowserRouter>
  </StrictMode>,
);
