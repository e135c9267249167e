import { lazy, Suspense } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { BootScreen } from './boot-screen';
import { loginPath, safeNextPath } from './paths';
import { LoadErrorBoundary } from './load-error-boundary';
import { useSession } from './use-session';

// The signed-in shell and the sign-in screens are chunks of their own: with them, the contracts and
// zod load after the first paint, which keeps the first load small.
const loadAppLayout = () => import('./app-layout');
const AppLayout = lazy(loadAppLayout);
const LoginPage = lazy(() => import('../modules/auth/pages/login-page'));
const PasswordChangePage = lazy(() => import('../modules/auth/pages/password-change-page'));

/** Most visits are a signed-in user coming back: fetch the shell while the session is being restored. */
export function preloadAppLayout(): void {
  loadAppLayout().catch(() => undefined);
}

/**
 * The gate in front of every section. Signed out, the user goes to the login page with the address
 * they were at, to come back to it; one who must change a password set by an administrator does that
 * first.
 */
export function RequireSession() {
  const session = useSession();
  const { pathname, search } = useLocation();
  if (session.status === 'restoring') return <BootScreen />;
  if (session.status === 'signed-out') {
    // Whoever signs in after an explicit sign-out may be someone else; they start at the dashboard.
    const here = session.reason === 'signed-out' ? undefined : pathname + search;
    return <Navigate to={loginPath(here)} replace />;
  }
  return (
    <LoadErrorBoundary>
      <Suspense fallback={<BootScreen />}>
        {session.user.mustChangePassword ? <PasswordChangePage /> : <AppLayout />}
      </Suspense>
    </LoadErrorBoundary>
  );
}

/** The login page, or, once signed in, the page the user was on before. */
export function LoginRoute() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.status === 'restoring') return <BootScreen />;
  if (session.status === 'signed-in') return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return (
    <LoadErrorBoundary>
      <Suspense fallback={<BootScreen />}>
        <LoginPage reason={session.reason} />
      </Suspense>
    </LoadErrorBoundary>
  );
}
