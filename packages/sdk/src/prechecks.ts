import type { components } from '@yilian/contract';
import type {
  CommandDecision,
  DecideOptions,
  EvaluateRecognitionInput,
  ReferralActor,
  ReferralParties,
  ReferralTimeFacts,
} from '@yilian/domain';
import { allowedCommands, decideCommand, evaluateRecognition } from '@yilian/domain';
import type { AllianceClient } from './client.js';

type Schemas = components['schemas'];

/**
 * The offline pre-checks `withPrechecks` adds: the domain's own rules, the ones the server enforces, so a UI can
 * explain before it calls.
 * @example const checked: PrecheckedClient = withPrechecks(client);
 */
export interface Prechecks {
  referrals: {
    /**
     * The commands this actor may issue on this referral now, so a UI shows only the buttons that will work.
     * @param referral - status, urgency and the two institutions (a `Referral` will do)
     * @param actor - who acts (the result of `client.me()` will do)
     * @example client.referrals.allowedCommands(referral, await client.me()) // ['accept', 'reject']
     */
    allowedCommands(referral: ReferralParties, actor: ReferralActor): Schemas['ReferralCommand'][];
    /**
     * What the server would answer to a command: the next status, or the problem code with the field issues.
     * Given `now`, also the time rules: an arrival not in the future nor before submission, a no-show only after
     * the appointment (or window end) plus the grace (`no_show_too_early` with `noShowAllowedFrom`), a window
     * not already over.
     * @param referral - status, urgency, direction and the two institutions; `submittedAt` and `appointment` for
     *   the time rules (a `Referral` will do)
     * @param actor - who acts
     * @param command - the command body
     * @param options - `now` (the time rules apply only with it) and the no-show grace
     * @example client.referrals.decide(referral, me, { command: 'reject', reasonCode: 'other' }).ok // false
     * @example client.referrals.decide(referral, me, { command: 'mark_no_show' }, { now: new Date() }).problem // 'no_show_too_early'
     */
    decide(
      referral: ReferralParties & ReferralTimeFacts,
      actor: ReferralActor,
      command: Schemas['ReferralTransition'],
      options?: DecideOptions,
    ): CommandDecision;
  };
  recognition: {
    /**
     * The same decision as `recognition.check`, from a catalogue item and qualifications already fetched, e.g. to
     * badge a list of results without a call per result.
     * @param input - item, qualifications, result facts, requesting institution and instant
     * @example client.recognition.evaluate({ item, qualifications, result, requestingInstitutionId, at: new Date() }).decision
     */
    evaluate(input: EvaluateRecognitionInput): Schemas['RecognitionOutcome'];
  };
}

/**
 * A client with the offline pre-checks added to its resources.
 * @example const client: PrecheckedClient = withPrechecks(createAllianceClient(options));
 */
export type PrecheckedClient = AllianceClient & {
  referrals: AllianceClient['referrals'] & Prechecks['referrals'];
  recognition: AllianceClient['recognition'] & Prechecks['recognition'];
};

/**
 * Adds the domain's rules to a client as `referrals.allowedCommands`, `referrals.decide` and
 * `recognition.evaluate`. A separate step so that apps which never pre-check do not bundle the rules.
 * @param client - a client from `createAllianceClient`
 * @example
 * const client = withPrechecks(createAllianceClient({ baseUrl, token }));
 * const buttons = client.referrals.allowedCommands(referral, me);
 */
export function withPrechecks(client: AllianceClient): PrecheckedClient {
  return {
    ...client,
    referrals: { ...client.referrals, allowedCommands, decide: decideCommand },
    recognition: { ...client.recognition, evaluate: evaluateRecognition },
  };
}
