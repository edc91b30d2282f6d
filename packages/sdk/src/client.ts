import type { components, operations, paths } from '@yilian/contract';
import type { Client, Middleware } from 'openapi-fetch';
import { NetworkError, throwIfError, toAllianceError } from './errors.js';
import type { PageIterator } from './pagination.js';
import type { SubscribeOptions, SubscribedEvent, subscribeEvents } from './subscribe.js';
import { paginate } from './pagination.js';
import type {
  BodySink,
  CallOptions,
  RetryEvent,
  RetryOptions,
  TokenProvider,
  TransportCall,
  WriteOptions,
} from './transport.js';
import { createTransport } from './transport.js';
import type * as RawChunk from './raw.js';

type Schemas = components['schemas'];
type QueryOf<TOperation extends keyof operations> = operations[TOperation] extends {
  parameters: { query?: infer TQuery };
}
  ? NonNullable<TQuery>
  : never;
/**
 * The filters of a list operation, without its cursor (the iterator manages it).
 * @example const filters: ListQuery<'listReferrals'> = { status: ['submitted'], side: 'receiving' };
 */
export type ListQuery<TOperation extends keyof operations> = Omit<QueryOf<TOperation>, 'cursor'>;

/**
 * The filters of a referral count (those of the referral list, without its page and order).
 * @example const query: ReferralCountsQuery = { side: 'receiving', urgency: 'green_channel' };
 */
export type ReferralCountsQuery = QueryOf<'countReferrals'>;

/**
 * The referral form; `submit` may be left out for a draft (the contract gives it a default, which the generated
 * type turns into a required field).
 * @example const draft: ReferralCreateInput = { ...form };
 */
export type ReferralCreateInput = Omit<Schemas['ReferralCreate'], 'submit'> & { submit?: boolean };

/**
 * The search for a patient's results; `cursor` is managed by the iterator and `limit` defaults to 20.
 * @example const query: ResultSearch = { idType: 'resident_id_card', idNumber };
 */
export type ResultSearch = Omit<Schemas['ResultQuery'], 'cursor' | 'limit'> & { limit?: number };

/**
 * A referral as far as a transition needs it: its id and the version the decision was made on (sent as `If-Match`).
 * @example const ref: ReferralVersion = { id: referral.id, version: referral.version };
 */
export type ReferralVersion = Pick<Schemas['Referral'], 'id' | 'version'>;

/**
 * The period and scope of the alliance indicators: the alliance, optionally one member institution, and the
 * Asia/Shanghai calendar days `from`–`to` (inclusive, at most 366 days).
 * @example const query: IndicatorsQuery = { allianceId: 'all_pumch_cangzhou', from: '2026-11-01', to: '2026-11-30' };
 */
export type IndicatorsQuery = QueryOf<'getIndicators'>;

/**
 * The indicators query of the CSV export, with the language of its header row (the client's `locale` otherwise).
 * @example const query: IndicatorsExportQuery = { allianceId: 'all_pumch_cangzhou', from: '2026-07-01', to: '2026-11-30', locale: 'en' };
 */
export type IndicatorsExportQuery = QueryOf<'exportIndicators'> & { locale?: Schemas['Locale'] | undefined };

/**
 * The filters of a consultation count (those of the consultation list, without its page).
 * @example const query: ConsultationCountsQuery = { side: 'invited' };
 */
export type ConsultationCountsQuery = QueryOf<'countConsultations'>;

/**
 * A consultation as far as a transition needs it: its id and the version the decision was made on (sent as
 * `If-Match`).
 * @example const ref: ConsultationVersion = { id: consultation.id, version: consultation.version };
 */
export type ConsultationVersion = Pick<Schemas['Consultation'], 'id' | 'version'>;

/**
 * Options of `referrals.update`: the version the edit was made on (sent as `If-Match`) besides the write options.
 * @example const options: ReferralUpdateOptions = { ifMatch: draft.version, idempotencyKey };
 */
export interface ReferralUpdateOptions extends WriteOptions {
  /** The referral's `version` (e.g. `3`) or its `ETag` as received (`"3"`). */
  ifMatch: number | string;
}

/**
 * The bearer token: a fixed `token`, or `getToken`, called before each attempt and once more with
 * `{ refresh: true }` after a 401.
 * @example const auth: AuthOptions = { getToken: ({ refresh }) => session.token(refresh) };
 */
export type AuthOptions = { token: string; getToken?: never } | { getToken: TokenProvider; token?: never };

/**
 * Options of `createAllianceClient`; every call may override `timeoutMs`, `retry` and `signal`.
 * @example const options: AllianceClientOptions = { baseUrl: 'https://alliance.example.cn', token, locale: 'en' };
 */
export type AllianceClientOptions = AuthOptions & {
  /** The services' origin, e.g. `https://alliance.example.cn` (paths start with `/v1`). */
  baseUrl: string;
  /** The `fetch` to use; the global one by default (looked up at call time). */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** The language of problem titles and details (`Accept-Language`); zh-CN by default. */
  locale?: Schemas['Locale'] | undefined;
  /** Per-attempt timeout in milliseconds; 30 s by default, `0` for none. */
  timeoutMs?: number | undefined;
  /** Default retry settings, or `false` to never retry. */
  retry?: RetryOptions | false | undefined;
  /**
   * Called before each retry with what failed and how long the wait is (for metrics and logs: the host, never the
   * path); a call's own `onRetry` replaces it. Throwing from it ends the call with that error.
   */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** openapi-fetch middleware (`{ onRequest, onResponse, onError }`), run once per call around its retries. */
  middleware?: Middleware[] | undefined;
};

/**
 * The typed client of the alliance services: resource methods that throw `AllianceError`, `NetworkError` or
 * `TimeoutError`, and `raw`, the openapi-fetch client over the same transport (tokens, request ids, timeouts,
 * idempotency keys and retries), which returns `{ data, error, response }` instead of throwing.
 * @example const me = await client.me();
 */
