/** API v1 shared by the MSW mock and the reference server: dataset, resolver, OpenAPI. */
export * from './dataset'
export * from './openapi'
export * from './periods'
export * from './problems'
export * from './resolve'
