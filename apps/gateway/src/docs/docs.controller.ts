import { Controller, Get, Header } from '@nestjs/common';
import { buildOpenApiDocument } from './openapi';

const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ASCC Plan Console API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

// A file rather than an inline script, so the Content-Security-Policy can forbid inline scripts.
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/docs/openapi.json', dom_id: '#swagger-ui' });`;

@Controller('api/docs')
export class DocsController {
  private readonly document = buildOpenApiDocument();

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  page() {
    return DOCS_PAGE;
  }

  @Get('openapi.json')
  openApi() {
    return this.document;
  }

  @Get('init.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  init() {
    return INIT_SCRIPT;
  }
}
