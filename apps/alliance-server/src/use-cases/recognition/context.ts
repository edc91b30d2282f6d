import type { Actor } from '../../auth.js';
import type { ServerConfig } from '../../context.js';
import type { Queryable } from '../../db/database.js';

/**
 * What the recognition use-cases run with: a connection (the request's transaction for a write), who acts, the
 * instant of the request, and the secret that keys patients by identity document.
 */
export interface RecognitionContext {
  db: Queryable;
  actor: Actor;
  now: Date;
  config: Pick<ServerConfig, 'patientKeySecret'>;
}
