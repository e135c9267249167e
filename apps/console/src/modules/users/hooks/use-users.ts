import { USER_ROUTES as U } from '@ascc/contracts';
import { byIdPage, routeMutation, routePageQuery } from '../../../api/route-query';
import { userKeys } from '../api/users.api';

export const useUsers = routePageQuery(U.list);
/** Who created or changed the account, reset its password or enabled its second factor, newest first. */
export const useUserHistory = routePageQuery(U.history, { args: byIdPage });
export const useCreateUser = routeMutation(U.create, { invalidates: [userKeys.all] });
/** `version` is the one the admin saw: the server answers 409 if someone changed the user since. */
export const useUpdateUser = routeMutation(U.update, { invalidates: [userKeys.all] });
/** A reset ends the user's sessions and may unlock them; the list shows that, so it is refreshed. */
export const useResetPassword = routeMutation(U.resetPassword, { invalidates: [userKeys.all] });
/** An authenticator reset: the list's two-step tag goes, so it is refreshed. */
export const useResetSecondFactor = routeMutation(U.resetSecondFactor, { invalidates: [userKeys.all] });
