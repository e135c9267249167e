import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCreateMutation, usePageQuery } from '../../../shared/resource-hooks';
import {
  type ListUsers,
  createUser,
  getUserHistory,
  listUsers,
  resetUserPassword,
  updateUser,
  userKeys,
} from '../api/users.api';

export function useUsers(query: ListUsers) {
  return usePageQuery(userKeys.list(query), (signal) => listUsers(query, signal));
}

export function useUserHistory(id: string, page: number, pageSize: number) {
  return usePageQuery(userKeys.history(id, page, pageSize), (signal) =>
    getUserHistory(id, page, pageSize, signal),
  );
}

export function useCreateUser() {
  return useCreateMutation(createUser, userKeys.all);
}

export function useUpdateUser() {
  return useCreateMutation(updateUser, userKeys.all);
}

/** A reset ends the user's sessions and may unlock them; the list shows that, so it is refreshed. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => resetUserPassword(id, password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
