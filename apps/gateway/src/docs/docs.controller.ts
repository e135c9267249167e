import { Controller, Header } from '@nestjs/common';
import { SYSTEM_ROUTES } from '@ascc/contracts';
import { ApiRoute } from '../http/api-route.decorator';
import { buildOpenApiDocument } from './openapi';

const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ASCC Plan Console API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

// A file rather than an inline script, so the Content-Security-Policy can forbid inline scripts.
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#swagger-ui' });`;

@Controller()
export class DocsController {
  private readonly document = buildOpenApiDocument();

  @ApiRoute(SYSTEM_ROUTES.docsPage)
  @Header('content-type', 'text/html; charset=utf-8')
  page() {
    return DOCS_PAGE;
  }

  @ApiRoute(SYSTEM_ROUTES.openApi)
  openApi() {
    return this.document;
  }

  @ApiRoute(SYSTEM_ROUTES.docsScript)
  @Header('content-type', 'text/javascript; charset=utf-8')
  init() {
    return INIT_SCRIPT;
  }
}
