import { REPORTING_ROUTES as R } from '@ascc/contracts';
import { routeQuery } from '../../../api/route-query';

/** The public progress page's data (no sign-in): published values only, as the route's allow-list. */
export const usePublicProgress = routeQuery(R.publicProgress, { args: () => ({}) });
