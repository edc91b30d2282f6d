// Generated from openapi.yaml by scripts/generate.mjs. Do not edit by hand.
/* eslint-disable */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness (the database answers) */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the token acts as
         * @description The institution, role and clinician of the bearer token, so UIs can show only what the caller may do.
         */
        get: operations["getCurrentActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alliances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the alliances the caller's institution belongs to */
        get: operations["listAlliances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alliances/{allianceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an alliance */
        get: operations["getAlliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List institutions of the caller's alliances */
        get: operations["listInstitutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions/{institutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an institution */
        get: operations["getInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/institutions/{institutionId}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an institution's departments (诊疗科目) */
        get: operations["listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clinicians": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List clinicians of the caller's alliances */
        get: operations["listClinicians"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clinicians/{clinicianId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a clinician */
        get: operations["getClinician"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the experts dispatched in the caller's alliances */
        get: operations["listExperts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List referrals the caller's institution is party to */
        get: operations["listReferrals"];
        put?: never;
        /**
         * Create a referral (上转 or 下转)
         * @description Creates a `draft`, or a `submitted` referral when `submit` is true. The caller's institution must be the
         *     sending institution. A down-referral may name its parent up-referral, which must be `reported` or `closed`;
         *     without a parent it is created directly by the lead institution of an alliance the receiver belongs to (a
         *     patient admitted directly at the tertiary hospital), by its referring, receiving or coordinating side.
         *     Replays with the same `Idempotency-Key` return the first response.
         */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the referrals of a work queue, by status group and by side
         * @description How many referrals the caller's institution is party to match the filters, in total, per status group (the
         *     tabs of a work queue: `ReferralStatusGroup`) and per side (the caller sends or receives). Takes the filters of
         *     `listReferrals` (without `cursor`, `limit` and `sort`) and answers from the same visibility rule: a receiver
         *     counts a referral once it has been submitted to it.
         */
        get: operations["countReferrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a referral */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft referral
         * @description Saves the sending side's edits of a referral that is still editable (a `draft`): the fields given replace
         *     the stored ones, a `null` removes an optional field (JSON merge patch, RFC 7396), fields left out stay.
         *     The merged referral is validated as a new one is. `If-Match` must carry the version the edit was made on
         *     (a 412 `version_conflict` otherwise), so two tabs editing one draft cannot overwrite each other silently.
         *     Only the sending institution's referrers and coordinators edit (403 `forbidden`); a referral that is no
         *     longer editable is a 422 `referral_not_editable`; an institution not party to it gets a 404.
         */
        patch: operations["updateReferral"];
        trace?: never;
    };
    "/v1/referrals/{referralId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a referral by a command
         * @description Applies one command of the state table (DOMAIN §3). `If-Match` must carry the version the decision was
         *     made on: when two clinicians decide at once, exactly one wins and the other gets a 412 `version_conflict`
         *     with the current state. A command the state or the caller's role does not allow is a 422
         *     `invalid_transition` or a 403 `forbidden`.
         */
        post: operations["transitionReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{referralId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referral's audit timeline */
        get: operations["getReferralTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{referralId}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the referral's electronic signature
         * @description Recomputes the SHA-256 digest of the signed form (RFC 8785 canonical JSON of the form content as stored, the
         *     signer and the signing time) and asks the server's signer (the digest-only default, or a hospital's CA) to
         *     verify its value. `valid` is false when the stored content no longer matches what was signed. A referral
         *     that was never submitted has no signature: 404 `not_found`.
         */
        get: operations["verifyReferralSignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{referralId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a record to a referral (metadata)
         * @description Adds the metadata of a record referred with the patient; a `result` attachment names a registered result.
         */
        post: operations["addReferralAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List consultations the caller's institution is party to
         * @description Newest first. An institution sees the consultations it invites or is invited to, nothing else. With
         *     `expertClinicianId`, only those where that expert is scheduled (or was asked for by name): an expert's inbox.
         */
        get: operations["listConsultations"];
        put?: never;
        /**
         * Request a remote consultation (远程会诊申请)
         * @description The inviting institution (邀请方) asks an institution of a shared alliance for an expert opinion (DOMAIN §5a):
         *     the question, a case summary, attachments (registered results, which show their recognition mark, and
         *     image-study links) and the patient's **written** consent for `remote_consultation` (`written` or
         *     `electronic_signature`; a verbal consent is `consent_written_required`). The caller's institution must be the
         *     inviting institution, acting as a referrer or coordinator. The consultation starts `requested`. Replays with
         *     the same `Idempotency-Key` return the first response, so a request queued offline is created once.
         */
        post: operations["createConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count the consultations of a work queue, by status group and by side
         * @description How many consultations the caller's institution is party to match the filters of `listConsultations`
         *     (without `cursor` and `limit`), in total, per status group (`ConsultationStatusGroup`, the tabs of an inbox)
         *     and per side (the caller invites or is invited).
         */
        get: operations["countConsultations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{consultationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a consultation
         * @description An institution not party to the consultation gets a 404, as for an id that does not exist.
         */
        get: operations["getConsultation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{consultationId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a consultation by a command
         * @description Applies one command of the consultation's state table (DOMAIN §5a): `schedule`, `decline`, `cancel`,
         *     `start_session`, `submit_opinion`, `acknowledge`. `If-Match` must carry the version the decision was made on:
         *     when two coordinators schedule at once, exactly one wins and the other gets a 412 `version_conflict` with
         *     `currentConsultationStatus`. A command the state does not allow is a 422 `invalid_transition`, one the
         *     caller's role or party may not issue a 403 `forbidden` (both with `allowedConsultationCommands`). Each
         *     scheduled expert signs their own opinion (`submit_opinion`); the consultation is `reported` once every
         *     scheduled expert has signed. A second opinion by the same expert is a 409 `opinion_already_signed`.
         */
        post: operations["transitionConsultation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{consultationId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The consultation's audit timeline */
        get: operations["getConsultationTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consultations/{consultationId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify every expert's signed opinion
         * @description Recomputes the SHA-256 digest of each signed opinion (RFC 8785 canonical JSON of the opinion as stored, the
         *     consultation id, the signer and the signing time) and asks the server's signer to verify its value, one
         *     verification per opinion in signing order; empty before the first opinion.
         */
        get: operations["verifyConsultationSignatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List expert activities */
        get: operations["listActivities"];
        put?: never;
        /**
         * Schedule an expert activity, with its slots
         * @description Staff (coordinator or admin) of the host institution, or of the experts' home institution, schedule an
         *     activity. A clinic, surgery guidance or ward round needs every expert's practice registered or filed (备案)
         *     at the host on the activity's day (DOMAIN §4, 多机构执业): otherwise `practice_not_registered`, naming the
         *     experts in `unregisteredExpertIds`. Lectures and remote consultations need no registration there.
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an activity */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bookable slots
         * @description Slots of bookable activities in `[from, to)` (at most 62 days), earliest first.
         */
        get: operations["listSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List appointments the caller's institution hosts or booked (a patient's own, for a `patient` token) */
        get: operations["listAppointments"];
        put?: never;
        /**
         * Book a slot
         * @description Never exceeds the slot's capacity, also under concurrent requests. A patient may hold several bookings in
         *     one activity (a 义诊 patient sees two departments) but never two that overlap in time (`booking_overlap`)
         *     nor two with the same expert in one activity (`expert_already_booked`), also under concurrent requests.
         *     A `patient` token books for its own patient only: the first booking binds the account to the patient's
         *     identity document, and a booking for another identity is `patient_identity_mismatch`; the consent is the
         *     patient's own (`recordedBy` is left out, `method` is `electronic_signature`) and is kept per purpose.
         */
        post: operations["bookAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an appointment */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointmentId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an appointment
         * @description Patients may cancel until the start minus 2 hours; the expert or host at any time before the end.
         */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointmentId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an appointment to another slot
         * @description Books the new slot and releases the old one in one transaction; capacity and overlap rules apply to the new
         *     slot. The new slot may be in another activity (another week) but must be of the same activity kind and the
         *     same expert (`reschedule_target_mismatch` otherwise).
         */
        post: operations["rescheduleAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments/{appointmentId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The appointment's audit timeline */
        get: operations["getAppointmentTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dispatch-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dispatch batches (派驻批次)
         * @description Batches the caller's institution sends or hosts, or that a member of the caller's alliances hosts, earliest
         *     first. Each carries its counts (expert-visits 人次, activities by kind), computed from its activities.
         */
        get: operations["listDispatchBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dispatch-batches/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Totals over dispatch batches ("10 批次 43 人次") */
        get: operations["countDispatchBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dispatch-batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a dispatch batch with its counts */
        get: operations["getDispatchBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/free-clinics/{activityId}/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The live state of a 义诊 day's queues and the day's counts
         * @description Per department: the number being served, how many wait, the last number issued; and the day's counts
         *     (registered, seen, left without being seen). Holds numbers only, never patient data, so a waiting-room
         *     display and a patient may read it. Changes are announced in the feed as `queue.*` events.
         */
        get: operations["getFreeClinicQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/free-clinics/{activityId}/queue/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tickets of a 义诊 day (the desk's list), by department and number */
        get: operations["listQueueTickets"];
        put?: never;
        /**
         * Register a walk-in patient at a 义诊 desk and issue a queue number
         * @description Issues the next number of the department's queue (1, 2, 3… per department and day). Only staff of the host
         *     institution (the registration desk). The same patient may hold one waiting ticket per department.
         */
        post: operations["registerWalkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/free-clinics/{activityId}/queue/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call the next number of a department's queue
         * @description The department's desk calls the lowest waiting number; a ticket it called before and did not close is
         *     counted as seen. Concurrent calls never call the same number twice. `queue_empty` when nobody waits.
         */
        post: operations["callNextTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/free-clinics/{activityId}/queue/tickets/{ticketId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a ticket as seen or as left without being seen
         * @description A waiting or called ticket closes once; requires `If-Match` with the ticket's version.
         */
        post: operations["closeQueueTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A patient's own consents, one per purpose
         * @description Only for a `patient` token; the latest consent the patient gave for each purpose.
         */
        get: operations["listMyConsents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recognition/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recognition catalogue (互认项目) */
        get: operations["getRecognitionCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recognition/catalogue/{itemCode}/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Institutions qualified for an item */
        get: operations["listQualifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recognition/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide whether a result is recognized
         * @description Safe: it changes nothing and may be retried freely (it is a POST only because its input can carry ids of
         *     patient results, which never go in a URL). Check order is item → institution → window (DOMAIN §5).
         */
        post: operations["checkRecognition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recognition/retests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a documented re-test reason */
        post: operations["recordRetest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recognition/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The recognition regions (全国 ⊃ 京津冀 ⊃ province ⊃ city) and their configuration
         * @description Recognition is keyed to regions, not alliances (DOMAIN §5): an institution recognises results marked 全国 or
         *     marked with one of its own regions. Each region says which regional re-test reasons extend the national list
         *     and whether lower-level institutions only must recognise higher-level ones.
         */
        get: operations["listRecognitionRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recognition/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The recognition (HR) and sharing (GX) lists per region */
        get: operations["listRecognitionLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recognition/order-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a whole order against the patient's results across the alliance (检验/检查申请前)
         * @description Given a patient and the items a doctor is about to order, answers for each item the best recognisable result
         *     of the patient among the results the caller may see (its own institution's and its alliances'), or why there
         *     is none, so the repeat test is avoided before it is ordered. One request for the whole order. Safe and
         *     retryable (a POST because the patient's identity travels in the body, never in a URL).
         */
        post: operations["checkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recognition/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record whether a recognisable result was adopted (采纳/不采纳)
         * @description After a check that found a `recognized` or `shared` result, the doctor records adopted, or not adopted with a
         *     national or regional re-test reason (`other` needs text). "Explained to the patient" is required. The item's
         *     price at the doctor's institution is stored with the decision (the savings when adopted). Audited on the
         *     result's timeline and announced as `adoption.recorded`. A result that is not recognisable now is refused with
         *     `result_not_recognisable`.
         */
        post: operations["recordAdoption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a result */
        post: operations["registerResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/results/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a patient's results
         * @description The patient's identity travels in the body, never in the URL. Safe and retryable.
         */
        post: operations["searchResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/results/{resultId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a result */
        get: operations["getResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/results/{resultId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result's audit timeline (registration, adoption decisions, re-tests) */
        get: operations["getResultTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alliance indicators (成效监测) for a period
         * @description The figures of DOMAIN §5b for one alliance (or one member institution of it) over the Asia/Shanghai calendar
         *     days `[from, to]`, with the same figures per calendar month touched by the period. Every figure is counted
         *     from the stored records when asked (referral audit trail, activities, dispatch batches, 义诊 queue tickets,
         *     consultations, adoption decisions); the definitions are in `AllianceIndicators`. Coordinators and admins of a
         *     member institution only (403 for other roles; 404 for an alliance the caller's institution is not in).
         */
        get: operations["getIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/indicators/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The alliance indicators as CSV
         * @description The figures of `getIndicators` for the same query, as CSV (RFC 4180, UTF-8 with a byte-order mark so that
         *     Excel reads Chinese, CRLF line ends): a header row in the caller's language (`Accept-Language`: zh-CN, the
         *     default, zh-TW or en), then one row per calendar month touched by the period (`YYYY-MM`) and a last row
         *     whose period cell is the period itself (`YYYY-MM-DD/YYYY-MM-DD`) holding the totals. Columns, in order:
         *     period, up-referrals, down-referrals, down-referral rate, answered, answer median (min), answer p90 (min),
         *     closed-loop eligible, closed, closed-loop rate, green channel, green accept median (min), green overdue,
         *     rejected, expired, returned for information, cancelled, no-show, expert-visits, activities, batches,
         *     义诊 registered, 义诊 seen, consultations requested, reported, closed, opinion median (min), opinion p90 (min),
         *     recognition checks, recognisable, adopted, adoption rate, savings (CNY, yuan with two decimals), repeat tests
         *     avoided. Rates have four decimals; an empty cell is a figure with nothing to compute from (null in JSON).
         *     The same access rules as `getIndicators`.
         */
        get: operations["exportIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the ordered event feed
         * @description Events of the caller's institution after the cursor, oldest first.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow the event feed live (server-sent events)
         * @description The caller's institution's events as they are published, as `text/event-stream` (WHATWG server-sent events):
         *     the same events, visibility and `type` filter as `GET /v1/events`, in the same gap-free order. Authenticate
         *     with the `Authorization` header as on every route (a browser's `EventSource` cannot send it: use `fetch`
         *     streaming, as `client.events.subscribe()` does); never put a token in the URL.
         *
         *     Resume after a dropped connection with `Last-Event-ID` (or `after`): the stream then sends every event
         *     after that id, none twice and none missing. Without either it starts at the end of the feed (new events
         *     only). The stream may end at any time (a deploy, the connection's lifetime cap): reconnect with the last
         *     id. Each clinician may hold a few streams at once; one more is a 429 `rate_limited`.
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the institution's webhook endpoints */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description The response carries the signing secret once. Deliveries are signed `Yilian-Signature t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook endpoint */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of an endpoint */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    allianceEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An event delivered to a registered endpoint
         * @description Verify `Yilian-Signature` (`t=<unix seconds>,v1=<hex HMAC-SHA256 over "<t>.<raw body>" with the endpoint
         *     secret>`) in constant time and reject timestamps older than your tolerance (5 minutes by default) before
         *     trusting the body. Deliveries are retried with backoff until a 2xx; the same event may arrive twice, so
         *     deduplicate by `id`.
         */
        post: operations["receiveAllianceEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @example all_pumch_cangzhou */
        AllianceId: string;
        /** @example ins_pumch */
        InstitutionId: string;
        /** @example dep_pumch_neurology */
        DepartmentId: string;
        /** @example cln_pumch_neuro_li */
        ClinicianId: string;
        /** @example ref_01JD7Q2K8M3N4P5R6S7T8V9W0X */
        ReferralId: string;
        /** @example act_pumch_cz_neuro_20261125 */
        ActivityId: string;
        /** @example slt_pumch_cz_neuro_20261125_0900 */
        SlotId: string;
        /** @example apt_01JD7R0B3C4D5E6F7G8H9J0K1M */
        AppointmentId: string;
        /** @example res_01JD7S1A2B3C4D5E6F7G8H9J0K */
        ResultId: string;
        /** @example att_01JD7T5N6P7Q8R9S0T1V2W3X4Y */
        AttachmentId: string;
        /** @example evt_000000000042 */
        EventId: string;
        /** @example whe_01JD7V8Z9A0B1C2D3E4F5G6H7J */
        WebhookEndpointId: string;
        /** @example rtr_01JD7W2K3M4N5P6Q7R8S9T0V1W */
        RetestRecordId: string;
        /** @example adp_01JD7W2K3M4N5P6Q7R8S9T0V1W */
        AdoptionDecisionId: string;
        /** @example rgn_jingjinji */
        RecognitionRegionId: string;
        /** @example rl_jingjinji_hr */
        RecognitionListId: string;
        /**
         * @description The recognition catalogue's code of a lab or imaging item (upper-case, digits, `_` and `-`).
         * @example LAB_HBA1C
         */
        ItemCode: string;
        /**
         * @description 统一社会信用代码 (GB 32100-2015), 18 characters with its check character.
         * @example 121101051234567888
         */
        Uscc: string;
        /**
         * @description 诊疗科目 code (卫医发〔1994〕27号), `NN` or `NN.NN`.
         * @example 03.03
         */
        DepartmentCode: string;
        /**
         * @description ICD-10 国家临床版 2.0 code.
         * @example I63.900
         */
        Icd10Code: string;
        /**
         * Format: date-time
         * @description An instant, RFC 3339 with an offset.
         * @example 2026-11-22T14:02:11+08:00
         */
        Instant: string;
        /**
         * Format: date
         * @description A calendar day in Asia/Shanghai.
         * @example 2026-11-22
         */
        LocalDate: string;
        /**
         * @description The version of a resource; its `ETag` is the version in double quotes.
         * @example 3
         */
        Version: number;
        /**
         * @example zh-CN
         * @enum {string}
         */
        Locale: "zh-CN" | "zh-TW" | "en";
        /**
         * @description The role a token acts in. `patient`: a token a hospital's backend mints after its own login, naming the
         *     patient account (`sub` = a `pat_…` id); it books, lists and cancels only that patient's appointments.
         * @example referrer
         * @enum {string}
         */
        Role: "referrer" | "receiver" | "coordinator" | "expert" | "admin" | "patient";
        /**
         * @example cross_region_cooperation
         * @enum {string}
         */
        AllianceKind: "city_medical_group" | "county_medical_community" | "specialty_alliance" | "telemedicine_network" | "cross_region_cooperation";
        /**
         * @description The institution's role in the alliance (牵头医院 / 成员单位).
         * @example lead
         * @enum {string}
         */
        AllianceRole: "lead" | "member";
        /**
         * @description 医院等级 (三级, 二级, 一级); primary also covers 社区卫生服务中心 and 乡镇卫生院.
         * @example tertiary
         * @enum {string}
         */
        InstitutionLevel: "tertiary" | "secondary" | "primary";
        /**
         * @example general_hospital
         * @enum {string}
         */
        InstitutionType: "general_hospital" | "tcm_hospital" | "specialty_hospital" | "maternal_child_hospital" | "community_health_center" | "township_health_center" | "independent_lab";
        /**
         * @description 职称 — 主任医师, 副主任医师, 主治医师, 住院医师, or another.
         * @example chief_physician
         * @enum {string}
         */
        ClinicianTitle: "chief_physician" | "associate_chief_physician" | "attending_physician" | "resident_physician" | "other";
        /**
         * @description `up` 上转 to a higher-level institution; `down` 下转 back to the grassroots.
         * @example up
         * @enum {string}
         */
        ReferralDirection: "up" | "down";
        /**
         * @example urgent
         * @enum {string}
         */
        ReferralUrgency: "routine" | "urgent" | "green_channel";
        /**
         * @description The fast track a green-channel referral takes (绿色通道).
         * @example stroke
         * @enum {string}
         */
        GreenChannelCategory: "stroke" | "chest_pain" | "trauma" | "maternal" | "neonatal" | "critical" | "rare_disease";
        /**
         * @description The referral's state (DOMAIN §3). `closed` is the only closed loop. `returned` (退回补充): the receiving side
         *     sent a submitted referral back to the sender for more information; the sender edits and resubmits it.
         * @example submitted
         * @enum {string}
         */
        ReferralStatus: "draft" | "submitted" | "returned" | "accepted" | "rejected" | "arrived" | "in_treatment" | "reported" | "closed" | "cancelled" | "no_show" | "expired";
        /**
         * @description A command that moves a referral; `expired` is set by the server's clock, never by a command.
         *     `return_for_info` sends a submitted referral back to the sender with a note (退回补充); `resubmit` sends a
         *     returned one again, which restarts its answer SLA.
         * @example accept
         * @enum {string}
         */
        ReferralCommand: "submit" | "accept" | "reject" | "cancel" | "record_arrival" | "start_treatment" | "report" | "close" | "mark_no_show" | "return_for_info" | "resubmit";
        /**
         * @example no_capacity
         * @enum {string}
         */
        RejectReasonCode: "no_capacity" | "no_capability" | "outside_scope" | "incomplete_information" | "not_indicated" | "patient_declined" | "other";
        /**
         * @example patient_declined
         * @enum {string}
         */
        CancelReasonCode: "patient_declined" | "condition_improved" | "condition_worsened" | "referred_elsewhere" | "entered_in_error" | "other";
        /**
         * @example female
         * @enum {string}
         */
        Sex: "male" | "female" | "unknown";
        /**
         * @description The patient's identity document (居民身份证 or another).
         * @example resident_id_card
         * @enum {string}
         */
        IdType: "resident_id_card" | "passport" | "hk_macao_permit" | "taiwan_permit" | "foreign_permanent_residence" | "other";
        /**
         * @example urban_employee
         * @enum {string}
         */
        InsuranceType: "urban_employee" | "urban_rural_resident" | "new_rural_cooperative" | "commercial" | "self_pay" | "other";
        /**
         * @description What the patient consented to (PIPL Art. 29 separate consent, one per purpose).
         * @example referral_transfer
         * @enum {string}
         */
        ConsentPurpose: "referral_transfer" | "remote_consultation" | "result_sharing";
        /**
         * @description 坐诊, 会诊, 远程会诊, 手术指导, 查房, 授课/讲座, 义诊.
         * @example clinic
         * @enum {string}
         */
        ActivityKind: "clinic" | "consultation" | "remote_consultation" | "surgery_guidance" | "ward_round" | "lecture" | "free_clinic";
        /**
         * @example scheduled
         * @enum {string}
         */
        ActivityStatus: "scheduled" | "cancelled" | "completed";
        /**
         * @example booked
         * @enum {string}
         */
        AppointmentStatus: "booked" | "cancelled" | "arrived" | "fulfilled" | "no_show";
        /**
         * @example patient
         * @enum {string}
         */
        AppointmentCancelledBy: "patient" | "expert" | "host";
        /**
         * @description `lab` 检验 or `imaging` 检查.
         * @example lab
         * @enum {string}
         */
        ResultKind: "lab" | "imaging";
        /**
         * @description Only final, amended and corrected reports are recognizable.
         * @example final
         * @enum {string}
         */
        ResultStatus: "final" | "amended" | "corrected";
        /**
         * @description `recognized` (互认, HR list), `shared` (共享, GX list: the images are available for review, the receiver is not
         *     bound), `expired` (past the item's window), `institution_not_qualified` (the performing institution held no
         *     qualification for the item and scope when it performed it), `item_not_in_list`.
         * @example recognized
         * @enum {string}
         */
        RecognitionDecision: "recognized" | "shared" | "expired" | "institution_not_qualified" | "item_not_in_list";
        /**
         * @description Why a clinician tests again despite a recognizable result (documented in the chart, explained to the
         *     patient). National (国卫医发〔2022〕6号): `condition_changed`, `rapidly_changing`, `critical_decision`,
         *     `emergency`, `forensic`, and `other` (text required). Regional extensions, offered only where the
         *     institution's region configures them (内蒙古 2022): `patient_request` (患者或其亲属要求), `eqa_failed`
         *     (室间质评未通过), `too_old_for_visit` (检验时间与就诊时间差距较大已无参考价值), `physician_deems_necessary`
         *     (诊治医师认为有必要).
         * @example condition_changed
         * @enum {string}
         */
        RetestReason: "condition_changed" | "rapidly_changing" | "critical_decision" | "emergency" | "forensic" | "other" | "patient_request" | "eqa_failed" | "too_old_for_visit" | "physician_deems_necessary";
        /**
         * @description `recognition` 互认 (an HR list: binding, marked `<scope>HR`) or `sharing` 共享 (a GX list: images for review,
         *     not binding, marked `<scope>GX`).
         * @example recognition
         * @enum {string}
         */
        RecognitionListType: "recognition" | "sharing";
        /**
         * @description 全国 ⊃ cross-region compact (京津冀) ⊃ province ⊃ city.
         * @example compact
         * @enum {string}
         */
        RecognitionRegionLevel: "national" | "compact" | "province" | "city";
        /**
         * @description `lower_recognises_higher`: 二级 and lower institutions must recognise results of higher-level ones; a
         *     higher-level institution recognising a lower one is not obligatory (a local pilot). `mutual`: every
         *     qualified result binds every level.
         * @example lower_recognises_higher
         * @enum {string}
         */
        RecognitionDirection: "mutual" | "lower_recognises_higher";
        /**
         * @description `adopted` 采纳 (the result is used, the test not repeated) or `not_adopted` 不采纳 (re-tested).
         * @example adopted
         * @enum {string}
         */
        AdoptionOutcome: "adopted" | "not_adopted";
        /**
         * @description The best decision among the patient's results for an ordered item, or `no_result` when the caller can see
         *     no result of the patient for it.
         * @example recognized
         * @enum {string}
         */
        OrderLineStatus: "recognized" | "shared" | "expired" | "institution_not_qualified" | "item_not_in_list" | "no_result";
        /**
         * @example referral.accepted
         * @enum {string}
         */
        EventType: "referral.created" | "referral.submitted" | "referral.accepted" | "referral.rejected" | "referral.cancelled" | "referral.arrived" | "referral.treatment_started" | "referral.reported" | "referral.closed" | "referral.no_show" | "referral.expired" | "referral.returned" | "referral.resubmitted" | "referral.escalated" | "appointment.booked" | "appointment.cancelled" | "appointment.rescheduled" | "queue.ticket_issued" | "queue.ticket_called" | "queue.ticket_closed" | "activity.scheduled" | "result.registered" | "retest.recorded" | "adoption.recorded" | "consultation.requested" | "consultation.scheduled" | "consultation.declined" | "consultation.cancelled" | "consultation.session_started" | "consultation.opinion_signed" | "consultation.reported" | "consultation.closed";
        /**
         * @description The machine code of a problem; the domain's messages are keyed by it.
         * @example validation_failed
         * @enum {string}
         */
        ProblemCode: "validation_failed" | "malformed_request" | "unsupported_media_type" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "invalid_transition" | "version_conflict" | "precondition_required" | "idempotency_key_reused" | "idempotency_request_in_progress" | "slot_full" | "slot_not_bookable" | "slot_in_past" | "already_booked" | "booking_overlap" | "expert_already_booked" | "reschedule_target_mismatch" | "patient_identity_mismatch" | "practice_not_registered" | "not_a_free_clinic" | "queue_empty" | "already_in_queue" | "cancellation_window_closed" | "appointment_not_active" | "parent_referral_not_reported" | "referral_not_editable" | "no_show_too_early" | "result_not_recognisable" | "rate_limited" | "payload_too_large" | "internal_error" | "service_unavailable" | "opinion_already_signed" | "consultation_not_reported";
        /**
         * @description The machine code of one invalid field; the domain's messages are keyed by it.
         * @example resident_id_checksum_mismatch
         * @enum {string}
         */
        FieldErrorCode: "required" | "invalid_type" | "invalid_format" | "invalid_enum" | "too_short" | "too_long" | "out_of_range" | "unknown_field" | "resident_id_length" | "resident_id_format" | "resident_id_legacy_15" | "resident_id_birth_date_invalid" | "resident_id_birth_date_future" | "resident_id_checksum_mismatch" | "uscc_format" | "uscc_checksum_mismatch" | "phone_invalid" | "green_channel_category_required" | "green_channel_category_not_allowed" | "consent_required" | "reject_reason_required" | "reason_text_required" | "receiving_institution_same_as_sending" | "receiving_institution_not_in_alliance" | "department_not_in_institution" | "parent_referral_required" | "parent_referral_direction" | "interval_invalid" | "date_range_too_long" | "retest_reason_text_required" | "unknown_reference" | "invalid_characters" | "appointment_time_or_window" | "appointment_window_in_past" | "arrival_in_future" | "arrival_before_submission" | "study_required" | "imaging_value_not_recognised" | "retest_reason_not_in_region" | "adoption_reason_required" | "adoption_reason_not_allowed" | "explanation_required" | "duplicate_item" | "consent_written_required" | "clinician_not_in_institution" | "video_room_required" | "place_required" | "consultation_time_in_past";
        /**
         * @description One invalid field, located by a JSON Pointer (RFC 6901) into the request body or parameters.
         * @example {
         *       "pointer": "/patient/idNumber",
         *       "code": "resident_id_checksum_mismatch",
         *       "detail": "The check digit does not match the first 17 digits."
         *     }
         */
        FieldError: {
            /**
             * @description JSON Pointer into the body (`/patient/idNumber`), or `#query/name` / `#header/name` for parameters.
             * @example /patient/idNumber
             */
            pointer: string;
            code: components["schemas"]["FieldErrorCode"];
            /**
             * @description A human message in the request's locale; never echoes the submitted value.
             * @example The check digit does not match the first 17 digits.
             */
            detail: string;
            /**
             * @description The values the message of `code` names (`{max}`, `{min}`, `{limit}`, `{expected}`, `{maxDays}` …), so a
             *     client can word the message in its own locale from `code` and `params` alone. Never patient data.
             * @example {
             *       "max": 32
             *     }
             */
            params?: {
                [key: string]: string | number;
            };
        };
        /**
         * @description RFC 9457 problem details. `detail` never contains patient data.
         * @example {
         *       "type": "https://yilian.dev/problems/not_found",
         *       "title": "Not found",
         *       "status": 404,
         *       "code": "not_found",
         *       "requestId": "req_7d0c4b9f"
         *     }
         */
        Problem: {
            /**
             * Format: uri
             * @description `https://yilian.dev/problems/<code>`, stable per code.
             * @example https://yilian.dev/problems/validation_failed
             */
            type: string;
            /** @example The request has invalid fields */
            title: string;
            /** @example 422 */
            status: number;
            /** @example 2 fields are invalid. */
            detail?: string;
            /** @example /v1/referrals */
            instance?: string;
            code: components["schemas"]["ProblemCode"];
            /** @example req_7d0c4b9f */
            requestId?: string;
            /** @description The language of `title`, `detail` and the field messages. */
            locale?: components["schemas"]["Locale"];
            errors?: components["schemas"]["FieldError"][];
            currentVersion?: components["schemas"]["Version"];
            currentStatus?: components["schemas"]["ReferralStatus"];
            changedAt?: components["schemas"]["Instant"];
            changedBy?: components["schemas"]["ActorRef"];
            /**
             * @description With a 422 `invalid_transition`, a 412 `version_conflict` or a 403 `forbidden` on a referral: the commands
             *     the caller may issue on it now (in its current status and the caller's role); empty when none.
             */
            allowedCommands?: components["schemas"]["ReferralCommand"][];
            /** @description With a 412 `version_conflict` on a consultation, its current status. */
            currentConsultationStatus?: components["schemas"]["ConsultationStatus"];
            /**
             * @description With a 422 `invalid_transition`, a 412 `version_conflict` or a 403 `forbidden` on a consultation: the
             *     commands the caller may issue on it now; empty when none.
             */
            allowedConsultationCommands?: components["schemas"]["ConsultationCommand"][];
            /**
             * @description With a 422 `no_show_too_early`: the first instant at which the patient may be marked as not arrived (the
             *     appointment time, or the end of its window, plus the grace period).
             */
            noShowAllowedFrom?: components["schemas"]["Instant"];
            /** @description With a 422 `practice_not_registered`, the experts without a registered or filed practice at the host on the day. */
            unregisteredExpertIds?: components["schemas"]["ClinicianId"][];
            /** @description With a 403 `forbidden`, the roles that may perform the operation (the caller has none of them). */
            requiredRoles?: components["schemas"]["Role"][];
            /**
             * @description With a 401 `unauthenticated`, why the bearer token was refused: `token_missing` (no `Authorization:
             *     Bearer` header), `token_malformed` (not a readable JWT of this API: wrong issuer, audience, algorithm,
             *     claims), `token_invalid_signature` (not signed with this server's key), `token_expired` (past `exp`, or
             *     not yet valid), `token_lifetime_too_long` (no `exp`, or `exp - iat` above the server's maximum of 24
             *     hours).
             * @example token_expired
             * @enum {string}
             */
            reason?: "token_missing" | "token_malformed" | "token_invalid_signature" | "token_expired" | "token_lifetime_too_long";
        };
        /**
         * @description Who did something, for audit and conflicts; a clinician, or (with role `patient`) a patient account.
         * @example {
         *       "clinicianId": "cln_pumch_neuro_li",
         *       "institutionId": "ins_pumch",
         *       "role": "receiver",
         *       "name": "李明"
         *     }
         */
        ActorRef: {
            /**
             * @description The clinician; for a patient's own action the hospital's patient account (`patientId`) stands here too.
             * @example cln_pumch_neuro_li
             */
            clinicianId: string;
            patientId?: components["schemas"]["PatientId"];
            institutionId: components["schemas"]["InstitutionId"];
            role?: components["schemas"]["Role"];
            /**
             * @description The clinician's display name (staff names are not patient data).
             * @example 李明
             */
            name?: string;
        };
        /**
         * @example {
         *       "zh": "北京协和医院",
         *       "en": "Peking Union Medical College Hospital"
         *     }
         */
        LocalizedName: {
            /** @example 北京协和医院 */
            zh: string;
            /** @example Peking Union Medical College Hospital */
            en?: string;
            /**
             * @description Traditional characters (zh-TW, zh-HK), where the server has them.
             * @example 北京協和醫院
             */
            zhHant?: string;
        };
        /**
         * @example {
         *       "code": "110101",
         *       "name": "北京市东城区"
         *     }
         */
        Region: {
            /**
             * @description The 6-digit administrative division code (行政区划代码).
             * @example 110101
             */
            code: string;
            /** @example 北京市东城区 */
            name: string;
        };
        /**
         * @example {
         *       "allianceId": "all_pumch_cangzhou",
         *       "role": "lead"
         *     }
         */
        AllianceMembership: {
            allianceId: components["schemas"]["AllianceId"];
            role: components["schemas"]["AllianceRole"];
        };
        /**
         * @example {
         *       "id": "all_pumch_cangzhou",
         *       "name": {
         *         "zh": "北京协和医院—沧州市中心医院医联体",
         *         "en": "PUMCH–Cangzhou Central Hospital alliance"
         *       },
         *       "kind": "cross_region_cooperation",
         *       "leadInstitutionIds": [
         *         "ins_pumch"
         *       ],
         *       "memberInstitutionIds": [
         *         "ins_cangzhou_central"
         *       ],
         *       "recognitionScope": "京津冀",
         *       "establishedOn": "2024-10-02"
         *     }
         */
        Alliance: {
            id: components["schemas"]["AllianceId"];
            name: components["schemas"]["LocalizedName"];
            kind: components["schemas"]["AllianceKind"];
            leadInstitutionIds: components["schemas"]["InstitutionId"][];
            memberInstitutionIds: components["schemas"]["InstitutionId"][];
            /**
             * @deprecated
             * @description Informational: the widest recognition region the alliance's institutions share (`全国` when none
             *     narrower). Recognition is keyed to regions, not alliances (DOMAIN §5): decisions use the lists of the
             *     requesting institution's regions (`listRecognitionLists`), never this field.
             * @example 京津冀
             */
            recognitionScope: string;
            establishedOn: components["schemas"]["LocalDate"];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "all_pumch_cangzhou",
         *           "name": {
         *             "zh": "北京协和医院—沧州市中心医院医联体"
         *           },
         *           "kind": "cross_region_cooperation",
         *           "leadInstitutionIds": [
         *             "ins_pumch"
         *           ],
         *           "memberInstitutionIds": [
         *             "ins_cangzhou_central"
         *           ],
         *           "recognitionScope": "京津冀",
         *           "establishedOn": "2024-10-02"
         *         }
         *       ]
         *     }
         */
        AllianceList: {
            items: components["schemas"]["Alliance"][];
        };
        /**
         * @example {
         *       "id": "ins_pumch",
         *       "name": {
         *         "zh": "北京协和医院",
         *         "en": "Peking Union Medical College Hospital"
         *       },
         *       "uscc": "121101051234567888",
         *       "level": "tertiary",
         *       "type": "general_hospital",
         *       "region": {
         *         "code": "110101",
         *         "name": "北京市东城区"
         *       },
         *       "memberships": [
         *         {
         *           "allianceId": "all_pumch_cangzhou",
         *           "role": "lead"
         *         }
         *       ]
         *     }
         */
        Institution: {
            id: components["schemas"]["InstitutionId"];
            name: components["schemas"]["LocalizedName"];
            uscc: components["schemas"]["Uscc"];
            level: components["schemas"]["InstitutionLevel"];
            type: components["schemas"]["InstitutionType"];
            region: components["schemas"]["Region"];
            /** @description The narrowest recognition region the institution belongs to (a city); its parents up to 全国 apply too. */
            recognitionRegionId?: components["schemas"]["RecognitionRegionId"];
            memberships: components["schemas"]["AllianceMembership"][];
            /**
             * @description The referral office's public phone (not patient data).
             * @example 010-69156114
             */
            phone?: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "ins_pumch",
         *           "name": {
         *             "zh": "北京协和医院"
         *           },
         *           "uscc": "121101051234567888",
         *           "level": "tertiary",
         *           "type": "general_hospital",
         *           "region": {
         *             "code": "110101",
         *             "name": "北京市东城区"
         *           },
         *           "memberships": [
         *             {
         *               "allianceId": "all_pumch_cangzhou",
         *               "role": "lead"
         *             }
         *           ]
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        InstitutionPage: {
            items: components["schemas"]["Institution"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "dep_pumch_neurology",
         *       "institutionId": "ins_pumch",
         *       "code": "03.03",
         *       "name": {
         *         "zh": "神经内科",
         *         "en": "Neurology"
         *       }
         *     }
         */
        Department: {
            id: components["schemas"]["DepartmentId"];
            institutionId: components["schemas"]["InstitutionId"];
            code: components["schemas"]["DepartmentCode"];
            name: components["schemas"]["LocalizedName"];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "dep_pumch_neurology",
         *           "institutionId": "ins_pumch",
         *           "code": "03.03",
         *           "name": {
         *             "zh": "神经内科"
         *           }
         *         }
         *       ]
         *     }
         */
        DepartmentList: {
            items: components["schemas"]["Department"][];
        };
        /**
         * @example {
         *       "id": "cln_pumch_neuro_li",
         *       "name": "李明",
         *       "institutionId": "ins_pumch",
         *       "departmentId": "dep_pumch_neurology",
         *       "title": "chief_physician",
         *       "specialties": [
         *         "脑血管病",
         *         "癫痫"
         *       ],
         *       "isExpert": true
         *     }
         */
        Clinician: {
            id: components["schemas"]["ClinicianId"];
            /** @example 李明 */
            name: string;
            /** @description The home institution (执业机构). */
            institutionId: components["schemas"]["InstitutionId"];
            departmentId?: components["schemas"]["DepartmentId"];
            title: components["schemas"]["ClinicianTitle"];
            /**
             * @example [
             *       "脑血管病",
             *       "癫痫"
             *     ]
             */
            specialties: string[];
            /** @description Whether the clinician is dispatched as an expert to member institutions. */
            isExpert: boolean;
            /** @example 主任医师，从事脑血管病诊治三十年。 */
            bio?: string;
            /**
             * @description Where the clinician may practise (多机构执业, 一次注册、区域有效): the main institution and every filed
             *     (备案) one, with their dates.
             */
            practiceSites?: components["schemas"]["PracticeSite"][];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "cln_pumch_neuro_li",
         *           "name": "李明",
         *           "institutionId": "ins_pumch",
         *           "title": "chief_physician",
         *           "specialties": [
         *             "脑血管病"
         *           ],
         *           "isExpert": true
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        ClinicianPage: {
            items: components["schemas"]["Clinician"][];
            nextCursor: string | null;
        };
        /**
         * @description Sensitive personal information (PIPL Art. 28). Travels in bodies only. In responses `idNumber`,
         *     `insuranceCardNumber` and `phone` are masked unless the caller's role needs them (`idNumberMasked: true`
         *     says so).
         * @example {
         *       "name": "张三",
         *       "sex": "male",
         *       "birthDate": "1990-03-07",
         *       "idType": "resident_id_card",
         *       "idNumber": "110105199003071239",
         *       "phone": "13812341234",
         *       "insuranceType": "urban_employee"
         *     }
         */
        Patient: {
            /** @example 张三 */
            name: string;
            sex: components["schemas"]["Sex"];
            birthDate: components["schemas"]["LocalDate"];
            idType: components["schemas"]["IdType"];
            /**
             * @description For `resident_id_card` an 18-character 居民身份证号 (GB 11643) whose birth date matches `birthDate`.
             * @example 110105199003071239
             */
            idNumber: string;
            /** @description Set by the server in responses when `idNumber` is masked. */
            readonly idNumberMasked?: boolean;
            /**
             * @description A mainland mobile (11 digits) or landline with area code.
             * @example 13812341234
             */
            phone?: string;
            insuranceType?: components["schemas"]["InsuranceType"];
            /**
             * @description 医保卡号 / 社保卡号; masked like `idNumber` for roles that need not see it.
             * @example 1101051990030712
             */
            insuranceCardNumber?: string;
            /**
             * @description Required for patients under 14 (PIPL Art. 31 guardian consent).
             * @example 张父
             */
            guardianName?: string;
        };
        /**
         * @description The changed fields of a draft's patient (`updateReferral`), merged into the stored patient: a field given
         *     replaces the stored one, `null` removes an optional one. The merged patient is validated as `Patient`.
         * @example {
         *       "name": "张三",
         *       "phone": "13812341234"
         *     }
         */
        PatientPatch: {
            name?: string;
            sex?: components["schemas"]["Sex"];
            birthDate?: components["schemas"]["LocalDate"];
            idType?: components["schemas"]["IdType"];
            idNumber?: string;
            phone?: string | null;
            insuranceType?: components["schemas"]["InsuranceType"] | null;
            guardianName?: string | null;
            insuranceCardNumber?: string | null;
        };
        /**
         * @description The patient's separate consent (单独同意) to share their data for one purpose. `recordedBy` is the
         *     clinician who recorded it; it is left out when the patient gives it themself with a `patient` token.
         * @example {
         *       "purpose": "referral_transfer",
         *       "grantedAt": "2026-11-22T09:30:00+08:00",
         *       "recordedBy": "cln_cz_neuro_wang",
         *       "method": "written"
         *     }
         */
        Consent: {
            purpose: components["schemas"]["ConsentPurpose"];
            grantedAt: components["schemas"]["Instant"];
            recordedBy?: components["schemas"]["ClinicianId"];
            /**
             * @example written
             * @enum {string}
             */
            method: "written" | "electronic_signature" | "verbal_witnessed";
            /** @description Given by a guardian (patients under 14). */
            byGuardian?: boolean;
        };
        /**
         * @example {
         *       "kind": "result",
         *       "title": "头颅CT平扫报告",
         *       "resultId": "res_01JD7S1A2B3C4D5E6F7G8H9J0K"
         *     }
         */
        AttachmentInput: {
            /**
             * @example result
             * @enum {string}
             */
            kind: "result" | "emr_excerpt" | "image" | "discharge_summary" | "other";
            /** @example 头颅CT平扫报告 */
            title: string;
            /** @description For `kind: result`, the registered result referred with the patient. */
            resultId?: components["schemas"]["ResultId"];
            /** @example application/pdf */
            contentType?: string;
            /** @example 183204 */
            sizeBytes?: number;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256?: string;
        };
        /**
         * @example {
         *       "id": "att_01JD7T5N6P7Q8R9S0T1V2W3X4Y",
         *       "kind": "result",
         *       "title": "头颅CT平扫报告",
         *       "resultId": "res_01JD7S1A2B3C4D5E6F7G8H9J0K",
         *       "addedAt": "2026-11-22T09:40:00+08:00",
         *       "addedBy": "cln_cz_neuro_wang"
         *     }
         */
        Attachment: {
            id: components["schemas"]["AttachmentId"];
            /** @enum {string} */
            kind: "result" | "emr_excerpt" | "image" | "discharge_summary" | "other";
            title: string;
            resultId?: components["schemas"]["ResultId"];
            contentType?: string;
            sizeBytes?: number;
            sha256?: string;
            addedAt: components["schemas"]["Instant"];
            addedBy: components["schemas"]["ClinicianId"];
        };
        /**
         * @description The patient's record numbers at one institution (门诊号 / 住院号).
         * @example {
         *       "outpatientNo": "MZ20261123001"
         *     }
         */
        RecordNumbers: {
            /**
             * @description 门诊号.
             * @example MZ20261123001
             */
            outpatientNo?: string;
            /**
             * @description 住院号.
             * @example ZY2026110042
             */
            inpatientNo?: string;
        };
        /**
         * @description 中医诊断 beside the ICD-10 diagnosis, as a TCM hospital writes it: 病名 and 证型, with their codes per
         *     GB/T 15657 (中医病证分类与代码) as plain strings.
         * @example {
         *       "diseaseName": "中风病",
         *       "syndromeName": "风痰阻络证"
         *     }
         */
        TcmDiagnosis: {
            /**
             * @description 中医病名.
             * @example 中风病
             */
            diseaseName: string;
            /** @example A07.01.01 */
            diseaseCode?: string;
            /**
             * @description 证型.
             * @example 风痰阻络证
             */
            syndromeName: string;
            /** @example B04.02.03 */
            syndromeCode?: string;
        };
        /**
         * @description Who escorts the patient.
         * @example doctor
         * @enum {string}
         */
        EscortRole: "doctor" | "nurse" | "family" | "other";
        /**
         * @example ambulance_with_doctor
         * @enum {string}
         */
        EscortTransport: "ambulance_with_doctor" | "ambulance" | "private_vehicle" | "public_transport" | "other";
        /**
         * @description Escort and hand-over of a critical patient (DOMAIN §3). Required for green-channel referrals at submit, with
         *     `escortedBy` and `transport`.
         * @example {
         *       "escortedBy": "李护士",
         *       "escortRole": "nurse",
         *       "transport": "ambulance_with_doctor"
         *     }
         */
        Escort: {
            /**
             * @description The escort's name.
             * @example 李护士
             */
            escortedBy?: string;
            escortRole?: components["schemas"]["EscortRole"];
            transport?: components["schemas"]["EscortTransport"];
            /**
             * @description What is handed over with the patient (records, films, medicines, devices).
             * @example 头颅CT片1张，静脉通路1条
             */
            handoverItems?: string;
        };
        /**
         * @description A routing warning from the diagnosis (DOMAIN §3 [R7]); never a block. `designated_hospital`: a notifiable
         *     infectious disease goes to a designated hospital (定点医院); `specialist_occupational`: an occupational
         *     disease to an occupational-disease institution; `specialist_mental`: a mental illness to a specialist
         *     mental-health institution.
         * @example designated_hospital
         * @enum {string}
         */
        ReferralWarningCode: "designated_hospital" | "specialist_occupational" | "specialist_mental";
        /**
         * @example {
         *       "code": "designated_hospital",
         *       "message": "法定传染病患者应转至定点医院。"
         *     }
         */
        ReferralWarning: {
            code: components["schemas"]["ReferralWarningCode"];
            /**
             * @description The warning in the request's locale.
             * @example 法定传染病患者应转至定点医院。
             */
            message?: string;
        };
        /**
         * @description The signing doctor's electronic signature, made by the server at submit in place of 经治医师签字并加盖公章:
         *     `digest` is the SHA-256 (hex) of the RFC 8785 canonical JSON of the form content, the signer and
         *     `signedAt`; `provider` names the signer (the digest-only default, or a hospital's CA), whose signature
         *     value, if any, is `value`.
         * @example {
         *       "algorithm": "SHA-256",
         *       "digest": "3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c",
         *       "signerClinicianId": "cln_cz_neuro_wang",
         *       "signedAt": "2026-11-22T09:41:00+08:00",
         *       "provider": "yilian-digest"
         *     }
         */
        ReferralSignature: {
            /**
             * @description The signer's algorithm (`SHA-256` for the digest-only default; e.g. `SM2-SM3` for a CA).
             * @example SHA-256
             */
            algorithm: string;
            /** @example 3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c */
            digest: string;
            signerClinicianId: components["schemas"]["ClinicianId"];
            signedAt: components["schemas"]["Instant"];
            /** @example yilian-digest */
            provider: string;
            /** @description The provider's signature value (base64), when it signs beyond the digest. */
            value?: string;
        };
        /**
         * @example {
         *       "valid": true,
         *       "algorithm": "SHA-256",
         *       "digest": "3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c",
         *       "recomputedDigest": "3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c",
         *       "signerClinicianId": "cln_cz_neuro_wang",
         *       "signedAt": "2026-11-22T09:41:00+08:00",
         *       "provider": "yilian-digest"
         *     }
         */
        ReferralSignatureVerification: {
            /** @description The recomputed digest equals the stored one and the provider verified its value. */
            valid: boolean;
            algorithm: string;
            /** @description The digest stored at signing. */
            digest: string;
            /** @description The digest of the referral as stored now. */
            recomputedDigest: string;
            signerClinicianId: components["schemas"]["ClinicianId"];
            signedAt: components["schemas"]["Instant"];
            provider: string;
        };
        /**
         * @description A new referral, created as a `draft` (then `submit`) or submitted at once with `submit: true`. A draft may
         *     be incomplete; at submit an up-referral needs `clinicalSummary` (病史及诊治情况), a down-referral the 回转单
         *     (`clinicalSummary`, `mainResults`, `rehabPlan`, `medications` and a follow-up date), and a green-channel
         *     referral its `escort` with `escortedBy` and `transport`. The server signs the form at submit
         *     (`signature`).
         *     A down-referral (`direction: down`) that follows an up-referral names it in `parentReferralId`; that parent
         *     must be an up-referral the sender received, `reported` or `closed`. A down-referral without a parent (a
         *     patient admitted directly at the tertiary hospital) may be sent only by the lead institution of an alliance
         *     the receiving institution belongs to; from any other sender it is refused with `parent_referral_required`.
         *     The sending side of a down-referral is the lead institution's referring, receiving or coordinating staff.
         * @example {
         *       "direction": "up",
         *       "urgency": "green_channel",
         *       "greenChannelCategory": "stroke",
         *       "sendingInstitutionId": "ins_cangzhou_central",
         *       "sendingDepartmentId": "dep_cz_neurology",
         *       "receivingInstitutionId": "ins_pumch",
         *       "receivingDepartmentId": "dep_pumch_neurology",
         *       "patient": {
         *         "name": "张三",
         *         "sex": "male",
         *         "birthDate": "1990-03-07",
         *         "idType": "resident_id_card",
         *         "idNumber": "110105199003071239",
         *         "phone": "13812341234"
         *       },
         *       "diagnosis": {
         *         "code": "I63.900",
         *         "text": "脑梗死"
         *       },
         *       "reason": "急性脑梗死，需进一步评估取栓指征。",
         *       "clinicalSummary": "发病4小时，NIHSS 8分，已完成头颅CT。",
         *       "escort": {
         *         "escortedBy": "李护士",
         *         "escortRole": "nurse",
         *         "transport": "ambulance_with_doctor",
         *         "handoverItems": "头颅CT片1张，静脉通路1条"
         *       },
         *       "consent": {
         *         "purpose": "referral_transfer",
         *         "grantedAt": "2026-11-22T09:30:00+08:00",
         *         "recordedBy": "cln_cz_neuro_wang",
         *         "method": "written"
         *       },
         *       "submit": true
         *     }
         */
        ReferralCreate: {
            direction: components["schemas"]["ReferralDirection"];
            urgency: components["schemas"]["ReferralUrgency"];
            greenChannelCategory?: components["schemas"]["GreenChannelCategory"];
            sendingInstitutionId: components["schemas"]["InstitutionId"];
            sendingDepartmentId?: components["schemas"]["DepartmentId"];
            receivingInstitutionId: components["schemas"]["InstitutionId"];
            receivingDepartmentId?: components["schemas"]["DepartmentId"];
            receivingClinicianId?: components["schemas"]["ClinicianId"];
            parentReferralId?: components["schemas"]["ReferralId"];
            /**
             * @description The remote consultation this referral follows from (e.g. the expert recommended it). It must be one the
             *     sending institution is party to, `reported` or `closed` (`consultation_not_reported` otherwise); the
             *     consultation then lists this referral in `referralIds`.
             */
            consultationId?: components["schemas"]["ConsultationId"];
            patient: components["schemas"]["Patient"];
            diagnosis: components["schemas"]["Diagnosis"];
            /**
             * @description 转诊原因.
             * @example 急性脑梗死，需进一步评估取栓指征。
             */
            reason: string;
            /**
             * @description 病情摘要 — 病史及诊治情况 (history and treatment so far); for a down-referral the treatment so far or the
             *     discharge summary. Required at submit.
             * @example 发病4小时，NIHSS 8分，已完成头颅CT。
             */
            clinicalSummary?: string;
            /**
             * @description Down-referrals — 主要检查结果, the main examination and lab results. Required at submit.
             * @example 头颅MRI示左侧基底节区急性梗死灶。
             */
            mainResults?: string;
            tcmDiagnosis?: components["schemas"]["TcmDiagnosis"];
            sendingRecordNumbers?: components["schemas"]["RecordNumbers"];
            escort?: components["schemas"]["Escort"];
            /**
             * @description The doctor who signs at submit; defaults to the caller's clinician. Must belong to the sending
             *     institution.
             */
            signingClinicianId?: components["schemas"]["ClinicianId"];
            /** @example 青霉素过敏 */
            allergies?: string;
            /**
             * @description Down-referrals — the rehabilitation plan. Required at submit.
             * @example 每日康复训练，两周后复查。
             */
            rehabPlan?: string;
            /**
             * @description Down-referrals — medications to continue. Required at submit.
             * @example 阿司匹林 100mg qd
             */
            medications?: string;
            /** @description Down-referrals — the follow-up dates; at least one at submit. */
            followUpDates?: components["schemas"]["LocalDate"][];
            /**
             * @deprecated
             * @description Deprecated — give `escort` (who escorts, transport, hand-over) instead; still stored and shown.
             */
            escortRequired?: boolean;
            attachments?: components["schemas"]["AttachmentInput"][];
            consent: components["schemas"]["Consent"];
            /**
             * @description Submit at once instead of keeping a draft.
             * @default false
             */
            submit: boolean;
        };
        /**
         * @description The edit of a draft or of a referral returned for information (`updateReferral`): any of the content
         *     fields of `ReferralCreate`. A field given
         *     replaces the stored one (`attachments` replaces the whole list); `null` removes an optional field; the
         *     sending institution and the status are not edited here (`submit` is a transition). `patient` is merged
         *     field by field, so an edit need not resend the ID number the sender reads masked.
         * @example {
         *       "reason": "急性脑梗死，需进一步评估取栓指征。",
         *       "clinicalSummary": "发病4小时，NIHSS 8分，已完成头颅CT。",
         *       "allergies": null
         *     }
         */
        ReferralUpdate: {
            direction?: components["schemas"]["ReferralDirection"];
            urgency?: components["schemas"]["ReferralUrgency"];
            greenChannelCategory?: components["schemas"]["GreenChannelCategory"] | null;
            sendingDepartmentId?: components["schemas"]["DepartmentId"] | null;
            receivingInstitutionId?: components["schemas"]["InstitutionId"];
            receivingDepartmentId?: components["schemas"]["DepartmentId"] | null;
            receivingClinicianId?: components["schemas"]["ClinicianId"] | null;
            parentReferralId?: components["schemas"]["ReferralId"] | null;
            patient?: components["schemas"]["PatientPatch"];
            diagnosis?: components["schemas"]["Diagnosis"];
            /** @description 转诊原因. */
            reason?: string;
            clinicalSummary?: string | null;
            allergies?: string | null;
            rehabPlan?: string | null;
            medications?: string | null;
            followUpDates?: components["schemas"]["LocalDate"][] | null;
            /** @deprecated */
            escortRequired?: boolean | null;
            mainResults?: string | null;
            tcmDiagnosis?: components["schemas"]["TcmDiagnosis"] | null;
            sendingRecordNumbers?: components["schemas"]["RecordNumbers"] | null;
            escort?: components["schemas"]["Escort"] | null;
            attachments?: components["schemas"]["AttachmentInput"][];
            consent?: components["schemas"]["Consent"];
        };
        /**
         * @description 初步诊断.
         * @example {
         *       "code": "I63.900",
         *       "text": "脑梗死"
         *     }
         */
        Diagnosis: {
            code?: components["schemas"]["Icd10Code"];
            /** @example 脑梗死 */
            text: string;
        };
        /**
         * @description The report back (回执 / 反馈 / 出院小结) from the receiving side.
         * @example {
         *       "diagnosis": {
         *         "code": "I63.900",
         *         "text": "脑梗死"
         *       },
         *       "treatment": "静脉溶栓后行机械取栓，术后恢复良好。",
         *       "advice": "建议下转康复，继续二级预防。",
         *       "dischargedAt": "2026-12-02T10:00:00+08:00",
         *       "recommendDownReferral": true
         *     }
         */
        ReferralReport: {
            diagnosis: components["schemas"]["Diagnosis"];
            /** @example 静脉溶栓后行机械取栓，术后恢复良好。 */
            treatment: string;
            /** @example 建议下转康复，继续二级预防。 */
            advice: string;
            dischargedAt?: components["schemas"]["Instant"];
            /**
             * @description 出院小结.
             * @example 住院10天，神经功能明显改善。
             */
            dischargeSummary?: string;
            recommendDownReferral?: boolean;
        };
        /**
         * @example {
         *       "id": "ref_01JD7Q2K8M3N4P5R6S7T8V9W0X",
         *       "number": "ZZ-20261122-000042",
         *       "version": 2,
         *       "status": "submitted",
         *       "direction": "up",
         *       "urgency": "green_channel",
         *       "greenChannelCategory": "stroke",
         *       "sendingInstitutionId": "ins_cangzhou_central",
         *       "sendingDepartmentId": "dep_cz_neurology",
         *       "receivingInstitutionId": "ins_pumch",
         *       "receivingDepartmentId": "dep_pumch_neurology",
         *       "childReferralIds": [],
         *       "patient": {
         *         "name": "张三",
         *         "sex": "male",
         *         "birthDate": "1990-03-07",
         *         "idType": "resident_id_card",
         *         "idNumber": "110***********1239",
         *         "idNumberMasked": true,
         *         "phone": "138****1234"
         *       },
         *       "diagnosis": {
         *         "code": "I63.900",
         *         "text": "脑梗死"
         *       },
         *       "reason": "急性脑梗死，需进一步评估取栓指征。",
         *       "attachments": [],
         *       "consent": {
         *         "purpose": "referral_transfer",
         *         "grantedAt": "2026-11-22T09:30:00+08:00",
         *         "recordedBy": "cln_cz_neuro_wang",
         *         "method": "written"
         *       },
         *       "submittedAt": "2026-11-22T09:41:00+08:00",
         *       "answerDueAt": "2026-11-22T09:56:00+08:00",
         *       "overdue": false,
         *       "createdAt": "2026-11-22T09:41:00+08:00",
         *       "updatedAt": "2026-11-22T09:41:00+08:00",
         *       "createdBy": {
         *         "clinicianId": "cln_cz_neuro_wang",
         *         "institutionId": "ins_cangzhou_central",
         *         "role": "referrer",
         *         "name": "王芳"
         *       }
         *     }
         */
        Referral: {
            id: components["schemas"]["ReferralId"];
            /**
             * @description The human referral number (转诊单号), unique in the alliance.
             * @example ZZ-20261122-000042
             */
            number: string;
            version: components["schemas"]["Version"];
            status: components["schemas"]["ReferralStatus"];
            direction: components["schemas"]["ReferralDirection"];
            urgency: components["schemas"]["ReferralUrgency"];
            greenChannelCategory?: components["schemas"]["GreenChannelCategory"];
            sendingInstitutionId: components["schemas"]["InstitutionId"];
            sendingDepartmentId?: components["schemas"]["DepartmentId"];
            receivingInstitutionId: components["schemas"]["InstitutionId"];
            receivingDepartmentId?: components["schemas"]["DepartmentId"];
            receivingClinicianId?: components["schemas"]["ClinicianId"];
            parentReferralId?: components["schemas"]["ReferralId"];
            /** @description The remote consultation this referral follows from, if any. */
            consultationId?: components["schemas"]["ConsultationId"];
            childReferralIds: components["schemas"]["ReferralId"][];
            patient: components["schemas"]["Patient"];
            diagnosis: components["schemas"]["Diagnosis"];
            reason: string;
            clinicalSummary?: string;
            mainResults?: string;
            allergies?: string;
            rehabPlan?: string;
            medications?: string;
            followUpDates?: components["schemas"]["LocalDate"][];
            tcmDiagnosis?: components["schemas"]["TcmDiagnosis"];
            sendingRecordNumbers?: components["schemas"]["RecordNumbers"];
            /** @description The record numbers the receiving institution gave the patient, recorded on arrival. */
            receivingRecordNumbers?: components["schemas"]["RecordNumbers"];
            escort?: components["schemas"]["Escort"];
            /**
             * @deprecated
             * @description Deprecated — read `escort`.
             */
            escortRequired?: boolean;
            signature?: components["schemas"]["ReferralSignature"];
            /** @description Routing warnings from the diagnosis (infectious, occupational, mental illness); never a block. */
            warnings?: components["schemas"]["ReferralWarning"][];
            attachments: components["schemas"]["Attachment"][];
            consent: components["schemas"]["Consent"];
            appointment?: components["schemas"]["ReferralAppointment"];
            rejection?: components["schemas"]["ReasonRecord"];
            cancellation?: components["schemas"]["ReasonRecord"];
            report?: components["schemas"]["ReferralReport"];
            closingNote?: string;
            /** @description The latest return for more information (退回补充), kept after the referral is resubmitted. */
            returnForInfo?: components["schemas"]["ReturnRecord"];
            /**
             * @description A green-channel referral still `submitted` past its answer SLA (`answerDueAt`): it is escalated (event
             *     `referral.escalated`) and never expires. Every view shows it; false otherwise.
             * @example false
             */
            overdue: boolean;
            /** @description When the green-channel referral was escalated for being unanswered at its SLA, if ever. */
            escalatedAt?: components["schemas"]["Instant"];
            /** @description The latest submission (a resubmission restarts the answer SLA from it). */
            submittedAt?: components["schemas"]["Instant"];
            /** @description When the receiving side should have answered, from the urgency's SLA (routine 48 h, urgent 2 h, green channel 15 min by default). */
            answerDueAt?: components["schemas"]["Instant"];
            /**
             * @description When a referral still unanswered is set to `expired` by the server's clock. Absent for green channel,
             *     which escalates at `answerDueAt` instead of expiring.
             */
            expiresAt?: components["schemas"]["Instant"];
            arrivedAt?: components["schemas"]["Instant"];
            closedAt?: components["schemas"]["Instant"];
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
            createdBy: components["schemas"]["ActorRef"];
        };
        /**
         * @description What the receiving side assigned on accepting (department, doctor, time or window, bed). Exactly one of
         *     `scheduledAt` (an exact time) and `window` (an allowed window, e.g. admission within 8 days) is given;
         *     neither or both is the field error `appointment_time_or_window`.
         * @example {
         *       "departmentId": "dep_pumch_neurology",
         *       "clinicianId": "cln_pumch_neuro_li",
         *       "scheduledAt": "2026-11-22T13:00:00+08:00",
         *       "bed": "神内二病区 12床"
         *     }
         */
        ReferralAppointment: {
            departmentId: components["schemas"]["DepartmentId"];
            clinicianId?: components["schemas"]["ClinicianId"];
            /** @description The exact time the patient is expected. */
            scheduledAt?: components["schemas"]["Instant"];
            window?: components["schemas"]["AppointmentWindow"];
            /** @example 神内二病区 12床 */
            bed?: string;
            /** @example 直接至急诊卒中绿色通道。 */
            instructions?: string;
        };
        /**
         * @description An allowed window for the patient to come (入院窗口): `from` before `to`, and `to` not in the past when
         *     accepted (`appointment_window_in_past`).
         * @example {
         *       "from": "2026-11-23T08:00:00+08:00",
         *       "to": "2026-12-01T17:00:00+08:00"
         *     }
         */
        AppointmentWindow: {
            from: components["schemas"]["Instant"];
            to: components["schemas"]["Instant"];
        };
        /**
         * @description A referral sent back to the sender for more information (退回补充).
         * @example {
         *       "note": "请补充近三天的头颅CT报告及用药记录。",
         *       "at": "2026-11-22T10:05:00+08:00",
         *       "by": {
         *         "clinicianId": "cln_pumch_neuro_li",
         *         "institutionId": "ins_pumch"
         *       }
         *     }
         */
        ReturnRecord: {
            /** @description What the sender should add or correct. */
            note: string;
            at: components["schemas"]["Instant"];
            by: components["schemas"]["ActorRef"];
        };
        /**
         * @example {
         *       "code": "no_capacity",
         *       "text": "本周床位已满，建议转至北京天坛医院。",
         *       "at": "2026-11-22T10:05:00+08:00",
         *       "by": {
         *         "clinicianId": "cln_pumch_neuro_li",
         *         "institutionId": "ins_pumch"
         *       }
         *     }
         */
        ReasonRecord: {
            /**
             * @description A `RejectReasonCode` or `CancelReasonCode`.
             * @example no_capacity
             */
            code: string;
            /** @example 本周床位已满，建议转至北京天坛医院。 */
            text?: string;
            alternativeInstitutionId?: components["schemas"]["InstitutionId"];
            at: components["schemas"]["Instant"];
            by: components["schemas"]["ActorRef"];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        ReferralPage: {
            items: components["schemas"]["Referral"][];
            nextCursor: string | null;
        };
        /**
         * @description The order of a referral list (see the `sort` parameter of `listReferrals`).
         * @example green_first
         * @enum {string}
         */
        ReferralSort: "newest" | "green_first";
        /**
         * @description The tabs of a work queue; every status is in exactly one group. `draft`: not yet submitted (only the sender
         *     sees it). `awaiting_answer`: `submitted`, the receiver has to accept or reject. `returned`: sent back for more
         *     information (退回补充), the sender has to complete and resubmit it. `in_progress`: `accepted` or
         *     `arrived`, the patient is on the way or has arrived. `awaiting_report`: `in_treatment`, the receiver owes
         *     the report back. `to_close`: `reported`, the sender has to read the report and close the loop.
         *     `closed_or_ended`: `closed`, `rejected`, `cancelled`, `no_show`, `expired` — nothing more to do.
         * @example awaiting_answer
         * @enum {string}
         */
        ReferralStatusGroup: "draft" | "awaiting_answer" | "returned" | "in_progress" | "awaiting_report" | "to_close" | "closed_or_ended";
        /**
         * @description How many referrals match, in total, per status group and per side of the caller's institution.
         * @example {
         *       "total": 5,
         *       "byGroup": [
         *         {
         *           "group": "draft",
         *           "count": 0
         *         },
         *         {
         *           "group": "awaiting_answer",
         *           "count": 2
         *         },
         *         {
         *           "group": "returned",
         *           "count": 0
         *         },
         *         {
         *           "group": "in_progress",
         *           "count": 1
         *         },
         *         {
         *           "group": "awaiting_report",
         *           "count": 0
         *         },
         *         {
         *           "group": "to_close",
         *           "count": 1
         *         },
         *         {
         *           "group": "closed_or_ended",
         *           "count": 1
         *         }
         *       ],
         *       "bySide": {
         *         "sending": 1,
         *         "receiving": 4
         *       }
         *     }
         */
        ReferralCounts: {
            total: number;
            /** @description Every status group once, in the order of `ReferralStatusGroup`, zero included. */
            byGroup: {
                group: components["schemas"]["ReferralStatusGroup"];
                count: number;
            }[];
            /** @description Where the caller's institution sends and where it receives. */
            bySide: {
                sending: number;
                receiving: number;
            };
        };
        /**
         * @description A command on a referral; each command has its own body (discriminated by `command`).
         * @example {
         *       "command": "accept",
         *       "appointment": {
         *         "departmentId": "dep_pumch_neurology",
         *         "clinicianId": "cln_pumch_neuro_li",
         *         "scheduledAt": "2026-11-22T13:00:00+08:00"
         *       }
         *     }
         */
        ReferralTransition: components["schemas"]["SubmitCommand"] | components["schemas"]["AcceptCommand"] | components["schemas"]["RejectCommand"] | components["schemas"]["CancelCommand"] | components["schemas"]["RecordArrivalCommand"] | components["schemas"]["StartTreatmentCommand"] | components["schemas"]["ReportCommand"] | components["schemas"]["CloseCommand"] | components["schemas"]["MarkNoShowCommand"] | components["schemas"]["ReturnForInfoCommand"] | components["schemas"]["ResubmitCommand"];
        /**
         * @example {
         *       "command": "submit"
         *     }
         */
        SubmitCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "submit";
            note?: string;
            /** @description The doctor who signs; defaults to the caller's clinician. Must belong to the sending institution. */
            signingClinicianId?: components["schemas"]["ClinicianId"];
        };
        /**
         * @example {
         *       "command": "accept",
         *       "appointment": {
         *         "departmentId": "dep_pumch_neurology",
         *         "clinicianId": "cln_pumch_neuro_li",
         *         "scheduledAt": "2026-11-22T13:00:00+08:00"
         *       }
         *     }
         */
        AcceptCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "accept";
            appointment: components["schemas"]["ReferralAppointment"];
            note?: string;
        };
        /**
         * @example {
         *       "command": "reject",
         *       "reasonCode": "no_capacity",
         *       "reasonText": "本周床位已满，建议转至北京天坛医院。"
         *     }
         */
        RejectCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "reject";
            reasonCode: components["schemas"]["RejectReasonCode"];
            reasonText: string;
            /** @description Green-channel rejections name an alternative institution. */
            alternativeInstitutionId?: components["schemas"]["InstitutionId"];
        };
        /**
         * @example {
         *       "command": "cancel",
         *       "reasonCode": "patient_declined",
         *       "reasonText": "患者决定在本院继续治疗。"
         *     }
         */
        CancelCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "cancel";
            reasonCode: components["schemas"]["CancelReasonCode"];
            reasonText?: string;
        };
        /**
         * @example {
         *       "command": "record_arrival",
         *       "arrivedAt": "2026-11-22T12:48:00+08:00"
         *     }
         */
        RecordArrivalCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "record_arrival";
            arrivedAt: components["schemas"]["Instant"];
            /** @description The record numbers (门诊号 / 住院号) this institution gave the arriving patient. */
            receivingRecordNumbers?: components["schemas"]["RecordNumbers"];
        };
        /**
         * @example {
         *       "command": "start_treatment",
         *       "setting": "inpatient"
         *     }
         */
        StartTreatmentCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "start_treatment";
            /** @enum {string} */
            setting?: "outpatient" | "inpatient";
        };
        /**
         * @example {
         *       "command": "report",
         *       "report": {
         *         "diagnosis": {
         *           "code": "I63.900",
         *           "text": "脑梗死"
         *         },
         *         "treatment": "静脉溶栓后行机械取栓，术后恢复良好。",
         *         "advice": "建议下转康复，继续二级预防。"
         *       }
         *     }
         */
        ReportCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "report";
            report: components["schemas"]["ReferralReport"];
        };
        /**
         * @example {
         *       "command": "close",
         *       "note": "已收到回执，患者已回社区随访。"
         *     }
         */
        CloseCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "close";
            /** @description The acknowledgement or follow-up note that closes the loop. */
            note: string;
        };
        /**
         * @example {
         *       "command": "mark_no_show"
         *     }
         */
        MarkNoShowCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "mark_no_show";
            note?: string;
        };
        /**
         * @description 退回补充: the receiving side (or its coordinator) sends a submitted referral back to the sender, saying what
         *     to add. Not a rejection: the sender edits and resubmits.
         * @example {
         *       "command": "return_for_info",
         *       "note": "请补充近三天的头颅CT报告及用药记录。"
         *     }
         */
        ReturnForInfoCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "return_for_info";
            note: string;
        };
        /**
         * @description The sending side sends a returned referral again; its answer SLA restarts.
         * @example {
         *       "command": "resubmit",
         *       "note": "已补充头颅CT报告。"
         *     }
         */
        ResubmitCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "resubmit";
            note?: string;
        };
        /**
         * @description One audit event of a referral or an appointment (append-only).
         * @example {
         *       "id": "evt_000000000042",
         *       "at": "2026-11-22T10:02:00+08:00",
         *       "actor": {
         *         "clinicianId": "cln_pumch_neuro_li",
         *         "institutionId": "ins_pumch",
         *         "role": "receiver"
         *       },
         *       "action": "accept",
         *       "fromStatus": "submitted",
         *       "toStatus": "accepted"
         *     }
         */
        TimelineEvent: {
            id: components["schemas"]["EventId"];
            at: components["schemas"]["Instant"];
            /** @description Who acted; absent only for the server's clock (`expire`, `escalate`). */
            actor: components["schemas"]["ActorRef"] | null;
            /**
             * @description A `ReferralCommand`, `create`, `update` (a draft's content edited), `expire`, `escalate` (green channel
             *     past its SLA), or an appointment action.
             * @example accept
             */
            action: string;
            /** @example submitted */
            fromStatus?: string | null;
            /** @example accepted */
            toStatus?: string;
            /** @example no_capacity */
            reasonCode?: string;
            note?: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "evt_000000000041",
         *           "at": "2026-11-22T09:41:00+08:00",
         *           "actor": {
         *             "clinicianId": "cln_cz_neuro_wang",
         *             "institutionId": "ins_cangzhou_central"
         *           },
         *           "action": "create",
         *           "fromStatus": null,
         *           "toStatus": "submitted"
         *         }
         *       ]
         *     }
         */
        Timeline: {
            items: components["schemas"]["TimelineEvent"][];
        };
        /** @example con_01JD7X3K4M5N6P7Q8R9S0T1V2W */
        ConsultationId: string;
        /**
         * @description The consultation's state (DOMAIN §5a). `requested`: the inviting side asked; `scheduled`: the invited side's
         *     coordinator assigned the expert(s), the time and the video room or place; `in_session`: the consultation is
         *     running; `reported`: every scheduled expert signed an opinion; `closed`: the inviting doctor acknowledged
         *     the opinion (the closed loop). `declined` (by the invited side) and `cancelled` end it with a reason.
         * @example scheduled
         * @enum {string}
         */
        ConsultationStatus: "requested" | "scheduled" | "in_session" | "reported" | "closed" | "declined" | "cancelled";
        /**
         * @description A command that moves a consultation. `submit_opinion` is one expert's signed opinion: the consultation stays
         *     `in_session` until every scheduled expert has signed, then it is `reported`.
         * @example schedule
         * @enum {string}
         */
        ConsultationCommand: "schedule" | "decline" | "cancel" | "start_session" | "submit_opinion" | "acknowledge";
        /**
         * @description `routine` 普通, `urgent` 加急, `emergency` 急会诊.
         * @example urgent
         * @enum {string}
         */
        ConsultationUrgency: "routine" | "urgent" | "emergency";
        /**
         * @description `video` in a video room (远程视频会诊), `on_site` at a place of the inviting institution.
         * @example video
         * @enum {string}
         */
        ConsultationMode: "video" | "on_site";
        /**
         * @description Where the caller's institution stands in a consultation.
         * @example invited
         * @enum {string}
         */
        ConsultationSide: "inviting" | "invited";
        /**
         * @example no_expert_available
         * @enum {string}
         */
        ConsultationDeclineReasonCode: "no_expert_available" | "outside_scope" | "incomplete_information" | "not_indicated" | "other";
        /**
         * @example patient_declined
         * @enum {string}
         */
        ConsultationCancelReasonCode: "patient_declined" | "condition_improved" | "condition_worsened" | "referred_elsewhere" | "expert_unavailable" | "entered_in_error" | "other";
        /**
         * @description A record sent with the request. `result`: a registered result (`resultId`), shown with its recognition mark
         *     (`hrMark`). `image_study`: a link to an image study in a PACS or image cloud (`studyUrl`, https), never the
         *     images themselves. `emr_excerpt` / `other`: a document's metadata.
         * @example {
         *       "kind": "image_study",
         *       "title": "头颅MRI（DWI）",
         *       "studyUrl": "https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3",
         *       "modality": "MR"
         *     }
         */
        ConsultationAttachmentInput: {
            /**
             * @example image_study
             * @enum {string}
             */
            kind: "result" | "image_study" | "emr_excerpt" | "other";
            /** @example 头颅MRI（DWI） */
            title: string;
            /** @description For `kind: result`, the registered result. */
            resultId?: components["schemas"]["ResultId"];
            /**
             * Format: uri
             * @description For `kind: image_study`, the https link of the study in the image cloud.
             * @example https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3
             */
            studyUrl?: string;
            /**
             * @description For `kind: image_study`, the DICOM modality (CT, MR, DX, US …).
             * @example MR
             */
            modality?: string;
            /** @example 1.2.840.113619.2.55.3 */
            studyInstanceUid?: string;
            /** @example application/pdf */
            contentType?: string;
            /** @example 183204 */
            sizeBytes?: number;
            sha256?: string;
        };
        /**
         * @example {
         *       "id": "att_01JD7T5N6P7Q8R9S0T1V2W3X4Y",
         *       "kind": "result",
         *       "title": "糖化血红蛋白",
         *       "resultId": "res_01JD7S1A2B3C4D5E6F7G8H9J0K",
         *       "hrMark": "京津冀HR",
         *       "addedAt": "2026-11-22T09:40:00+08:00",
         *       "addedBy": "cln_cz_neuro_wang"
         *     }
         */
        ConsultationAttachment: {
            id: components["schemas"]["AttachmentId"];
            /** @enum {string} */
            kind: "result" | "image_study" | "emr_excerpt" | "other";
            title: string;
            resultId?: components["schemas"]["ResultId"];
            /**
             * @description The recognition mark of the attached result (e.g. `京津冀HR`); absent when it has none.
             * @example 京津冀HR
             */
            hrMark?: string;
            /** Format: uri */
            studyUrl?: string;
            modality?: string;
            studyInstanceUid?: string;
            contentType?: string;
            sizeBytes?: number;
            sha256?: string;
            addedAt: components["schemas"]["Instant"];
            addedBy: components["schemas"]["ClinicianId"];
        };
        /**
         * @description A consultation request (会诊申请单). The inviting doctor is `invitingClinicianId` (the caller's clinician by
         *     default; of the inviting institution). `requestedDepartmentId` and `requestedExpertIds` must belong to the
         *     invited institution; `requestedSpecialty` names the 诊疗科目 asked for when no department is chosen.
         * @example {
         *       "urgency": "urgent",
         *       "invitingInstitutionId": "ins_cangzhou_central",
         *       "invitingDepartmentId": "dep_cz_neurology",
         *       "invitedInstitutionId": "ins_pumch",
         *       "requestedDepartmentId": "dep_pumch_neurology",
         *       "preferredMode": "video",
         *       "patient": {
         *         "name": "张三",
         *         "sex": "male",
         *         "birthDate": "1990-03-07",
         *         "idType": "resident_id_card",
         *         "idNumber": "110105199003071239"
         *       },
         *       "diagnosis": {
         *         "code": "I63.900",
         *         "text": "脑梗死"
         *       },
         *       "question": "青年卒中，病因待查，请协助明确病因及二级预防方案。",
         *       "caseSummary": "男，36岁，突发右侧肢体无力2天，头颅MRI示左侧基底节区急性梗死。",
         *       "consent": {
         *         "purpose": "remote_consultation",
         *         "grantedAt": "2026-11-22T09:30:00+08:00",
         *         "recordedBy": "cln_cz_neuro_wang",
         *         "method": "written"
         *       }
         *     }
         */
        ConsultationCreate: {
            urgency: components["schemas"]["ConsultationUrgency"];
            invitingInstitutionId: components["schemas"]["InstitutionId"];
            invitingDepartmentId?: components["schemas"]["DepartmentId"];
            invitingClinicianId?: components["schemas"]["ClinicianId"];
            invitedInstitutionId: components["schemas"]["InstitutionId"];
            requestedDepartmentId?: components["schemas"]["DepartmentId"];
            requestedSpecialty?: components["schemas"]["DepartmentCode"];
            requestedExpertIds?: components["schemas"]["ClinicianId"][];
            preferredMode?: components["schemas"]["ConsultationMode"];
            patient: components["schemas"]["Patient"];
            diagnosis?: components["schemas"]["Diagnosis"];
            /**
             * @description 会诊目的 — what the inviting doctor asks the expert.
             * @example 青年卒中，病因待查，请协助明确病因及二级预防方案。
             */
            question: string;
            /**
             * @description 病情摘要 — history, examinations and treatment so far.
             * @example 男，36岁，突发右侧肢体无力2天，头颅MRI示左侧基底节区急性梗死。
             */
            caseSummary: string;
            attachments?: components["schemas"]["ConsultationAttachmentInput"][];
            consent: components["schemas"]["Consent"];
        };
        /**
         * @description What the invited side's coordinator arranged: the expert(s) (several for an MDT), the time, and a video room
         *     (`videoRoomUrl`, https) or an on-site `place`. `activityId` names the expert activity it takes place in, if
         *     any.
         * @example {
         *       "expertIds": [
         *         "cln_pumch_neuro_li"
         *       ],
         *       "scheduledAt": "2026-12-04T14:00:00+08:00",
         *       "durationMinutes": 45,
         *       "mode": "video",
         *       "videoRoomUrl": "https://meet.pumch.example/room/hz-20261203-0001"
         *     }
         */
        ConsultationSchedule: {
            expertIds: components["schemas"]["ClinicianId"][];
            scheduledAt: components["schemas"]["Instant"];
            /** @example 45 */
            durationMinutes: number;
            mode: components["schemas"]["ConsultationMode"];
            /**
             * Format: uri
             * @description For `mode: video`, the https link of the video room.
             * @example https://meet.pumch.example/room/hz-20261203-0001
             */
            videoRoomUrl?: string;
            /**
             * @description For `mode: on_site`, where the consultation takes place.
             * @example 沧州市中心医院 门诊楼5层 远程会诊中心
             */
            place?: string;
            activityId?: components["schemas"]["ActivityId"];
            note?: string;
        };
        /**
         * @description One expert's opinion (会诊意见); the server signs it as the expert's.
         * @example {
         *       "findings": "影像示左侧基底节区急性梗死，结合年龄需排查心源性栓塞及血管炎。",
         *       "advice": "建议完善经食道超声心动图及免疫相关检查；抗血小板治疗。"
         *     }
         */
        ConsultationOpinionInput: {
            /**
             * @description 会诊所见 / 分析.
             * @example 影像示左侧基底节区急性梗死，结合年龄需排查心源性栓塞及血管炎。
             */
            findings: string;
            /**
             * @description 会诊建议 — the inviting side decides (DOMAIN §5a).
             * @example 建议完善经食道超声心动图及免疫相关检查；抗血小板治疗。
             */
            advice: string;
            diagnosis?: components["schemas"]["Diagnosis"];
            /** @description The expert suggests referring the patient to the invited institution. */
            recommendReferral?: boolean;
        };
        /**
         * @description One expert's signed opinion.
         * @example {
         *       "expertClinicianId": "cln_pumch_neuro_li",
         *       "expertName": "李明",
         *       "findings": "影像示左侧基底节区急性梗死。",
         *       "advice": "建议完善经食道超声心动图。",
         *       "signature": {
         *         "algorithm": "SHA-256",
         *         "digest": "3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c",
         *         "signerClinicianId": "cln_pumch_neuro_li",
         *         "signedAt": "2026-12-04T14:50:00+08:00",
         *         "provider": "yilian-digest"
         *       },
         *       "signedAt": "2026-12-04T14:50:00+08:00"
         *     }
         */
        ConsultationOpinion: {
            expertClinicianId: components["schemas"]["ClinicianId"];
            /**
             * @description The expert's display name (staff names are not patient data).
             * @example 李明
             */
            expertName?: string;
            findings: string;
            advice: string;
            diagnosis?: components["schemas"]["Diagnosis"];
            recommendReferral?: boolean;
            signature: components["schemas"]["ReferralSignature"];
            signedAt: components["schemas"]["Instant"];
        };
        /**
         * @description The inviting doctor read the opinion (反馈) and may rate it (评价, 1–5).
         * @example {
         *       "note": "已采纳会诊意见，完善相关检查。",
         *       "rating": 5,
         *       "at": "2026-12-04T16:00:00+08:00",
         *       "by": {
         *         "clinicianId": "cln_cz_neuro_wang",
         *         "institutionId": "ins_cangzhou_central"
         *       }
         *     }
         */
        ConsultationAcknowledgement: {
            note?: string;
            rating?: number;
            ratingComment?: string;
            at: components["schemas"]["Instant"];
            by: components["schemas"]["ActorRef"];
        };
        /**
         * @example {
         *       "id": "con_01JD7X3K4M5N6P7Q8R9S0T1V2W",
         *       "number": "HZ-20261203-000001",
         *       "version": 1,
         *       "status": "requested",
         *       "urgency": "urgent",
         *       "invitingInstitutionId": "ins_cangzhou_central",
         *       "invitingClinicianId": "cln_cz_neuro_wang",
         *       "invitedInstitutionId": "ins_pumch",
         *       "requestedExpertIds": [],
         *       "patient": {
         *         "name": "张三",
         *         "sex": "male",
         *         "birthDate": "1990-03-07",
         *         "idType": "resident_id_card",
         *         "idNumber": "110***********1239",
         *         "idNumberMasked": true
         *       },
         *       "question": "青年卒中，病因待查，请协助明确病因及二级预防方案。",
         *       "caseSummary": "男，36岁，突发右侧肢体无力2天。",
         *       "attachments": [],
         *       "consent": {
         *         "purpose": "remote_consultation",
         *         "grantedAt": "2026-11-22T09:30:00+08:00",
         *         "recordedBy": "cln_cz_neuro_wang",
         *         "method": "written"
         *       },
         *       "opinions": [],
         *       "pendingExpertIds": [],
         *       "referralIds": [],
         *       "createdAt": "2026-12-03T09:41:00+08:00",
         *       "updatedAt": "2026-12-03T09:41:00+08:00",
         *       "createdBy": {
         *         "clinicianId": "cln_cz_neuro_wang",
         *         "institutionId": "ins_cangzhou_central"
         *       }
         *     }
         */
        Consultation: {
            id: components["schemas"]["ConsultationId"];
            /**
             * @description The human consultation number (会诊单号), unique in the alliance.
             * @example HZ-20261203-000001
             */
            number: string;
            version: components["schemas"]["Version"];
            status: components["schemas"]["ConsultationStatus"];
            urgency: components["schemas"]["ConsultationUrgency"];
            invitingInstitutionId: components["schemas"]["InstitutionId"];
            invitingDepartmentId?: components["schemas"]["DepartmentId"];
            invitingClinicianId: components["schemas"]["ClinicianId"];
            invitedInstitutionId: components["schemas"]["InstitutionId"];
            requestedDepartmentId?: components["schemas"]["DepartmentId"];
            requestedSpecialty?: components["schemas"]["DepartmentCode"];
            requestedExpertIds: components["schemas"]["ClinicianId"][];
            preferredMode?: components["schemas"]["ConsultationMode"];
            patient: components["schemas"]["Patient"];
            diagnosis?: components["schemas"]["Diagnosis"];
            question: string;
            caseSummary: string;
            attachments: components["schemas"]["ConsultationAttachment"][];
            consent: components["schemas"]["Consent"];
            schedule?: components["schemas"]["ConsultationSchedule"];
            /** @description The signed opinions, in signing order. */
            opinions: components["schemas"]["ConsultationOpinion"][];
            /** @description The scheduled experts who have not signed yet; empty before scheduling and once reported. */
            pendingExpertIds: components["schemas"]["ClinicianId"][];
            acknowledgement?: components["schemas"]["ConsultationAcknowledgement"];
            /** @description Why the invited side declined (`code` is a `ConsultationDeclineReasonCode`). */
            declination?: components["schemas"]["ReasonRecord"];
            /** @description Why it was cancelled (`code` is a `ConsultationCancelReasonCode`). */
            cancellation?: components["schemas"]["ReasonRecord"];
            /** @description The referrals created from this consultation (`ReferralCreate.consultationId`). */
            referralIds: components["schemas"]["ReferralId"][];
            /** @description When it was scheduled (the appointment time is `schedule.scheduledAt`). */
            scheduledAt?: components["schemas"]["Instant"];
            sessionStartedAt?: components["schemas"]["Instant"];
            reportedAt?: components["schemas"]["Instant"];
            closedAt?: components["schemas"]["Instant"];
            createdAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
            createdBy: components["schemas"]["ActorRef"];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        ConsultationPage: {
            items: components["schemas"]["Consultation"][];
            nextCursor: string | null;
        };
        /**
         * @description The tabs of a consultation inbox; every status is in exactly one group. `to_schedule`: `requested`, the
         *     invited coordinator schedules or declines. `upcoming`: `scheduled`. `in_session`: running, opinions owed.
         *     `to_acknowledge`: `reported`, the inviting doctor reads and acknowledges. `closed_or_ended`: `closed`,
         *     `declined`, `cancelled`.
         * @example to_schedule
         * @enum {string}
         */
        ConsultationStatusGroup: "to_schedule" | "upcoming" | "in_session" | "to_acknowledge" | "closed_or_ended";
        /**
         * @example {
         *       "total": 3,
         *       "byGroup": [
         *         {
         *           "group": "to_schedule",
         *           "count": 1
         *         },
         *         {
         *           "group": "upcoming",
         *           "count": 1
         *         },
         *         {
         *           "group": "in_session",
         *           "count": 0
         *         },
         *         {
         *           "group": "to_acknowledge",
         *           "count": 1
         *         },
         *         {
         *           "group": "closed_or_ended",
         *           "count": 0
         *         }
         *       ],
         *       "bySide": {
         *         "inviting": 0,
         *         "invited": 3
         *       }
         *     }
         */
        ConsultationCounts: {
            total: number;
            /** @description Every status group once, in the order of `ConsultationStatusGroup`, zero included. */
            byGroup: {
                group: components["schemas"]["ConsultationStatusGroup"];
                count: number;
            }[];
            bySide: {
                inviting: number;
                invited: number;
            };
        };
        /**
         * @description A command on a consultation; each command has its own body (discriminated by `command`).
         * @example {
         *       "command": "schedule",
         *       "schedule": {
         *         "expertIds": [
         *           "cln_pumch_neuro_li"
         *         ],
         *         "scheduledAt": "2026-12-04T14:00:00+08:00",
         *         "durationMinutes": 45,
         *         "mode": "video",
         *         "videoRoomUrl": "https://meet.pumch.example/room/hz-20261203-0001"
         *       }
         *     }
         */
        ConsultationTransition: components["schemas"]["ScheduleConsultationCommand"] | components["schemas"]["DeclineConsultationCommand"] | components["schemas"]["CancelConsultationCommand"] | components["schemas"]["StartConsultationSessionCommand"] | components["schemas"]["SubmitConsultationOpinionCommand"] | components["schemas"]["AcknowledgeConsultationCommand"];
        /**
         * @description The invited side's coordinator assigns the expert(s) (clinicians of the invited institution), a time not in
         *     the past, and a video room (`video_room_required`) or a place (`place_required`).
         * @example {
         *       "command": "schedule",
         *       "schedule": {
         *         "expertIds": [
         *           "cln_pumch_neuro_li"
         *         ],
         *         "scheduledAt": "2026-12-04T14:00:00+08:00",
         *         "durationMinutes": 45,
         *         "mode": "video",
         *         "videoRoomUrl": "https://meet.pumch.example/room/hz-20261203-0001"
         *       }
         *     }
         */
        ScheduleConsultationCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "schedule";
            schedule: components["schemas"]["ConsultationScheduleInput"];
        };
        /**
         * @description The schedule as the coordinator sends it (see `ConsultationSchedule`).
         * @example {
         *       "expertIds": [
         *         "cln_pumch_neuro_li",
         *         "cln_pumch_cardio_zhou"
         *       ],
         *       "scheduledAt": "2026-12-04T14:00:00+08:00",
         *       "durationMinutes": 60,
         *       "mode": "video",
         *       "videoRoomUrl": "https://meet.pumch.example/room/hz-20261203-0001"
         *     }
         */
        ConsultationScheduleInput: {
            expertIds: components["schemas"]["ClinicianId"][];
            scheduledAt: components["schemas"]["Instant"];
            /** @description How long the session is planned for; 30 minutes when left out. */
            durationMinutes?: number;
            mode: components["schemas"]["ConsultationMode"];
            /** Format: uri */
            videoRoomUrl?: string;
            place?: string;
            activityId?: components["schemas"]["ActivityId"];
            note?: string;
        };
        /**
         * @example {
         *       "command": "decline",
         *       "reasonCode": "no_expert_available",
         *       "reasonText": "本周相关专科专家均外出，建议下周重新申请。"
         *     }
         */
        DeclineConsultationCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "decline";
            reasonCode: components["schemas"]["ConsultationDeclineReasonCode"];
            reasonText: string;
            alternativeInstitutionId?: components["schemas"]["InstitutionId"];
        };
        /**
         * @example {
         *       "command": "cancel",
         *       "reasonCode": "condition_improved"
         *     }
         */
        CancelConsultationCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "cancel";
            reasonCode: components["schemas"]["ConsultationCancelReasonCode"];
            reasonText?: string;
        };
        /**
         * @example {
         *       "command": "start_session"
         *     }
         */
        StartConsultationSessionCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "start_session";
            note?: string;
        };
        /**
         * @description A scheduled expert signs their own opinion (only the expert; a coordinator cannot sign for them).
         * @example {
         *       "command": "submit_opinion",
         *       "opinion": {
         *         "findings": "影像示左侧基底节区急性梗死，结合年龄需排查心源性栓塞及血管炎。",
         *         "advice": "建议完善经食道超声心动图及免疫相关检查；抗血小板治疗。"
         *       }
         *     }
         */
        SubmitConsultationOpinionCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "submit_opinion";
            opinion: components["schemas"]["ConsultationOpinionInput"];
        };
        /**
         * @description The inviting side acknowledges the opinion (反馈) and may rate it (评价); this closes the loop.
         * @example {
         *       "command": "acknowledge",
         *       "note": "已采纳会诊意见，完善相关检查。",
         *       "rating": 5
         *     }
         */
        AcknowledgeConsultationCommand: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            command: "acknowledge";
            note?: string;
            rating?: number;
            ratingComment?: string;
        };
        /**
         * @example {
         *       "items": []
         *     }
         */
        ConsultationSignatureVerificationList: {
            items: components["schemas"]["ReferralSignatureVerification"][];
        };
        /**
         * @description An expert activity hosted by an institution (坐诊, 会诊, 远程会诊, 手术指导, 查房, 授课, 义诊).
         * @example {
         *       "id": "act_pumch_cz_neuro_20261125",
         *       "kind": "clinic",
         *       "status": "scheduled",
         *       "title": "神经内科专家坐诊",
         *       "expertIds": [
         *         "cln_pumch_neuro_li"
         *       ],
         *       "hostInstitutionId": "ins_cangzhou_central",
         *       "departmentId": "dep_cz_neurology",
         *       "place": "沧州市中心医院门诊楼3层 专家诊区",
         *       "startsAt": "2026-11-25T08:00:00+08:00",
         *       "endsAt": "2026-11-25T12:00:00+08:00",
         *       "bookable": true
         *     }
         */
        Activity: {
            id: components["schemas"]["ActivityId"];
            kind: components["schemas"]["ActivityKind"];
            status: components["schemas"]["ActivityStatus"];
            /** @example 神经内科专家坐诊 */
            title: string;
            description?: string;
            expertIds: components["schemas"]["ClinicianId"][];
            hostInstitutionId: components["schemas"]["InstitutionId"];
            departmentId?: components["schemas"]["DepartmentId"];
            /** @description The dispatch batch (派驻批次) the activity belongs to, if any. */
            batchId?: components["schemas"]["DispatchBatchId"];
            /**
             * @description Where it happens (in person).
             * @example 沧州市中心医院门诊楼3层 专家诊区
             */
            place?: string;
            /**
             * Format: uri
             * @description The video link of a remote activity.
             * @example https://meet.example.org/pumch-cz-neuro
             */
            videoUrl?: string;
            startsAt: components["schemas"]["Instant"];
            endsAt: components["schemas"]["Instant"];
            /** @description Whether patients book slots (clinic, consultation, remote consultation, free clinic). */
            bookable: boolean;
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            nextCursor: string | null;
        };
        /**
         * @description A bookable interval of an activity with its capacity.
         * @example {
         *       "id": "slt_pumch_cz_neuro_20261125_0900",
         *       "activityId": "act_pumch_cz_neuro_20261125",
         *       "activityKind": "clinic",
         *       "expertIds": [
         *         "cln_pumch_neuro_li"
         *       ],
         *       "hostInstitutionId": "ins_cangzhou_central",
         *       "departmentId": "dep_cz_neurology",
         *       "startsAt": "2026-11-25T09:00:00+08:00",
         *       "endsAt": "2026-11-25T09:30:00+08:00",
         *       "capacity": 5,
         *       "booked": 3,
         *       "remaining": 2
         *     }
         */
        Slot: {
            id: components["schemas"]["SlotId"];
            activityId: components["schemas"]["ActivityId"];
            activityKind: components["schemas"]["ActivityKind"];
            expertIds: components["schemas"]["ClinicianId"][];
            hostInstitutionId: components["schemas"]["InstitutionId"];
            /** @description The host's department of this slot (a 义诊 has slots of several departments). */
            departmentId?: components["schemas"]["DepartmentId"];
            /** @description The one expert who sees this slot's patients. */
            expertId?: components["schemas"]["ClinicianId"];
            /** @example 协和神经内科专家坐诊 */
            activityTitle?: string;
            startsAt: components["schemas"]["Instant"];
            endsAt: components["schemas"]["Instant"];
            /** @example 5 */
            capacity: number;
            /**
             * @description Active bookings (booked + arrived).
             * @example 3
             */
            booked: number;
            /** @example 2 */
            remaining: number;
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        SlotPage: {
            items: components["schemas"]["Slot"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "slotId": "slt_pumch_cz_neuro_20261125_0900",
         *       "patient": {
         *         "name": "李四",
         *         "sex": "female",
         *         "birthDate": "1985-12-31",
         *         "idType": "resident_id_card",
         *         "idNumber": "12010119851231005X",
         *         "phone": "13912345678"
         *       },
         *       "consent": {
         *         "purpose": "remote_consultation",
         *         "grantedAt": "2026-11-22T09:30:00+08:00",
         *         "recordedBy": "cln_cz_neuro_wang",
         *         "method": "electronic_signature"
         *       }
         *     }
         */
        AppointmentBook: {
            slotId: components["schemas"]["SlotId"];
            patient: components["schemas"]["Patient"];
            consent: components["schemas"]["Consent"];
            /** @description The referral this booking serves, if any. */
            referralId?: components["schemas"]["ReferralId"];
            note?: string;
        };
        /**
         * @example {
         *       "cancelledBy": "patient",
         *       "reason": "时间冲突"
         *     }
         */
        AppointmentCancel: {
            cancelledBy: components["schemas"]["AppointmentCancelledBy"];
            reason?: string;
        };
        /**
         * @example {
         *       "slotId": "slt_pumch_cz_neuro_20261125_1000"
         *     }
         */
        AppointmentReschedule: {
            /** @description The new slot; the old place is released in the same transaction. */
            slotId: components["schemas"]["SlotId"];
        };
        /**
         * @example {
         *       "id": "apt_01JD7R0B3C4D5E6F7G8H9J0K1M",
         *       "version": 1,
         *       "status": "booked",
         *       "slotId": "slt_pumch_cz_neuro_20261125_0900",
         *       "activityId": "act_pumch_cz_neuro_20261125",
         *       "hostInstitutionId": "ins_cangzhou_central",
         *       "startsAt": "2026-11-25T09:00:00+08:00",
         *       "endsAt": "2026-11-25T09:30:00+08:00",
         *       "patient": {
         *         "name": "李四",
         *         "sex": "female",
         *         "birthDate": "1985-12-31",
         *         "idType": "resident_id_card",
         *         "idNumber": "120***********005X",
         *         "idNumberMasked": true,
         *         "phone": "139****5678"
         *       },
         *       "bookedAt": "2026-11-22T10:00:00+08:00",
         *       "bookedBy": {
         *         "clinicianId": "cln_cz_neuro_wang",
         *         "institutionId": "ins_cangzhou_central"
         *       }
         *     }
         */
        Appointment: {
            id: components["schemas"]["AppointmentId"];
            version: components["schemas"]["Version"];
            status: components["schemas"]["AppointmentStatus"];
            slotId: components["schemas"]["SlotId"];
            activityId: components["schemas"]["ActivityId"];
            hostInstitutionId: components["schemas"]["InstitutionId"];
            activityKind?: components["schemas"]["ActivityKind"];
            /** @example 协和神经内科专家坐诊 */
            activityTitle?: string;
            /** @description The expert of the booked slot. */
            expertId?: components["schemas"]["ClinicianId"];
            /** @description The host department of the booked slot. */
            departmentId?: components["schemas"]["DepartmentId"];
            place?: string;
            startsAt: components["schemas"]["Instant"];
            endsAt: components["schemas"]["Instant"];
            patient: components["schemas"]["Patient"];
            /** @description The patient account that booked it or holds it, when a `patient` token did. */
            patientId?: components["schemas"]["PatientId"];
            referralId?: components["schemas"]["ReferralId"];
            bookedAt: components["schemas"]["Instant"];
            bookedBy: components["schemas"]["ActorRef"];
            cancelledAt?: components["schemas"]["Instant"];
            cancelledBy?: components["schemas"]["AppointmentCancelledBy"];
            rescheduledFromSlotId?: components["schemas"]["SlotId"];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        AppointmentPage: {
            items: components["schemas"]["Appointment"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "kind": "clinic",
         *       "title": "神经内科专家坐诊",
         *       "expertIds": [
         *         "cln_pumch_neuro_li"
         *       ],
         *       "hostInstitutionId": "ins_cangzhou_central",
         *       "departmentId": "dep_cz_neurology",
         *       "startsAt": "2026-11-25T08:00:00+08:00",
         *       "endsAt": "2026-11-25T12:00:00+08:00",
         *       "slots": [
         *         {
         *           "startsAt": "2026-11-25T08:00:00+08:00",
         *           "endsAt": "2026-11-25T08:30:00+08:00",
         *           "capacity": 3
         *         }
         *       ]
         *     }
         */
        ActivityCreate: {
            kind: components["schemas"]["ActivityKind"];
            /** @example 神经内科专家坐诊 */
            title: string;
            description?: string;
            expertIds: components["schemas"]["ClinicianId"][];
            hostInstitutionId: components["schemas"]["InstitutionId"];
            departmentId?: components["schemas"]["DepartmentId"];
            batchId?: components["schemas"]["DispatchBatchId"];
            place?: string;
            /** Format: uri */
            videoUrl?: string;
            startsAt: components["schemas"]["Instant"];
            endsAt: components["schemas"]["Instant"];
            /** @description The bookable slots (only for clinic, consultation, remote consultation and free clinic). */
            slots?: components["schemas"]["SlotCreate"][];
        };
        /**
         * @example {
         *       "startsAt": "2026-11-25T08:00:00+08:00",
         *       "endsAt": "2026-11-25T08:30:00+08:00",
         *       "capacity": 3
         *     }
         */
        SlotCreate: {
            startsAt: components["schemas"]["Instant"];
            endsAt: components["schemas"]["Instant"];
            capacity: number;
            /** @description The expert who sees this slot's patients; one of the activity's experts (its first by default). */
            expertId?: components["schemas"]["ClinicianId"];
            /** @description The host's department of this slot (the activity's by default). */
            departmentId?: components["schemas"]["DepartmentId"];
        };
        /** @example dpb_pumch_cz_01 */
        DispatchBatchId: string;
        /** @example tkt_01JD7R0B3C4D5E6F7G8H9J0K1M */
        QueueTicketId: string;
        /**
         * @description The opaque id a hospital's backend gives a patient account; a `patient` token names it.
         * @example pat_bg_zhang_min
         */
        PatientId: string;
        /**
         * @description How many activities of each kind; every kind once, in the order of `ActivityKind`, zero included.
         * @example [
         *       {
         *         "kind": "clinic",
         *         "count": 4
         *       },
         *       {
         *         "kind": "consultation",
         *         "count": 2
         *       },
         *       {
         *         "kind": "remote_consultation",
         *         "count": 0
         *       },
         *       {
         *         "kind": "surgery_guidance",
         *         "count": 1
         *       },
         *       {
         *         "kind": "ward_round",
         *         "count": 1
         *       },
         *       {
         *         "kind": "lecture",
         *         "count": 1
         *       },
         *       {
         *         "kind": "free_clinic",
         *         "count": 0
         *       }
         *     ]
         */
        ActivityKindCounts: {
            kind: components["schemas"]["ActivityKind"];
            count: number;
        }[];
        /**
         * @example {
         *       "expertVisits": 5,
         *       "activities": 9,
         *       "activitiesByKind": [
         *         {
         *           "kind": "clinic",
         *           "count": 4
         *         },
         *         {
         *           "kind": "consultation",
         *           "count": 2
         *         },
         *         {
         *           "kind": "remote_consultation",
         *           "count": 0
         *         },
         *         {
         *           "kind": "surgery_guidance",
         *           "count": 1
         *         },
         *         {
         *           "kind": "ward_round",
         *           "count": 1
         *         },
         *         {
         *           "kind": "lecture",
         *           "count": 1
         *         },
         *         {
         *           "kind": "free_clinic",
         *           "count": 0
         *         }
         *       ]
         *     }
         */
        DispatchBatchCounts: {
            /**
             * @description Expert-visits (人次), the experts dispatched in the batch, each counted once.
             * @example 5
             */
            expertVisits: number;
            /**
             * @description Scheduled and completed activities of the batch (cancelled ones are not counted).
             * @example 9
             */
            activities: number;
            activitiesByKind: components["schemas"]["ActivityKindCounts"];
        };
        /**
         * @description A dispatch batch (派驻批次) groups the experts and activities of one dispatch to a host (DOMAIN §4).
         * @example {
         *       "id": "dpb_pumch_cz_03",
         *       "allianceId": "all_pumch_cangzhou",
         *       "sequence": 3,
         *       "title": "协和医院第3批专家派驻沧州",
         *       "purpose": "神经内科示范转诊病房建设、疑难病例会诊与带教",
         *       "sendingInstitutionId": "ins_pumch",
         *       "hostInstitutionId": "ins_cangzhou_central",
         *       "startDate": "2026-11-23",
         *       "endDate": "2026-11-27",
         *       "expertIds": [
         *         "cln_pumch_neuro_li",
         *         "cln_pumch_cardio_zhou"
         *       ],
         *       "counts": {
         *         "expertVisits": 2,
         *         "activities": 3,
         *         "activitiesByKind": [
         *           {
         *             "kind": "clinic",
         *             "count": 1
         *           },
         *           {
         *             "kind": "consultation",
         *             "count": 1
         *           },
         *           {
         *             "kind": "remote_consultation",
         *             "count": 0
         *           },
         *           {
         *             "kind": "surgery_guidance",
         *             "count": 0
         *           },
         *           {
         *             "kind": "ward_round",
         *             "count": 1
         *           },
         *           {
         *             "kind": "lecture",
         *             "count": 0
         *           },
         *           {
         *             "kind": "free_clinic",
         *             "count": 0
         *           }
         *         ]
         *       }
         *     }
         */
        DispatchBatch: {
            id: components["schemas"]["DispatchBatchId"];
            allianceId?: components["schemas"]["AllianceId"];
            /**
             * @description The batch's number among the sender's batches to this host (第 N 批).
             * @example 3
             */
            sequence: number;
            /** @example 协和医院第3批专家派驻沧州 */
            title: string;
            /** @example 神经内科示范转诊病房建设、疑难病例会诊与带教 */
            purpose: string;
            sendingInstitutionId: components["schemas"]["InstitutionId"];
            hostInstitutionId: components["schemas"]["InstitutionId"];
            startDate: components["schemas"]["LocalDate"];
            endDate: components["schemas"]["LocalDate"];
            expertIds: components["schemas"]["ClinicianId"][];
            counts: components["schemas"]["DispatchBatchCounts"];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        DispatchBatchPage: {
            items: components["schemas"]["DispatchBatch"][];
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "batches": 10,
         *       "expertVisits": 43,
         *       "activities": 61,
         *       "activitiesByKind": [
         *         {
         *           "kind": "clinic",
         *           "count": 20
         *         },
         *         {
         *           "kind": "consultation",
         *           "count": 12
         *         },
         *         {
         *           "kind": "remote_consultation",
         *           "count": 10
         *         },
         *         {
         *           "kind": "surgery_guidance",
         *           "count": 6
         *         },
         *         {
         *           "kind": "ward_round",
         *           "count": 8
         *         },
         *         {
         *           "kind": "lecture",
         *           "count": 5
         *         },
         *         {
         *           "kind": "free_clinic",
         *           "count": 0
         *         }
         *       ]
         *     }
         */
        DispatchBatchTotals: {
            /** @example 10 */
            batches: number;
            /**
             * @description Expert-visits (人次) summed over the batches.
             * @example 43
             */
            expertVisits: number;
            activities: number;
            activitiesByKind: components["schemas"]["ActivityKindCounts"];
        };
        /**
         * @description Where a clinician may practise (多机构执业): the main institution (主要执业机构) or one filed (备案)
         *     with the regional registration, valid over `[validFrom, validTo]` (Asia/Shanghai days; no `validTo` is
         *     open-ended).
         * @example {
         *       "institutionId": "ins_cangzhou_central",
         *       "kind": "filed",
         *       "validFrom": "2026-01-01",
         *       "validTo": "2027-12-31"
         *     }
         */
        PracticeSite: {
            institutionId: components["schemas"]["InstitutionId"];
            /**
             * @example filed
             * @enum {string}
             */
            kind: "main" | "filed";
            validFrom: components["schemas"]["LocalDate"];
            validTo?: components["schemas"]["LocalDate"];
        };
        /**
         * @description From waiting to called to seen; a waiting or called ticket may end as left (left without being seen).
         * @example waiting
         * @enum {string}
         */
        QueueTicketStatus: "waiting" | "called" | "seen" | "left";
        /**
         * @example {
         *       "departmentId": "dep_bg_respiratory",
         *       "patient": {
         *         "name": "王五",
         *         "sex": "male",
         *         "birthDate": "1958-04-02",
         *         "idType": "resident_id_card",
         *         "idNumber": "150203195804020013"
         *       },
         *       "consent": {
         *         "purpose": "referral_transfer",
         *         "grantedAt": "2026-10-25T08:05:00+08:00",
         *         "recordedBy": "cln_bg_desk_zhao",
         *         "method": "written"
         *       }
         *     }
         */
        QueueTicketCreate: {
            /** @description The host's department whose queue the patient joins. */
            departmentId: components["schemas"]["DepartmentId"];
            patient: components["schemas"]["Patient"];
            consent: components["schemas"]["Consent"];
        };
        /**
         * @example {
         *       "departmentId": "dep_bg_respiratory"
         *     }
         */
        QueueCallNext: {
            departmentId: components["schemas"]["DepartmentId"];
        };
        /**
         * @example {
         *       "outcome": "left"
         *     }
         */
        QueueTicketClose: {
            /**
             * @example seen
             * @enum {string}
             */
            outcome: "seen" | "left";
        };
        /**
         * @description A queue number of a 义诊 day, per department. `patient` is masked as in appointments.
         * @example {
         *       "id": "tkt_01JD7R0B3C4D5E6F7G8H9J0K1M",
         *       "version": 1,
         *       "activityId": "act_jm_bg_free_clinic_20261025",
         *       "departmentId": "dep_bg_respiratory",
         *       "number": 17,
         *       "status": "waiting",
         *       "patient": {
         *         "name": "王五",
         *         "sex": "male",
         *         "birthDate": "1958-04-02",
         *         "idType": "resident_id_card",
         *         "idNumber": "150***********0013",
         *         "idNumberMasked": true
         *       },
         *       "registeredAt": "2026-10-25T08:06:00+08:00"
         *     }
         */
        QueueTicket: {
            id: components["schemas"]["QueueTicketId"];
            version: components["schemas"]["Version"];
            activityId: components["schemas"]["ActivityId"];
            departmentId: components["schemas"]["DepartmentId"];
            /**
             * @description The queue number within the department (1, 2, 3…).
             * @example 17
             */
            number: number;
            status: components["schemas"]["QueueTicketStatus"];
            patient: components["schemas"]["Patient"];
            registeredAt: components["schemas"]["Instant"];
            calledAt?: components["schemas"]["Instant"];
            closedAt?: components["schemas"]["Instant"];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        QueueTicketPage: {
            items: components["schemas"]["QueueTicket"][];
            nextCursor: string | null;
        };
        /**
         * @description The day's counts (DOMAIN §4 义诊 queue).
         * @example {
         *       "registered": 512,
         *       "waiting": 40,
         *       "called": 12,
         *       "seen": 450,
         *       "left": 10
         *     }
         */
        QueueDayCounts: {
            /**
             * @description Tickets issued.
             * @example 512
             */
            registered: number;
            waiting: number;
            called: number;
            seen: number;
            /** @description Left without being seen. */
            left: number;
        };
        /**
         * @example {
         *       "departmentId": "dep_bg_respiratory",
         *       "nowServing": 23,
         *       "lastIssued": 41,
         *       "counts": {
         *         "registered": 41,
         *         "waiting": 18,
         *         "called": 1,
         *         "seen": 21,
         *         "left": 1
         *       }
         *     }
         */
        DepartmentQueue: {
            departmentId: components["schemas"]["DepartmentId"];
            /**
             * @description The number called last, still being seen; `null` before the first call.
             * @example 23
             */
            nowServing: number | null;
            /**
             * @description The highest number issued; 0 before the first registration.
             * @example 41
             */
            lastIssued: number;
            counts: components["schemas"]["QueueDayCounts"];
        };
        /**
         * @example {
         *       "activityId": "act_jm_bg_free_clinic_20261025",
         *       "hostInstitutionId": "ins_baogang",
         *       "date": "2026-10-25",
         *       "departments": [],
         *       "counts": {
         *         "registered": 0,
         *         "waiting": 0,
         *         "called": 0,
         *         "seen": 0,
         *         "left": 0
         *       },
         *       "asOf": "2026-10-25T08:00:00+08:00"
         *     }
         */
        FreeClinicQueue: {
            activityId: components["schemas"]["ActivityId"];
            hostInstitutionId: components["schemas"]["InstitutionId"];
            date: components["schemas"]["LocalDate"];
            /** @description Every department with slots or tickets in the activity, in the order of their codes. */
            departments: components["schemas"]["DepartmentQueue"][];
            counts: components["schemas"]["QueueDayCounts"];
            asOf: components["schemas"]["Instant"];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "purpose": "referral_transfer",
         *           "grantedAt": "2026-11-22T09:30:00+08:00",
         *           "method": "electronic_signature"
         *         }
         *       ]
         *     }
         */
        ConsentList: {
            items: components["schemas"]["Consent"][];
        };
        /**
         * @description An item of a region's recognition (HR) or sharing (GX) list, with its validity window where one is sourced
         *     (no national day counts exist; without a window the doctor judges the result's age) and its price at each
         *     institution that performs it.
         * @example {
         *       "code": "LAB_HBA1C",
         *       "kind": "lab",
         *       "name": {
         *         "zh": "糖化血红蛋白",
         *         "en": "Glycated haemoglobin"
         *       },
         *       "abbreviation": "HbA1c",
         *       "category": "生化",
         *       "loinc": "4548-4",
         *       "validityDays": 60,
         *       "scope": "京津冀",
         *       "listType": "recognition",
         *       "regionId": "rgn_jingjinji",
         *       "prices": [
         *         {
         *           "institutionId": "ins_pumch",
         *           "priceFen": 8000
         *         }
         *       ]
         *     }
         */
        CatalogueItem: {
            code: components["schemas"]["ItemCode"];
            kind: components["schemas"]["ResultKind"];
            name: components["schemas"]["LocalizedName"];
            /** @example HbA1c */
            abbreviation?: string;
            /**
             * @description The list's group (生化, 免疫, 血细胞, 凝血, X线, CT, MRI, 超声 …).
             * @example 生化
             */
            category?: string;
            /** @example 4548-4 */
            loinc?: string;
            /**
             * @description Days after performance during which the result is recognized; absent when no window is sourced for the
             *     item in this list (the result does not lapse by age; the doctor judges).
             * @example 60
             */
            validityDays?: number;
            /**
             * @description The scope whose list holds the item; printed as the `<scope>HR` (or `<scope>GX`) mark.
             * @example 京津冀
             */
            scope: string;
            listType: components["schemas"]["RecognitionListType"];
            regionId: components["schemas"]["RecognitionRegionId"];
            /** @description The item's price at each institution that performs it (the savings when a result is adopted). */
            prices?: components["schemas"]["ItemPrice"][];
        };
        /**
         * @description The price of an item at one institution, in fen (分, CNY 0.01).
         * @example {
         *       "institutionId": "ins_pumch",
         *       "priceFen": 8000
         *     }
         */
        ItemPrice: {
            institutionId: components["schemas"]["InstitutionId"];
            /** @example 8000 */
            priceFen: number;
        };
        /**
         * @description The image study an imaging result refers to: what is recognised or shared is the images and data, not the
         *     radiologist's diagnostic conclusion.
         * @example {
         *       "studyInstanceUid": "1.2.156.112605.14038013507.20261110083000.1",
         *       "modality": "CT",
         *       "viewerUrl": "https://pacs.cangzhou.example/viewer?study=1.2.156.112605.14038013507.20261110083000.1"
         *     }
         */
        ImagingStudyRef: {
            /**
             * @description DICOM Study Instance UID (digits and dots, at most 64 characters).
             * @example 1.2.156.112605.14038013507.20261110083000.1
             */
            studyInstanceUid: string;
            /**
             * @description DICOM modality code (CR, DX, CT, MR, US, NM, XA …).
             * @example CT
             */
            modality: string;
            /**
             * Format: uri
             * @description An https link to the study in the performing institution's viewer (no patient data in it).
             * @example https://pacs.cangzhou.example/viewer?study=1.2.156.112605.14038013507.20261110083000.1
             */
            viewerUrl?: string;
        };
        /**
         * @description A recognition region and its configuration.
         * @example {
         *       "id": "rgn_jingjinji",
         *       "name": {
         *         "zh": "京津冀",
         *         "en": "Beijing–Tianjin–Hebei"
         *       },
         *       "level": "compact",
         *       "parentId": "rgn_cn",
         *       "scope": "京津冀",
         *       "direction": "mutual",
         *       "retestReasonExtensions": []
         *     }
         */
        RecognitionRegion: {
            id: components["schemas"]["RecognitionRegionId"];
            name: components["schemas"]["LocalizedName"];
            level: components["schemas"]["RecognitionRegionLevel"];
            /** @description Absent only for 全国. */
            parentId?: components["schemas"]["RecognitionRegionId"];
            /**
             * @description The name printed in marks (`全国HR`, `京津冀HR`, `河北HR`).
             * @example 京津冀
             */
            scope: string;
            direction: components["schemas"]["RecognitionDirection"];
            /** @description The regional re-test reasons this region adds to the national list (its parents' apply too). */
            retestReasonExtensions: components["schemas"]["RetestReason"][];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "rgn_cn",
         *           "name": {
         *             "zh": "全国",
         *             "en": "National"
         *           },
         *           "level": "national",
         *           "scope": "全国",
         *           "direction": "mutual",
         *           "retestReasonExtensions": []
         *         }
         *       ]
         *     }
         */
        RecognitionRegionList: {
            items: components["schemas"]["RecognitionRegion"][];
        };
        /**
         * @description A region's recognition (HR) or sharing (GX) list, its items and the institutions qualified for them.
         * @example {
         *       "id": "rl_jingjinji_hr",
         *       "regionId": "rgn_jingjinji",
         *       "type": "recognition",
         *       "scope": "京津冀",
         *       "mark": "京津冀HR",
         *       "name": {
         *         "zh": "京津冀检验结果互认项目",
         *         "en": "Beijing–Tianjin–Hebei lab recognition list"
         *       },
         *       "itemCodes": [
         *         "LAB_HBA1C",
         *         "LAB_K"
         *       ],
         *       "qualifiedInstitutionIds": [
         *         "ins_pumch",
         *         "ins_cangzhou_central"
         *       ]
         *     }
         */
        RecognitionList: {
            id: components["schemas"]["RecognitionListId"];
            regionId: components["schemas"]["RecognitionRegionId"];
            type: components["schemas"]["RecognitionListType"];
            /** @example 京津冀 */
            scope: string;
            /**
             * @description The mark printed on a report of a listed item (`<scope>HR` or `<scope>GX`).
             * @example 京津冀HR
             */
            mark: string;
            name: components["schemas"]["LocalizedName"];
            itemCodes: components["schemas"]["ItemCode"][];
            /** @description Institutions holding a current qualification for at least one item of the list. */
            qualifiedInstitutionIds: components["schemas"]["InstitutionId"][];
        };
        /**
         * @example {
         *       "items": []
         *     }
         */
        RecognitionListList: {
            items: components["schemas"]["RecognitionList"][];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "code": "LAB_HBA1C",
         *           "kind": "lab",
         *           "name": {
         *             "zh": "糖化血红蛋白"
         *           },
         *           "validityDays": 60,
         *           "scope": "京津冀",
         *           "listType": "recognition",
         *           "regionId": "rgn_jingjinji"
         *         }
         *       ]
         *     }
         */
        Catalogue: {
            items: components["schemas"]["CatalogueItem"][];
        };
        /**
         * @description An institution qualified to issue an item for a scope, during a period (EQA / imaging QC passed).
         * @example {
         *       "institutionId": "ins_cangzhou_central",
         *       "itemCode": "LAB_HBA1C",
         *       "scope": "京津冀",
         *       "validFrom": "2024-01-01T00:00:00+08:00"
         *     }
         */
        Qualification: {
            institutionId: components["schemas"]["InstitutionId"];
            itemCode: components["schemas"]["ItemCode"];
            /** @example 京津冀 */
            scope: string;
            validFrom: components["schemas"]["Instant"];
            /** @description Absent while the qualification holds. */
            validTo?: components["schemas"]["Instant"];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "institutionId": "ins_cangzhou_central",
         *           "itemCode": "LAB_HBA1C",
         *           "scope": "京津冀",
         *           "validFrom": "2024-01-01T00:00:00+08:00"
         *         }
         *       ]
         *     }
         */
        QualificationList: {
            items: components["schemas"]["Qualification"][];
        };
        /**
         * @description A result performed at the caller's institution (or one it received with a referral).
         * @example {
         *       "itemCode": "LAB_HBA1C",
         *       "performingInstitutionId": "ins_cangzhou_central",
         *       "performedAt": "2026-11-10T08:30:00+08:00",
         *       "reportStatus": "final",
         *       "value": "6.1",
         *       "unit": "%",
         *       "referenceRange": "4.0–6.0",
         *       "patient": {
         *         "name": "张三",
         *         "sex": "male",
         *         "birthDate": "1990-03-07",
         *         "idType": "resident_id_card",
         *         "idNumber": "110105199003071239"
         *       }
         *     }
         */
        ResultRegister: {
            itemCode: components["schemas"]["ItemCode"];
            performingInstitutionId: components["schemas"]["InstitutionId"];
            performedAt: components["schemas"]["Instant"];
            reportedAt?: components["schemas"]["Instant"];
            reportStatus: components["schemas"]["ResultStatus"];
            /**
             * @description The value as printed (lab only). An imaging result gives its `study` instead; a value on an imaging
             *     result is refused (`imaging_value_not_recognised`): the radiologist's conclusion goes in `impression`.
             * @example 6.1
             */
            value?: string;
            /** @example % */
            unit?: string;
            /** @example 4.0–6.0 */
            referenceRange?: string;
            /** @description Required for an imaging result (`study_required`); refused on a lab result (`unknown_field`). */
            study?: components["schemas"]["ImagingStudyRef"];
            /**
             * @description The radiologist's impression (imaging only; `unknown_field` on a lab result), for information: it is
             *     never the recognised content.
             */
            impression?: string;
            patient: components["schemas"]["Patient"];
            referralId?: components["schemas"]["ReferralId"];
        };
        /**
         * @example {
         *       "id": "res_01JD7S1A2B3C4D5E6F7G8H9J0K",
         *       "itemCode": "LAB_HBA1C",
         *       "kind": "lab",
         *       "performingInstitutionId": "ins_cangzhou_central",
         *       "performedAt": "2026-11-10T08:30:00+08:00",
         *       "reportStatus": "final",
         *       "value": "6.1",
         *       "unit": "%",
         *       "patient": {
         *         "name": "张三",
         *         "sex": "male",
         *         "birthDate": "1990-03-07",
         *         "idType": "resident_id_card",
         *         "idNumber": "110***********1239",
         *         "idNumberMasked": true
         *       },
         *       "hrMark": "京津冀HR",
         *       "registeredAt": "2026-11-10T11:00:00+08:00",
         *       "registeredBy": {
         *         "clinicianId": "cln_cz_lab_zhao",
         *         "institutionId": "ins_cangzhou_central"
         *       }
         *     }
         */
        Result: {
            id: components["schemas"]["ResultId"];
            itemCode: components["schemas"]["ItemCode"];
            kind: components["schemas"]["ResultKind"];
            performingInstitutionId: components["schemas"]["InstitutionId"];
            performedAt: components["schemas"]["Instant"];
            reportedAt?: components["schemas"]["Instant"];
            reportStatus: components["schemas"]["ResultStatus"];
            value?: string;
            unit?: string;
            referenceRange?: string;
            patient: components["schemas"]["Patient"];
            referralId?: components["schemas"]["ReferralId"];
            study?: components["schemas"]["ImagingStudyRef"];
            /** @description The radiologist's impression (imaging), for information; not the recognised content. */
            impression?: string;
            /**
             * @description The mark the performing institution printed on the report (`京津冀HR`, `京津冀GX`, `全国HR`): from its own
             *     qualification for the item at the time performed, whoever registered the result; absent when it held
             *     none. The widest scope wins.
             * @example 京津冀HR
             */
            hrMark?: string;
            registeredAt: components["schemas"]["Instant"];
            registeredBy: components["schemas"]["ActorRef"];
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": null
         *     }
         */
        ResultPage: {
            items: components["schemas"]["Result"][];
            nextCursor: string | null;
        };
        /**
         * @description Find a patient's results. The patient is identified in the body (never in a URL) by identity document.
         * @example {
         *       "idType": "resident_id_card",
         *       "idNumber": "110105199003071239",
         *       "itemCodes": [
         *         "LAB_HBA1C"
         *       ]
         *     }
         */
        ResultQuery: {
            idType: components["schemas"]["IdType"];
            idNumber: string;
            itemCodes?: components["schemas"]["ItemCode"][];
            performedFrom?: components["schemas"]["Instant"];
            cursor?: string;
            /** @default 20 */
            limit: number;
        };
        /**
         * @description Would a result be recognized at `requestingInstitutionId` at `at`? Give either a registered `resultId`, or
         *     `itemCode` + `performingInstitutionId` + `performedAt`. The requesting institution is the caller's own or one
         *     in the caller's alliances (a referring clinic asks what the hospital it refers to will recognize); any
         *     other is a 403.
         * @example {
         *       "itemCode": "LAB_HBA1C",
         *       "performingInstitutionId": "ins_cangzhou_central",
         *       "performedAt": "2026-11-10T08:30:00+08:00",
         *       "requestingInstitutionId": "ins_pumch",
         *       "at": "2026-11-22T10:00:00+08:00"
         *     }
         */
        RecognitionCheck: {
            resultId?: components["schemas"]["ResultId"];
            itemCode?: components["schemas"]["ItemCode"];
            performingInstitutionId?: components["schemas"]["InstitutionId"];
            performedAt?: components["schemas"]["Instant"];
            requestingInstitutionId: components["schemas"]["InstitutionId"];
            at: components["schemas"]["Instant"];
        };
        /**
         * @example {
         *       "code": "within_window",
         *       "message": {
         *         "zh": "结果在60天互认有效期内（已过12天）。",
         *         "en": "The result is within its 60-day window (12 days old)."
         *       }
         *     }
         */
        RecognitionReason: {
            /**
             * @description The rule that decided (`item_in_list`, `issuer_qualified`, `within_window`, their negations).
             * @example within_window
             */
            code: string;
            message: components["schemas"]["LocalizedName"];
        };
        /**
         * @example {
         *       "decision": "recognized",
         *       "itemCode": "LAB_HBA1C",
         *       "resultId": "res_01JD7S1A2B3C4D5E6F7G8H9J0K",
         *       "hrMark": "京津冀HR",
         *       "markedName": {
         *         "zh": "【京津冀HR】糖化血红蛋白",
         *         "en": "【京津冀HR】Glycated haemoglobin"
         *       },
         *       "itemName": {
         *         "zh": "糖化血红蛋白",
         *         "en": "Glycated haemoglobin"
         *       },
         *       "kind": "lab",
         *       "listType": "recognition",
         *       "regionId": "rgn_jingjinji",
         *       "obligatory": true,
         *       "priceFen": 8000,
         *       "validityDays": 60,
         *       "ageDays": 12,
         *       "lapsesAt": "2027-01-10T00:00:00+08:00",
         *       "reasons": [
         *         {
         *           "code": "within_window",
         *           "message": {
         *             "zh": "结果在60天互认有效期内（已过12天）。",
         *             "en": "The result is within its 60-day window (12 days old)."
         *           }
         *         }
         *       ],
         *       "retestReasons": [
         *         "condition_changed",
         *         "rapidly_changing",
         *         "critical_decision",
         *         "emergency",
         *         "forensic",
         *         "other"
         *       ]
         *     }
         */
        RecognitionOutcome: {
            decision: components["schemas"]["RecognitionDecision"];
            itemCode: components["schemas"]["ItemCode"];
            resultId?: components["schemas"]["ResultId"];
            /**
             * @description The mark of the list that decided (`京津冀HR`, `京津冀GX`); absent for `item_not_in_list`.
             * @example 京津冀HR
             */
            hrMark?: string;
            /** @description The item as printed with its mark, e.g. `【京津冀HR】糖化血红蛋白`. */
            markedName?: components["schemas"]["LocalizedName"];
            itemName?: components["schemas"]["LocalizedName"];
            kind?: components["schemas"]["ResultKind"];
            listType?: components["schemas"]["RecognitionListType"];
            /** @description The region whose list decided. */
            regionId?: components["schemas"]["RecognitionRegionId"];
            /**
             * @description Whether the requesting institution is bound to recognise (false for a shared item, and for a
             *     higher-level institution presented a lower-level result where the region's direction is
             *     `lower_recognises_higher`).
             */
            obligatory?: boolean;
            /** @description The image study of an imaging result (what is recognised or shared). */
            study?: components["schemas"]["ImagingStudyRef"];
            /**
             * @description The item's price at the requesting institution (what adopting the result saves); absent when the item is
             *     on none of its lists or it lists no price.
             */
            priceFen?: number;
            /** @example 60 */
            validityDays?: number;
            /**
             * @description Whole Asia/Shanghai calendar days from performance to the check.
             * @example 12
             */
            ageDays?: number;
            /** @description The first instant at which the result is no longer recognized. */
            lapsesAt?: components["schemas"]["Instant"];
            reasons: components["schemas"]["RecognitionReason"][];
            /**
             * @description Reasons a clinician may document to test again anyway: the national ones and the extensions of the
             *     requesting institution's regions.
             */
            retestReasons: components["schemas"]["RetestReason"][];
        };
        /**
         * @description A clinician's documented reason for testing again although a result was recognizable.
         * @example {
         *       "resultId": "res_01JD7S1A2B3C4D5E6F7G8H9J0K",
         *       "reason": "condition_changed",
         *       "reasonText": "血糖近一周波动明显。",
         *       "explainedToPatient": true
         *     }
         */
        RetestRecordCreate: {
            resultId: components["schemas"]["ResultId"];
            reason: components["schemas"]["RetestReason"];
            /** @description Required when `reason` is `other`. */
            reasonText?: string;
            explainedToPatient?: boolean;
        };
        /**
         * @example {
         *       "id": "rtr_01JD7W2K3M4N5P6Q7R8S9T0V1W",
         *       "resultId": "res_01JD7S1A2B3C4D5E6F7G8H9J0K",
         *       "reason": "condition_changed",
         *       "reasonText": "血糖近一周波动明显。",
         *       "explainedToPatient": true,
         *       "decisionAtRecord": "recognized",
         *       "recordedAt": "2026-11-22T10:10:00+08:00",
         *       "recordedBy": {
         *         "clinicianId": "cln_pumch_endo_chen",
         *         "institutionId": "ins_pumch"
         *       }
         *     }
         */
        RetestRecord: {
            id: components["schemas"]["RetestRecordId"];
            resultId: components["schemas"]["ResultId"];
            reason: components["schemas"]["RetestReason"];
            reasonText?: string;
            explainedToPatient?: boolean;
            decisionAtRecord: components["schemas"]["RecognitionDecision"];
            recordedAt: components["schemas"]["Instant"];
            recordedBy: components["schemas"]["ActorRef"];
        };
        /**
         * @description The doctor's decision on a recognisable result (`recognized` or `shared` now at the doctor's institution):
         *     adopted, or not adopted with a re-test reason offered at the institution (`other` needs `reasonText`).
         *     `explainedToPatient` is required, and must be true when not adopted.
         * @example {
         *       "resultId": "res_01JD7S1A2B3C4D5E6F7G8H9J0K",
         *       "outcome": "adopted",
         *       "explainedToPatient": true,
         *       "departmentCode": "03.07"
         *     }
         */
        AdoptionDecisionCreate: {
            resultId: components["schemas"]["ResultId"];
            outcome: components["schemas"]["AdoptionOutcome"];
            /** @description Required when `not_adopted` (`adoption_reason_required`); refused when `adopted`. */
            reason?: components["schemas"]["RetestReason"];
            /** @description Required when `reason` is `other`. */
            reasonText?: string;
            explainedToPatient: boolean;
            /**
             * @description The deciding doctor's department (诊疗科目 code).
             * @example 03.07
             */
            departmentCode: string;
        };
        /**
         * @example {
         *       "id": "adp_01JD7W2K3M4N5P6Q7R8S9T0V1W",
         *       "resultId": "res_01JD7S1A2B3C4D5E6F7G8H9J0K",
         *       "itemCode": "LAB_HBA1C",
         *       "outcome": "adopted",
         *       "explainedToPatient": true,
         *       "checkDecision": "recognized",
         *       "hrMark": "京津冀HR",
         *       "departmentCode": "03.07",
         *       "institutionId": "ins_pumch",
         *       "priceFen": 8000,
         *       "decidedAt": "2026-11-22T10:10:00+08:00",
         *       "decidedBy": {
         *         "clinicianId": "cln_pumch_endo_chen",
         *         "institutionId": "ins_pumch"
         *       }
         *     }
         */
        AdoptionDecision: {
            id: components["schemas"]["AdoptionDecisionId"];
            resultId: components["schemas"]["ResultId"];
            itemCode: components["schemas"]["ItemCode"];
            outcome: components["schemas"]["AdoptionOutcome"];
            reason?: components["schemas"]["RetestReason"];
            reasonText?: string;
            explainedToPatient: boolean;
            /** @description The recognition decision the doctor decided on (`recognized` or `shared`). */
            checkDecision: components["schemas"]["RecognitionDecision"];
            /** @example 京津冀HR */
            hrMark?: string;
            /** @example 03.07 */
            departmentCode: string;
            /** @description The deciding institution (where the test was, or was not, repeated). */
            institutionId: components["schemas"]["InstitutionId"];
            /** @description The item's price at the deciding institution at the time; absent when it has none listed. */
            priceFen?: number;
            decidedAt: components["schemas"]["Instant"];
            decidedBy: components["schemas"]["ActorRef"];
        };
        /**
         * @description The items a doctor is about to order (检验/检查申请) for a patient identified by identity document. The
         *     requesting institution is the caller's own unless given (one in the caller's alliances; any other is a 403).
         * @example {
         *       "idType": "resident_id_card",
         *       "idNumber": "110105199003071239",
         *       "itemCodes": [
         *         "LAB_HBA1C",
         *         "LAB_GLU",
         *         "LAB_K",
         *         "LAB_TSH",
         *         "IMG_CT_CHEST"
         *       ]
         *     }
         */
        OrderCheckRequest: {
            idType: components["schemas"]["IdType"];
            idNumber: string;
            /** @description Distinct item codes (`duplicate_item`), in the order of the order form. */
            itemCodes: components["schemas"]["ItemCode"][];
            requestingInstitutionId?: components["schemas"]["InstitutionId"];
            /** @description The instant of the check; now when absent. */
            at?: components["schemas"]["Instant"];
        };
        /**
         * @example {
         *       "itemCode": "LAB_TSH",
         *       "itemName": {
         *         "zh": "促甲状腺激素",
         *         "en": "Thyroid-stimulating hormone"
         *       },
         *       "kind": "lab",
         *       "status": "no_result",
         *       "priceFen": 4500,
         *       "resultsConsidered": 0
         *     }
         */
        OrderCheckLine: {
            itemCode: components["schemas"]["ItemCode"];
            itemName?: components["schemas"]["LocalizedName"];
            kind?: components["schemas"]["ResultKind"];
            status: components["schemas"]["OrderLineStatus"];
            /** @description The check of the best result (absent for `no_result`). */
            outcome?: components["schemas"]["RecognitionOutcome"];
            /** @description The best result as the caller may see it (absent for `no_result`). */
            result?: components["schemas"]["Result"];
            /** @description The item's price at the requesting institution (saved when the result is adopted). */
            priceFen?: number;
            /** @description How many of the patient's results for the item were checked. */
            resultsConsidered: number;
        };
        /**
         * @example {
         *       "requestingInstitutionId": "ins_pumch",
         *       "at": "2026-11-22T10:00:00+08:00",
         *       "lines": [],
         *       "coveredCount": 0,
         *       "potentialSavingsFen": 0
         *     }
         */
        OrderCheck: {
            requestingInstitutionId: components["schemas"]["InstitutionId"];
            at: components["schemas"]["Instant"];
            lines: components["schemas"]["OrderCheckLine"][];
            /** @description Lines whose best result is `recognized` or `shared`. */
            coveredCount: number;
            /** @description The sum of the prices of the covered lines (what adopting them all saves). */
            potentialSavingsFen: number;
        };
        /**
         * @description One state change in the ordered feed. `data` holds ids and states, never patient data.
         * @example {
         *       "id": "evt_000000000042",
         *       "sequence": 42,
         *       "type": "referral.accepted",
         *       "occurredAt": "2026-11-22T10:02:00+08:00",
         *       "resourceId": "ref_01JD7Q2K8M3N4P5R6S7T8V9W0X",
         *       "data": {
         *         "status": "accepted",
         *         "version": 3
         *       }
         *     }
         */
        Event: {
            id: components["schemas"]["EventId"];
            /**
             * @description Strictly increasing across the feed.
             * @example 42
             */
            sequence: number;
            type: components["schemas"]["EventType"];
            occurredAt: components["schemas"]["Instant"];
            /** @example ref_01JD7Q2K8M3N4P5R6S7T8V9W0X */
            resourceId: string;
            /**
             * @example {
             *       "status": "accepted",
             *       "version": 3
             *     }
             */
            data: {
                status?: string;
                version?: number;
                /** @description On referral events, whether the referral is overdue (green channel past its answer SLA). */
                overdue?: boolean;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "items": [],
         *       "nextCursor": "evt_000000000042"
         *     }
         */
        EventPage: {
            items: components["schemas"]["Event"][];
            /** @description Pass as `after` to read on; the last event's cursor even when there is nothing new yet. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "url": "https://his.example-hospital.cn/yilian/webhook",
         *       "eventTypes": [
         *         "referral.accepted",
         *         "referral.rejected"
         *       ]
         *     }
         */
        WebhookEndpointCreate: {
            /**
             * Format: uri
             * @example https://his.example-hospital.cn/yilian/webhook
             */
            url: string;
            eventTypes: components["schemas"]["EventType"][];
            description?: string;
        };
        /**
         * @example {
         *       "id": "whe_01JD7V8Z9A0B1C2D3E4F5G6H7J",
         *       "url": "https://his.example-hospital.cn/yilian/webhook",
         *       "eventTypes": [
         *         "referral.accepted",
         *         "referral.rejected"
         *       ],
         *       "secret": "whsec_9f2c1e7b5a4d3c2b1a0f",
         *       "createdAt": "2026-11-22T09:00:00+08:00"
         *     }
         */
        WebhookEndpoint: {
            id: components["schemas"]["WebhookEndpointId"];
            /** Format: uri */
            url: string;
            eventTypes: components["schemas"]["EventType"][];
            description?: string;
            /**
             * @description The signing secret, returned once, at creation.
             * @example whsec_9f2c1e7b5a4d3c2b1a0f
             */
            secret?: string;
            createdAt: components["schemas"]["Instant"];
        };
        /**
         * @example {
         *       "items": []
         *     }
         */
        WebhookEndpointList: {
            items: components["schemas"]["WebhookEndpoint"][];
        };
        /**
         * @example {
         *       "id": "whd_01JD7X",
         *       "endpointId": "whe_01JD7V8Z9A0B1C2D3E4F5G6H7J",
         *       "eventId": "evt_000000000042",
         *       "attempt": 1,
         *       "status": "succeeded",
         *       "responseStatus": 200,
         *       "attemptedAt": "2026-11-22T10:02:01+08:00"
         *     }
         */
        WebhookDelivery: {
            /** @example whd_01JD7X */
            id: string;
            endpointId: components["schemas"]["WebhookEndpointId"];
            eventId: components["schemas"]["EventId"];
            /** @example 1 */
            attempt: number;
            /**
             * @example succeeded
             * @enum {string}
             */
            status: "succeeded" | "failed" | "pending";
            /** @example 200 */
            responseStatus?: number | null;
            attemptedAt: components["schemas"]["Instant"];
            nextAttemptAt?: components["schemas"]["Instant"];
        };
        /**
         * @example {
         *       "items": []
         *     }
         */
        WebhookDeliveryList: {
            items: components["schemas"]["WebhookDelivery"][];
        };
        /**
         * @example {
         *       "institutionId": "ins_cangzhou_central",
         *       "role": "referrer",
         *       "clinicianId": "cln_cz_neuro_wang",
         *       "name": "王芳",
         *       "allianceIds": [
         *         "all_pumch_cangzhou"
         *       ],
         *       "canReadFullIdNumbers": false
         *     }
         */
        Me: {
            institutionId: components["schemas"]["InstitutionId"];
            role: components["schemas"]["Role"];
            /**
             * @description The token's subject; for a `patient` token the patient account, also given as `patientId`.
             * @example cln_cz_neuro_wang
             */
            clinicianId: string;
            patientId?: components["schemas"]["PatientId"];
            /** @example 王芳 */
            name?: string;
            allianceIds: components["schemas"]["AllianceId"][];
            /** @description Whether this role is returned unmasked identity numbers. */
            canReadFullIdNumbers: boolean;
        };
        /**
         * @example {
         *       "status": "ok",
         *       "version": "1.0.0"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
            version?: string;
        };
        /**
         * @description The spread of a duration in whole-or-fractional minutes. Median and p90 are the continuous percentiles
         *     (linear interpolation between the two nearest values, as PostgreSQL's `percentile_cont`); null when nothing
         *     was measured. The histogram has the fixed upper bounds 15, 60, 120, 240, 480, 1440 and 2880 minutes (the
         *     green-channel, urgent and routine answer targets among them) and an open-ended last bucket
         *     (`upToMinutes: null`); a duration counts in the first bucket whose bound it does not exceed.
         * @example {
         *       "answered": 5,
         *       "medianMinutes": 95,
         *       "p90Minutes": 1260.5,
         *       "histogram": [
         *         {
         *           "upToMinutes": 15,
         *           "count": 1
         *         },
         *         {
         *           "upToMinutes": 60,
         *           "count": 1
         *         },
         *         {
         *           "upToMinutes": 120,
         *           "count": 1
         *         },
         *         {
         *           "upToMinutes": 240,
         *           "count": 0
         *         },
         *         {
         *           "upToMinutes": 480,
         *           "count": 1
         *         },
         *         {
         *           "upToMinutes": 1440,
         *           "count": 1
         *         },
         *         {
         *           "upToMinutes": 2880,
         *           "count": 0
         *         },
         *         {
         *           "upToMinutes": null,
         *           "count": 0
         *         }
         *       ]
         *     }
         */
        IndicatorDistribution: {
            /** @description How many durations were measured. */
            answered: number;
            medianMinutes: number | null;
            p90Minutes: number | null;
            histogram: {
                upToMinutes: number | null;
                count: number;
            }[];
        };
        /**
         * @description How a referral of the period ended without care, by reason: `rejected` by `RejectReasonCode`, `cancelled` by
         *     `CancelReasonCode` (after submission only), `expired` and `no_show` with no reason, `returned_for_info`
         *     (退回补充: referrals sent back at least once, whatever became of them; no reason code, the note is free text).
         * @example rejected
         * @enum {string}
         */
        IndicatorOutcome: "rejected" | "expired" | "returned_for_info" | "cancelled" | "no_show";
        /**
         * @description Referrals are counted in the period of their **first submission** (the audit entry that first moved them to
         *     `submitted`; a resubmission after 退回补充 does not move them), when both their sending and receiving
         *     institutions are members of the alliance (and, with `institutionId`, that institution sends or receives
         *     them). Drafts never count. Each referral counts once in every figure below.
         * @example {
         *       "up": 12,
         *       "down": 4,
         *       "downRate": 0.3333,
         *       "answerTime": {
         *         "answered": 5,
         *         "medianMinutes": 95,
         *         "p90Minutes": 1260.5,
         *         "histogram": [
         *           {
         *             "upToMinutes": 15,
         *             "count": 1
         *           },
         *           {
         *             "upToMinutes": 60,
         *             "count": 1
         *           },
         *           {
         *             "upToMinutes": 120,
         *             "count": 1
         *           },
         *           {
         *             "upToMinutes": 240,
         *             "count": 0
         *           },
         *           {
         *             "upToMinutes": 480,
         *             "count": 1
         *           },
         *           {
         *             "upToMinutes": 1440,
         *             "count": 1
         *           },
         *           {
         *             "upToMinutes": 2880,
         *             "count": 0
         *           },
         *           {
         *             "upToMinutes": null,
         *             "count": 0
         *           }
         *         ]
         *       },
         *       "closedLoop": {
         *         "eligible": 6,
         *         "closed": 4,
         *         "rate": 0.6667
         *       },
         *       "greenChannel": {
         *         "count": 1,
         *         "acceptMedianMinutes": 8,
         *         "overdue": 0
         *       },
         *       "outcomes": [
         *         {
         *           "outcome": "rejected",
         *           "reason": "no_capacity",
         *           "count": 1
         *         },
         *         {
         *           "outcome": "returned_for_info",
         *           "reason": null,
         *           "count": 1
         *         },
         *         {
         *           "outcome": "cancelled",
         *           "reason": "condition_improved",
         *           "count": 1
         *         }
         *       ]
         *     }
         */
        ReferralIndicators: {
            /** @description Up-referrals (上转) first submitted in the period. */
            up: number;
            /** @description Down-referrals (下转) first submitted in the period. */
            down: number;
            /** @description `down / up` (下转率); null when there is no up-referral. */
            downRate: number | null;
            /**
             * @description First submission → first answer (the first `accept`, `reject` or `return_for_info` in the audit trail,
             *     whenever it came), over the period's referrals that have been answered by now.
             */
            answerTime: components["schemas"]["IndicatorDistribution"];
            /**
             * @description `eligible`: the period's referrals that have reached a terminal state by now (`closed`, `rejected`,
             *     `cancelled`, `no_show`, `expired`); `closed`: those whose loop is closed (`closed` only, DOMAIN §3);
             *     `rate`: closed / eligible, null when none is eligible.
             */
            closedLoop: {
                eligible: number;
                closed: number;
                rate: number | null;
            };
            /**
             * @description `count`: the period's green-channel referrals (绿色通道); `acceptMedianMinutes`: median minutes from first
             *     submission to the first `accept` over those accepted; `overdue`: those escalated at least once for being
             *     unanswered at their answer deadline (an `escalate` audit entry).
             */
            greenChannel: {
                count: number;
                acceptMedianMinutes: number | null;
                overdue: number;
            };
            /**
             * @description Counts per outcome and reason, only the pairs that occur, ordered by outcome (in the order of
             *     `IndicatorOutcome`) then reason. A referral is in at most one `rejected`/`expired`/`cancelled`/`no_show`
             *     row (its current terminal state) and may also be in the `returned_for_info` row.
             */
            outcomes: {
                outcome: components["schemas"]["IndicatorOutcome"];
                /** @description A `RejectReasonCode` or `CancelReasonCode`; null for the outcomes without one. */
                reason: string | null;
                count: number;
            }[];
        };
        /**
         * @description Activities count in the period of their start, when not cancelled and hosted by a member of the alliance
         *     (and, when they belong to a dispatch batch of another alliance, not at all). With `institutionId`, an
         *     activity counts when that institution hosts it or one of its experts belongs to that institution.
         * @example {
         *       "expertVisits": 9,
         *       "activitiesByKind": [
         *         {
         *           "kind": "clinic",
         *           "count": 3
         *         },
         *         {
         *           "kind": "consultation",
         *           "count": 0
         *         },
         *         {
         *           "kind": "remote_consultation",
         *           "count": 1
         *         },
         *         {
         *           "kind": "surgery_guidance",
         *           "count": 1
         *         },
         *         {
         *           "kind": "ward_round",
         *           "count": 1
         *         },
         *         {
         *           "kind": "lecture",
         *           "count": 1
         *         },
         *         {
         *           "kind": "free_clinic",
         *           "count": 1
         *         }
         *       ],
         *       "batches": 1,
         *       "freeClinic": {
         *         "registered": 40,
         *         "seen": 37
         *       }
         *     }
         */
        DispatchIndicators: {
            /** @description Expert-visits (人次): the number of (activity, expert) pairs of the period's activities. */
            expertVisits: number;
            activitiesByKind: components["schemas"]["ActivityKindCounts"];
            /**
             * @description Dispatch batches (派驻批次) of the alliance whose first day falls in the period (with `institutionId`: that
             *     it sends or hosts).
             */
            batches: number;
            /**
             * @description 义诊 queue tickets of the period's counted `free_clinic` activities (a patient registered in two
             *     departments is two tickets), and those of them marked `seen`.
             */
            freeClinic: {
                registered: number;
                seen: number;
            };
        };
        /**
         * @description Remote consultations (远程会诊) count in the period of their request, when both the inviting and the invited
         *     institution are members of the alliance (with `institutionId`: on either side). Time to opinion is request →
         *     `reported` (every scheduled expert signed), over those reported by now.
         * @example {
         *       "requested": 9,
         *       "reported": 7,
         *       "closed": 5,
         *       "opinionMedianMinutes": 2880,
         *       "opinionP90Minutes": 5040
         *     }
         */
        ConsultationIndicators: {
            requested: number;
            /** @description Of the period's consultations, those that reached `reported` (and perhaps `closed`) by now. */
            reported: number;
            /** @description Of the period's consultations, those acknowledged by the inviting doctor (`closed`). */
            closed: number;
            opinionMedianMinutes: number | null;
            opinionP90Minutes: number | null;
        };
        /**
         * @description From the records of the period's decisions at the alliance's member institutions (with `institutionId`: at
         *     that institution), by the decision's time. A check that is only looked up is not stored, so it is not counted.
         * @example {
         *       "checks": 14,
         *       "recognisable": 12,
         *       "adopted": 10,
         *       "adoptionRate": 0.8333,
         *       "savings": {
         *         "amountFen": 86000,
         *         "currency": "CNY"
         *       },
         *       "repeatTestsAvoided": 10
         *     }
         */
        RecognitionIndicators: {
            /**
             * @description Recorded checks: adoption decisions (采纳/不采纳) plus re-test records (复查记录, the reason a result was
             *     tested again, written outside an adoption decision).
             */
            checks: number;
            /** @description Adoption decisions, each taken on a `recognized` or `shared` result (DOMAIN §5). */
            recognisable: number;
            /** @description Adoption decisions whose outcome is `adopted`. */
            adopted: number;
            /** @description `adopted / recognisable` (互认率); null when nothing was recognisable. */
            adoptionRate: number | null;
            /**
             * @description The sum of the prices stored with the adopted decisions (the deciding institution's price at the time);
             *     an adopted result whose item has no price there adds nothing.
             */
            savings: {
                amountFen: number;
                /** @constant */
                currency: "CNY";
            };
            /**
             * @description Distinct (result, deciding institution) pairs adopted: a result adopted twice at one institution avoided
             *     one repeat test there.
             */
            repeatTestsAvoided: number;
        };
        /**
         * @description One calendar month (Asia/Shanghai) of the period, clipped to the period: the same definitions as the
         *     totals, so the months of a period add up to its totals.
         * @example {
         *       "month": "2026-11",
         *       "up": 12,
         *       "down": 4,
         *       "expertVisits": 9,
         *       "savingsFen": 86000,
         *       "consultations": 9
         *     }
         */
        IndicatorMonth: {
            month: string;
            up: number;
            down: number;
            expertVisits: number;
            savingsFen: number;
            /** @description Consultations requested. */
            consultations: number;
        };
        /**
         * @description The alliance indicators (成效监测, DOMAIN §5b) of the Asia/Shanghai calendar days `[from, to]`, counted from
         *     the stored records at `computedAt`. Figures about what happened later to the period's records (answers,
         *     closed loops, opinions) are as of `computedAt`. Rates are unrounded fractions.
         * @example {
         *       "allianceId": "all_pumch_cangzhou",
         *       "institutionId": null,
         *       "from": "2026-11-01",
         *       "to": "2026-11-30",
         *       "timeZone": "Asia/Shanghai",
         *       "computedAt": "2026-12-01T09:00:00+08:00",
         *       "referrals": {
         *         "up": 12,
         *         "down": 4,
         *         "downRate": 0.3333,
         *         "answerTime": {
         *           "answered": 5,
         *           "medianMinutes": 95,
         *           "p90Minutes": 1260.5,
         *           "histogram": [
         *             {
         *               "upToMinutes": 15,
         *               "count": 1
         *             },
         *             {
         *               "upToMinutes": 60,
         *               "count": 1
         *             },
         *             {
         *               "upToMinutes": 120,
         *               "count": 1
         *             },
         *             {
         *               "upToMinutes": 240,
         *               "count": 0
         *             },
         *             {
         *               "upToMinutes": 480,
         *               "count": 1
         *             },
         *             {
         *               "upToMinutes": 1440,
         *               "count": 1
         *             },
         *             {
         *               "upToMinutes": 2880,
         *               "count": 0
         *             },
         *             {
         *               "upToMinutes": null,
         *               "count": 0
         *             }
         *           ]
         *         },
         *         "closedLoop": {
         *           "eligible": 6,
         *           "closed": 4,
         *           "rate": 0.6667
         *         },
         *         "greenChannel": {
         *           "count": 1,
         *           "acceptMedianMinutes": 8,
         *           "overdue": 0
         *         },
         *         "outcomes": [
         *           {
         *             "outcome": "rejected",
         *             "reason": "no_capacity",
         *             "count": 1
         *           },
         *           {
         *             "outcome": "returned_for_info",
         *             "reason": null,
         *             "count": 1
         *           },
         *           {
         *             "outcome": "cancelled",
         *             "reason": "condition_improved",
         *             "count": 1
         *           }
         *         ]
         *       },
         *       "dispatch": {
         *         "expertVisits": 9,
         *         "activitiesByKind": [
         *           {
         *             "kind": "clinic",
         *             "count": 3
         *           },
         *           {
         *             "kind": "consultation",
         *             "count": 0
         *           },
         *           {
         *             "kind": "remote_consultation",
         *             "count": 1
         *           },
         *           {
         *             "kind": "surgery_guidance",
         *             "count": 1
         *           },
         *           {
         *             "kind": "ward_round",
         *             "count": 1
         *           },
         *           {
         *             "kind": "lecture",
         *             "count": 1
         *           },
         *           {
         *             "kind": "free_clinic",
         *             "count": 1
         *           }
         *         ],
         *         "batches": 1,
         *         "freeClinic": {
         *           "registered": 40,
         *           "seen": 37
         *         }
         *       },
         *       "consultations": {
         *         "requested": 9,
         *         "reported": 7,
         *         "closed": 5,
         *         "opinionMedianMinutes": 2880,
         *         "opinionP90Minutes": 5040
         *       },
         *       "recognition": {
         *         "checks": 14,
         *         "recognisable": 12,
         *         "adopted": 10,
         *         "adoptionRate": 0.8333,
         *         "savings": {
         *           "amountFen": 86000,
         *           "currency": "CNY"
         *         },
         *         "repeatTestsAvoided": 10
         *       },
         *       "months": [
         *         {
         *           "month": "2026-11",
         *           "up": 12,
         *           "down": 4,
         *           "expertVisits": 9,
         *           "savingsFen": 86000,
         *           "consultations": 9
         *         }
         *       ]
         *     }
         */
        AllianceIndicators: {
            allianceId: components["schemas"]["AllianceId"];
            /** @description The member institution the figures are restricted to; null for the whole alliance. */
            institutionId: components["schemas"]["InstitutionId"] | null;
            from: components["schemas"]["LocalDate"];
            to: components["schemas"]["LocalDate"];
            /** @constant */
            timeZone: "Asia/Shanghai";
            computedAt: components["schemas"]["Instant"];
            referrals: components["schemas"]["ReferralIndicators"];
            dispatch: components["schemas"]["DispatchIndicators"];
            consultations: components["schemas"]["ConsultationIndicators"];
            recognition: components["schemas"]["RecognitionIndicators"];
            /** @description Every calendar month the period touches, in order, zeros included. */
            months: components["schemas"]["IndicatorMonth"][];
        };
    };
    responses: {
        /** @description The request is malformed or fails validation. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid bearer token. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://yilian.dev/problems/unauthenticated",
                 *       "title": "Authentication required",
                 *       "status": 401,
                 *       "code": "unauthenticated",
                 *       "detail": "The bearer token is missing, malformed or expired.",
                 *       "reason": "token_expired",
                 *       "requestId": "req_7d0c4b9f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The caller's role may not do this. `requiredRoles` names the roles that may; on a referral, `allowedCommands` lists what the caller may do instead. A `patient` token gets it for every operation outside the directory, the calendar and its own appointments; a booking for another identity than the patient account's is `patient_identity_mismatch`. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://yilian.dev/problems/forbidden",
                 *       "title": "Not allowed for this role",
                 *       "status": 403,
                 *       "code": "forbidden",
                 *       "detail": "The role referrer may not accept a referral.",
                 *       "requiredRoles": [
                 *         "receiver",
                 *         "coordinator"
                 *       ],
                 *       "allowedCommands": [
                 *         "cancel"
                 *       ],
                 *       "requestId": "req_7d0c4b9f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such resource that the caller's institution is party to (existence is never revealed). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://yilian.dev/problems/not_found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "code": "not_found",
                 *       "requestId": "req_7d0c4b9f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the resource's current state. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://yilian.dev/problems/slot_full",
                 *       "title": "The slot is full",
                 *       "status": 409,
                 *       "code": "slot_full",
                 *       "detail": "All 5 places of this slot are taken.",
                 *       "requestId": "req_7d0c4b9f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well-formed but breaks a rule (a field, a transition, an idempotency key). */
        Unprocessable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `If-Match` names a version that is no longer current; the body carries the current referral. */
        VersionConflict: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                ETag: components["headers"]["ETag"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `If-Match` is required for this command. */
        PreconditionRequired: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://yilian.dev/problems/precondition_required",
                 *       "title": "If-Match required",
                 *       "status": 428,
                 *       "code": "precondition_required",
                 *       "detail": "Send the referral's current ETag in If-Match.",
                 *       "requestId": "req_7d0c4b9f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Rate limited; retry after the `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://yilian.dev/problems/rate_limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "code": "rate_limited",
                 *       "requestId": "req_7d0c4b9f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The service cannot answer now; retry after the `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://yilian.dev/problems/service_unavailable",
                 *       "title": "Service unavailable",
                 *       "status": 503,
                 *       "code": "service_unavailable",
                 *       "requestId": "req_7d0c4b9f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description An unexpected server error. Never carries patient data. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://yilian.dev/problems/internal_error",
                 *       "title": "Internal error",
                 *       "status": 500,
                 *       "code": "internal_error",
                 *       "requestId": "req_7d0c4b9f"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
         *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
         * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
         */
        IdempotencyKey: string;
        /**
         * @description The `ETag` of the version the command was decided on.
         * @example "3"
         */
        IfMatch: string;
        /**
         * @description A caller-chosen id echoed in the response and in problem details, for support.
         * @example req_7d0c4b9f
         */
        RequestId: string;
        /**
         * @description The language of problem `title`, `detail` and field messages, as browsers send it
         *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
         *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
         * @example zh-CN,zh;q=0.9
         */
        AcceptLanguage: string;
        ReferralDirectionFilter: components["schemas"]["ReferralDirection"];
        /** @description One or more states (repeat the parameter). */
        ReferralStatusFilter: components["schemas"]["ReferralStatus"][];
        ReferralUrgencyFilter: components["schemas"]["ReferralUrgency"];
        /** @description Only referrals where this institution is the sending or receiving party. */
        ReferralPartyFilter: components["schemas"]["InstitutionId"];
        /** @description Only referrals where the caller's institution sends (`sending`) or receives (`receiving`). */
        ReferralSideFilter: "sending" | "receiving";
        ReferralCreatedFrom: components["schemas"]["Instant"];
        ReferralCreatedTo: components["schemas"]["Instant"];
        /**
         * @description Only referrals of this department of the caller's institution: its sending department where the caller
         *     sends, its receiving department where the caller receives (with `side`, only that side).
         */
        ReferralDepartmentFilter: components["schemas"]["DepartmentId"];
        /**
         * @description A referral number (转诊单号), whole or its beginning, case-insensitive: `ZZ-20261203-000001` or
         *     `ZZ-20261203`. Only the number is searched: patient data never goes into a URL (PIPL), so the pattern
         *     admits the shape of a number's beginning only (letters, then hyphen-separated digits) — never a name or
         *     an ID number.
         * @example ZZ-20261203-000001
         */
        ReferralNumberSearch: string;
        /**
         * @description `newest` (default): the most recently created first. `green_first`: the work order of a queue — green
         *     channel first, then urgent, then routine; within each, the oldest answer deadline (`answerDueAt`) first,
         *     referrals without one (drafts) last, then the oldest created. A cursor belongs to the sort it was made for.
         */
        ReferralSort: components["schemas"]["ReferralSort"];
        /** @description One or more states (repeat the parameter). */
        ConsultationStatusFilter: components["schemas"]["ConsultationStatus"][];
        /** @description Only consultations the caller's institution invites (`inviting`) or is invited to (`invited`). */
        ConsultationSideFilter: components["schemas"]["ConsultationSide"];
        ConsultationUrgencyFilter: components["schemas"]["ConsultationUrgency"];
        /** @description Only consultations where this expert is scheduled or was asked for by name (an expert's inbox). */
        ConsultationExpertFilter: components["schemas"]["ClinicianId"];
        /** @description Only consultations where this institution is the inviting or the invited party. */
        ConsultationPartyFilter: components["schemas"]["InstitutionId"];
        ConsultationCreatedFrom: components["schemas"]["Instant"];
        ConsultationCreatedTo: components["schemas"]["Instant"];
        ConsultationId: components["schemas"]["ConsultationId"];
        /**
         * @description The `nextCursor` of the previous page; absent for the first page.
         * @example eyJrIjoiMjAyNi0xMS0yMiJ9
         */
        Cursor: string;
        /**
         * @description Page size.
         * @example 20
         */
        Limit: number;
        AllianceId: components["schemas"]["AllianceId"];
        InstitutionId: components["schemas"]["InstitutionId"];
        ReferralId: components["schemas"]["ReferralId"];
        AppointmentId: components["schemas"]["AppointmentId"];
        /** @description The 义诊 (`free_clinic`) activity. */
        FreeClinicActivityId: components["schemas"]["ActivityId"];
        ItemCode: components["schemas"]["ItemCode"];
        /**
         * @description Inclusive lower bound (RFC 3339 instant with offset).
         * @example 2026-11-23T00:00:00+08:00
         */
        FromInstant: string;
        /**
         * @description Exclusive upper bound (RFC 3339 instant with offset).
         * @example 2026-11-30T00:00:00+08:00
         */
        ToInstant: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The version of the returned resource, for `If-Match`.
         * @example "3"
         */
        ETag: string;
        /**
         * @description The request id (the caller's `X-Request-Id`, or one the server made).
         * @example req_7d0c4b9f
         */
        RequestId: string;
        /** @description `true` when this response is the stored first response of an idempotent create. */
        IdempotentReplayed: "true";
        /**
         * @description Seconds to wait before retrying.
         * @example 2
         */
        RetryAfter: number;
        /**
         * @description The URL of the created resource.
         * @example /v1/referrals/ref_01JD7Q2K8M3N4P5R6S7T8V9W0X
         */
        Location: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getCurrentActor: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listAlliances: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alliances. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllianceList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAlliance: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                allianceId: components["parameters"]["AllianceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alliance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alliance"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listInstitutions: {
        parameters: {
            query?: {
                allianceId?: components["schemas"]["AllianceId"];
                /** @description Only leads or only members of the alliance(s). */
                role?: components["schemas"]["AllianceRole"];
                level?: components["schemas"]["InstitutionLevel"];
                /**
                 * @description Matches the Chinese or English name.
                 * @example 协和
                 */
                q?: string;
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of institutions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getInstitution: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listDepartments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The departments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listClinicians: {
        parameters: {
            query?: {
                institutionId?: components["schemas"]["InstitutionId"];
                departmentId?: components["schemas"]["DepartmentId"];
                isExpert?: boolean;
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of clinicians. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClinicianPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getClinician: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                clinicianId: components["schemas"]["ClinicianId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clinician. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clinician"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listExperts: {
        parameters: {
            query?: {
                allianceId?: components["schemas"]["AllianceId"];
                /** @description The experts' home institution. */
                institutionId?: components["schemas"]["InstitutionId"];
                departmentCode?: components["schemas"]["DepartmentCode"];
                /** @example 脑血管病 */
                specialty?: string;
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of experts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClinicianPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listReferrals: {
        parameters: {
            query?: {
                direction?: components["schemas"]["ReferralDirection"];
                /** @description One or more states (repeat the parameter). */
                status?: components["schemas"]["ReferralStatus"][];
                urgency?: components["schemas"]["ReferralUrgency"];
                /** @description Only referrals where this institution is the sending or receiving party. */
                partyInstitutionId?: components["schemas"]["InstitutionId"];
                /** @description Only referrals where the caller's institution sends (`sending`) or receives (`receiving`). */
                side?: "sending" | "receiving";
                createdFrom?: components["schemas"]["Instant"];
                createdTo?: components["schemas"]["Instant"];
                /**
                 * @description Only referrals of this department of the caller's institution: its sending department where the caller
                 *     sends, its receiving department where the caller receives (with `side`, only that side).
                 */
                departmentId?: components["parameters"]["ReferralDepartmentFilter"];
                /**
                 * @description A referral number (转诊单号), whole or its beginning, case-insensitive: `ZZ-20261203-000001` or
                 *     `ZZ-20261203`. Only the number is searched: patient data never goes into a URL (PIPL), so the pattern
                 *     admits the shape of a number's beginning only (letters, then hyphen-separated digits) — never a name or
                 *     an ID number.
                 * @example ZZ-20261203-000001
                 */
                q?: components["parameters"]["ReferralNumberSearch"];
                /**
                 * @description `newest` (default): the most recently created first. `green_first`: the work order of a queue — green
                 *     channel first, then urgent, then routine; within each, the oldest answer deadline (`answerDueAt`) first,
                 *     referrals without one (drafts) last, then the oldest created. A cursor belongs to the sort it was made for.
                 */
                sort?: components["parameters"]["ReferralSort"];
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of referrals in the order `sort` names (newest first by default). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralCreate"];
            };
        };
        responses: {
            /** @description Created (or the replay of the first response). */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    countReferrals: {
        parameters: {
            query?: {
                direction?: components["parameters"]["ReferralDirectionFilter"];
                /** @description One or more states (repeat the parameter). */
                status?: components["parameters"]["ReferralStatusFilter"];
                urgency?: components["parameters"]["ReferralUrgencyFilter"];
                /** @description Only referrals where this institution is the sending or receiving party. */
                partyInstitutionId?: components["parameters"]["ReferralPartyFilter"];
                /** @description Only referrals where the caller's institution sends (`sending`) or receives (`receiving`). */
                side?: components["parameters"]["ReferralSideFilter"];
                createdFrom?: components["parameters"]["ReferralCreatedFrom"];
                createdTo?: components["parameters"]["ReferralCreatedTo"];
                /**
                 * @description Only referrals of this department of the caller's institution: its sending department where the caller
                 *     sends, its receiving department where the caller receives (with `side`, only that side).
                 */
                departmentId?: components["parameters"]["ReferralDepartmentFilter"];
                /**
                 * @description A referral number (转诊单号), whole or its beginning, case-insensitive: `ZZ-20261203-000001` or
                 *     `ZZ-20261203`. Only the number is searched: patient data never goes into a URL (PIPL), so the pattern
                 *     admits the shape of a number's beginning only (letters, then hyphen-separated digits) — never a name or
                 *     an ID number.
                 * @example ZZ-20261203-000001
                 */
                q?: components["parameters"]["ReferralNumberSearch"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts of the matching referrals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralCounts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                referralId: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The referral; `ETag` is its version. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateReferral: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of the version the command was decided on.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                referralId: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralUpdate"];
            };
        };
        responses: {
            /** @description The referral after the edit; `ETag` is its new version. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersionConflict"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    transitionReferral: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of the version the command was decided on.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                referralId: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralTransition"];
            };
        };
        responses: {
            /** @description The referral after the command. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersionConflict"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    getReferralTimeline: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                referralId: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every event, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    verifyReferralSignature: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                referralId: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralSignatureVerification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addReferralAttachment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                referralId: components["parameters"]["ReferralId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentInput"];
            };
        };
        responses: {
            /** @description The attachment. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listConsultations: {
        parameters: {
            query?: {
                /** @description One or more states (repeat the parameter). */
                status?: components["parameters"]["ConsultationStatusFilter"];
                /** @description Only consultations the caller's institution invites (`inviting`) or is invited to (`invited`). */
                side?: components["parameters"]["ConsultationSideFilter"];
                urgency?: components["parameters"]["ConsultationUrgencyFilter"];
                /** @description Only consultations where this expert is scheduled or was asked for by name (an expert's inbox). */
                expertClinicianId?: components["parameters"]["ConsultationExpertFilter"];
                /** @description Only consultations where this institution is the inviting or the invited party. */
                partyInstitutionId?: components["parameters"]["ConsultationPartyFilter"];
                createdFrom?: components["parameters"]["ConsultationCreatedFrom"];
                createdTo?: components["parameters"]["ConsultationCreatedTo"];
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of consultations, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createConsultation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationCreate"];
            };
        };
        responses: {
            /** @description Created (or the replay of the first response). */
            201: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    countConsultations: {
        parameters: {
            query?: {
                /** @description One or more states (repeat the parameter). */
                status?: components["parameters"]["ConsultationStatusFilter"];
                /** @description Only consultations the caller's institution invites (`inviting`) or is invited to (`invited`). */
                side?: components["parameters"]["ConsultationSideFilter"];
                urgency?: components["parameters"]["ConsultationUrgencyFilter"];
                /** @description Only consultations where this expert is scheduled or was asked for by name (an expert's inbox). */
                expertClinicianId?: components["parameters"]["ConsultationExpertFilter"];
                /** @description Only consultations where this institution is the inviting or the invited party. */
                partyInstitutionId?: components["parameters"]["ConsultationPartyFilter"];
                createdFrom?: components["parameters"]["ConsultationCreatedFrom"];
                createdTo?: components["parameters"]["ConsultationCreatedTo"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts of the matching consultations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationCounts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getConsultation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                consultationId: components["parameters"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultation; `ETag` is its version. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    transitionConsultation: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of the version the command was decided on.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                consultationId: components["parameters"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultationTransition"];
            };
        };
        responses: {
            /** @description The consultation after the command. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consultation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersionConflict"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    getConsultationTimeline: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                consultationId: components["parameters"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every event, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    verifyConsultationSignatures: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                consultationId: components["parameters"]["ConsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultationSignatureVerificationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listActivities: {
        parameters: {
            query?: {
                allianceId?: components["schemas"]["AllianceId"];
                hostInstitutionId?: components["schemas"]["InstitutionId"];
                expertId?: components["schemas"]["ClinicianId"];
                departmentId?: components["schemas"]["DepartmentId"];
                /** @description Only the activities of this dispatch batch. */
                batchId?: components["schemas"]["DispatchBatchId"];
                kind?: components["schemas"]["ActivityKind"][];
                /**
                 * @description Inclusive lower bound (RFC 3339 instant with offset).
                 * @example 2026-11-23T00:00:00+08:00
                 */
                from?: components["parameters"]["FromInstant"];
                /**
                 * @description Exclusive upper bound (RFC 3339 instant with offset).
                 * @example 2026-11-30T00:00:00+08:00
                 */
                to?: components["parameters"]["ToInstant"];
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of activities, earliest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCreate"];
            };
        };
        responses: {
            /** @description Scheduled (or the replay of the first response). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                activityId: components["schemas"]["ActivityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The activity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listSlots: {
        parameters: {
            query: {
                from: components["schemas"]["Instant"];
                to: components["schemas"]["Instant"];
                expertId?: components["schemas"]["ClinicianId"];
                departmentId?: components["schemas"]["DepartmentId"];
                /** @description The host institution. */
                institutionId?: components["schemas"]["InstitutionId"];
                activityId?: components["schemas"]["ActivityId"];
                availableOnly?: boolean;
                /** @description Only slots of these activity kinds (a reschedule offers the kind of the booking). */
                activityKind?: components["schemas"]["ActivityKind"][];
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of slots. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlotPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                activityId?: components["schemas"]["ActivityId"];
                slotId?: components["schemas"]["SlotId"];
                status?: components["schemas"]["AppointmentStatus"];
                /**
                 * @description Inclusive lower bound (RFC 3339 instant with offset).
                 * @example 2026-11-23T00:00:00+08:00
                 */
                from?: components["parameters"]["FromInstant"];
                /**
                 * @description Exclusive upper bound (RFC 3339 instant with offset).
                 * @example 2026-11-30T00:00:00+08:00
                 */
                to?: components["parameters"]["ToInstant"];
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of appointments, earliest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    bookAppointment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentBook"];
            };
        };
        responses: {
            /** @description Booked (or the replay of the first response). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentCancel"];
            };
        };
        responses: {
            /** @description The cancelled appointment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    rescheduleAppointment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppointmentReschedule"];
            };
        };
        responses: {
            /** @description The appointment on its new slot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getAppointmentTimeline: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                appointmentId: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every event, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listDispatchBatches: {
        parameters: {
            query?: {
                sendingInstitutionId?: components["schemas"]["InstitutionId"];
                hostInstitutionId?: components["schemas"]["InstitutionId"];
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of batches, earliest start first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchBatchPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    countDispatchBatches: {
        parameters: {
            query?: {
                sendingInstitutionId?: components["schemas"]["InstitutionId"];
                hostInstitutionId?: components["schemas"]["InstitutionId"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The totals over every batch the filters select. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchBatchTotals"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getDispatchBatch: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                batchId: components["schemas"]["DispatchBatchId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DispatchBatch"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getFreeClinicQueue: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The 义诊 (`free_clinic`) activity. */
                activityId: components["parameters"]["FreeClinicActivityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue's state now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FreeClinicQueue"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listQueueTickets: {
        parameters: {
            query?: {
                departmentId?: components["schemas"]["DepartmentId"];
                status?: components["schemas"]["QueueTicketStatus"];
                /**
                 * @description The `nextCursor` of the previous page; absent for the first page.
                 * @example eyJrIjoiMjAyNi0xMS0yMiJ9
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The 义诊 (`free_clinic`) activity. */
                activityId: components["parameters"]["FreeClinicActivityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueTicketPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    registerWalkIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The 义诊 (`free_clinic`) activity. */
                activityId: components["parameters"]["FreeClinicActivityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueTicketCreate"];
            };
        };
        responses: {
            /** @description The ticket with its number (or the replay of the first response). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    callNextTicket: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The 义诊 (`free_clinic`) activity. */
                activityId: components["parameters"]["FreeClinicActivityId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueCallNext"];
            };
        };
        responses: {
            /** @description The ticket now called. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    closeQueueTicket: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The `ETag` of the version the command was decided on.
                 * @example "3"
                 */
                "If-Match": components["parameters"]["IfMatch"];
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The 义诊 (`free_clinic`) activity. */
                activityId: components["parameters"]["FreeClinicActivityId"];
                ticketId: components["schemas"]["QueueTicketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QueueTicketClose"];
            };
        };
        responses: {
            /** @description The closed ticket. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueTicket"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            412: components["responses"]["VersionConflict"];
            422: components["responses"]["Unprocessable"];
            428: components["responses"]["PreconditionRequired"];
        };
    };
    listMyConsents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The patient's consents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getRecognitionCatalogue: {
        parameters: {
            query?: {
                /** @example 京津冀 */
                scope?: string;
                kind?: components["schemas"]["ResultKind"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listQualifications: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                itemCode: components["parameters"]["ItemCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The qualifications, current and lapsed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualificationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    checkRecognition: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecognitionCheck"];
            };
        };
        responses: {
            /** @description The decision with its reasons. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionOutcome"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    recordRetest: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetestRecordCreate"];
            };
        };
        responses: {
            /** @description Recorded. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetestRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listRecognitionRegions: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every region, parents before children. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionRegionList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listRecognitionLists: {
        parameters: {
            query?: {
                regionId?: components["schemas"]["RecognitionRegionId"];
                type?: components["schemas"]["RecognitionListType"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lists with their item codes and qualified institutions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecognitionListList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    checkOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCheckRequest"];
            };
        };
        responses: {
            /** @description One line per ordered item, in the order given. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    recordAdoption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdoptionDecisionCreate"];
            };
        };
        responses: {
            /** @description Recorded (or the replay of the first response). */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionDecision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    registerResult: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResultRegister"];
            };
        };
        responses: {
            /** @description Registered (or the replay of the first response). */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Result"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    searchResults: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResultQuery"];
            };
        };
        responses: {
            /** @description A page of results, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getResult: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                resultId: components["schemas"]["ResultId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Result"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getResultTimeline: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                resultId: components["schemas"]["ResultId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every audited event, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getIndicators: {
        parameters: {
            query: {
                /** @description The alliance; the caller's institution must be a member of it (otherwise 404). */
                allianceId: components["schemas"]["AllianceId"];
                /**
                 * @description One member institution (a member of `allianceId`, otherwise 422 `#query/institutionId`
                 *     `unknown_reference`); without it the figures cover the whole alliance.
                 */
                institutionId?: components["schemas"]["InstitutionId"];
                /** @description The first Asia/Shanghai calendar day of the period. */
                from: components["schemas"]["LocalDate"];
                /**
                 * @description The last Asia/Shanghai calendar day of the period (inclusive). Not before `from` (422
                 *     `interval_invalid`); the period spans at most 366 days (422 `date_range_too_long`).
                 */
                to: components["schemas"]["LocalDate"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators of the period. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllianceIndicators"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    exportIndicators: {
        parameters: {
            query: {
                /** @description The alliance; the caller's institution must be a member of it (otherwise 404). */
                allianceId: components["schemas"]["AllianceId"];
                /**
                 * @description One member institution (a member of `allianceId`, otherwise 422 `#query/institutionId`
                 *     `unknown_reference`); without it the figures cover the whole alliance.
                 */
                institutionId?: components["schemas"]["InstitutionId"];
                /** @description The first Asia/Shanghai calendar day of the period. */
                from: components["schemas"]["LocalDate"];
                /**
                 * @description The last Asia/Shanghai calendar day of the period (inclusive). Not before `from` (422
                 *     `interval_invalid`); the period spans at most 366 days (422 `date_range_too_long`).
                 */
                to: components["schemas"]["LocalDate"];
            };
            header?: {
                /**
                 * @description The language of problem `title`, `detail` and field messages, as browsers send it
                 *     (`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)
                 *     and en that the header names, and in zh-CN otherwise; the problem's `locale` says which.
                 * @example zh-CN,zh;q=0.9
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators as CSV, months then the total. */
            200: {
                headers: {
                    /** @description `attachment; filename="indicators-<allianceId>-<from>-<to>.csv"` */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example period,up-referrals,down-referrals
                     *     2026-11,12,4
                     */
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous read; absent to read from the start.
                 * @example evt_000000000041
                 */
                after?: string;
                type?: components["schemas"]["EventType"][];
                /**
                 * @description Page size.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /**
                 * @description Where to start, as `Last-Event-ID` (for a first connection that already read the feed).
                 * @example evt_000000000041
                 */
                after?: string;
                type?: components["schemas"]["EventType"][];
            };
            header?: {
                /**
                 * @description The `id` of the last message received; the stream resumes after it. Wins over `after`.
                 * @example evt_000000000041
                 */
                "Last-Event-ID"?: string;
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description A stream of server-sent events, UTF-8, until the server or the client ends it. Its messages:
             *
             *     - First, `event: ready` with `id:` the position the stream starts from, `retry:` the reconnection
             *       delay in milliseconds, and `data:` `{"cursor":"evt_…"}` (the same position): a client that
             *       receives it knows the stream is live and where to resume from, even before any event.
             *     - Then one message per event: `id:` the event's `id` (its feed cursor), `event:` its `type`
             *       (`referral.accepted` …), `data:` the `Event` as JSON on one line.
             *     - Comment lines (`: heartbeat`) every few seconds while nothing happens, so proxies keep the
             *       connection open and a client can tell a live stream from a dead one.
             *
             *     ```
             *     event: ready
             *     data: {"cursor":"evt_000000000041"}
             *     id: evt_000000000041
             *     retry: 3000
             *
             *     event: referral.accepted
             *     data: {"id":"evt_000000000042","sequence":42,"type":"referral.accepted",…}
             *     id: evt_000000000042
             *
             *     : heartbeat
             *     ```
             */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example event: ready
                     *     data: {"cursor":"evt_000000000041"}
                     *     id: evt_000000000041
                     *     retry: 3000
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints (without secrets). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body
                 *     return the first response; the same key with a different body is a 422 `idempotency_key_reused`.
                 * @example 3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreate"];
            };
        };
        responses: {
            /** @description Registered. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                endpointId: components["schemas"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A caller-chosen id echoed in the response and in problem details, for support.
                 * @example req_7d0c4b9f
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                endpointId: components["schemas"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The most recent deliveries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    receiveAllianceEvent: {
        parameters: {
            query?: never;
            header: {
                /** @example t=1795404131,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd */
                "Yilian-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Event"];
            };
        };
        responses: {
            /** @description Received; any 2xx acknowledges. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
