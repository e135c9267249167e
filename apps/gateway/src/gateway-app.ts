import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { absolutePath as swaggerUiPath } from 'swagger-ui-dist';
import { AppModule } from './app.module';
import { MAX_JSON_BODY_BYTES, REPORTING_ROUTES } from '@ascc/contracts';
import { nestLogger, startTracing } from '@ascc/service-kit';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { bodyErrors, verifyUtf8 } from './http/body-errors';
import { correlationMiddleware } from './http/correlation.middleware';
import { requestLogMiddleware } from './http/request-log.middleware';
import { largerBodies } from './http/json-bodies';
import { publicProgressCaching, publicRateLimit } from './http/public-routes';
import { httpMetrics, instrumentGateway, metricsEndpoint } from './http/metrics';
import { trustProxySetting } from './http/trust-proxy';
import { precompressed } from './http/precompressed';

/** Folder of the built console; the gateway serves it at `/` so one URL is the whole product. */
export function consoleDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONSOLE_DIR ?? path.join(__dirname, '..', '..', 'console'));
}

export async function createGatewayApp(
  env: NodeJS.ProcessEnv = process.env,
): Promise<NestExpressApplication> {
  // Read before anything starts: a TRUST_PROXY that would let clients forge their address stops here.
  const trustProxy = trustProxySetting(env);
  startTracing('gateway', env);
  // The adapter named here (not loaded by name inside Nest), so the gateway's build lists its package.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, new ExpressAdapter(), {
    logger: nestLogger('gateway', env),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // No ETag on API answers: they are `no-store` (never revalidated), and Express would hash each body
  // (a page of rows) to make one. The console's static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.set('trust proxy', trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // antd writes its styles at run time (CSS-in-JS).
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(correlationMiddleware);
  app.use(requestLogMiddleware);
  app.use(httpMetrics);
  app.use('/metrics', metricsEndpoint(env));
  app.use('/api', noStore);
  app.use('/api/public', publicRateLimit(env));
  app.use(REPORTING_ROUTES.publicProgress.path, publicProgressCaching);
  // Files (imports, attachments up to 5 MB) travel base64 inside JSON messages, on their upload routes;
  // a long budget estimate may pass 100 KB. Every other body is a form or a command, held to 100 KB.
  app.use(largerBodies());
  app.use('/api', express.json({ limit: MAX_JSON_BODY_BYTES, verify: verifyUtf8 }), bodyErrors);
  app.use('/api/docs/assets', express.static(swaggerUiPath(), { index: false, cacheControl: false }));
  app.useGlobalFilters(new ApiExceptionFilter());
  instrumentGateway(app);
  app.enableShutdownHooks();

  const dir = consoleDir(env);
  if (fs.existsSync(path.join(dir, 'index.html'))) {
    // Mounted before Nest's routes (which are added at start): kept off the API, where it would look
    // for a file on disk (a stat) at every GET, and where no file of the console may answer for a route.
    const assets = express.static(dir, {
      index: false,
      maxAge: '1y',
      immutable: true,
      setHeaders: noCacheForHtml,
    });
    const compressed = precompressed(dir);
    app.use((req: Request, res: Response, next: NextFunction) =>
      isApiPath(req.path) ? next() : compressed(req, res, () => assets(req, res, next)),
    );
    // Client-side routes of the SPA get index.html; unknown /api paths stay JSON 404s.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || isApiPath(req.path)) return next();
      res.setHeader('cache-control', 'no-cache');
      res.sendFile(path.join(dir, 'index.html'));
    });
  }
  return app;
}

/**
 * Every API answer holds someone's data (personal records, amounts, tokens): no browser or proxy keeps a
 * copy (`Pragma` for HTTP/1.0 caches). The console's static assets keep their long caching.
 */
function noStore(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('pragma', 'no-cache');
  next();
}

/** The API's paths (as the SPA fallback has always told them apart from the console's). */
function isApiPath(path: string): boolean {
  return path.startsWith('/api');
}

function noCacheForHtml(res: Response, file: string) {
  if (file.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
}
