import { AID_ROUTES as A } from '@ascc/contracts';
import { byId, byIdPage, routeMutation, routePageQuery, routeQuery } from '../../../api/route-query';
import { ngoKeys } from '../api/ngos.api';

export const useNgos = routePageQuery(A.ngoList);
export const useCreateNgo = routeMutation(A.ngoCreate, { invalidates: [ngoKeys.all] });
export const useNgo = routeQuery(A.ngoGet, { args: byId });
/** Who changed the record and how, newest first, from the service's audit log. */
export const useNgoHistory = routePageQuery(A.ngoHistory, { args: byIdPage });
