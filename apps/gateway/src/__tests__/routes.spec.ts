import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ALL_ROUTES, PERMISSIONS } from '@ascc/contracts';
import { ROUTE_CONTRACT } from '../http/api-route.decorator';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from '../docs/openapi';

type Class = new (...args: never[]) => object;

/** The controllers of a module and of every module it imports (dynamic modules included). */
function controllersOf(module: unknown, seen = new Set<unknown>()): Class[] {
  const cls = (module as { module?: unknown })?.module ?? module;
  if (!cls || seen.has(cls)) return [];
  seen.add(cls);
  const own = [
    ...((Reflect.getMetadata('controllers', cls as object) ?? []) as Class[]),
    ...(((module as { controllers?: Class[] }).controllers ?? []) as Class[]),
  ];
  const imports = [
    ...((Reflect.getMetadata('imports', cls as object) ?? []) as unknown[]),
    ...(((module as { imports?: unknown[] }).imports ?? []) as unknown[]),
  ];
  return [...own, ...imports.flatMap((m) => controllersOf(m, seen))];
}

/** Every HTTP route the gateway's controllers declare, as "METHOD /path". */
function declaredRoutes(): string[] {
  const controllers = controllersOf(AppModule);
  const routes: string[] = [];
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[name as keyof typeof controller.prototype] as unknown;
      if (typeof handler !== 'function' || name === 'constructor') continue;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      // Deny by default: a handler without a route contract (and so without a permission) is a bug.
      if (!Reflect.getMetadata(ROUTE_CONTRACT, handler))
        throw new Error(`${controller.name}.${name} has no route contract`);
      routes.push(
        `${method} ${('/' + [base, path].filter((p) => p && p !== '/').join('/')).replace(/\/+/g, '/')}`,
      );
    }
  }
  return routes;
}

describe('gateway routes', () => {
  it('serves exactly the routes of the contract, each handler under its contract', () => {
    const contract = ALL_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(declaredRoutes().sort()).toEqual([...contract].sort());
  });

  it('gives every route an entry of the permission table', () => {
    for (const route of ALL_ROUTES) expect(Object.keys(PERMISSIONS)).toContain(route.permission);
  });

  it('documents every contract route in OpenAPI with its success and error responses', () => {
    const doc = buildOpenApiDocument();
    for (const route of ALL_ROUTES) {
      const op = doc.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')][route.method.toLowerCase()] as {
        operationId: string;
        responses: Record<string, unknown>;
      };
      expect(op.operationId).toBe(route.operationId);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining([String(route.status), '400', '503']));
    }
  });
});
