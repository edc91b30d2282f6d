export type { paths, components, operations, webhooks } from './schema.js';
export type { OpenAPIV31Document } from './document-type.js';
export { openapiDocument } from './document.js';
export { schemaExample, problemTypeUri, PROBLEM_TYPE_BASE } from './helpers.js';
export type { Schemas, SchemaName, ProblemCode, FieldErrorCode } from './helpers.js';
export { PROBLEM_STATUS, problemStatus } from './problem-status.js';
