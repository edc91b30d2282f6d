import type { Locale } from '@yilian/domain';
import type { Actor } from './auth.js';
import type { Database } from './db/database.js';
import type { ReferralSigner } from './signing.js';

/** A source of the current time; tests and stories pass a fixed or steppable one. */
export type Clock = () => Date;

/** Structured log sink. Records never contain patient data: only ids, codes, statuses and timings. */
export type Logger = (record: Record<string, unknown>) => void;

export interface ServerConfig {
  /** HS256 secret for bearer tokens. */
  tokenSecret: string;
  /** Secret for the HMAC that keys patients by identity document (never stored in plain text twice). */
  patientKeySecret: string;
  /** Requests per minute per clinician; 0 turns limiting off. */
  rateLimitPerMinute: number;
  /** How long idempotency records answer replays. */
  idempotencyTtlHours: number;
  /** Server-side fault switches for tests and stories (latency, 503s); never enabled in production. */
  faults: boolean;
  /**
   * Accept webhook endpoints on loopback and private addresses (a HIS on the same machine in development, the
   * tests' receivers). Off by default: in production it would let a tenant aim signed requests at internal services.
   */
  allowPrivateWebhookUrls: boolean;
  /** Serve `/dev/personas` (dev tokens of the seeded clinicians) for the demo portal; never in production. */
  demoPersonas: boolean;
  /** The live event stream (`GET /v1/events/stream`): how it polls, keeps alive and caps its connections. */
  eventStream: EventStreamConfig;
  /**
   * Signs referrals at submit and verifies them (`GET /v1/referrals/{id}/signature`): the digest-only default, or
   * a hospital's CA.
   */
  referralSigner: ReferralSigner;
}

export interface EventStreamConfig {
  /** How often each server process looks for newly published events (one index probe for all its streams). */
  pollMs: number;
  /** How often a stream sends a heartbeat comment, so proxies keep it open and clients can tell it is alive. */
  heartbeatMs: number;
  /** The reconnection delay a stream suggests to its client (`retry:`). */
  retryMs: number;
  /** Streams one clinician may hold open at once on one process; one more is `rate_limited`. */
  perClinician: number;
  /**
   * How long one stream lives before the server ends it and the client reconnects: a revoked or expired token
   * then loses the stream within this time, as it would any other request.
   */
  maxLifetimeMs: number;
}

export interface Deps {
  db: Database;
  clock: Clock;
  config: ServerConfig;
  log: Logger;
}

/** Hono variables set by the middleware for every request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    locale: Locale;
    actor: Actor;
    deps: Deps;
    routeOperationId: string;
  };
}
