import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { documentHttpContract } from './common/openapi-contract.js';

/** The OpenAPI 3.1 document, generated from the controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Outpost API')
    .setDescription(
      'REST API of Outpost, the external customer-support portal. Every error is RFC 9457 `application/problem+json`. ' +
        'Lists are cursor-paginated: pass `nextCursor` back as `cursor`. Resources the caller may not see answer 404, exactly as if they did not exist.',
    )
    .setVersion('1.0.0')
    .setOpenAPIVersion('3.1.0')
    .setLicense('Proprietary', 'https://outpost.dev/license')
    .setContact('Outpost support', 'https://outpost.dev', 'support@outpost.dev')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from POST /api/v1/auth/login' })
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  documentHttpContract(app, document);
  return document;
}