export interface AllianceClient {
  /** The openapi-fetch client typed by the contract, e.g. `client.raw.GET('/v1/referrals/{referralId}', …)`. */
  readonly raw: Client<paths>;
  /**
   * Who the token acts as: institution, role, clinician and alliances.
   * @param options - per-call options
   * @example const { institutionId, role } = await client.me();
   */
  me(options?: CallOptions): Promise<Schemas['Me']>;
  /**
   * A `patient` token's own consents, the latest per purpose (other roles get `forbidden`).
   * @param options - per-call options
   * @example const { items } = await client.myConsents();
   */
  myConsents(options?: CallOptions): Promise<Schemas['ConsentList']>;
  /** Alliances the caller's institution belongs to. */
  alliances: {
    /**
     * Lists the caller's alliances.
     * @param options - per-call options
     * @example const { items } = await client.alliances.list();
     */
    list(options?: CallOptions): Promise<Schemas['AllianceList']>;
    /**
     * Gets one alliance.
     * @param allianceId - e.g. `all_pumch_cangzhou`
     * @param options - per-call options
     * @example const alliance = await client.alliances.get('all_pumch_cangzhou');
     */
    get(allianceId: string, options?: CallOptions): Promise<Schemas['Alliance']>;
  };
  /** Institutions of the caller's alliances. */
  institutions: {
    /**
     * Lists institutions, page by page.
     * @param query - filters (`allianceId`, `role`, `level`, `q`, `limit`)
     * @param options - per-call options
     * @example for await (const institution of client.institutions.list({ q: '协和' })) { … }
     */
    list(query?: ListQuery<'listInstitutions'>, options?: CallOptions): PageIterator<Schemas['Institution']>;
    /**
     * Gets one institution.
     * @param institutionId - e.g. `ins_pumch`
     * @param options - per-call options
     * @example const pumch = await client.institutions.get('ins_pumch');
     */
    get(institutionId: string, options?: CallOptions): Promise<Schemas['Institution']>;
    /**
     * An institution's departments (诊疗科目).
     * @param institutionId - e.g. `ins_pumch`
     * @param options - per-call options
     * @example const { items } = await client.institutions.departments('ins_pumch');
     */
    departments(institutionId: string, options?: CallOptions): Promise<Schemas['DepartmentList']>;
  };
  /** Clinicians of the caller's alliances. */
  clinicians: {
    /**
     * Lists clinicians, page by page.
     * @param query - filters (`institutionId`, `departmentId`, `isExpert`, `limit`)
     * @param options - per-call options
     * @example const doctors = await client.clinicians.list({ institutionId: 'ins_pumch' }).toArray();
     */
    list(query?: ListQuery<'listClinicians'>, options?: CallOptions): PageIterator<Schemas['Clinician']>;
    /**
     * Gets one clinician.
     * @param clinicianId - e.g. `cln_pumch_neuro_li`
     * @param options - per-call options
     * @example const li = await client.clinicians.get('cln_pumch_neuro_li');
     */
    get(clinicianId: string, options?: CallOptions): Promise<Schemas['Clinician']>;
  };
  /** Experts dispatched in the caller's alliances (专家下沉). */
  experts: {
    /**
     * Lists experts, page by page.
     * @param query - filters (`allianceId`, `institutionId`, `departmentCode`, `specialty`, `limit`)
     * @param options - per-call options
     * @example for await (const expert of client.experts.list({ specialty: '脑血管病' })) { … }
     */
    list(query?: ListQuery<'listExperts'>, options?: CallOptions): PageIterator<Schemas['Clinician']>;
  };
  /** Expert activities: clinics, consultations, ward rounds, lectures. */
  activities: {
    /**
     * Lists activities, earliest first, page by page.
     * @param query - filters (`hostInstitutionId`, `expertId`, `kind`, `from`, `to`, …)
     * @param options - per-call options
     * @example const week = await client.activities.list({ from, to }).toArray();
     */
    list(query?: ListQuery<'listActivities'>, options?: CallOptions): PageIterator<Schemas['Activity']>;
    /**
     * Gets one activity.
     * @param activityId - the activity id
     * @param options - per-call options
     * @example const activity = await client.activities.get(slot.activityId);
     */
    get(activityId: string, options?: CallOptions): Promise<Schemas['Activity']>;
    /**
     * Schedules an activity with its slots. A clinic, surgery guidance or ward round of an expert without a
     * registered or filed practice at the host that day throws `AllianceError` `practice_not_registered`, whose
     * `problem.unregisteredExpertIds` names the experts.
     * @param input - kind, title, experts, host, interval, slots (each with its expert and department)
     * @param options - per-call options, including `idempotencyKey`
     * @example const activity = await client.activities.create({ kind: 'clinic', title, expertIds, hostInstitutionId, startsAt, endsAt, slots });
     */
    create(input: Schemas['ActivityCreate'], options?: WriteOptions): Promise<Schemas['Activity']>;
  };
  /** Dispatch batches (派驻批次): the experts and activities of one dispatch to a host, with their counts. */
  dispatchBatches: {
    /**
     * Lists batches, earliest first, page by page, each with its counts (expert-visits 人次, activities by kind).
     * @param query - filters (`sendingInstitutionId`, `hostInstitutionId`, `limit`)
     * @param options - per-call options
     * @example const batches = await client.dispatchBatches.list({ sendingInstitutionId: 'ins_pumch' }).toArray();
     */
    list(
      query?: ListQuery<'listDispatchBatches'>,
      options?: CallOptions,
    ): PageIterator<Schemas['DispatchBatch']>;
    /**
     * Gets one batch with its counts.
     * @param batchId - the batch id (`dpb_…`)
     * @param options - per-call options
     * @example const batch = await client.dispatchBatches.get('dpb_pumch_cz_01');
     */
    get(batchId: string, options?: CallOptions): Promise<Schemas['DispatchBatch']>;
    /**
     * Totals over the batches the filters select ("10 批次 43 人次").
     * @param query - filters (`sendingInstitutionId`, `hostInstitutionId`)
     * @param options - per-call options
     * @example const { batches, expertVisits } = await client.dispatchBatches.totals({ hostInstitutionId: 'ins_cangzhou_central' });
     */
    totals(
      query?: QueryOf<'countDispatchBatches'>,
      options?: CallOptions,
    ): Promise<Schemas['DispatchBatchTotals']>;
  };
  /** Alliance indicators (成效监测): the figures a coordinator reports, counted from the records. */
  indicators: {
    /**
     * The indicators of an alliance (or one member institution) over a period, with each month's figures.
     * Coordinators and admins of a member institution only.
     * @param query - `allianceId`, optional `institutionId`, `from` and `to` (Asia/Shanghai days, inclusive)
     * @param options - per-call options
     * @example const { referrals, months } = await client.indicators.get({ allianceId, from: '2026-11-01', to: '2026-11-30' });
     */
    get(query: IndicatorsQuery, options?: CallOptions): Promise<Schemas['AllianceIndicators']>;
    /**
     * The same figures as CSV text (one row per month and a total row), its header row in `query.locale` or the
     * client's locale. The text keeps its leading byte-order mark, so a file saved from it opens in Excel.
     * @param query - the indicators query and the header's `locale`
     * @param options - per-call options
     * @example const csv = await client.indicators.exportCsv({ allianceId, from: '2026-07-01', to: '2026-11-30' });
     */
    exportCsv(query: IndicatorsExportQuery, options?: CallOptions): Promise<string>;
  };
  /** A 义诊 day's registration desk, its queues per department and the day's counts. */
  freeClinics: {
    /**
     * The live state of the day's queues (numbers only, no patient data) and its counts.
     * @param activityId - the `free_clinic` activity
     * @param options - per-call options
     * @example const { departments, counts } = await client.freeClinics.queue(activity.id);
     */
    queue(activityId: string, options?: CallOptions): Promise<Schemas['FreeClinicQueue']>;
    /**
     * Registers a walk-in patient and issues the department's next queue number.
     * @param activityId - the `free_clinic` activity
     * @param input - department, patient and consent
     * @param options - per-call options, including `idempotencyKey`
     * @example const ticket = await client.freeClinics.register(activity.id, { departmentId, patient, consent });
     */
    register(
      activityId: string,
      input: Schemas['QueueTicketCreate'],
      options?: WriteOptions,
    ): Promise<Schemas['QueueTicket']>;
    /**
     * Lists the day's tickets (the desk's list), by department and number, page by page.
     * @param activityId - the `free_clinic` activity
     * @param query - filters (`departmentId`, `status`, `limit`)
     * @param options - per-call options
     * @example const waiting = await client.freeClinics.tickets(activity.id, { status: 'waiting' }).toArray();
     */
    tickets(
      activityId: string,
      query?: ListQuery<'listQueueTickets'>,
      options?: CallOptions,
    ): PageIterator<Schemas['QueueTicket']>;
    /**
     * Calls the department's next waiting number (`queue_empty` when nobody waits).
     * @param activityId - the `free_clinic` activity
     * @param input - the department
     * @param options - per-call options, including `idempotencyKey`
     * @example const called = await client.freeClinics.callNext(activity.id, { departmentId });
     */
    callNext(
      activityId: string,
      input: Schemas['QueueCallNext'],
      options?: WriteOptions,
    ): Promise<Schemas['QueueTicket']>;
    /**
     * Closes a ticket as seen or as left without being seen, on the version decided on (sent as `If-Match`).
     * @param ticket - the ticket's `id`, `activityId` and `version` (a `QueueTicket` will do)
     * @param input - the outcome
     * @param options - per-call options, including `idempotencyKey`
     * @example await client.freeClinics.close(ticket, { outcome: 'left' });
     */
    close(
      ticket: Pick<Schemas['QueueTicket'], 'id' | 'activityId' | 'version'>,
      input: Schemas['QueueTicketClose'],
      options?: WriteOptions,
    ): Promise<Schemas['QueueTicket']>;
  };
  /** Bookable slots of activities. */
  slots: {
    /**
     * Lists slots in `[from, to)` (at most 62 days), earliest first, page by page.
     * @param query - `from` and `to` (required), and filters (`expertId`, `availableOnly`, …)
     * @param options - per-call options
     * @example const open = await client.slots.list({ from, to, availableOnly: true }).toArray();
     */
    list(query: ListQuery<'listSlots'>, options?: CallOptions): PageIterator<Schemas['Slot']>;
  };
  /** Appointments on slots. */
  appointments: {
    /**
     * Books a slot; never exceeds its capacity (`slot_full`), one active booking per patient and activity.
     * @param input - slot, patient, consent and optionally the referral served
     * @param options - per-call options, including `idempotencyKey`
     * @example const appointment = await client.appointments.book({ slotId, patient, consent });
     */
    book(input: Schemas['AppointmentBook'], options?: WriteOptions): Promise<Schemas['Appointment']>;
    /**
     * Cancels an appointment.
     * @param appointmentId - the appointment id
     * @param input - who cancels and why
     * @param options - per-call options, including `idempotencyKey`
     * @example await client.appointments.cancel(appointment.id, { cancelledBy: 'patient', reason: '时间冲突' });
     */
    cancel(
      appointmentId: string,
      input: Schemas['AppointmentCancel'],
      options?: WriteOptions,
    ): Promise<Schemas['Appointment']>;
    /**
     * Moves an appointment to another slot, releasing the old place in the same transaction.
     * @param appointmentId - the appointment id
     * @param input - the new `slotId`
     * @param options - per-call options, including `idempotencyKey`
     * @example await client.appointments.reschedule(appointment.id, { slotId: later.id });
     */
    reschedule(
      appointmentId: string,
      input: Schemas['AppointmentReschedule'],
      options?: WriteOptions,
    ): Promise<Schemas['Appointment']>;
    /**
     * Gets one appointment.
     * @param appointmentId - the appointment id
     * @param options - per-call options
     * @example const appointment = await client.appointments.get('apt_01JD…');
     */
    get(appointmentId: string, options?: CallOptions): Promise<Schemas['Appointment']>;
    /**
     * Lists appointments the caller's institution hosts or booked, page by page.
     * @param query - filters (`activityId`, `slotId`, `status`, `from`, `to`, `limit`)
     * @param options - per-call options
     * @example for await (const a of client.appointments.list({ status: 'booked' })) { … }
     */
    list(query?: ListQuery<'listAppointments'>, options?: CallOptions): PageIterator<Schemas['Appointment']>;
    /**
     * The appointment's audit timeline, oldest first.
     * @param appointmentId - the appointment id
     * @param options - per-call options
     * @example const { items } = await client.appointments.timeline(appointment.id);
     */
    timeline(appointmentId: string, options?: CallOptions): Promise<Schemas['Timeline']>;
  };
  /** Two-way referral (双向转诊) as a closed loop. */
  referrals: {
    /**
     * Creates a referral (a draft, or submitted at once with `submit: true`).
     * @param input - the referral form
     * @param options - per-call options, including `idempotencyKey`
     * @example const referral = await client.referrals.create({ ...form, submit: true });
     */
    create(input: ReferralCreateInput, options?: WriteOptions): Promise<Schemas['Referral']>;
    /**
     * Gets a referral; its `version` is what `transition` sends as `If-Match`.
     * @param referralId - the referral id
     * @param options - per-call options
     * @example const referral = await client.referrals.get('ref_01JD…');
     */
    get(referralId: string, options?: CallOptions): Promise<Schemas['Referral']>;
    /**
     * Lists referrals the caller's institution is party to, page by page: newest first, or a work queue's order
     * with `sort: 'green_first'` (green channel, urgent, then the oldest answer deadline).
     * @param query - filters (`direction`, `status`, `urgency`, `side`, `departmentId`, `createdFrom`, …), `q` (a
     *   referral number or its beginning; never patient data) and `sort`
     * @param options - per-call options
     * @example for await (const r of client.referrals.list({ side: 'receiving', status: ['submitted'] })) { … }
     * @example const first = await client.referrals.list({ side: 'receiving', sort: 'green_first', q: 'ZZ-20261203' }).pages().next();
     */
    list(query?: ListQuery<'listReferrals'>, options?: CallOptions): PageIterator<Schemas['Referral']>;
    /**
     * Counts the referrals that match the list's filters, in total, per status group (a work queue's tabs, in the
     * order of `REFERRAL_STATUS_GROUPS`) and per side of the caller's institution.
     * @param query - the filters of `list`, without `cursor`, `limit` and `sort`
     * @param options - per-call options
     * @example const { bySide, byGroup } = await client.referrals.counts({ side: 'receiving' });
     */
    counts(query?: ReferralCountsQuery, options?: CallOptions): Promise<Schemas['ReferralCounts']>;
    /**
     * Applies a command (accept, reject, record_arrival, …) to the version the decision was made on. A stale version
     * throws `AllianceError` `version_conflict`, whose `problem` carries the current state.
     * @param referral - the id and version decided on (a `Referral` will do)
     * @param command - the command and its body
     * @param options - per-call options, including `idempotencyKey`
     * @example const accepted = await client.referrals.transition(referral, { command: 'accept', appointment });
     */
    transition(
      referral: ReferralVersion,
      command: Schemas['ReferralTransition'],
      options?: WriteOptions,
    ): Promise<Schemas['Referral']>;
    /**
     * Saves an edit of a draft: the fields given replace the stored ones, `null` removes an optional one. The
     * merged referral is validated as a new one is (`validation_failed`); an edit of an older version throws
     * `AllianceError` `version_conflict`, of a referral no longer editable `referral_not_editable`.
     * @param referralId - the draft's id
     * @param changes - the changed content fields
     * @param options - `ifMatch` (the version edited), and per-call options including `idempotencyKey`
     * @example const saved = await client.referrals.update(draft.id, { reason }, { ifMatch: draft.version });
     */
    update(
      referralId: string,
      changes: Schemas['ReferralUpdate'],
      options: ReferralUpdateOptions,
    ): Promise<Schemas['Referral']>;
    /**
     * The referral's audit timeline, oldest first.
     * @param referralId - the referral id
     * @param options - per-call options
     * @example const { items } = await client.referrals.timeline(referral.id);
     */
    timeline(referralId: string, options?: CallOptions): Promise<Schemas['Timeline']>;
    /**
     * Verifies the referral's electronic signature: the server recomputes the SHA-256 of the signed form as stored
     * now and asks its signer (the digest-only default, or the hospital's CA). `valid` is false when the form was
     * changed after signing. A referral never submitted has no signature: `not_found`.
     * @param referralId - the referral id
     * @param options - per-call options
     * @example const { valid, signerClinicianId, signedAt } = await client.referrals.verifySignature(referral.id);
     */
    verifySignature(
      referralId: string,
      options?: CallOptions,
    ): Promise<Schemas['ReferralSignatureVerification']>;
    /**
     * Attaches the metadata of a record to a referral.
     * @param referralId - the referral id
     * @param input - the attachment
     * @param options - per-call options, including `idempotencyKey`
     * @example await client.referrals.attach(referral.id, { kind: 'result', resultId });
     */
    attach(
      referralId: string,
      input: Schemas['AttachmentInput'],
      options?: WriteOptions,
    ): Promise<Schemas['Attachment']>;
  };
  /** Remote consultation (远程会诊) as a closed loop: request, schedule, session, signed opinions, acknowledgement. */
  consultations: {
    /**
     * Requests a remote consultation (`requested`). Pass an `idempotencyKey` to retry safely: a replay returns the
     * first consultation (the outbox does this for a request made offline).
     * @param input - the request: institutions, question, case summary, attachments, written consent
     * @param options - per-call options, including `idempotencyKey`
     * @example const consultation = await client.consultations.create({ ...form }, { idempotencyKey });
     */
    create(input: Schemas['ConsultationCreate'], options?: WriteOptions): Promise<Schemas['Consultation']>;
    /**
     * Gets a consultation the caller's institution is party to; its `version` is what `transition` sends as
     * `If-Match`. Any other id throws `AllianceError` `not_found`.
     * @param consultationId - the consultation id
     * @param options - per-call options
     * @example const consultation = await client.consultations.get('con_01JD…');
     */
    get(consultationId: string, options?: CallOptions): Promise<Schemas['Consultation']>;
    /**
     * Lists consultations the caller's institution is party to, newest first, page by page.
     * @param query - filters (`status`, `side`, `urgency`, `expertClinicianId`, `partyInstitutionId`, `createdFrom`, …)
     * @param options - per-call options
     * @example for await (const c of client.consultations.list({ side: 'invited', status: ['requested'] })) { … }
     */
    list(
      query?: ListQuery<'listConsultations'>,
      options?: CallOptions,
    ): PageIterator<Schemas['Consultation']>;
    /**
     * Counts the consultations that match the list's filters, in total, per status group (an inbox's tabs, in the
     * order of `CONSULTATION_STATUS_GROUPS`) and per side of the caller's institution.
     * @param query - the filters of `list`, without `cursor` and `limit`
     * @param options - per-call options
     * @example const { byGroup } = await client.consultations.counts({ side: 'invited' });
     */
    counts(query?: ConsultationCountsQuery, options?: CallOptions): Promise<Schemas['ConsultationCounts']>;
    /**
     * Applies a command (schedule, decline, cancel, start_session, submit_opinion, acknowledge) to the version the
     * decision was made on. A stale version throws `AllianceError` `version_conflict`, whose `problem` carries
     * `currentConsultationStatus`.
     * @param consultation - the id and version decided on (a `Consultation` will do)
     * @param command - the command and its body
     * @param options - per-call options, including `idempotencyKey`
     * @example const scheduled = await client.consultations.transition(consultation, { command: 'schedule', schedule });
     */
    transition(
      consultation: ConsultationVersion,
      command: Schemas['ConsultationTransition'],
      options?: WriteOptions,
    ): Promise<Schemas['Consultation']>;
    /**
     * The consultation's audit timeline, oldest first.
     * @param consultationId - the consultation id
     * @param options - per-call options
     * @example const { items } = await client.consultations.timeline(consultation.id);
     */
    timeline(consultationId: string, options?: CallOptions): Promise<Schemas['Timeline']>;
    /**
     * Verifies every expert's signed opinion: the server recomputes each opinion's SHA-256 as stored now and asks its
     * signer. `valid` is false for an opinion changed after signing.
     * @param consultationId - the consultation id
     * @param options - per-call options
     * @example const { items } = await client.consultations.verifySignatures(consultation.id);
     */
    verifySignatures(
      consultationId: string,
      options?: CallOptions,
    ): Promise<Schemas['ConsultationSignatureVerificationList']>;
  };
  /** Examination and lab results. */
  results: {
    /**
     * Registers a result.
     * @param input - item, performing institution, instants, status, value and patient
     * @param options - per-call options, including `idempotencyKey`
     * @example const result = await client.results.register({ itemCode: 'LAB_HBA1C', … });
     */
    register(input: Schemas['ResultRegister'], options?: WriteOptions): Promise<Schemas['Result']>;
    /**
     * Lists a patient's results, newest first, page by page. The patient's identity travels in the body, never in
     * the URL.
     * @param query - identity document and filters
     * @param options - per-call options
     * @example const results = await client.results.list({ idType: 'resident_id_card', idNumber }).toArray();
     */
    list(query: ResultSearch, options?: CallOptions): PageIterator<Schemas['Result']>;
    /**
     * Gets one result.
     * @param resultId - the result id
     * @param options - per-call options
     * @example const result = await client.results.get('res_01JD…');
     */
    get(resultId: string, options?: CallOptions): Promise<Schemas['Result']>;
    /**
     * The result's audit timeline: registration, adoption decisions and re-tests, oldest first.
     * @param resultId - the result id
     * @param options - per-call options
     * @example const { items } = await client.results.timeline('res_01JD…');
     */
    timeline(resultId: string, options?: CallOptions): Promise<Schemas['Timeline']>;
  };
  /** Mutual recognition of results (检查检验结果互认). */
  recognition: {
    /**
     * Decides whether a result is recognized at an institution and instant, with the reasons.
     * @param input - a `resultId`, or item, performing institution and instant; the requesting institution and `at`
     * @param options - per-call options
     * @example const { decision } = await client.recognition.check({ resultId, requestingInstitutionId, at });
     */
    check(input: Schemas['RecognitionCheck'], options?: CallOptions): Promise<Schemas['RecognitionOutcome']>;
    /**
     * The recognition catalogue (互认项目).
     * @param query - `scope` and `kind` filters
     * @param options - per-call options
     * @example const { items } = await client.recognition.catalogue({ scope: '京津冀' });
     */
    catalogue(
      query?: QueryOf<'getRecognitionCatalogue'>,
      options?: CallOptions,
    ): Promise<Schemas['Catalogue']>;
    /**
     * The institutions qualified for an item, current and lapsed.
     * @param itemCode - e.g. `LAB_HBA1C`
     * @param options - per-call options
     * @example const { items } = await client.recognition.qualifications('LAB_HBA1C');
     */
    qualifications(itemCode: string, options?: CallOptions): Promise<Schemas['QualificationList']>;
    /**
     * Records a documented reason for testing again although a result was recognizable.
     * @param input - the result and the reason
     * @param options - per-call options, including `idempotencyKey`
     * @example await client.recognition.retest({ resultId, reason: 'condition_changed', reasonText: '…' });
     */
    retest(input: Schemas['RetestRecordCreate'], options?: WriteOptions): Promise<Schemas['RetestRecord']>;
    /**
     * The recognition regions (全国 ⊃ 京津冀 ⊃ province ⊃ city), each with its regional re-test reasons and its
     * direction rule.
     * @param options - per-call options
     * @example const { items } = await client.recognition.regions();
     */
    regions(options?: CallOptions): Promise<Schemas['RecognitionRegionList']>;
    /**
     * The recognition (HR) and sharing (GX) lists per region, with their items and qualified institutions.
     * @param query - `regionId` and `type` filters
     * @param options - per-call options
     * @example const { items } = await client.recognition.lists({ regionId: 'rgn_jingjinji', type: 'sharing' });
     */
    lists(
      query?: QueryOf<'listRecognitionLists'>,
      options?: CallOptions,
    ): Promise<Schemas['RecognitionListList']>;
    /**
     * Checks a whole order (the items a doctor is about to order) against the patient's results across the
     * alliance, in one request: per item the best recognisable result, or why there is none. Safe to retry.
     * @param input - the patient's identity document and the item codes, optionally the requesting institution and `at`
     * @param options - per-call options
     * @example const { lines, potentialSavingsFen } = await client.recognition.checkOrder({ idType: 'resident_id_card', idNumber, itemCodes: ['LAB_HBA1C', 'LAB_GLU'] });
     */
    checkOrder(input: Schemas['OrderCheckRequest'], options?: CallOptions): Promise<Schemas['OrderCheck']>;
    /**
     * Records the doctor's decision on a recognisable result: adopted (采纳), or not adopted (不采纳) with a re-test
     * reason; "explained to the patient" is required. The item's price is stored with it. Idempotent.
     * @param input - the result, the outcome, reason (when not adopted), explanation and department
     * @param options - per-call options, including `idempotencyKey`
     * @example await client.recognition.recordAdoption({ resultId, outcome: 'adopted', explainedToPatient: true, departmentCode: '03.07' });
     */
    recordAdoption(
      input: Schemas['AdoptionDecisionCreate'],
      options?: WriteOptions,
    ): Promise<Schemas['AdoptionDecision']>;
  };
  /** The ordered event feed of the caller's institution. */
  events: {
    /**
     * Reads the feed after a cursor, oldest first, until it is caught up. Keep the last `nextCursor` (from
     * `pages()`) or the last event's `id` to read on later.
     * @param query - `after` (an event id), `type` filter and page `limit`
     * @param options - per-call options
     * @example for await (const event of client.events.list({ after: lastSeenId })) { handle(event); }
     */
    list(
      query?: Omit<QueryOf<'listEvents'>, 'after'> & { after?: string },
      options?: CallOptions,
    ): PageIterator<Schemas['Event']>;
    /**
     * The caller's institution's events as they happen, as an async iterable: the live stream, reopened with
     * backoff after a drop and resumed after the last event seen (none missed, none twice), or polling the feed
     * where a proxy buffers the stream. Iterate until `signal` aborts (the loop then ends) or `break`; a refused
     * token or role throws `AllianceError` (`unauthenticated`, `forbidden`). Its code loads on first use.
     * @param options - `types`, `after` (the last event id handled), `signal`, `onStatus` and timings
     * @example
     * const controller = new AbortController();
     * for await (const event of client.events.subscribe({ types: ['referral.submitted'], signal: controller.signal })) {
     *   inbox.refresh(event.resourceId);
     * }
     */
    subscribe<TType extends Schemas['EventType'] = Schemas['EventType']>(
      options?: SubscribeOptions<TType>,
    ): AsyncIterable<SubscribedEvent<TType>>;
  };
  /** Where the server POSTs the feed's events: the institution's webhook endpoints (coordinators and admins). */
  webhookEndpoints: {
    /**
     * Registers an endpoint. The answer carries the signing secret, once: keep it for `verifyWebhook`. Outside
     * development the server refuses loopback and private addresses (`validation_failed` at `/url`).
     * @param input - the https URL, the event types and a description
     * @param options - per-call options, including `idempotencyKey`
     * @example const { id, secret } = await client.webhookEndpoints.create({ url, eventTypes: ['referral.accepted'] });
     */
    create(
      input: Schemas['WebhookEndpointCreate'],
      options?: WriteOptions,
    ): Promise<Schemas['WebhookEndpoint']>;
    /**
     * Lists the institution's endpoints, without their secrets. One page today; an iterator so that a paginated
     * list later changes nothing for callers.
     * @param options - per-call options
     * @example for await (const endpoint of client.webhookEndpoints.list()) { console.log(endpoint.url); }
     */
    list(options?: CallOptions): PageIterator<Schemas['WebhookEndpoint']>;
    /**
     * Removes an endpoint: its deliveries and due retries stop at once; its delivery log stays.
     * @param endpointId - e.g. `whe_01JD…`
     * @param options - per-call options
     * @example await client.webhookEndpoints.delete(endpoint.id);
     */
    delete(endpointId: string, options?: CallOptions): Promise<void>;
    /**
     * The latest delivery attempts at an endpoint, newest first.
     * @param endpointId - e.g. `whe_01JD…`
     * @param options - per-call options
     * @example const failed = (await client.webhookEndpoints.deliveries(id).toArray()).filter((d) => d.status === 'failed');
     */
    deliveries(endpointId: string, options?: CallOptions): PageIterator<Schemas['WebhookDelivery']>;
  };
}

