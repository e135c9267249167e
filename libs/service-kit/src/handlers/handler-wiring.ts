import type { DynamicModule, Type } from '@nestjs/common';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { DEPARTMENT_ROUTES, INTERNAL_MESSAGES, SEARCH_SUBJECTS, type ServiceName } from '@ascc/contracts';
import { declaredHandlers } from './handles';

/** What is wrong with a service's handlers; every list empty when each of its subjects has exactly one. */
export interface HandlerWiring {
  /** Its routes and internal subjects nobody answers. */
  missing: string[];
  /** Subjects answered more than once. */
  duplicated: string[];
  /** Handlers declared with a contract that is not the subject's own (another schema or permission). */
  foreign: string[];
  /** `@MessagePattern` methods written by hand instead of declared with `@Handles` / `@Answers`. */
  handWritten: string[];
}

type ModuleRef = Type<unknown> | DynamicModule | Promise<DynamicModule>;

function controllersOf(module: ModuleRef, seen = new Set<unknown>()): Type<unknown>[] {
  if (!module || seen.has(module) || module instanceof Promise) return [];
  seen.add(module);
  const dynamic = (module as DynamicModule).module ? (module as DynamicModule) : undefined;
  const type = (dynamic?.module ?? module) as Type<unknown>;
  const controllers = [
    ...((Reflect.getMetadata('controllers', type) as Type<unknown>[] | undefined) ?? []),
    ...((dynamic?.controllers as Type<unknown>[] | undefined) ?? []),
  ];
  const imports = [
    ...((Reflect.getMetadata('imports', type) as ModuleRef[] | undefined) ?? []),
    ...((dynamic?.imports as ModuleRef[] | undefined) ?? []),
  ];
  return [...controllers, ...imports.flatMap((m) => controllersOf(m, seen))];
}

/**
 * Checks a service's wiring from its root module: every route and internal subject of `service`
 * (`<service>.…`) is answered exactly once, by a handler declared with that subject's own contract, and no
 * handler is written by hand (the health check, which every service answers the same way, aside).
 */
export function handlerWiring(appModule: Type<unknown>, service: ServiceName): HandlerWiring {
  const controllers = new Set(controllersOf(appModule));
  const mine = [...DEPARTMENT_ROUTES, ...INTERNAL_MESSAGES, ...SEARCH_SUBJECTS].filter((c) =>
    c.subject.startsWith(`${service}.`),
  );
  const declared = declaredHandlers().filter((h) =>
    [...controllers].some((c) => c.name === h.className && c.prototype[`handle ${h.subject}`]),
  );
  const count = (subject: string) => declared.filter((h) => h.subject === subject).length;
  const handWritten: string[] = [];
  for (const controller of controllers) {
    const proto = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const value = proto[name];
      if (name === 'constructor' || typeof value !== 'function') continue;
      const pattern = Reflect.getMetadata(PATTERN_METADATA, value) as string[] | undefined;
      if (!pattern || name.startsWith('handle ') || controller.name === 'HealthController') continue;
      handWritten.push(`${controller.name}.${name} (${pattern.join(', ')})`);
    }
  }
  return {
    missing: mine.filter((c) => count(c.subject) === 0).map((c) => c.subject),
    duplicated: [...new Set(declared.map((h) => h.subject))].filter((s) => count(s) > 1),
    foreign: declared
      .filter((h) => !mine.includes(h.contract as (typeof mine)[number]))
      .map((h) => `${h.className}.${h.method} (${h.subject})`),
    handWritten,
  };
}
