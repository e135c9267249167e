import express, { Router } from 'express';
import { DEPARTMENT_ROUTES, MAX_UPLOAD_BODY_BYTES, type RouteContract } from '@ascc/contracts';
import { verifyUtf8 } from './body-errors';

/**
 * The JSON body parser of the routes whose message carries a file (`upload: true` in their contract): up
 * to `MAX_UPLOAD_BODY_BYTES`. Mounted before the API's own parser (`MAX_JSON_BODY_BYTES`, every other
 * route, sign-in included), which leaves a body already read alone. The routes are matched by an Express
 * router, as Nest matches them, so exactly the paths that reach an upload handler get the larger limit.
 */
export function uploadBodies(routes: readonly RouteContract[] = DEPARTMENT_ROUTES): Router {
  const router = Router();
  const parse = express.json({ limit: MAX_UPLOAD_BODY_BYTES, verify: verifyUtf8 });
  for (const route of routes.filter((r) => r.upload)) {
    router[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](route.path, parse);
  }
  return router;
}