// The subscription's code (and its SSE parser) is a chunk of its own, fetched on the first `subscribe()`: the main
// entry stays within its size budget for the many pages that never subscribe.
async function* lazySubscription<TType extends Schemas['EventType']>(
  ...args: Parameters<typeof subscribeEvents<TType>>
): AsyncGenerator<SubscribedEvent<TType>, void, undefined> {
  yield* (await import('./subscribe.js')).subscribeEvents(...args);
}

type Path = keyof paths;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Args = unknown[];
interface Init {
  params?: {
    path?: Record<string, unknown>;
    query?: object;
    header?: Record<Lowercase<string>, string | undefined>;
  };
  body?: unknown;
  parseAs?: 'arrayBuffer';
}
type RawRequest = (
  method: Method,
  path: Path,
  init: Init & {
    fetch: (request: Request) => Promise<Response>;
    pathSerializer: typeof fillPath;
  },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const RAW_METHODS = 'request GET PUT POST DELETE OPTIONS HEAD PATCH TRACE'.split(
  ' ',
) as (keyof Client<paths>)[];

// The names of a path's parameters, in order: the resource methods take them positionally.
const namesOf = (path: Path) => path.match(/\w+(?=\})/g) ?? [];
const zip = (names: string[], args: Args) => Object.fromEntries(names.map((name, i) => [name, args[i]]));
// openapi-fetch's default path serializer parses every parameter's style (label, matrix, explode) on every call; the
// contract's path parameters are all plain strings (#12).
const fillPath = (url: string, params: Record<string, unknown>) =>
  url.replace(/\{(\w+)\}/g, (match, name: string) =>
    params[name] == null ? match : encodeURIComponent(String(params[name])),
  );
