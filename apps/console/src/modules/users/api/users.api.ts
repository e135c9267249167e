import { type CreateUser, type ListUsersSchema, USER_ROUTES, type UpdateUserSchema } from '@ascc/contracts';
import type { z } from 'zod';
import { callRoute } from '../../../api/client';

export type ListUsers = z.input<typeof ListUsersSchema>;
export type UpdateUser = z.input<typeof UpdateUserSchema>;

export const userKeys = {
  all: ['identity', 'users'] as const,
  list: (query: ListUsers) => [...userKeys.all, 'list', query] as const,
  history: (id: string, page: number, pageSize: number) =>
    [...userKeys.all, 'history', id, page, pageSize] as const,
};

export function listUsers(query: ListUsers, signal?: AbortSignal) {
  return callRoute(USER_ROUTES.list, query, { signal });
}

export function getUser(id: string) {
  return callRoute(USER_ROUTES.get, { id });
}

export function createUser(user: CreateUser) {
  return callRoute(USER_ROUTES.create, user);
}

/** `version` is the one the admin saw: the server answers 409 if someone changed the user since. */
export function updateUser(change: UpdateUser) {
  return callRoute(USER_ROUTES.update, change);
}

export function resetUserPassword(id: string, password: string) {
  return callRoute(USER_ROUTES.resetPassword, { id, password });
}

/** Who created or changed the account, reset its password or enabled its second factor, newest first. */
export function getUserHistory(id: string, page: number, pageSize: number, signal?: AbortSignal) {
  return callRoute(USER_ROUTES.history, { id, page, pageSize }, { signal });
}
