import type { z } from 'zod';
import { type CallOptions, type HttpRoute } from './http-route';
import { send } from './http-send';
import { withSession } from './session';

export { ApiError, type ApiErrorCode } from './api-error';
export { type DownloadedFile, downloadRoute, fileNameOf } from './download';
export { type CallOptions, type HttpRoute, toQueryString } from './http-route';
export { endSession, renewSession, restoreSession, startSession } from './session';

/**
 * The console's only way to the HTTP API, and the one import its screens need: the call itself here,
 * the request's building (http-route), sending and error decoding (http-send, error-response), files
 * (download) and the session (session) in their own modules.
 *
 * Path params come out of the message; for GET the rest goes in the query string, otherwise in a JSON
 * body. Answers are checked against the route's output schema, so a screen never renders data of a
 * shape it does not expect.
 *
 * The signed-in user's access token goes along as a bearer token. When a route that needs a session
 * answers 401 (the token expired), the session is renewed once through the refresh cookie and the
 * request sent again; if the session cannot be renewed it ends, and the app sends the user to sign in.
 */
export function callRoute<I extends z.ZodType, O extends z.ZodType>(
  route: HttpRoute<I, O>,
  message: z.input<I>,
  options: CallOptions = {},
): Promise<z.output<O>> {
  return withSession(route, (token) => send(route, message, options, token));
}
