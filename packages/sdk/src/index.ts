// The client arrives with the SDK issue (#5); until then the package re-exports the wire types it will be built on,
// so vendors can already type their own calls against the contract.
export type { paths, components, operations } from '@yilian/contract';
