import { startRefresh } from './early-refresh';

/**
 * The refresh cookie's exchange, started as this module is evaluated: main.tsx imports it first, so
 * the request leaves before React and antd (the rest of the first load) are evaluated and render.
 */
export const startedRefresh: Promise<Response> = startRefresh();
startedRefresh.catch(() => undefined);
