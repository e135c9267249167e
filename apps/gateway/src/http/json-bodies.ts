import express, { type RequestHandler, Router } from 'express';
import { DEPARTMENT_ROUTES, type RouteContract } from '@ascc/contracts';
import { verifyUtf8 } from './body-errors';

/**
 * The JSON body parsers of the routes whose contract allows a larger body (`maxBodyBytes`: the upload
 * routes, a long budget estimate). Mounted before the API's own parser (`MAX_JSON_BODY_BYTES`, every
 * other route, sign-in included), which leaves a body already read alone. The routes are matched by an
 * Express router, as Nest matches them, so exactly the paths that reach such a handler get its limit.
 */
export function largerBodies(routes: readonly RouteContract[] = DEPARTMENT_ROUTES): Router {
  const router = Router();
  const parsers = new Map<number, RequestHandler>();
  for (const { method, path, maxBodyBytes } of routes) {
    if (!maxBodyBytes) continue;
    let parse = parsers.get(maxBodyBytes);
    if (!parse)
      parsers.set(maxBodyBytes, (parse = express.json({ limit: maxBodyBytes, verify: verifyUtf8 })));
    router[method.toLowerCase() as Lowercase<typeof method>](path, parse);
  }
  return router;
}
