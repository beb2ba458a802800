/** Mock of `GET {base}/v1/openapi.json`: the document generated from the zod schemas. */
import type { HttpHandler } from 'msw'
import { resourceHandlers, type MockContext, type MockResource } from './context'

export const openapiResource: MockResource = {
  name: 'openapi',
  path: '/v1/openapi.json',
  malformed: () => ({ openapi: 3, paths: 'none' }),
}

/** Handlers serving the OpenAPI document. */
export function openapiHandlers(ctx: MockContext): HttpHandler[] {
  return resourceHandlers(openapiResource, ctx)
}
