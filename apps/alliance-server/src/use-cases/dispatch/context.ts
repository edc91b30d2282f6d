import type { Actor } from '../../auth.js';
import type { ServerConfig } from '../../context.js';
import type { Queryable } from '../../db/database.js';

/**
 * What the dispatch use-cases run with: a connection (the request's transaction for a write, so the place it
 * claims and the appointment it stores commit together), who acts, and the instant of the request.
 */
export interface DispatchContext {
  db: Queryable;
  actor: Actor;
  now: Date;
}

/** A booking also keys the patient by identity document, with the server's secret. */
export interface BookingContext extends DispatchContext {
  config: Pick<ServerConfig, 'patientKeySecret'>;
}
