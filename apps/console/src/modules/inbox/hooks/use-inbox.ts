import { REPORTING_ROUTES as R } from '@ascc/contracts';
import { routeMutation, routePageQuery, routeScope, useRouteQuery } from '../../../api/route-query';

/** Every inbox query (the list and the bell's count) is under this prefix. */
export const inboxKeys = { all: routeScope(R.notificationList) };

/**
 * How often the bell asks again. A notification written by an event or a review refreshes it at once
 * (live updates: `reporting.applied`, `reporting.report`); the hourly reminder job's are seen by this.
 */
const BELL_REFRESH_MS = 60_000;

export function useUnreadCount(enabled = true) {
  return useRouteQuery(R.notificationCount, {}, { enabled, refetchInterval: BELL_REFRESH_MS });
}

export const useNotifications = routePageQuery(R.notificationList);
export const useMarkNotificationRead = routeMutation(R.notificationRead, { invalidates: [inboxKeys.all] });
export const useMarkAllNotificationsRead = routeMutation(R.notificationReadAll, {
  invalidates: [inboxKeys.all],
});