// The query as openapi-fetch's default serializer writes it for the contract's parameters, which are all primitives
// or arrays in the exploded form style (`status=a&status=b`): nothing for null, undefined or an empty array.
const serializeQuery = (query: Record<string, unknown>) => {
  const pairs: string[] = [];
  for (const name in query) {
    for (const value of [query[name]].flat()) {
      if (value != null) {
        pairs.push(`${name}=${encodeURIComponent(String(value))}`);
      }
    }
  }
  return pairs.join('&');
};

/**
 * Creates the client of the alliance services.
 * @param options - `baseUrl`, `token` or `getToken`, and optional `fetch`, `locale`, `timeoutMs`, `retry`, `middleware`
 * @example
 * const client = createAllianceClient({ baseUrl: 'https://alliance.example.cn', getToken: () => session.token() });
 * const referral = await client.referrals.create({ ...form, submit: true });
 */
export function createAllianceClient(options: AllianceClientOptions): AllianceClient {
  const transport = createTransport({
    ...options,
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: options.retry ?? {},
  });
  const baseUrl = options.baseUrl.replace(/\/$/, '');
  // openapi-fetch's client, `raw`, is loaded on its first call, and given the middleware then; a resource method
  // goes through it only while there is middleware to run.
  let middlewares: Middleware[] = [];
  let loaded: Client<paths> | undefined;
  let loading: Promise<typeof RawChunk> | undefined;
  const loadOpenapiFetch = () =>
    (loading ??= import('./raw.js').then(
      (chunk) => {
        loaded = chunk.createClient<paths>({ baseUrl, fetch: chunk.sendRequest(transport()) });
        loaded.use(...middlewares);
        return chunk;
      },
      (cause: unknown) => {
        // A chunk that could not be fetched (offline, a deploy in between) is a network failure, tried again by the
        // next call, never an error the caller's outbox would give up on.
        loading = undefined;
        throw new NetworkError('openapi-fetch did not load', { cause });
      },
    ));
  const raw = {
    use(...added: Middleware[]) {
      for (const one of added) {
        // As openapi-fetch's own `use` checks, at once rather than when it is loaded.
        if (
          one &&
          (typeof one !== 'object' || !('onRequest' in one || 'onResponse' in one || 'onError' in one))
        ) {
          throw new TypeError('Middleware needs onRequest, onResponse or onError');
        }
      }
      middlewares.push(...added);
      loaded?.use(...added);
    },
    eject(...removed: Middleware[]) {
      middlewares = middlewares.filter((one) => !removed.includes(one));
      loaded?.eject(...removed);
    },
  } as Client<paths>;
  for (const method of RAW_METHODS) {
    (raw as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
      loadOpenapiFetch().then(() => (loaded![method] as (...rest: unknown[]) => unknown)(...args));
  }
  raw.use(...(options.middleware ?? []));
  if (middlewares.length > 0) {
    // Loaded ahead, so that the first call does not wait for it (and a page that goes offline still has it).
    void loadOpenapiFetch().catch(() => undefined);
  }

  // One call of a resource method. With middleware, it goes through openapi-fetch, which gives middleware the
  // `Request` and reads the answer. Without, it is what openapi-fetch would send (the same URL, query, headers and
  // JSON body) handed straight to the transport, whose `fetch` builds the only `Request` of each attempt; a 2xx body
  // is read once by the transport and parsed here, never copied into a second Response: per call, openapi-fetch's
  // own work cost more CPU than the 15 % over bare `fetch` the SDK may add (#12).
  const send = (method: Method, path: Path, init: Init, call?: unknown): Promise<never> => {
    if (middlewares.length > 0) {
      return loadOpenapiFetch()
        .then(({ sendRequest }) =>
          (loaded!.request as unknown as RawRequest)(method, path, {
            ...init,
            pathSerializer: fillPath,
            fetch: sendRequest(transport(call as TransportCall)),
          }),
        )
        .then(throwIfError as (result: unknown) => never);
    }
    const { params = {} } = init;
    const query = params.query && serializeQuery(params.query as Record<string, unknown>);
    // The resource methods name their headers in lower case, as the transport reads them; an `accept-language` left
    // undefined is given the client's locale there.
    const headers = { ...params.header } as Record<string, string>;
    let body: string | undefined;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] = 'application/json';
    }
    const sink: BodySink = { bytes: !!init.parseAs };
    return transport(
      call as TransportCall,
      sink,
    )({
      method,
      url: baseUrl + fillPath(path, params.path ?? {}) + (query ? `?${query}` : ''),
      headers,
      body,
    }).then((response) =>
      // A plain callback for the answer, not an async one: each promise it returned would cost the call two more
      // turns of the microtask queue (#12).
      response.ok
        ? ((typeof sink.body === 'string'
            ? sink.body
              ? JSON.parse(sink.body)
              : undefined
            : sink.body) as never)
        : // Only a problem (RFC 9457 JSON) says more than the status.
          response
            .json()
            .catch(() => undefined)
            .then((problem: unknown) => Promise.reject(toAllianceError(problem, response))),
    );
  };
  // The shapes of the resource methods: `get(...ids, options)`, `count(query, options)`, `list(...ids, query,
  // options)` and `write(...ids, body, options)`, the ids in the order the path names them.
  const get = (path: Path) => {
    const names = namesOf(path);
    return (...args: Args) => send('GET', path, { params: { path: zip(names, args) } }, args[names.length]);
  };
  const count = (path: Path) => (query?: object, call?: CallOptions) =>
    send('GET', path, { params: { query: query ?? {} } }, call);
  const list = (path: Path) => {
    const names = namesOf(path);
    return (...args: Args): PageIterator<never> =>
      paginate((cursor) =>
        send(
          'GET',
          path,
          { params: { path: zip(names, args), query: { ...(args[names.length] as object), cursor } } },
          args[names.length + 1],
        ),
      );
  };
  const write = (path: Path, safe?: boolean) => {
    const names = namesOf(path);
    return (...args: Args) => {
      const call = args[names.length + 1] as TransportCall | undefined;
      return send(
        'POST',
        path,
        { params: { path: zip(names, args) }, body: args[names.length] },
        safe ? { ...call, safe } : call,
      );
    };
  };
  // A decision on a version (`If-Match`): the record names the path's ids, its own `id` being the last.
  const decide = (path: Path) => {
    const names = namesOf(path);
    return (record: { id: string; version: number }, body: unknown, call?: WriteOptions) =>
      send(
        'POST',
        path,
        {
          params: {
            path: zip(
              names,
              names.map((name, i) =>
                i === names.length - 1 ? record.id : record[name as keyof typeof record],
              ),
            ),
            header: { 'if-match': `"${record.version}"` },
          },
          body,
        },
        call,
      );
  };
  // A list the contract does not paginate (yet), as the one page of an iterator.
  const onePage = (load: () => Promise<{ items: never[] }>) =>
    paginate(() => load().then((page) => ({ ...page, nextCursor: null })));

  return {
    raw,
    me: get('/v1/me'),
    myConsents: get('/v1/me/consents'),
    alliances: {
      list: get('/v1/alliances'),
      get: get('/v1/alliances/{allianceId}'),
    },
    institutions: {
      list: list('/v1/institutions'),
      get: get('/v1/institutions/{institutionId}'),
      departments: get('/v1/institutions/{institutionId}/departments'),
    },
    clinicians: {
      list: list('/v1/clinicians'),
      get: get('/v1/clinicians/{clinicianId}'),
    },
    experts: {
      list: list('/v1/experts'),
    },
    activities: {
      list: list('/v1/activities'),
      get: get('/v1/activities/{activityId}'),
      create: write('/v1/activities'),
    },
    dispatchBatches: {
      list: list('/v1/dispatch-batches'),
      get: get('/v1/dispatch-batches/{batchId}'),
      totals: count('/v1/dispatch-batches/counts'),
    },
    indicators: {
      get: count('/v1/indicators'),
      exportCsv: ({ locale, ...query }, call) =>
        send(
          'GET',
          '/v1/indicators/export',
          // Bytes, decoded here: `Response.text()` drops the byte-order mark that makes a saved file open in Excel.
          { params: { query, header: { 'accept-language': locale } }, parseAs: 'arrayBuffer' },
          call,
        ).then((bytes) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)),
    },
    freeClinics: {
      queue: get('/v1/free-clinics/{activityId}/queue'),
      register: write('/v1/free-clinics/{activityId}/queue/tickets'),
      tickets: list('/v1/free-clinics/{activityId}/queue/tickets'),
      callNext: write('/v1/free-clinics/{activityId}/queue/call-next'),
      close: decide('/v1/free-clinics/{activityId}/queue/tickets/{ticketId}/close'),
    },
    slots: {
      list: list('/v1/slots'),
    },
    appointments: {
      book: write('/v1/appointments'),
      cancel: write('/v1/appointments/{appointmentId}/cancel'),
      reschedule: write('/v1/appointments/{appointmentId}/reschedule'),
      get: get('/v1/appointments/{appointmentId}'),
      list: list('/v1/appointments'),
      timeline: get('/v1/appointments/{appointmentId}/timeline'),
    },
    referrals: {
      create: (input, call) =>
        send('POST', '/v1/referrals', { body: { ...input, submit: input.submit ?? false } }, call),
      get: get('/v1/referrals/{referralId}'),
      list: list('/v1/referrals'),
      counts: count('/v1/referrals/counts'),
      transition: decide('/v1/referrals/{referralId}/transitions'),
      update: (referralId, body, { ifMatch, ...call }) =>
        send(
          'PATCH',
          '/v1/referrals/{referralId}',
          {
            params: {
              path: { referralId },
              header: { 'if-match': typeof ifMatch === 'number' ? `"${ifMatch}"` : ifMatch },
            },
            body,
          },
          call,
        ),
      timeline: get('/v1/referrals/{referralId}/timeline'),
      verifySignature: get('/v1/referrals/{referralId}/signature'),
      attach: write('/v1/referrals/{referralId}/attachments'),
    },
    consultations: {
      create: write('/v1/consultations'),
      get: get('/v1/consultations/{consultationId}'),
      list: list('/v1/consultations'),
      counts: count('/v1/consultations/counts'),
      transition: decide('/v1/consultations/{consultationId}/transitions'),
      timeline: get('/v1/consultations/{consultationId}/timeline'),
      verifySignatures: get('/v1/consultations/{consultationId}/signatures'),
    },
    results: {
      register: write('/v1/results'),
      list: (query, call) =>
        paginate((cursor) =>
          send(
            'POST',
            '/v1/results/search',
            { body: { ...query, cursor, limit: query.limit ?? 20 } },
            { ...call, safe: true },
          ),
        ),
      get: get('/v1/results/{resultId}'),
      timeline: get('/v1/results/{resultId}/timeline'),
    },
    recognition: {
      check: write('/v1/recognition/checks', true),
      catalogue: count('/v1/recognition/catalogue'),
      qualifications: get('/v1/recognition/catalogue/{itemCode}/qualifications'),
      retest: write('/v1/recognition/retests'),
      regions: get('/v1/recognition/regions'),
      lists: count('/v1/recognition/lists'),
      checkOrder: write('/v1/recognition/order-checks', true),
      recordAdoption: write('/v1/recognition/adoptions'),
    },
    events: {
      list: (query, call) =>
        paginate(
          (after) =>
            send(
              'GET',
              '/v1/events',
              { params: { query: { ...query, after: after ?? query?.after } } },
              call,
            ),
          // The feed's cursor never runs out: it is caught up when a page comes back empty.
          (page) => page.items.length === 0,
        ),
      subscribe: (subscription) =>
        lazySubscription(
          options,
          (query, signal) => send('GET', '/v1/events', { params: { query } }, { signal }),
          subscription,
        ),
    },
    webhookEndpoints: {
      create: write('/v1/webhook-endpoints'),
      list: (call) => onePage(() => send('GET', '/v1/webhook-endpoints', {}, call)),
      delete: (endpointId, call) =>
        send('DELETE', '/v1/webhook-endpoints/{endpointId}', { params: { path: { endpointId } } }, call),
      deliveries: (endpointId, call) =>
        onePage(() =>
          send(
            'GET',
            '/v1/webhook-endpoints/{endpointId}/deliveries',
            { params: { path: { endpointId } } },
            call,
          ),
        ),
    },
  };
}
