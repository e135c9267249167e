import { z } from 'zod';
import {
  ALL_ROUTES,
  type HttpRouteContract,
  PERMISSIONS,
  ServiceErrorBodySchema,
  pathParamNames,
} from '@ascc/contracts';

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(route: HttpRouteContract) {
  const input = jsonSchema(route.input, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  const pathParams = pathParamNames(route.path);
  const parameters = pathParams.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: input.properties?.[name] ?? { type: 'string' },
  }));
  const isPublic = PERMISSIONS[route.permission] === 'public';
  const op: Record<string, unknown> = {
    operationId: route.operationId,
    summary: route.summary,
    description: `Permission: \`${route.permission}\``,
    tags: [route.tag],
    parameters,
    security: isPublic ? [] : [{ bearer: [] }],
    responses: {
      [route.status]: {
        description: 'Success',
        content: { 'application/json': { schema: jsonSchema(route.output, 'output') } },
      },
      400: errorResponse('Invalid input: `fields` names each invalid field'),
      ...(isPublic
        ? {}
        : {
            401: errorResponse('Sign-in required'),
            403: errorResponse('Not allowed for your role or agency'),
          }),
      404: errorResponse('Not found'),
      409: errorResponse('Conflict with the current state'),
      503: errorResponse('The service did not answer in time'),
    },
  };
  if (route.method === 'GET' || route.method === 'DELETE') {
    for (const [name, schema] of Object.entries(input.properties ?? {})) {
      if (pathParams.includes(name)) continue;
      parameters.push({ name, in: 'query', required: input.required?.includes(name) ?? false, schema });
    }
  } else {
    op.requestBody = { required: true, content: { 'application/json': { schema: input } } };
  }
  return op;
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate every message. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ALL_ROUTES) {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[openApiPath] = { ...paths[openApiPath], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'ASCC Plan Console API',
      version: '0.1.0',
      description: "Thái Bình province's plan 38/KH-UBND (ASEAN Socio-Cultural Community to 2025).",
    },
    paths,
    components: {
      schemas: { Error: jsonSchema(ServiceErrorBodySchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
