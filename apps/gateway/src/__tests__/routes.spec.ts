import {
  INTERCEPTORS_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  ROUTE_ARGS_METADATA,
} from '@nestjs/common/constants';
import { Module, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  ALL_ROUTES,
  BUDGET_ROUTES,
  DEPARTMENT_ROUTES,
  FileDownloadSchema,
  GATEWAY_ROUTES,
  type HttpRouteContract,
  PERMISSIONS,
  REPORTING_ROUTES,
  type RouteContract,
  TRAINING_ROUTES,
} from '@ascc/contracts';
import { ROUTE_CONTRACT } from '../http/api-route.decorator';
import { FileResponseInterceptor } from '../http/file-response.interceptor';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from '../docs/openapi';
import { FORWARD_OPTIONS, departmentControllers } from '../forwarding/department-routes';
import { ServiceBus } from '../bus/service-bus';

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

interface Handler {
  controller: Class;
  name: string;
  key: string;
  contract: HttpRouteContract;
  handler: (...args: unknown[]) => unknown;
}

/** Every HTTP handler of the given controllers, keyed "METHOD /path", with its route contract. */
function handlersOf(controllers: Class[]): Handler[] {
  const routes: Handler[] = [];
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
      routes.push({
        controller,
        name,
        key: `${method} ${('/' + [base, path].filter((p) => p && p !== '/').join('/')).replace(/\/+/g, '/')}`,
        contract: Reflect.getMetadata(ROUTE_CONTRACT, handler) as HttpRouteContract,
        handler: handler as Handler['handler'],
      });
    }
  }
  return routes;
}

/** Every HTTP route the gateway's controllers declare, as "METHOD /path". */
function declaredRoutes(): string[] {
  return handlersOf(controllersOf(AppModule)).map((h) => h.key);
}

