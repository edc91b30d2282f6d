/**
 * The shape of the contract document as far as code reads it. Deliberately loose: the document is validated
 * by Redocly in CI, and the wire types come from `schema.d.ts`, not from this interface.
 */
export interface OpenAPIV31Document {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, Record<string, unknown>>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}
