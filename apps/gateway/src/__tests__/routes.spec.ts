import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DEPARTMENT_ROUTES } from '@ascc/contracts';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from '../docs/openapi';

/** Every HTTP route the gateway's controllers declare, as "METHOD /path". */
function declaredRoutes(): string[] {
  const controllers = (Reflect.getMetadata('controllers', AppModule) ?? []) as (new (
    ...args: never[]
  ) => object)[];
  const routes: string[] = [];
  for (const controller of controllers) {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[name as keyof typeof controller.prototype] as unknown;
      if (typeof handler !== 'function' || name === 'constructor') continue;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      routes.push(
        `${method} ${('/' + [base, path].filter((p) => p && p !== '/').join('/')).replace(/\/+/g, '/')}`,
      );
    }
  }
  return routes;
}

describe('gateway routes', () => {
  it('serves exactly the department routes of the contract, plus health and docs', () => {
    const declared = declaredRoutes();
    const contract = DEPARTMENT_ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(declared.filter((r) => !r.includes('/api/health') && !r.includes('/api/docs')).sort()).toEqual(
      [...contract].sort(),
    );
  });

  it('documents every contract route in OpenAPI with its success and error responses', () => {
    const doc = buildOpenApiDocument();
    for (const route of DEPARTMENT_ROUTES) {
      const op = doc.paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')][route.method.toLowerCase()] as {
        operationId: string;
        responses: Record<string, unknown>;
      };
      expect(op.operationId).toBe(route.operationId);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining([String(route.status), '400', '503']));
    }
  });
});
