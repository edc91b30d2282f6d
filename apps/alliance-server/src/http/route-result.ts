/** A response a route handler returns; the route writes it (and stores it for idempotent replays). */
export interface RouteResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A response sent as it is instead (a stream); never for an idempotent route, whose result is stored. */
  response?: Response;
}
