import { AID_ROUTES } from '@ascc/contracts';
import { routeScope } from '../../../api/route-query';

/** Every NGO query (lists, records, histories) is under this prefix. */
export const ngoKeys = { all: routeScope(AID_ROUTES.ngoList) };
