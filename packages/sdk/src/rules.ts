// `@yilian/sdk/rules`: the domain's rules beside the client — localized messages for every problem code and local
// pre-checks — in their own entry, because they carry all of @yilian/domain and a client that only calls the
// services should not pay for them.
export { problemMessage, fieldMessages } from './messages.js';
export { withPrechecks } from './prechecks.js';
export type { Prechecks, PrecheckedClient } from './prechecks.js';
