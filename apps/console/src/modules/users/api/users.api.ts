import { USER_ROUTES } from '@ascc/contracts';
import { callRoute } from '../../../api/client';
import { routeScope } from '../../../api/route-query';

/** Every user query (lists, histories) is under this prefix. */
export const userKeys = { all: routeScope(USER_ROUTES.list) };

export function getUser(id: string) {
  return callRoute(USER_ROUTES.get, { id });
}
