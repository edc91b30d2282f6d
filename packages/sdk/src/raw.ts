// openapi-fetch, in a chunk of its own: only `client.raw` and middleware need it, and the resource methods send
// without it (#12), so a page that never uses either never loads it.
export { default as createClient } from 'openapi-fetch';