/** Could one request reach both routes (same method, each segment equal or a param on one side)? */
function overlap(a: HttpRouteContract, b: HttpRouteContract): boolean {
  const x = a.path.split('/');
  const y = b.path.split('/');
  return (
    a.method === b.method &&
    x.length === y.length &&
    x.every((s, i) => s === y[i] || s.startsWith(':') || y[i].startsWith(':'))
  );
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

describe('department routes (built from DEPARTMENT_ROUTES)', () => {
  const forwarding = handlersOf(departmentControllers());
  const key = (r: HttpRouteContract) => `${r.method} ${r.path}`;

  it('registers every department route exactly once, and nothing else', () => {
    expect(forwarding.map((h) => h.key).sort()).toEqual(DEPARTMENT_ROUTES.map(key).sort());
    expect(new Set(forwarding.map((h) => h.key)).size).toBe(DEPARTMENT_ROUTES.length);
  });

  it('gives each handler its own contract: permission, input schema, subject, status', () => {
    for (const route of DEPARTMENT_ROUTES) {
      const [handler] = forwarding.filter((h) => h.key === key(route));
      expect(handler.contract).toBe(route);
      expect(handler.contract.permission).toBe(route.permission);
      expect(handler.contract.input).toBe(route.input);
      expect(Reflect.getMetadata('__httpCode__', handler.handler)).toBe(route.status);
      // Three params for every route: the message, the call context and the response (for its type).
      const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, handler.controller, handler.name) ?? {};
      expect(Object.keys(args).length).toBe(FORWARD_OPTIONS.get(route)?.fromHeaders ? 4 : 3);
      // A route answering a file sends the file itself.
      const interceptors = Reflect.getMetadata(INTERCEPTORS_METADATA, handler.handler) ?? [];
      expect(interceptors.includes(FileResponseInterceptor)).toBe(route.output === FileDownloadSchema);
    }
  });

  it('groups the handlers by department (tag), one controller each', () => {
    const tags = [...new Set(DEPARTMENT_ROUTES.map((r) => r.tag))];
    expect(departmentControllers().map((c) => c.name)).toEqual(
      tags.map((t) => `${t[0].toUpperCase()}${t.slice(1)}RoutesController`),
    );
    for (const h of forwarding)
      expect(h.controller.name.toLowerCase()).toBe(`${h.contract.tag}routescontroller`);
  });

  it('serves the gateway its own routes only by hand-written controllers', () => {
    const own = handlersOf(controllersOf(AppModule)).filter(
      (h) => !DEPARTMENT_ROUTES.includes(h.contract as RouteContract),
    );
    expect(own.map((h) => h.key).sort()).toEqual(GATEWAY_ROUTES.map(key).sort());
  });

  it('has no two routes one request could reach, so the order of registration does not matter', () => {
    const clashes = ALL_ROUTES.flatMap((a, i) =>
      ALL_ROUTES.slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${key(a)} ~ ${key(b)}`),
    );
    expect(clashes).toEqual([]);
  });

  it('keeps options only for department routes', () => {
    for (const route of FORWARD_OPTIONS.keys()) expect(DEPARTMENT_ROUTES).toContain(route);
  });

  describe('forwarding', () => {
    function handlerFor(route: RouteContract) {
      const h = forwarding.find((f) => f.contract === route) as Handler;
      // Every route here answers JSON, which the bus relays as the service's text.
      const request = jest.fn().mockResolvedValue('{"ok":true}');
      const instance = new (h.controller as unknown as new (bus: ServiceBus) => object)({
        relay: request,
      } as unknown as ServiceBus);
      return { call: (...args: unknown[]) => h.handler.apply(instance, args), request };
    }
    const ctx = { correlationId: 'c-1' };

    it('sends the message and the call context to the route, with the default wait', async () => {
      const { call, request } = handlerFor(TRAINING_ROUTES.courseGet);
      await expect(call({ id: 'x' }, ctx)).resolves.toEqual('{"ok":true}');
      expect(request).toHaveBeenCalledWith(TRAINING_ROUTES.courseGet, { id: 'x' }, ctx, undefined);
    });

    it('puts the Idempotency-Key header of a submission in the message', async () => {
      const { call, request } = handlerFor(BUDGET_ROUTES.estimateSubmit);
      await call({ id: 'e', idempotencyKey: 'from-body' }, ctx, undefined, {
        'idempotency-key': 'from-header-1',
      });
      expect(request).toHaveBeenLastCalledWith(
        BUDGET_ROUTES.estimateSubmit,
        { id: 'e', idempotencyKey: 'from-header-1' },
        ctx,
        undefined,
      );
      await call({ id: 'e' }, ctx, undefined, {});
      expect(request).toHaveBeenLastCalledWith(BUDGET_ROUTES.estimateSubmit, { id: 'e' }, ctx, undefined);
    });

    it('waits two minutes for the read model rebuild', async () => {
      const { call, request } = handlerFor(REPORTING_ROUTES.rebuild);
      await call({}, ctx);
      expect(request).toHaveBeenCalledWith(REPORTING_ROUTES.rebuild, {}, ctx, 120_000);
    });
  });

  // The handlers' decorators are applied by code, not written out: check Nest reads them over HTTP.
  it('answers over HTTP with the message, the Idempotency-Key and files as the handlers declare', async () => {
    const request = jest.fn(async (route: RouteContract, _message: unknown) =>
      route.output === FileDownloadSchema
        ? {
            fileName: 'Chứng chỉ.pdf',
            contentType: 'application/pdf',
            base64: Buffer.from('%PDF').toString('base64'),
          }
        : { ok: route.operationId },
    );
    // JSON answers are relayed as the service's text; files are parsed for their interceptor.
    const relay = async (route: RouteContract, message: unknown) =>
      JSON.stringify(await request(route, message));
    @Module({
      controllers: departmentControllers(),
      providers: [{ provide: ServiceBus, useValue: { request, relay } }],
    })
    class ForwardingOnly {}
    const app = await NestFactory.create(ForwardingOnly, { logger: false });
    await app.listen(0, '127.0.0.1');
    const base = await app.getUrl();
    try {
      const submitted = await fetch(`${base}/api/budget/estimates/e-1/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'key-0001-http' },
        body: JSON.stringify({ version: 3 }),
      });
      expect(submitted.status).toBe(BUDGET_ROUTES.estimateSubmit.status);
      expect(submitted.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await submitted.json()).toEqual({ ok: BUDGET_ROUTES.estimateSubmit.operationId });
      expect(request.mock.calls.at(-1)?.slice(0, 2)).toEqual([
        BUDGET_ROUTES.estimateSubmit,
        { version: 3, id: 'e-1', idempotencyKey: 'key-0001-http' },
      ]);

      const listed = await fetch(`${base}/api/training/courses?page=2`);
      expect(listed.status).toBe(200);
      expect(request.mock.calls.at(-1)?.slice(0, 2)).toEqual([TRAINING_ROUTES.courseList, { page: '2' }]);

      const file = await fetch(`${base}/api/training/courses/c-1/enrolments/n-1/certificate`);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('content-disposition')).toContain('filename="Chung chi.pdf"');
      expect(await file.text()).toBe('%PDF');
      expect(request.mock.calls.at(-1)?.slice(0, 2)).toEqual([
        TRAINING_ROUTES.certificateGet,
        { id: 'c-1', enrolmentId: 'n-1' },
      ]);
    } finally {
      await app.close();
    }
  });
});
