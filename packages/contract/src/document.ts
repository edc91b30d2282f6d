// Generated from openapi.yaml by scripts/generate.mjs. Do not edit by hand.
import type { OpenAPIV31Document } from './document-type.js';

/** The alliance contract as a JavaScript object (what the server validates against and serves). */
export const openapiDocument: OpenAPIV31Document = {
  openapi: '3.1.0',
  info: {
    title: 'Yilian alliance services',
    version: '1.0.0',
    summary:
      'Two-way referral, expert dispatch and mutual recognition of results across a medical alliance (医联体).',
    description:
      "The wire contract between hospitals of a medical alliance and the alliance services.\nIt is the one source of truth: the reference server, the SDK and the widgets are built from it.\n\nConventions:\n- Every path is versioned under `/v1`.\n- Property names are camelCase; enum values are snake_case.\n- Ids are opaque strings with a type prefix (`ref_…`, `apt_…`); do not parse them.\n- Instants are RFC 3339 with an offset. The alliance reasons in Asia/Shanghai (UTC+08:00); calendar days\n  (`date`) are Asia/Shanghai days.\n- Patient data (name, identity number, phone) travels in request and response bodies only, never in a\n  path, a query string or a header. Identity numbers are returned masked unless the caller's role needs them.\n- Errors are `application/problem+json` (RFC 9457) with a stable `type` URI and a machine `code`.\n- Creates accept `Idempotency-Key`. A replay with the same key and the same body returns the first\n  successful response (same status, the same resource, shown to the replaying caller's role as a read would\n  show it: masked for a role that sees masked identity numbers) with `Idempotent-Replayed: true`; a request that failed\n  changed nothing and stored nothing, so its retry runs again. The same key with a different body is a 422\n  `idempotency_key_reused`; a replay that cannot yet see the first request's outcome is a 409\n  `idempotency_request_in_progress`. Keys are kept for 24 hours per institution.\n- Referral transitions require `If-Match` with the referral's current `ETag`; a stale tag is a 412\n  `version_conflict` whose problem carries the current referral, so concurrent decisions cannot both win.\n  `If-Match` uses the strong comparison (RFC 9110 §13.1.1): a weak tag (`W/\"3\"`) matches nothing.\n- Every string of a request (body, path, query, header) is Unicode text without NUL (U+0000) and without\n  lone surrogates (`\\uD800` unpaired): either is refused with the field code `invalid_characters`.\n- A `validation_failed` problem lists every invalid field of the request at once, schema and rule issues\n  together, each with its `code` and the `params` its message names.\n- Bearer tokens are HS256 JWTs that must carry `exp`, with a lifetime (`exp - iat`) of at most 24 hours.\n",
    license: {
      name: 'MIT',
      identifier: 'MIT',
    },
    contact: {
      name: 'Yilian maintainers',
    },
  },
  servers: [
    {
      url: 'http://127.0.0.1:8787',
      description: 'The reference alliance server on its default port',
    },
  ],
  security: [
    {
      bearerAuth: [],
    },
  ],
  tags: [
    {
      name: 'directory',
      description: 'Alliances, institutions, departments, clinicians and experts (联盟目录).',
    },
    {
      name: 'referrals',
      description: 'Two-way referral (双向转诊) as a closed loop.',
    },
    {
      name: 'consultations',
      description:
        'Remote consultation (远程会诊) as a closed loop — request, schedule, session, signed opinions, acknowledgement.',
    },
    {
      name: 'dispatch',
      description: 'Expert dispatch (专家下沉) — activities, slots and appointments.',
    },
    {
      name: 'recognition',
      description: 'Mutual recognition of examination and lab results (检查检验结果互认).',
    },
    {
      name: 'indicators',
      description:
        'Alliance indicators (成效监测) — the figures a coordinator reports, computed from the records.',
    },
    {
      name: 'events',
      description: 'The ordered event feed and webhooks.',
    },
    {
      name: 'system',
      description: 'Health and the contract itself.',
    },
  ],
  paths: {
    '/healthz': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness',
        tags: ['system'],
        security: [],
        responses: {
          '200': {
            description: 'The process is alive.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Health',
                },
              },
            },
          },
        },
      },
    },
    '/readyz': {
      get: {
        operationId: 'getReadiness',
        summary: 'Readiness (the database answers)',
        tags: ['system'],
        security: [],
        responses: {
          '200': {
            description: 'Ready to serve.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Health',
                },
              },
            },
          },
          '503': {
            $ref: '#/components/responses/ServiceUnavailable',
          },
        },
      },
    },
    '/v1/me': {
      get: {
        operationId: 'getCurrentActor',
        summary: 'Who the token acts as',
        description:
          'The institution, role and clinician of the bearer token, so UIs can show only what the caller may do.',
        tags: ['directory'],
        parameters: [
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The caller.',
            headers: {
              'X-Request-Id': {
                $ref: '#/components/headers/RequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Me',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/alliances': {
      get: {
        operationId: 'listAlliances',
        summary: "List the alliances the caller's institution belongs to",
        tags: ['directory'],
        parameters: [
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The alliances.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AllianceList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/alliances/{allianceId}': {
      get: {
        operationId: 'getAlliance',
        summary: 'Get an alliance',
        tags: ['directory'],
        parameters: [
          {
            $ref: '#/components/parameters/AllianceId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The alliance.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Alliance',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/institutions': {
      get: {
        operationId: 'listInstitutions',
        summary: "List institutions of the caller's alliances",
        tags: ['directory'],
        parameters: [
          {
            name: 'allianceId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/AllianceId',
            },
          },
          {
            name: 'role',
            in: 'query',
            required: false,
            description: 'Only leads or only members of the alliance(s).',
            schema: {
              $ref: '#/components/schemas/AllianceRole',
            },
          },
          {
            name: 'level',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/InstitutionLevel',
            },
          },
          {
            name: 'q',
            in: 'query',
            required: false,
            description: 'Matches the Chinese or English name.',
            schema: {
              type: 'string',
              maxLength: 64,
            },
            example: '协和',
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of institutions.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/InstitutionPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/institutions/{institutionId}': {
      get: {
        operationId: 'getInstitution',
        summary: 'Get an institution',
        tags: ['directory'],
        parameters: [
          {
            $ref: '#/components/parameters/InstitutionId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The institution.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Institution',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/institutions/{institutionId}/departments': {
      get: {
        operationId: 'listDepartments',
        summary: "List an institution's departments (诊疗科目)",
        tags: ['directory'],
        parameters: [
          {
            $ref: '#/components/parameters/InstitutionId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The departments.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DepartmentList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/clinicians': {
      get: {
        operationId: 'listClinicians',
        summary: "List clinicians of the caller's alliances",
        tags: ['directory'],
        parameters: [
          {
            name: 'institutionId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'departmentId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/DepartmentId',
            },
          },
          {
            name: 'isExpert',
            in: 'query',
            required: false,
            schema: {
              type: 'boolean',
            },
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of clinicians.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClinicianPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/clinicians/{clinicianId}': {
      get: {
        operationId: 'getClinician',
        summary: 'Get a clinician',
        tags: ['directory'],
        parameters: [
          {
            name: 'clinicianId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The clinician.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Clinician',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/experts': {
      get: {
        operationId: 'listExperts',
        summary: "List the experts dispatched in the caller's alliances",
        tags: ['directory', 'dispatch'],
        parameters: [
          {
            name: 'allianceId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/AllianceId',
            },
          },
          {
            name: 'institutionId',
            in: 'query',
            required: false,
            description: "The experts' home institution.",
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'departmentCode',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/DepartmentCode',
            },
          },
          {
            name: 'specialty',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 64,
            },
            example: '脑血管病',
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of experts.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ClinicianPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/referrals': {
      post: {
        operationId: 'createReferral',
        summary: 'Create a referral (上转 or 下转)',
        description:
          "Creates a `draft`, or a `submitted` referral when `submit` is true. The caller's institution must be the\nsending institution. A down-referral may name its parent up-referral, which must be `reported` or `closed`;\nwithout a parent it is created directly by the lead institution of an alliance the receiver belongs to (a\npatient admitted directly at the tertiary hospital), by its referring, receiving or coordinating side.\nReplays with the same `Idempotency-Key` return the first response.\n",
        tags: ['referrals'],
        parameters: [
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ReferralCreate',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created (or the replay of the first response).',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
              Location: {
                $ref: '#/components/headers/Location',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
              'X-Request-Id': {
                $ref: '#/components/headers/RequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Referral',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '429': {
            $ref: '#/components/responses/TooManyRequests',
          },
          '500': {
            $ref: '#/components/responses/InternalError',
          },
        },
      },
      get: {
        operationId: 'listReferrals',
        summary: "List referrals the caller's institution is party to",
        tags: ['referrals'],
        parameters: [
          {
            name: 'direction',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/ReferralDirection',
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            description: 'One or more states (repeat the parameter).',
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              maxItems: 12,
              items: {
                $ref: '#/components/schemas/ReferralStatus',
              },
            },
          },
          {
            name: 'urgency',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/ReferralUrgency',
            },
          },
          {
            name: 'partyInstitutionId',
            in: 'query',
            required: false,
            description: 'Only referrals where this institution is the sending or receiving party.',
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'side',
            in: 'query',
            required: false,
            description:
              "Only referrals where the caller's institution sends (`sending`) or receives (`receiving`).",
            schema: {
              type: 'string',
              enum: ['sending', 'receiving'],
            },
          },
          {
            name: 'createdFrom',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/Instant',
            },
          },
          {
            name: 'createdTo',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/Instant',
            },
          },
          {
            $ref: '#/components/parameters/ReferralDepartmentFilter',
          },
          {
            $ref: '#/components/parameters/ReferralNumberSearch',
          },
          {
            $ref: '#/components/parameters/ReferralSort',
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of referrals in the order `sort` names (newest first by default).',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReferralPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/referrals/counts': {
      get: {
        operationId: 'countReferrals',
        summary: 'Count the referrals of a work queue, by status group and by side',
        description:
          "How many referrals the caller's institution is party to match the filters, in total, per status group (the\ntabs of a work queue: `ReferralStatusGroup`) and per side (the caller sends or receives). Takes the filters of\n`listReferrals` (without `cursor`, `limit` and `sort`) and answers from the same visibility rule: a receiver\ncounts a referral once it has been submitted to it.\n",
        tags: ['referrals'],
        parameters: [
          {
            $ref: '#/components/parameters/ReferralDirectionFilter',
          },
          {
            $ref: '#/components/parameters/ReferralStatusFilter',
          },
          {
            $ref: '#/components/parameters/ReferralUrgencyFilter',
          },
          {
            $ref: '#/components/parameters/ReferralPartyFilter',
          },
          {
            $ref: '#/components/parameters/ReferralSideFilter',
          },
          {
            $ref: '#/components/parameters/ReferralCreatedFrom',
          },
          {
            $ref: '#/components/parameters/ReferralCreatedTo',
          },
          {
            $ref: '#/components/parameters/ReferralDepartmentFilter',
          },
          {
            $ref: '#/components/parameters/ReferralNumberSearch',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The counts of the matching referrals.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReferralCounts',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/referrals/{referralId}': {
      get: {
        operationId: 'getReferral',
        summary: 'Get a referral',
        tags: ['referrals'],
        parameters: [
          {
            $ref: '#/components/parameters/ReferralId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The referral; `ETag` is its version.',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Referral',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
      patch: {
        operationId: 'updateReferral',
        summary: 'Edit a draft referral',
        description:
          "Saves the sending side's edits of a referral that is still editable (a `draft`): the fields given replace\nthe stored ones, a `null` removes an optional field (JSON merge patch, RFC 7396), fields left out stay.\nThe merged referral is validated as a new one is. `If-Match` must carry the version the edit was made on\n(a 412 `version_conflict` otherwise), so two tabs editing one draft cannot overwrite each other silently.\nOnly the sending institution's referrers and coordinators edit (403 `forbidden`); a referral that is no\nlonger editable is a 422 `referral_not_editable`; an institution not party to it gets a 404.\n",
        tags: ['referrals'],
        parameters: [
          {
            $ref: '#/components/parameters/ReferralId',
          },
          {
            $ref: '#/components/parameters/IfMatch',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ReferralUpdate',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The referral after the edit; `ETag` is its new version.',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Referral',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '412': {
            $ref: '#/components/responses/VersionConflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '428': {
            $ref: '#/components/responses/PreconditionRequired',
          },
        },
      },
    },
    '/v1/referrals/{referralId}/transitions': {
      post: {
        operationId: 'transitionReferral',
        summary: 'Move a referral by a command',
        description:
          "Applies one command of the state table (DOMAIN §3). `If-Match` must carry the version the decision was\nmade on: when two clinicians decide at once, exactly one wins and the other gets a 412 `version_conflict`\nwith the current state. A command the state or the caller's role does not allow is a 422\n`invalid_transition` or a 403 `forbidden`.\n",
        tags: ['referrals'],
        parameters: [
          {
            $ref: '#/components/parameters/ReferralId',
          },
          {
            $ref: '#/components/parameters/IfMatch',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ReferralTransition',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The referral after the command.',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Referral',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '412': {
            $ref: '#/components/responses/VersionConflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '428': {
            $ref: '#/components/responses/PreconditionRequired',
          },
        },
      },
    },
    '/v1/referrals/{referralId}/timeline': {
      get: {
        operationId: 'getReferralTimeline',
        summary: "The referral's audit timeline",
        tags: ['referrals'],
        parameters: [
          {
            $ref: '#/components/parameters/ReferralId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'Every event, oldest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Timeline',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/referrals/{referralId}/signature': {
      get: {
        operationId: 'verifyReferralSignature',
        summary: "Verify the referral's electronic signature",
        description:
          "Recomputes the SHA-256 digest of the signed form (RFC 8785 canonical JSON of the form content as stored, the\nsigner and the signing time) and asks the server's signer (the digest-only default, or a hospital's CA) to\nverify its value. `valid` is false when the stored content no longer matches what was signed. A referral\nthat was never submitted has no signature: 404 `not_found`.\n",
        tags: ['referrals'],
        parameters: [
          {
            $ref: '#/components/parameters/ReferralId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The verification.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReferralSignatureVerification',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/referrals/{referralId}/attachments': {
      post: {
        operationId: 'addReferralAttachment',
        summary: 'Attach a record to a referral (metadata)',
        description:
          'Adds the metadata of a record referred with the patient; a `result` attachment names a registered result.',
        tags: ['referrals'],
        parameters: [
          {
            $ref: '#/components/parameters/ReferralId',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AttachmentInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The attachment.',
            headers: {
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Attachment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/consultations': {
      post: {
        operationId: 'createConsultation',
        summary: 'Request a remote consultation (远程会诊申请)',
        description:
          "The inviting institution (邀请方) asks an institution of a shared alliance for an expert opinion (DOMAIN §5a):\nthe question, a case summary, attachments (registered results, which show their recognition mark, and\nimage-study links) and the patient's **written** consent for `remote_consultation` (`written` or\n`electronic_signature`; a verbal consent is `consent_written_required`). The caller's institution must be the\ninviting institution, acting as a referrer or coordinator. The consultation starts `requested`. Replays with\nthe same `Idempotency-Key` return the first response, so a request queued offline is created once.\n",
        tags: ['consultations'],
        parameters: [
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ConsultationCreate',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created (or the replay of the first response).',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
              Location: {
                $ref: '#/components/headers/Location',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
              'X-Request-Id': {
                $ref: '#/components/headers/RequestId',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Consultation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '429': {
            $ref: '#/components/responses/TooManyRequests',
          },
          '500': {
            $ref: '#/components/responses/InternalError',
          },
        },
      },
      get: {
        operationId: 'listConsultations',
        summary: "List consultations the caller's institution is party to",
        description:
          "Newest first. An institution sees the consultations it invites or is invited to, nothing else. With\n`expertClinicianId`, only those where that expert is scheduled (or was asked for by name): an expert's inbox.\n",
        tags: ['consultations'],
        parameters: [
          {
            $ref: '#/components/parameters/ConsultationStatusFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationSideFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationUrgencyFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationExpertFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationPartyFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationCreatedFrom',
          },
          {
            $ref: '#/components/parameters/ConsultationCreatedTo',
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of consultations, newest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConsultationPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/consultations/counts': {
      get: {
        operationId: 'countConsultations',
        summary: 'Count the consultations of a work queue, by status group and by side',
        description:
          "How many consultations the caller's institution is party to match the filters of `listConsultations`\n(without `cursor` and `limit`), in total, per status group (`ConsultationStatusGroup`, the tabs of an inbox)\nand per side (the caller invites or is invited).\n",
        tags: ['consultations'],
        parameters: [
          {
            $ref: '#/components/parameters/ConsultationStatusFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationSideFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationUrgencyFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationExpertFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationPartyFilter',
          },
          {
            $ref: '#/components/parameters/ConsultationCreatedFrom',
          },
          {
            $ref: '#/components/parameters/ConsultationCreatedTo',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The counts of the matching consultations.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConsultationCounts',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/consultations/{consultationId}': {
      get: {
        operationId: 'getConsultation',
        summary: 'Get a consultation',
        description:
          'An institution not party to the consultation gets a 404, as for an id that does not exist.',
        tags: ['consultations'],
        parameters: [
          {
            $ref: '#/components/parameters/ConsultationId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The consultation; `ETag` is its version.',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Consultation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/consultations/{consultationId}/transitions': {
      post: {
        operationId: 'transitionConsultation',
        summary: 'Move a consultation by a command',
        description:
          "Applies one command of the consultation's state table (DOMAIN §5a): `schedule`, `decline`, `cancel`,\n`start_session`, `submit_opinion`, `acknowledge`. `If-Match` must carry the version the decision was made on:\nwhen two coordinators schedule at once, exactly one wins and the other gets a 412 `version_conflict` with\n`currentConsultationStatus`. A command the state does not allow is a 422 `invalid_transition`, one the\ncaller's role or party may not issue a 403 `forbidden` (both with `allowedConsultationCommands`). Each\nscheduled expert signs their own opinion (`submit_opinion`); the consultation is `reported` once every\nscheduled expert has signed. A second opinion by the same expert is a 409 `opinion_already_signed`.\n",
        tags: ['consultations'],
        parameters: [
          {
            $ref: '#/components/parameters/ConsultationId',
          },
          {
            $ref: '#/components/parameters/IfMatch',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ConsultationTransition',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The consultation after the command.',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Consultation',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '412': {
            $ref: '#/components/responses/VersionConflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '428': {
            $ref: '#/components/responses/PreconditionRequired',
          },
        },
      },
    },
    '/v1/consultations/{consultationId}/timeline': {
      get: {
        operationId: 'getConsultationTimeline',
        summary: "The consultation's audit timeline",
        tags: ['consultations'],
        parameters: [
          {
            $ref: '#/components/parameters/ConsultationId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'Every event, oldest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Timeline',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/consultations/{consultationId}/signatures': {
      get: {
        operationId: 'verifyConsultationSignatures',
        summary: "Verify every expert's signed opinion",
        description:
          "Recomputes the SHA-256 digest of each signed opinion (RFC 8785 canonical JSON of the opinion as stored, the\nconsultation id, the signer and the signing time) and asks the server's signer to verify its value, one\nverification per opinion in signing order; empty before the first opinion.\n",
        tags: ['consultations'],
        parameters: [
          {
            $ref: '#/components/parameters/ConsultationId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The verifications.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConsultationSignatureVerificationList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/activities': {
      get: {
        operationId: 'listActivities',
        summary: 'List expert activities',
        tags: ['dispatch'],
        parameters: [
          {
            name: 'allianceId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/AllianceId',
            },
          },
          {
            name: 'hostInstitutionId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'expertId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          {
            name: 'departmentId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/DepartmentId',
            },
          },
          {
            name: 'batchId',
            in: 'query',
            required: false,
            description: 'Only the activities of this dispatch batch.',
            schema: {
              $ref: '#/components/schemas/DispatchBatchId',
            },
          },
          {
            name: 'kind',
            in: 'query',
            required: false,
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              maxItems: 7,
              items: {
                $ref: '#/components/schemas/ActivityKind',
              },
            },
          },
          {
            $ref: '#/components/parameters/FromInstant',
          },
          {
            $ref: '#/components/parameters/ToInstant',
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of activities, earliest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ActivityPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
      post: {
        operationId: 'createActivity',
        summary: 'Schedule an expert activity, with its slots',
        description:
          "Staff (coordinator or admin) of the host institution, or of the experts' home institution, schedule an\nactivity. A clinic, surgery guidance or ward round needs every expert's practice registered or filed (备案)\nat the host on the activity's day (DOMAIN §4, 多机构执业): otherwise `practice_not_registered`, naming the\nexperts in `unregisteredExpertIds`. Lectures and remote consultations need no registration there.\n",
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ActivityCreate',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Scheduled (or the replay of the first response).',
            headers: {
              Location: {
                $ref: '#/components/headers/Location',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Activity',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/activities/{activityId}': {
      get: {
        operationId: 'getActivity',
        summary: 'Get an activity',
        tags: ['dispatch'],
        parameters: [
          {
            name: 'activityId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/ActivityId',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The activity.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Activity',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/slots': {
      get: {
        operationId: 'listSlots',
        summary: 'List bookable slots',
        description: 'Slots of bookable activities in `[from, to)` (at most 62 days), earliest first.',
        tags: ['dispatch'],
        parameters: [
          {
            name: 'from',
            in: 'query',
            required: true,
            schema: {
              $ref: '#/components/schemas/Instant',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: true,
            schema: {
              $ref: '#/components/schemas/Instant',
            },
          },
          {
            name: 'expertId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          {
            name: 'departmentId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/DepartmentId',
            },
          },
          {
            name: 'institutionId',
            in: 'query',
            required: false,
            description: 'The host institution.',
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'activityId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/ActivityId',
            },
          },
          {
            name: 'availableOnly',
            in: 'query',
            required: false,
            schema: {
              type: 'boolean',
              default: false,
            },
          },
          {
            name: 'activityKind',
            in: 'query',
            required: false,
            description: 'Only slots of these activity kinds (a reschedule offers the kind of the booking).',
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              maxItems: 4,
              items: {
                $ref: '#/components/schemas/ActivityKind',
              },
            },
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of slots.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/SlotPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/appointments': {
      post: {
        operationId: 'bookAppointment',
        summary: 'Book a slot',
        description:
          "Never exceeds the slot's capacity, also under concurrent requests. A patient may hold several bookings in\none activity (a 义诊 patient sees two departments) but never two that overlap in time (`booking_overlap`)\nnor two with the same expert in one activity (`expert_already_booked`), also under concurrent requests.\nA `patient` token books for its own patient only: the first booking binds the account to the patient's\nidentity document, and a booking for another identity is `patient_identity_mismatch`; the consent is the\npatient's own (`recordedBy` is left out, `method` is `electronic_signature`) and is kept per purpose.\n",
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AppointmentBook',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Booked (or the replay of the first response).',
            headers: {
              Location: {
                $ref: '#/components/headers/Location',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Appointment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
      get: {
        operationId: 'listAppointments',
        summary:
          "List appointments the caller's institution hosts or booked (a patient's own, for a `patient` token)",
        tags: ['dispatch'],
        parameters: [
          {
            name: 'activityId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/ActivityId',
            },
          },
          {
            name: 'slotId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/SlotId',
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/AppointmentStatus',
            },
          },
          {
            $ref: '#/components/parameters/FromInstant',
          },
          {
            $ref: '#/components/parameters/ToInstant',
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of appointments, earliest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AppointmentPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/appointments/{appointmentId}': {
      get: {
        operationId: 'getAppointment',
        summary: 'Get an appointment',
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/AppointmentId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The appointment.',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Appointment',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/appointments/{appointmentId}/cancel': {
      post: {
        operationId: 'cancelAppointment',
        summary: 'Cancel an appointment',
        description:
          'Patients may cancel until the start minus 2 hours; the expert or host at any time before the end.',
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/AppointmentId',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AppointmentCancel',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The cancelled appointment.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Appointment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/appointments/{appointmentId}/reschedule': {
      post: {
        operationId: 'rescheduleAppointment',
        summary: 'Move an appointment to another slot',
        description:
          'Books the new slot and releases the old one in one transaction; capacity and overlap rules apply to the new\nslot. The new slot may be in another activity (another week) but must be of the same activity kind and the\nsame expert (`reschedule_target_mismatch` otherwise).\n',
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/AppointmentId',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AppointmentReschedule',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The appointment on its new slot.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Appointment',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/appointments/{appointmentId}/timeline': {
      get: {
        operationId: 'getAppointmentTimeline',
        summary: "The appointment's audit timeline",
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/AppointmentId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'Every event, oldest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Timeline',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/dispatch-batches': {
      get: {
        operationId: 'listDispatchBatches',
        summary: 'List dispatch batches (派驻批次)',
        description:
          "Batches the caller's institution sends or hosts, or that a member of the caller's alliances hosts, earliest\nfirst. Each carries its counts (expert-visits 人次, activities by kind), computed from its activities.\n",
        tags: ['dispatch'],
        parameters: [
          {
            name: 'sendingInstitutionId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'hostInstitutionId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of batches, earliest start first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DispatchBatchPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/dispatch-batches/counts': {
      get: {
        operationId: 'countDispatchBatches',
        summary: 'Totals over dispatch batches ("10 批次 43 人次")',
        tags: ['dispatch'],
        parameters: [
          {
            name: 'sendingInstitutionId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'hostInstitutionId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The totals over every batch the filters select.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DispatchBatchTotals',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/dispatch-batches/{batchId}': {
      get: {
        operationId: 'getDispatchBatch',
        summary: 'Get a dispatch batch with its counts',
        tags: ['dispatch'],
        parameters: [
          {
            name: 'batchId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/DispatchBatchId',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The batch.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/DispatchBatch',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/free-clinics/{activityId}/queue': {
      get: {
        operationId: 'getFreeClinicQueue',
        summary: "The live state of a 义诊 day's queues and the day's counts",
        description:
          "Per department: the number being served, how many wait, the last number issued; and the day's counts\n(registered, seen, left without being seen). Holds numbers only, never patient data, so a waiting-room\ndisplay and a patient may read it. Changes are announced in the feed as `queue.*` events.\n",
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/FreeClinicActivityId',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: "The queue's state now.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/FreeClinicQueue',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
        },
      },
    },
    '/v1/free-clinics/{activityId}/queue/tickets': {
      post: {
        operationId: 'registerWalkIn',
        summary: 'Register a walk-in patient at a 义诊 desk and issue a queue number',
        description:
          "Issues the next number of the department's queue (1, 2, 3… per department and day). Only staff of the host\ninstitution (the registration desk). The same patient may hold one waiting ticket per department.\n",
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/FreeClinicActivityId',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/QueueTicketCreate',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The ticket with its number (or the replay of the first response).',
            headers: {
              Location: {
                $ref: '#/components/headers/Location',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/QueueTicket',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
      get: {
        operationId: 'listQueueTickets',
        summary: "The tickets of a 义诊 day (the desk's list), by department and number",
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/FreeClinicActivityId',
          },
          {
            name: 'departmentId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/DepartmentId',
            },
          },
          {
            name: 'status',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/QueueTicketStatus',
            },
          },
          {
            $ref: '#/components/parameters/Cursor',
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of tickets.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/QueueTicketPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/free-clinics/{activityId}/queue/call-next': {
      post: {
        operationId: 'callNextTicket',
        summary: "Call the next number of a department's queue",
        description:
          "The department's desk calls the lowest waiting number; a ticket it called before and did not close is\ncounted as seen. Concurrent calls never call the same number twice. `queue_empty` when nobody waits.\n",
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/FreeClinicActivityId',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/QueueCallNext',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The ticket now called.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/QueueTicket',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/free-clinics/{activityId}/queue/tickets/{ticketId}/close': {
      post: {
        operationId: 'closeQueueTicket',
        summary: 'Close a ticket as seen or as left without being seen',
        description: "A waiting or called ticket closes once; requires `If-Match` with the ticket's version.",
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/FreeClinicActivityId',
          },
          {
            name: 'ticketId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/QueueTicketId',
            },
          },
          {
            $ref: '#/components/parameters/IfMatch',
          },
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/QueueTicketClose',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The closed ticket.',
            headers: {
              ETag: {
                $ref: '#/components/headers/ETag',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/QueueTicket',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '412': {
            $ref: '#/components/responses/VersionConflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
          '428': {
            $ref: '#/components/responses/PreconditionRequired',
          },
        },
      },
    },
    '/v1/me/consents': {
      get: {
        operationId: 'listMyConsents',
        summary: "A patient's own consents, one per purpose",
        description: 'Only for a `patient` token; the latest consent the patient gave for each purpose.',
        tags: ['dispatch'],
        parameters: [
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: "The patient's consents.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ConsentList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/recognition/catalogue': {
      get: {
        operationId: 'getRecognitionCatalogue',
        summary: 'The recognition catalogue (互认项目)',
        tags: ['recognition'],
        parameters: [
          {
            name: 'scope',
            in: 'query',
            required: false,
            schema: {
              type: 'string',
              maxLength: 32,
            },
            example: '京津冀',
          },
          {
            name: 'kind',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/ResultKind',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The items.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Catalogue',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/recognition/catalogue/{itemCode}/qualifications': {
      get: {
        operationId: 'listQualifications',
        summary: 'Institutions qualified for an item',
        tags: ['recognition'],
        parameters: [
          {
            $ref: '#/components/parameters/ItemCode',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The qualifications, current and lapsed.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/QualificationList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/recognition/checks': {
      post: {
        operationId: 'checkRecognition',
        summary: 'Decide whether a result is recognized',
        description:
          'Safe: it changes nothing and may be retried freely (it is a POST only because its input can carry ids of\npatient results, which never go in a URL). Check order is item → institution → window (DOMAIN §5).\n',
        tags: ['recognition'],
        parameters: [
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RecognitionCheck',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The decision with its reasons.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecognitionOutcome',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/recognition/retests': {
      post: {
        operationId: 'recordRetest',
        summary: 'Record a documented re-test reason',
        tags: ['recognition'],
        parameters: [
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/RetestRecordCreate',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Recorded.',
            headers: {
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RetestRecord',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/recognition/regions': {
      get: {
        operationId: 'listRecognitionRegions',
        summary: 'The recognition regions (全国 ⊃ 京津冀 ⊃ province ⊃ city) and their configuration',
        description:
          'Recognition is keyed to regions, not alliances (DOMAIN §5): an institution recognises results marked 全国 or\nmarked with one of its own regions. Each region says which regional re-test reasons extend the national list\nand whether lower-level institutions only must recognise higher-level ones.\n',
        tags: ['recognition'],
        parameters: [
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'Every region, parents before children.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecognitionRegionList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/recognition/lists': {
      get: {
        operationId: 'listRecognitionLists',
        summary: 'The recognition (HR) and sharing (GX) lists per region',
        tags: ['recognition'],
        parameters: [
          {
            name: 'regionId',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/RecognitionRegionId',
            },
          },
          {
            name: 'type',
            in: 'query',
            required: false,
            schema: {
              $ref: '#/components/schemas/RecognitionListType',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The lists with their item codes and qualified institutions.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/RecognitionListList',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/recognition/order-checks': {
      post: {
        operationId: 'checkOrder',
        summary: "Check a whole order against the patient's results across the alliance (检验/检查申请前)",
        description:
          "Given a patient and the items a doctor is about to order, answers for each item the best recognisable result\nof the patient among the results the caller may see (its own institution's and its alliances'), or why there\nis none, so the repeat test is avoided before it is ordered. One request for the whole order. Safe and\nretryable (a POST because the patient's identity travels in the body, never in a URL).\n",
        tags: ['recognition'],
        parameters: [
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/OrderCheckRequest',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'One line per ordered item, in the order given.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/OrderCheck',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/recognition/adoptions': {
      post: {
        operationId: 'recordAdoption',
        summary: 'Record whether a recognisable result was adopted (采纳/不采纳)',
        description:
          "After a check that found a `recognized` or `shared` result, the doctor records adopted, or not adopted with a\nnational or regional re-test reason (`other` needs text). \"Explained to the patient\" is required. The item's\nprice at the doctor's institution is stored with the decision (the savings when adopted). Audited on the\nresult's timeline and announced as `adoption.recorded`. A result that is not recognisable now is refused with\n`result_not_recognisable`.\n",
        tags: ['recognition'],
        parameters: [
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/AdoptionDecisionCreate',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Recorded (or the replay of the first response).',
            headers: {
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AdoptionDecision',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '409': {
            $ref: '#/components/responses/Conflict',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/results': {
      post: {
        operationId: 'registerResult',
        summary: 'Register a result',
        tags: ['recognition'],
        parameters: [
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ResultRegister',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Registered (or the replay of the first response).',
            headers: {
              Location: {
                $ref: '#/components/headers/Location',
              },
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Result',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/results/search': {
      post: {
        operationId: 'searchResults',
        summary: "List a patient's results",
        description: "The patient's identity travels in the body, never in the URL. Safe and retryable.",
        tags: ['recognition'],
        parameters: [
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/ResultQuery',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'A page of results, newest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ResultPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/results/{resultId}': {
      get: {
        operationId: 'getResult',
        summary: 'Get a result',
        tags: ['recognition'],
        parameters: [
          {
            name: 'resultId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/ResultId',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The result.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Result',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/results/{resultId}/timeline': {
      get: {
        operationId: 'getResultTimeline',
        summary: "The result's audit timeline (registration, adoption decisions, re-tests)",
        tags: ['recognition'],
        parameters: [
          {
            name: 'resultId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/ResultId',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'Every audited event, oldest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Timeline',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/indicators': {
      get: {
        operationId: 'getIndicators',
        summary: 'Alliance indicators (成效监测) for a period',
        description:
          "The figures of DOMAIN §5b for one alliance (or one member institution of it) over the Asia/Shanghai calendar\ndays `[from, to]`, with the same figures per calendar month touched by the period. Every figure is counted\nfrom the stored records when asked (referral audit trail, activities, dispatch batches, 义诊 queue tickets,\nconsultations, adoption decisions); the definitions are in `AllianceIndicators`. Coordinators and admins of a\nmember institution only (403 for other roles; 404 for an alliance the caller's institution is not in).\n",
        tags: ['indicators'],
        parameters: [
          {
            name: 'allianceId',
            in: 'query',
            required: true,
            description: "The alliance; the caller's institution must be a member of it (otherwise 404).",
            schema: {
              $ref: '#/components/schemas/AllianceId',
            },
          },
          {
            name: 'institutionId',
            in: 'query',
            required: false,
            description:
              'One member institution (a member of `allianceId`, otherwise 422 `#query/institutionId`\n`unknown_reference`); without it the figures cover the whole alliance.\n',
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'from',
            in: 'query',
            required: true,
            description: 'The first Asia/Shanghai calendar day of the period.',
            schema: {
              $ref: '#/components/schemas/LocalDate',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: true,
            description:
              'The last Asia/Shanghai calendar day of the period (inclusive). Not before `from` (422\n`interval_invalid`); the period spans at most 366 days (422 `date_range_too_long`).\n',
            schema: {
              $ref: '#/components/schemas/LocalDate',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The indicators of the period.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/AllianceIndicators',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/indicators/export': {
      get: {
        operationId: 'exportIndicators',
        summary: 'The alliance indicators as CSV',
        description:
          "The figures of `getIndicators` for the same query, as CSV (RFC 4180, UTF-8 with a byte-order mark so that\nExcel reads Chinese, CRLF line ends): a header row in the caller's language (`Accept-Language`: zh-CN, the\ndefault, zh-TW or en), then one row per calendar month touched by the period (`YYYY-MM`) and a last row\nwhose period cell is the period itself (`YYYY-MM-DD/YYYY-MM-DD`) holding the totals. Columns, in order:\nperiod, up-referrals, down-referrals, down-referral rate, answered, answer median (min), answer p90 (min),\nclosed-loop eligible, closed, closed-loop rate, green channel, green accept median (min), green overdue,\nrejected, expired, returned for information, cancelled, no-show, expert-visits, activities, batches,\n义诊 registered, 义诊 seen, consultations requested, reported, closed, opinion median (min), opinion p90 (min),\nrecognition checks, recognisable, adopted, adoption rate, savings (CNY, yuan with two decimals), repeat tests\navoided. Rates have four decimals; an empty cell is a figure with nothing to compute from (null in JSON).\nThe same access rules as `getIndicators`.\n",
        tags: ['indicators'],
        parameters: [
          {
            name: 'allianceId',
            in: 'query',
            required: true,
            description: "The alliance; the caller's institution must be a member of it (otherwise 404).",
            schema: {
              $ref: '#/components/schemas/AllianceId',
            },
          },
          {
            name: 'institutionId',
            in: 'query',
            required: false,
            description:
              'One member institution (a member of `allianceId`, otherwise 422 `#query/institutionId`\n`unknown_reference`); without it the figures cover the whole alliance.\n',
            schema: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          {
            name: 'from',
            in: 'query',
            required: true,
            description: 'The first Asia/Shanghai calendar day of the period.',
            schema: {
              $ref: '#/components/schemas/LocalDate',
            },
          },
          {
            name: 'to',
            in: 'query',
            required: true,
            description:
              'The last Asia/Shanghai calendar day of the period (inclusive). Not before `from` (422\n`interval_invalid`); the period spans at most 366 days (422 `date_range_too_long`).\n',
            schema: {
              $ref: '#/components/schemas/LocalDate',
            },
          },
          {
            $ref: '#/components/parameters/AcceptLanguage',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The indicators as CSV, months then the total.',
            headers: {
              'Content-Disposition': {
                description: '`attachment; filename="indicators-<allianceId>-<from>-<to>.csv"`',
                schema: {
                  type: 'string',
                },
              },
            },
            content: {
              'text/csv': {
                schema: {
                  type: 'string',
                },
                example: '﻿period,up-referrals,down-referrals\r\n2026-11,12,4\r\n',
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
    },
    '/v1/events': {
      get: {
        operationId: 'listEvents',
        summary: 'Read the ordered event feed',
        description: "Events of the caller's institution after the cursor, oldest first.",
        tags: ['events'],
        parameters: [
          {
            name: 'after',
            in: 'query',
            required: false,
            description: 'The `nextCursor` of the previous read; absent to read from the start.',
            schema: {
              type: 'string',
              maxLength: 64,
            },
            example: 'evt_000000000041',
          },
          {
            name: 'type',
            in: 'query',
            required: false,
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              maxItems: 20,
              items: {
                $ref: '#/components/schemas/EventType',
              },
            },
          },
          {
            $ref: '#/components/parameters/Limit',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'A page of events.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EventPage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/events/stream': {
      get: {
        operationId: 'streamEvents',
        summary: 'Follow the event feed live (server-sent events)',
        description:
          "The caller's institution's events as they are published, as `text/event-stream` (WHATWG server-sent events):\nthe same events, visibility and `type` filter as `GET /v1/events`, in the same gap-free order. Authenticate\nwith the `Authorization` header as on every route (a browser's `EventSource` cannot send it: use `fetch`\nstreaming, as `client.events.subscribe()` does); never put a token in the URL.\n\nResume after a dropped connection with `Last-Event-ID` (or `after`): the stream then sends every event\nafter that id, none twice and none missing. Without either it starts at the end of the feed (new events\nonly). The stream may end at any time (a deploy, the connection's lifetime cap): reconnect with the last\nid. Each clinician may hold a few streams at once; one more is a 429 `rate_limited`.\n",
        tags: ['events'],
        parameters: [
          {
            name: 'Last-Event-ID',
            in: 'header',
            required: false,
            description:
              'The `id` of the last message received; the stream resumes after it. Wins over `after`.',
            schema: {
              type: 'string',
              pattern: '^evt_[0-9]{1,18}$',
            },
            example: 'evt_000000000041',
          },
          {
            name: 'after',
            in: 'query',
            required: false,
            description:
              'Where to start, as `Last-Event-ID` (for a first connection that already read the feed).',
            schema: {
              type: 'string',
              pattern: '^evt_[0-9]{1,18}$',
            },
            example: 'evt_000000000041',
          },
          {
            name: 'type',
            in: 'query',
            required: false,
            style: 'form',
            explode: true,
            schema: {
              type: 'array',
              maxItems: 20,
              items: {
                $ref: '#/components/schemas/EventType',
              },
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description:
              'A stream of server-sent events, UTF-8, until the server or the client ends it. Its messages:\n\n- First, `event: ready` with `id:` the position the stream starts from, `retry:` the reconnection\n  delay in milliseconds, and `data:` `{"cursor":"evt_…"}` (the same position): a client that\n  receives it knows the stream is live and where to resume from, even before any event.\n- Then one message per event: `id:` the event\'s `id` (its feed cursor), `event:` its `type`\n  (`referral.accepted` …), `data:` the `Event` as JSON on one line.\n- Comment lines (`: heartbeat`) every few seconds while nothing happens, so proxies keep the\n  connection open and a client can tell a live stream from a dead one.\n\n```\nevent: ready\ndata: {"cursor":"evt_000000000041"}\nid: evt_000000000041\nretry: 3000\n\nevent: referral.accepted\ndata: {"id":"evt_000000000042","sequence":42,"type":"referral.accepted",…}\nid: evt_000000000042\n\n: heartbeat\n```\n',
            headers: {
              'X-Request-Id': {
                $ref: '#/components/headers/RequestId',
              },
            },
            content: {
              'text/event-stream': {
                schema: {
                  type: 'string',
                },
                example:
                  'event: ready\ndata: {"cursor":"evt_000000000041"}\nid: evt_000000000041\nretry: 3000\n\n',
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '429': {
            $ref: '#/components/responses/TooManyRequests',
          },
        },
      },
    },
    '/v1/webhook-endpoints': {
      post: {
        operationId: 'createWebhookEndpoint',
        summary: 'Register a webhook endpoint',
        description:
          'The response carries the signing secret once. Deliveries are signed `Yilian-Signature t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`.',
        tags: ['events'],
        parameters: [
          {
            $ref: '#/components/parameters/IdempotencyKey',
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/WebhookEndpointCreate',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Registered.',
            headers: {
              'Idempotent-Replayed': {
                $ref: '#/components/headers/IdempotentReplayed',
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WebhookEndpoint',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/BadRequest',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '422': {
            $ref: '#/components/responses/Unprocessable',
          },
        },
      },
      get: {
        operationId: 'listWebhookEndpoints',
        summary: "List the institution's webhook endpoints",
        tags: ['events'],
        parameters: [
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The endpoints (without secrets).',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WebhookEndpointList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
        },
      },
    },
    '/v1/webhook-endpoints/{endpointId}': {
      delete: {
        operationId: 'deleteWebhookEndpoint',
        summary: 'Remove a webhook endpoint',
        tags: ['events'],
        parameters: [
          {
            name: 'endpointId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/WebhookEndpointId',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '204': {
            description: 'Removed.',
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
    '/v1/webhook-endpoints/{endpointId}/deliveries': {
      get: {
        operationId: 'listWebhookDeliveries',
        summary: 'The delivery log of an endpoint',
        tags: ['events'],
        parameters: [
          {
            name: 'endpointId',
            in: 'path',
            required: true,
            schema: {
              $ref: '#/components/schemas/WebhookEndpointId',
            },
          },
          {
            $ref: '#/components/parameters/RequestId',
          },
        ],
        responses: {
          '200': {
            description: 'The most recent deliveries, newest first.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WebhookDeliveryList',
                },
              },
            },
          },
          '401': {
            $ref: '#/components/responses/Unauthorized',
          },
          '403': {
            $ref: '#/components/responses/Forbidden',
          },
          '404': {
            $ref: '#/components/responses/NotFound',
          },
        },
      },
    },
  },
  webhooks: {
    allianceEvent: {
      post: {
        operationId: 'receiveAllianceEvent',
        summary: 'An event delivered to a registered endpoint',
        description:
          'Verify `Yilian-Signature` (`t=<unix seconds>,v1=<hex HMAC-SHA256 over "<t>.<raw body>" with the endpoint\nsecret>`) in constant time and reject timestamps older than your tolerance (5 minutes by default) before\ntrusting the body. Deliveries are retried with backoff until a 2xx; the same event may arrive twice, so\ndeduplicate by `id`.\n',
        tags: ['events'],
        security: [],
        parameters: [
          {
            name: 'Yilian-Signature',
            in: 'header',
            required: true,
            schema: {
              type: 'string',
            },
            example: 't=1795404131,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/Event',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Received; any 2xx acknowledges.',
          },
        },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'A signed token naming one institution, one role and one clinician.',
      },
    },
    parameters: {
      IdempotencyKey: {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'A unique key (1–255 printable ASCII characters) for this create. Replays with the same key and body\nreturn the first response; the same key with a different body is a 422 `idempotency_key_reused`.\n',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 255,
          pattern: '^[\\x21-\\x7E]+$',
        },
        example: '3f1c2a5e-8e4b-4d7a-9a51-2b1f0c7d9e10',
      },
      IfMatch: {
        name: 'If-Match',
        in: 'header',
        required: true,
        description: 'The `ETag` of the version the command was decided on.',
        schema: {
          type: 'string',
          minLength: 1,
        },
        example: '"3"',
      },
      RequestId: {
        name: 'X-Request-Id',
        in: 'header',
        required: false,
        description: 'A caller-chosen id echoed in the response and in problem details, for support.',
        schema: {
          type: 'string',
          maxLength: 128,
          pattern: '^[\\x21-\\x7E]+$',
        },
        example: 'req_7d0c4b9f',
      },
      AcceptLanguage: {
        name: 'Accept-Language',
        in: 'header',
        required: false,
        description:
          "The language of problem `title`, `detail` and field messages, as browsers send it\n(`zh-CN,zh;q=0.9,en;q=0.8`). The server answers in the first of zh-CN, zh-TW (also for zh-HK and zh-Hant)\nand en that the header names, and in zh-CN otherwise; the problem's `locale` says which.\n",
        schema: {
          type: 'string',
          maxLength: 256,
        },
        example: 'zh-CN,zh;q=0.9',
      },
      ReferralDirectionFilter: {
        name: 'direction',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/ReferralDirection',
        },
      },
      ReferralStatusFilter: {
        name: 'status',
        in: 'query',
        required: false,
        description: 'One or more states (repeat the parameter).',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          maxItems: 11,
          items: {
            $ref: '#/components/schemas/ReferralStatus',
          },
        },
      },
      ReferralUrgencyFilter: {
        name: 'urgency',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/ReferralUrgency',
        },
      },
      ReferralPartyFilter: {
        name: 'partyInstitutionId',
        in: 'query',
        required: false,
        description: 'Only referrals where this institution is the sending or receiving party.',
        schema: {
          $ref: '#/components/schemas/InstitutionId',
        },
      },
      ReferralSideFilter: {
        name: 'side',
        in: 'query',
        required: false,
        description:
          "Only referrals where the caller's institution sends (`sending`) or receives (`receiving`).",
        schema: {
          type: 'string',
          enum: ['sending', 'receiving'],
        },
      },
      ReferralCreatedFrom: {
        name: 'createdFrom',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/Instant',
        },
      },
      ReferralCreatedTo: {
        name: 'createdTo',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/Instant',
        },
      },
      ReferralDepartmentFilter: {
        name: 'departmentId',
        in: 'query',
        required: false,
        description:
          "Only referrals of this department of the caller's institution: its sending department where the caller\nsends, its receiving department where the caller receives (with `side`, only that side).\n",
        schema: {
          $ref: '#/components/schemas/DepartmentId',
        },
      },
      ReferralNumberSearch: {
        name: 'q',
        in: 'query',
        required: false,
        description:
          "A referral number (转诊单号), whole or its beginning, case-insensitive: `ZZ-20261203-000001` or\n`ZZ-20261203`. Only the number is searched: patient data never goes into a URL (PIPL), so the pattern\nadmits the shape of a number's beginning only (letters, then hyphen-separated digits) — never a name or\nan ID number.\n",
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 32,
          pattern: '^[A-Za-z]{1,8}(-[0-9]{0,8}(-[0-9]{0,12})?)?$',
        },
        example: 'ZZ-20261203-000001',
      },
      ReferralSort: {
        name: 'sort',
        in: 'query',
        required: false,
        description:
          '`newest` (default): the most recently created first. `green_first`: the work order of a queue — green\nchannel first, then urgent, then routine; within each, the oldest answer deadline (`answerDueAt`) first,\nreferrals without one (drafts) last, then the oldest created. A cursor belongs to the sort it was made for.\n',
        schema: {
          $ref: '#/components/schemas/ReferralSort',
        },
      },
      ConsultationStatusFilter: {
        name: 'status',
        in: 'query',
        required: false,
        description: 'One or more states (repeat the parameter).',
        style: 'form',
        explode: true,
        schema: {
          type: 'array',
          maxItems: 7,
          items: {
            $ref: '#/components/schemas/ConsultationStatus',
          },
        },
      },
      ConsultationSideFilter: {
        name: 'side',
        in: 'query',
        required: false,
        description:
          "Only consultations the caller's institution invites (`inviting`) or is invited to (`invited`).",
        schema: {
          $ref: '#/components/schemas/ConsultationSide',
        },
      },
      ConsultationUrgencyFilter: {
        name: 'urgency',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/ConsultationUrgency',
        },
      },
      ConsultationExpertFilter: {
        name: 'expertClinicianId',
        in: 'query',
        required: false,
        description:
          "Only consultations where this expert is scheduled or was asked for by name (an expert's inbox).",
        schema: {
          $ref: '#/components/schemas/ClinicianId',
        },
      },
      ConsultationPartyFilter: {
        name: 'partyInstitutionId',
        in: 'query',
        required: false,
        description: 'Only consultations where this institution is the inviting or the invited party.',
        schema: {
          $ref: '#/components/schemas/InstitutionId',
        },
      },
      ConsultationCreatedFrom: {
        name: 'createdFrom',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/Instant',
        },
      },
      ConsultationCreatedTo: {
        name: 'createdTo',
        in: 'query',
        required: false,
        schema: {
          $ref: '#/components/schemas/Instant',
        },
      },
      ConsultationId: {
        name: 'consultationId',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/ConsultationId',
        },
      },
      Cursor: {
        name: 'cursor',
        in: 'query',
        required: false,
        description: 'The `nextCursor` of the previous page; absent for the first page.',
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 512,
        },
        example: 'eyJrIjoiMjAyNi0xMS0yMiJ9',
      },
      Limit: {
        name: 'limit',
        in: 'query',
        required: false,
        description: 'Page size.',
        schema: {
          type: 'integer',
          minimum: 1,
          maximum: 100,
          default: 20,
        },
        example: 20,
      },
      AllianceId: {
        name: 'allianceId',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/AllianceId',
        },
      },
      InstitutionId: {
        name: 'institutionId',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/InstitutionId',
        },
      },
      ReferralId: {
        name: 'referralId',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/ReferralId',
        },
      },
      AppointmentId: {
        name: 'appointmentId',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/AppointmentId',
        },
      },
      FreeClinicActivityId: {
        name: 'activityId',
        in: 'path',
        required: true,
        description: 'The 义诊 (`free_clinic`) activity.',
        schema: {
          $ref: '#/components/schemas/ActivityId',
        },
      },
      ItemCode: {
        name: 'itemCode',
        in: 'path',
        required: true,
        schema: {
          $ref: '#/components/schemas/ItemCode',
        },
      },
      FromInstant: {
        name: 'from',
        in: 'query',
        required: false,
        description: 'Inclusive lower bound (RFC 3339 instant with offset).',
        schema: {
          type: 'string',
          format: 'date-time',
        },
        example: '2026-11-23T00:00:00+08:00',
      },
      ToInstant: {
        name: 'to',
        in: 'query',
        required: false,
        description: 'Exclusive upper bound (RFC 3339 instant with offset).',
        schema: {
          type: 'string',
          format: 'date-time',
        },
        example: '2026-11-30T00:00:00+08:00',
      },
    },
    headers: {
      ETag: {
        description: 'The version of the returned resource, for `If-Match`.',
        schema: {
          type: 'string',
        },
        example: '"3"',
      },
      RequestId: {
        description: "The request id (the caller's `X-Request-Id`, or one the server made).",
        schema: {
          type: 'string',
        },
        example: 'req_7d0c4b9f',
      },
      IdempotentReplayed: {
        description: '`true` when this response is the stored first response of an idempotent create.',
        schema: {
          type: 'string',
          enum: ['true'],
        },
      },
      RetryAfter: {
        description: 'Seconds to wait before retrying.',
        schema: {
          type: 'integer',
          minimum: 0,
        },
        example: 2,
      },
      Location: {
        description: 'The URL of the created resource.',
        schema: {
          type: 'string',
        },
        example: '/v1/referrals/ref_01JD7Q2K8M3N4P5R6S7T8V9W0X',
      },
    },
    responses: {
      BadRequest: {
        description: 'The request is malformed or fails validation.',
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            examples: {
              validation: {
                $ref: '#/components/examples/ValidationProblem',
              },
            },
          },
        },
      },
      Unauthorized: {
        description: 'No valid bearer token.',
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            example: {
              type: 'https://yilian.dev/problems/unauthenticated',
              title: 'Authentication required',
              status: 401,
              code: 'unauthenticated',
              detail: 'The bearer token is missing, malformed or expired.',
              reason: 'token_expired',
              requestId: 'req_7d0c4b9f',
            },
          },
        },
      },
      Forbidden: {
        description:
          "The caller's role may not do this. `requiredRoles` names the roles that may; on a referral, `allowedCommands` lists what the caller may do instead. A `patient` token gets it for every operation outside the directory, the calendar and its own appointments; a booking for another identity than the patient account's is `patient_identity_mismatch`.",
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            example: {
              type: 'https://yilian.dev/problems/forbidden',
              title: 'Not allowed for this role',
              status: 403,
              code: 'forbidden',
              detail: 'The role referrer may not accept a referral.',
              requiredRoles: ['receiver', 'coordinator'],
              allowedCommands: ['cancel'],
              requestId: 'req_7d0c4b9f',
            },
          },
        },
      },
      NotFound: {
        description:
          "No such resource that the caller's institution is party to (existence is never revealed).",
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            example: {
              type: 'https://yilian.dev/problems/not_found',
              title: 'Not found',
              status: 404,
              code: 'not_found',
              requestId: 'req_7d0c4b9f',
            },
          },
        },
      },
      Conflict: {
        description: "The request conflicts with the resource's current state.",
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            example: {
              type: 'https://yilian.dev/problems/slot_full',
              title: 'The slot is full',
              status: 409,
              code: 'slot_full',
              detail: 'All 5 places of this slot are taken.',
              requestId: 'req_7d0c4b9f',
            },
          },
        },
      },
      Unprocessable: {
        description:
          'The request is well-formed but breaks a rule (a field, a transition, an idempotency key).',
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            examples: {
              validation: {
                $ref: '#/components/examples/ValidationProblem',
              },
              transition: {
                $ref: '#/components/examples/InvalidTransitionProblem',
              },
            },
          },
        },
      },
      VersionConflict: {
        description:
          '`If-Match` names a version that is no longer current; the body carries the current referral.',
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
          ETag: {
            $ref: '#/components/headers/ETag',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            examples: {
              conflict: {
                $ref: '#/components/examples/VersionConflictProblem',
              },
            },
          },
        },
      },
      PreconditionRequired: {
        description: '`If-Match` is required for this command.',
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            example: {
              type: 'https://yilian.dev/problems/precondition_required',
              title: 'If-Match required',
              status: 428,
              code: 'precondition_required',
              detail: "Send the referral's current ETag in If-Match.",
              requestId: 'req_7d0c4b9f',
            },
          },
        },
      },
      TooManyRequests: {
        description: 'Rate limited; retry after the `Retry-After` seconds.',
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
          'Retry-After': {
            $ref: '#/components/headers/RetryAfter',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            example: {
              type: 'https://yilian.dev/problems/rate_limited',
              title: 'Too many requests',
              status: 429,
              code: 'rate_limited',
              requestId: 'req_7d0c4b9f',
            },
          },
        },
      },
      ServiceUnavailable: {
        description: 'The service cannot answer now; retry after the `Retry-After` seconds.',
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
          'Retry-After': {
            $ref: '#/components/headers/RetryAfter',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            example: {
              type: 'https://yilian.dev/problems/service_unavailable',
              title: 'Service unavailable',
              status: 503,
              code: 'service_unavailable',
              requestId: 'req_7d0c4b9f',
            },
          },
        },
      },
      InternalError: {
        description: 'An unexpected server error. Never carries patient data.',
        headers: {
          'X-Request-Id': {
            $ref: '#/components/headers/RequestId',
          },
        },
        content: {
          'application/problem+json': {
            schema: {
              $ref: '#/components/schemas/Problem',
            },
            example: {
              type: 'https://yilian.dev/problems/internal_error',
              title: 'Internal error',
              status: 500,
              code: 'internal_error',
              requestId: 'req_7d0c4b9f',
            },
          },
        },
      },
    },
    examples: {
      ValidationProblem: {
        summary: 'Two fields fail the domain rules',
        value: {
          type: 'https://yilian.dev/problems/validation_failed',
          title: 'The request has invalid fields',
          status: 422,
          code: 'validation_failed',
          detail: '2 fields are invalid.',
          requestId: 'req_7d0c4b9f',
          errors: [
            {
              pointer: '/patient/idNumber',
              code: 'resident_id_checksum_mismatch',
              detail: 'The check digit does not match the first 17 digits.',
            },
            {
              pointer: '/greenChannelCategory',
              code: 'green_channel_category_required',
              detail: 'A green-channel referral names its category.',
            },
          ],
        },
      },
      InvalidTransitionProblem: {
        summary: 'A command the current state does not allow',
        value: {
          type: 'https://yilian.dev/problems/invalid_transition',
          title: 'Command not allowed in this state',
          status: 422,
          code: 'invalid_transition',
          detail: 'A referral in state closed cannot take the command accept.',
          requestId: 'req_7d0c4b9f',
        },
      },
      VersionConflictProblem: {
        summary: 'Someone else decided first',
        value: {
          type: 'https://yilian.dev/problems/version_conflict',
          title: 'The referral changed since you read it',
          status: 412,
          code: 'version_conflict',
          detail: 'The referral is at version "4"; you sent "3".',
          requestId: 'req_7d0c4b9f',
          currentVersion: 4,
          currentStatus: 'accepted',
          changedAt: '2026-11-22T14:02:11+08:00',
          changedBy: {
            clinicianId: 'cln_pumch_neuro_li',
            institutionId: 'ins_pumch',
          },
        },
      },
    },
    schemas: {
      AllianceId: {
        type: 'string',
        pattern: '^all_[A-Za-z0-9_]+$',
        example: 'all_pumch_cangzhou',
      },
      InstitutionId: {
        type: 'string',
        pattern: '^ins_[A-Za-z0-9_]+$',
        example: 'ins_pumch',
      },
      DepartmentId: {
        type: 'string',
        pattern: '^dep_[A-Za-z0-9_]+$',
        example: 'dep_pumch_neurology',
      },
      ClinicianId: {
        type: 'string',
        pattern: '^cln_[A-Za-z0-9_]+$',
        example: 'cln_pumch_neuro_li',
      },
      ReferralId: {
        type: 'string',
        pattern: '^ref_[A-Za-z0-9_]+$',
        example: 'ref_01JD7Q2K8M3N4P5R6S7T8V9W0X',
      },
      ActivityId: {
        type: 'string',
        pattern: '^act_[A-Za-z0-9_]+$',
        example: 'act_pumch_cz_neuro_20261125',
      },
      SlotId: {
        type: 'string',
        pattern: '^slt_[A-Za-z0-9_]+$',
        example: 'slt_pumch_cz_neuro_20261125_0900',
      },
      AppointmentId: {
        type: 'string',
        pattern: '^apt_[A-Za-z0-9_]+$',
        example: 'apt_01JD7R0B3C4D5E6F7G8H9J0K1M',
      },
      ResultId: {
        type: 'string',
        pattern: '^res_[A-Za-z0-9_]+$',
        example: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
      },
      AttachmentId: {
        type: 'string',
        pattern: '^att_[A-Za-z0-9_]+$',
        example: 'att_01JD7T5N6P7Q8R9S0T1V2W3X4Y',
      },
      EventId: {
        type: 'string',
        pattern: '^evt_[A-Za-z0-9_]+$',
        example: 'evt_000000000042',
      },
      WebhookEndpointId: {
        type: 'string',
        pattern: '^whe_[A-Za-z0-9_]+$',
        example: 'whe_01JD7V8Z9A0B1C2D3E4F5G6H7J',
      },
      RetestRecordId: {
        type: 'string',
        pattern: '^rtr_[A-Za-z0-9_]+$',
        example: 'rtr_01JD7W2K3M4N5P6Q7R8S9T0V1W',
      },
      AdoptionDecisionId: {
        type: 'string',
        pattern: '^adp_[A-Za-z0-9_]+$',
        example: 'adp_01JD7W2K3M4N5P6Q7R8S9T0V1W',
      },
      RecognitionRegionId: {
        type: 'string',
        pattern: '^rgn_[a-z0-9_]+$',
        example: 'rgn_jingjinji',
      },
      RecognitionListId: {
        type: 'string',
        pattern: '^rl_[a-z0-9_]+$',
        example: 'rl_jingjinji_hr',
      },
      ItemCode: {
        description:
          "The recognition catalogue's code of a lab or imaging item (upper-case, digits, `_` and `-`).",
        type: 'string',
        pattern: '^[A-Z0-9][A-Z0-9_-]{0,31}$',
        example: 'LAB_HBA1C',
      },
      Uscc: {
        description: '统一社会信用代码 (GB 32100-2015), 18 characters with its check character.',
        type: 'string',
        pattern: '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$',
        example: '121101051234567888',
      },
      DepartmentCode: {
        description: '诊疗科目 code (卫医发〔1994〕27号), `NN` or `NN.NN`.',
        type: 'string',
        pattern: '^[0-9]{2}(\\.[0-9]{2})?$',
        example: '03.03',
      },
      Icd10Code: {
        description: 'ICD-10 国家临床版 2.0 code.',
        type: 'string',
        pattern: '^[A-Z][0-9]{2}\\.[0-9x][0-9]{2}(x[0-9]{3})?$',
        example: 'I63.900',
      },
      Instant: {
        description: 'An instant, RFC 3339 with an offset.',
        type: 'string',
        format: 'date-time',
        example: '2026-11-22T14:02:11+08:00',
      },
      LocalDate: {
        description: 'A calendar day in Asia/Shanghai.',
        type: 'string',
        format: 'date',
        example: '2026-11-22',
      },
      Version: {
        description: 'The version of a resource; its `ETag` is the version in double quotes.',
        type: 'integer',
        minimum: 1,
        example: 3,
      },
      Locale: {
        type: 'string',
        enum: ['zh-CN', 'zh-TW', 'en'],
        example: 'zh-CN',
      },
      Role: {
        type: 'string',
        description:
          "The role a token acts in. `patient`: a token a hospital's backend mints after its own login, naming the\npatient account (`sub` = a `pat_…` id); it books, lists and cancels only that patient's appointments.\n",
        enum: ['referrer', 'receiver', 'coordinator', 'expert', 'admin', 'patient'],
        example: 'referrer',
      },
      AllianceKind: {
        type: 'string',
        enum: [
          'city_medical_group',
          'county_medical_community',
          'specialty_alliance',
          'telemedicine_network',
          'cross_region_cooperation',
        ],
        example: 'cross_region_cooperation',
      },
      AllianceRole: {
        description: "The institution's role in the alliance (牵头医院 / 成员单位).",
        type: 'string',
        enum: ['lead', 'member'],
        example: 'lead',
      },
      InstitutionLevel: {
        description: '医院等级 (三级, 二级, 一级); primary also covers 社区卫生服务中心 and 乡镇卫生院.',
        type: 'string',
        enum: ['tertiary', 'secondary', 'primary'],
        example: 'tertiary',
      },
      InstitutionType: {
        type: 'string',
        enum: [
          'general_hospital',
          'tcm_hospital',
          'specialty_hospital',
          'maternal_child_hospital',
          'community_health_center',
          'township_health_center',
          'independent_lab',
        ],
        example: 'general_hospital',
      },
      ClinicianTitle: {
        description: '职称 — 主任医师, 副主任医师, 主治医师, 住院医师, or another.',
        type: 'string',
        enum: [
          'chief_physician',
          'associate_chief_physician',
          'attending_physician',
          'resident_physician',
          'other',
        ],
        example: 'chief_physician',
      },
      ReferralDirection: {
        description: '`up` 上转 to a higher-level institution; `down` 下转 back to the grassroots.',
        type: 'string',
        enum: ['up', 'down'],
        example: 'up',
      },
      ReferralUrgency: {
        type: 'string',
        enum: ['routine', 'urgent', 'green_channel'],
        example: 'urgent',
      },
      GreenChannelCategory: {
        description: 'The fast track a green-channel referral takes (绿色通道).',
        type: 'string',
        enum: ['stroke', 'chest_pain', 'trauma', 'maternal', 'neonatal', 'critical', 'rare_disease'],
        example: 'stroke',
      },
      ReferralStatus: {
        description:
          "The referral's state (DOMAIN §3). `closed` is the only closed loop. `returned` (退回补充): the receiving side\nsent a submitted referral back to the sender for more information; the sender edits and resubmits it.\n",
        type: 'string',
        enum: [
          'draft',
          'submitted',
          'returned',
          'accepted',
          'rejected',
          'arrived',
          'in_treatment',
          'reported',
          'closed',
          'cancelled',
          'no_show',
          'expired',
        ],
        example: 'submitted',
      },
      ReferralCommand: {
        description:
          "A command that moves a referral; `expired` is set by the server's clock, never by a command.\n`return_for_info` sends a submitted referral back to the sender with a note (退回补充); `resubmit` sends a\nreturned one again, which restarts its answer SLA.\n",
        type: 'string',
        enum: [
          'submit',
          'accept',
          'reject',
          'cancel',
          'record_arrival',
          'start_treatment',
          'report',
          'close',
          'mark_no_show',
          'return_for_info',
          'resubmit',
        ],
        example: 'accept',
      },
      RejectReasonCode: {
        type: 'string',
        enum: [
          'no_capacity',
          'no_capability',
          'outside_scope',
          'incomplete_information',
          'not_indicated',
          'patient_declined',
          'other',
        ],
        example: 'no_capacity',
      },
      CancelReasonCode: {
        type: 'string',
        enum: [
          'patient_declined',
          'condition_improved',
          'condition_worsened',
          'referred_elsewhere',
          'entered_in_error',
          'other',
        ],
        example: 'patient_declined',
      },
      Sex: {
        type: 'string',
        enum: ['male', 'female', 'unknown'],
        example: 'female',
      },
      IdType: {
        description: "The patient's identity document (居民身份证 or another).",
        type: 'string',
        enum: [
          'resident_id_card',
          'passport',
          'hk_macao_permit',
          'taiwan_permit',
          'foreign_permanent_residence',
          'other',
        ],
        example: 'resident_id_card',
      },
      InsuranceType: {
        type: 'string',
        enum: [
          'urban_employee',
          'urban_rural_resident',
          'new_rural_cooperative',
          'commercial',
          'self_pay',
          'other',
        ],
        example: 'urban_employee',
      },
      ConsentPurpose: {
        description: 'What the patient consented to (PIPL Art. 29 separate consent, one per purpose).',
        type: 'string',
        enum: ['referral_transfer', 'remote_consultation', 'result_sharing'],
        example: 'referral_transfer',
      },
      ActivityKind: {
        description: '坐诊, 会诊, 远程会诊, 手术指导, 查房, 授课/讲座, 义诊.',
        type: 'string',
        enum: [
          'clinic',
          'consultation',
          'remote_consultation',
          'surgery_guidance',
          'ward_round',
          'lecture',
          'free_clinic',
        ],
        example: 'clinic',
      },
      ActivityStatus: {
        type: 'string',
        enum: ['scheduled', 'cancelled', 'completed'],
        example: 'scheduled',
      },
      AppointmentStatus: {
        type: 'string',
        enum: ['booked', 'cancelled', 'arrived', 'fulfilled', 'no_show'],
        example: 'booked',
      },
      AppointmentCancelledBy: {
        type: 'string',
        enum: ['patient', 'expert', 'host'],
        example: 'patient',
      },
      ResultKind: {
        description: '`lab` 检验 or `imaging` 检查.',
        type: 'string',
        enum: ['lab', 'imaging'],
        example: 'lab',
      },
      ResultStatus: {
        description: 'Only final, amended and corrected reports are recognizable.',
        type: 'string',
        enum: ['final', 'amended', 'corrected'],
        example: 'final',
      },
      RecognitionDecision: {
        description:
          "`recognized` (互认, HR list), `shared` (共享, GX list: the images are available for review, the receiver is not\nbound), `expired` (past the item's window), `institution_not_qualified` (the performing institution held no\nqualification for the item and scope when it performed it), `item_not_in_list`.\n",
        type: 'string',
        enum: ['recognized', 'shared', 'expired', 'institution_not_qualified', 'item_not_in_list'],
        example: 'recognized',
      },
      RetestReason: {
        description:
          "Why a clinician tests again despite a recognizable result (documented in the chart, explained to the\npatient). National (国卫医发〔2022〕6号): `condition_changed`, `rapidly_changing`, `critical_decision`,\n`emergency`, `forensic`, and `other` (text required). Regional extensions, offered only where the\ninstitution's region configures them (内蒙古 2022): `patient_request` (患者或其亲属要求), `eqa_failed`\n(室间质评未通过), `too_old_for_visit` (检验时间与就诊时间差距较大已无参考价值), `physician_deems_necessary`\n(诊治医师认为有必要).\n",
        type: 'string',
        enum: [
          'condition_changed',
          'rapidly_changing',
          'critical_decision',
          'emergency',
          'forensic',
          'other',
          'patient_request',
          'eqa_failed',
          'too_old_for_visit',
          'physician_deems_necessary',
        ],
        example: 'condition_changed',
      },
      RecognitionListType: {
        description:
          '`recognition` 互认 (an HR list: binding, marked `<scope>HR`) or `sharing` 共享 (a GX list: images for review,\nnot binding, marked `<scope>GX`).\n',
        type: 'string',
        enum: ['recognition', 'sharing'],
        example: 'recognition',
      },
      RecognitionRegionLevel: {
        description: '全国 ⊃ cross-region compact (京津冀) ⊃ province ⊃ city.',
        type: 'string',
        enum: ['national', 'compact', 'province', 'city'],
        example: 'compact',
      },
      RecognitionDirection: {
        description:
          '`lower_recognises_higher`: 二级 and lower institutions must recognise results of higher-level ones; a\nhigher-level institution recognising a lower one is not obligatory (a local pilot). `mutual`: every\nqualified result binds every level.\n',
        type: 'string',
        enum: ['mutual', 'lower_recognises_higher'],
        example: 'lower_recognises_higher',
      },
      AdoptionOutcome: {
        description:
          '`adopted` 采纳 (the result is used, the test not repeated) or `not_adopted` 不采纳 (re-tested).',
        type: 'string',
        enum: ['adopted', 'not_adopted'],
        example: 'adopted',
      },
      OrderLineStatus: {
        description:
          "The best decision among the patient's results for an ordered item, or `no_result` when the caller can see\nno result of the patient for it.\n",
        type: 'string',
        enum: [
          'recognized',
          'shared',
          'expired',
          'institution_not_qualified',
          'item_not_in_list',
          'no_result',
        ],
        example: 'recognized',
      },
      EventType: {
        type: 'string',
        enum: [
          'referral.created',
          'referral.submitted',
          'referral.accepted',
          'referral.rejected',
          'referral.cancelled',
          'referral.arrived',
          'referral.treatment_started',
          'referral.reported',
          'referral.closed',
          'referral.no_show',
          'referral.expired',
          'referral.returned',
          'referral.resubmitted',
          'referral.escalated',
          'appointment.booked',
          'appointment.cancelled',
          'appointment.rescheduled',
          'queue.ticket_issued',
          'queue.ticket_called',
          'queue.ticket_closed',
          'activity.scheduled',
          'result.registered',
          'retest.recorded',
          'adoption.recorded',
          'consultation.requested',
          'consultation.scheduled',
          'consultation.declined',
          'consultation.cancelled',
          'consultation.session_started',
          'consultation.opinion_signed',
          'consultation.reported',
          'consultation.closed',
        ],
        example: 'referral.accepted',
      },
      ProblemCode: {
        description: "The machine code of a problem; the domain's messages are keyed by it.",
        type: 'string',
        enum: [
          'validation_failed',
          'malformed_request',
          'unsupported_media_type',
          'unauthenticated',
          'forbidden',
          'not_found',
          'method_not_allowed',
          'invalid_transition',
          'version_conflict',
          'precondition_required',
          'idempotency_key_reused',
          'idempotency_request_in_progress',
          'slot_full',
          'slot_not_bookable',
          'slot_in_past',
          'already_booked',
          'booking_overlap',
          'expert_already_booked',
          'reschedule_target_mismatch',
          'patient_identity_mismatch',
          'practice_not_registered',
          'not_a_free_clinic',
          'queue_empty',
          'already_in_queue',
          'cancellation_window_closed',
          'appointment_not_active',
          'parent_referral_not_reported',
          'referral_not_editable',
          'no_show_too_early',
          'result_not_recognisable',
          'rate_limited',
          'payload_too_large',
          'internal_error',
          'service_unavailable',
          'opinion_already_signed',
          'consultation_not_reported',
        ],
        example: 'validation_failed',
      },
      FieldErrorCode: {
        description: "The machine code of one invalid field; the domain's messages are keyed by it.",
        type: 'string',
        enum: [
          'required',
          'invalid_type',
          'invalid_format',
          'invalid_enum',
          'too_short',
          'too_long',
          'out_of_range',
          'unknown_field',
          'resident_id_length',
          'resident_id_format',
          'resident_id_legacy_15',
          'resident_id_birth_date_invalid',
          'resident_id_birth_date_future',
          'resident_id_checksum_mismatch',
          'uscc_format',
          'uscc_checksum_mismatch',
          'phone_invalid',
          'green_channel_category_required',
          'green_channel_category_not_allowed',
          'consent_required',
          'reject_reason_required',
          'reason_text_required',
          'receiving_institution_same_as_sending',
          'receiving_institution_not_in_alliance',
          'department_not_in_institution',
          'parent_referral_required',
          'parent_referral_direction',
          'interval_invalid',
          'date_range_too_long',
          'retest_reason_text_required',
          'unknown_reference',
          'invalid_characters',
          'appointment_time_or_window',
          'appointment_window_in_past',
          'arrival_in_future',
          'arrival_before_submission',
          'study_required',
          'imaging_value_not_recognised',
          'retest_reason_not_in_region',
          'adoption_reason_required',
          'adoption_reason_not_allowed',
          'explanation_required',
          'duplicate_item',
          'consent_written_required',
          'clinician_not_in_institution',
          'video_room_required',
          'place_required',
          'consultation_time_in_past',
        ],
        example: 'resident_id_checksum_mismatch',
      },
      FieldError: {
        description:
          'One invalid field, located by a JSON Pointer (RFC 6901) into the request body or parameters.',
        type: 'object',
        additionalProperties: false,
        required: ['pointer', 'code', 'detail'],
        properties: {
          pointer: {
            type: 'string',
            description:
              'JSON Pointer into the body (`/patient/idNumber`), or `#query/name` / `#header/name` for parameters.',
            example: '/patient/idNumber',
          },
          code: {
            $ref: '#/components/schemas/FieldErrorCode',
          },
          detail: {
            type: 'string',
            description: "A human message in the request's locale; never echoes the submitted value.",
            example: 'The check digit does not match the first 17 digits.',
          },
          params: {
            description:
              'The values the message of `code` names (`{max}`, `{min}`, `{limit}`, `{expected}`, `{maxDays}` …), so a\nclient can word the message in its own locale from `code` and `params` alone. Never patient data.\n',
            type: 'object',
            additionalProperties: {
              type: ['string', 'number'],
            },
            example: {
              max: 32,
            },
          },
        },
        example: {
          pointer: '/patient/idNumber',
          code: 'resident_id_checksum_mismatch',
          detail: 'The check digit does not match the first 17 digits.',
        },
      },
      Problem: {
        description: 'RFC 9457 problem details. `detail` never contains patient data.',
        type: 'object',
        required: ['type', 'title', 'status', 'code'],
        properties: {
          type: {
            type: 'string',
            format: 'uri',
            description: '`https://yilian.dev/problems/<code>`, stable per code.',
            example: 'https://yilian.dev/problems/validation_failed',
          },
          title: {
            type: 'string',
            example: 'The request has invalid fields',
          },
          status: {
            type: 'integer',
            minimum: 400,
            maximum: 599,
            example: 422,
          },
          detail: {
            type: 'string',
            example: '2 fields are invalid.',
          },
          instance: {
            type: 'string',
            example: '/v1/referrals',
          },
          code: {
            $ref: '#/components/schemas/ProblemCode',
          },
          requestId: {
            type: 'string',
            example: 'req_7d0c4b9f',
          },
          locale: {
            description: 'The language of `title`, `detail` and the field messages.',
            allOf: [
              {
                $ref: '#/components/schemas/Locale',
              },
            ],
          },
          errors: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/FieldError',
            },
          },
          currentVersion: {
            $ref: '#/components/schemas/Version',
          },
          currentStatus: {
            $ref: '#/components/schemas/ReferralStatus',
          },
          changedAt: {
            $ref: '#/components/schemas/Instant',
          },
          changedBy: {
            $ref: '#/components/schemas/ActorRef',
          },
          allowedCommands: {
            description:
              "With a 422 `invalid_transition`, a 412 `version_conflict` or a 403 `forbidden` on a referral: the commands\nthe caller may issue on it now (in its current status and the caller's role); empty when none.\n",
            type: 'array',
            items: {
              $ref: '#/components/schemas/ReferralCommand',
            },
          },
          currentConsultationStatus: {
            description: 'With a 412 `version_conflict` on a consultation, its current status.',
            allOf: [
              {
                $ref: '#/components/schemas/ConsultationStatus',
              },
            ],
          },
          allowedConsultationCommands: {
            description:
              'With a 422 `invalid_transition`, a 412 `version_conflict` or a 403 `forbidden` on a consultation: the\ncommands the caller may issue on it now; empty when none.\n',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConsultationCommand',
            },
          },
          noShowAllowedFrom: {
            description:
              'With a 422 `no_show_too_early`: the first instant at which the patient may be marked as not arrived (the\nappointment time, or the end of its window, plus the grace period).\n',
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
          unregisteredExpertIds: {
            description:
              'With a 422 `practice_not_registered`, the experts without a registered or filed practice at the host on the day.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          requiredRoles: {
            description:
              'With a 403 `forbidden`, the roles that may perform the operation (the caller has none of them).',
            type: 'array',
            items: {
              $ref: '#/components/schemas/Role',
            },
          },
          reason: {
            description:
              "With a 401 `unauthenticated`, why the bearer token was refused: `token_missing` (no `Authorization:\nBearer` header), `token_malformed` (not a readable JWT of this API: wrong issuer, audience, algorithm,\nclaims), `token_invalid_signature` (not signed with this server's key), `token_expired` (past `exp`, or\nnot yet valid), `token_lifetime_too_long` (no `exp`, or `exp - iat` above the server's maximum of 24\nhours).\n",
            type: 'string',
            enum: [
              'token_missing',
              'token_malformed',
              'token_invalid_signature',
              'token_expired',
              'token_lifetime_too_long',
            ],
            example: 'token_expired',
          },
        },
        example: {
          type: 'https://yilian.dev/problems/not_found',
          title: 'Not found',
          status: 404,
          code: 'not_found',
          requestId: 'req_7d0c4b9f',
        },
      },
      ActorRef: {
        description:
          'Who did something, for audit and conflicts; a clinician, or (with role `patient`) a patient account.',
        type: 'object',
        additionalProperties: false,
        required: ['clinicianId', 'institutionId'],
        properties: {
          clinicianId: {
            description:
              "The clinician; for a patient's own action the hospital's patient account (`patientId`) stands here too.",
            type: 'string',
            pattern: '^(cln|pat)_[A-Za-z0-9_]+$',
            example: 'cln_pumch_neuro_li',
          },
          patientId: {
            $ref: '#/components/schemas/PatientId',
          },
          institutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          role: {
            $ref: '#/components/schemas/Role',
          },
          name: {
            type: 'string',
            description: "The clinician's display name (staff names are not patient data).",
            example: '李明',
          },
        },
        example: {
          clinicianId: 'cln_pumch_neuro_li',
          institutionId: 'ins_pumch',
          role: 'receiver',
          name: '李明',
        },
      },
      LocalizedName: {
        type: 'object',
        additionalProperties: false,
        required: ['zh'],
        properties: {
          zh: {
            type: 'string',
            example: '北京协和医院',
          },
          en: {
            type: 'string',
            example: 'Peking Union Medical College Hospital',
          },
          zhHant: {
            description: 'Traditional characters (zh-TW, zh-HK), where the server has them.',
            type: 'string',
            example: '北京協和醫院',
          },
        },
        example: {
          zh: '北京协和医院',
          en: 'Peking Union Medical College Hospital',
        },
      },
      Region: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'name'],
        properties: {
          code: {
            description: 'The 6-digit administrative division code (行政区划代码).',
            type: 'string',
            pattern: '^[0-9]{6}$',
            example: '110101',
          },
          name: {
            type: 'string',
            example: '北京市东城区',
          },
        },
        example: {
          code: '110101',
          name: '北京市东城区',
        },
      },
      AllianceMembership: {
        type: 'object',
        additionalProperties: false,
        required: ['allianceId', 'role'],
        properties: {
          allianceId: {
            $ref: '#/components/schemas/AllianceId',
          },
          role: {
            $ref: '#/components/schemas/AllianceRole',
          },
        },
        example: {
          allianceId: 'all_pumch_cangzhou',
          role: 'lead',
        },
      },
      Alliance: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'name',
          'kind',
          'leadInstitutionIds',
          'memberInstitutionIds',
          'recognitionScope',
          'establishedOn',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/AllianceId',
          },
          name: {
            $ref: '#/components/schemas/LocalizedName',
          },
          kind: {
            $ref: '#/components/schemas/AllianceKind',
          },
          leadInstitutionIds: {
            type: 'array',
            minItems: 1,
            items: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          memberInstitutionIds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
          recognitionScope: {
            description:
              "Informational: the widest recognition region the alliance's institutions share (`全国` when none\nnarrower). Recognition is keyed to regions, not alliances (DOMAIN §5): decisions use the lists of the\nrequesting institution's regions (`listRecognitionLists`), never this field.\n",
            deprecated: true,
            type: 'string',
            example: '京津冀',
          },
          establishedOn: {
            $ref: '#/components/schemas/LocalDate',
          },
        },
        example: {
          id: 'all_pumch_cangzhou',
          name: {
            zh: '北京协和医院—沧州市中心医院医联体',
            en: 'PUMCH–Cangzhou Central Hospital alliance',
          },
          kind: 'cross_region_cooperation',
          leadInstitutionIds: ['ins_pumch'],
          memberInstitutionIds: ['ins_cangzhou_central'],
          recognitionScope: '京津冀',
          establishedOn: '2024-10-02',
        },
      },
      AllianceList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Alliance',
            },
          },
        },
        example: {
          items: [
            {
              id: 'all_pumch_cangzhou',
              name: {
                zh: '北京协和医院—沧州市中心医院医联体',
              },
              kind: 'cross_region_cooperation',
              leadInstitutionIds: ['ins_pumch'],
              memberInstitutionIds: ['ins_cangzhou_central'],
              recognitionScope: '京津冀',
              establishedOn: '2024-10-02',
            },
          ],
        },
      },
      Institution: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'uscc', 'level', 'type', 'region', 'memberships'],
        properties: {
          id: {
            $ref: '#/components/schemas/InstitutionId',
          },
          name: {
            $ref: '#/components/schemas/LocalizedName',
          },
          uscc: {
            $ref: '#/components/schemas/Uscc',
          },
          level: {
            $ref: '#/components/schemas/InstitutionLevel',
          },
          type: {
            $ref: '#/components/schemas/InstitutionType',
          },
          region: {
            $ref: '#/components/schemas/Region',
          },
          recognitionRegionId: {
            description:
              'The narrowest recognition region the institution belongs to (a city); its parents up to 全国 apply too.\n',
            allOf: [
              {
                $ref: '#/components/schemas/RecognitionRegionId',
              },
            ],
          },
          memberships: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AllianceMembership',
            },
          },
          phone: {
            description: "The referral office's public phone (not patient data).",
            type: 'string',
            example: '010-69156114',
          },
        },
        example: {
          id: 'ins_pumch',
          name: {
            zh: '北京协和医院',
            en: 'Peking Union Medical College Hospital',
          },
          uscc: '121101051234567888',
          level: 'tertiary',
          type: 'general_hospital',
          region: {
            code: '110101',
            name: '北京市东城区',
          },
          memberships: [
            {
              allianceId: 'all_pumch_cangzhou',
              role: 'lead',
            },
          ],
        },
      },
      InstitutionPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Institution',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [
            {
              id: 'ins_pumch',
              name: {
                zh: '北京协和医院',
              },
              uscc: '121101051234567888',
              level: 'tertiary',
              type: 'general_hospital',
              region: {
                code: '110101',
                name: '北京市东城区',
              },
              memberships: [
                {
                  allianceId: 'all_pumch_cangzhou',
                  role: 'lead',
                },
              ],
            },
          ],
          nextCursor: null,
        },
      },
      Department: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'institutionId', 'code', 'name'],
        properties: {
          id: {
            $ref: '#/components/schemas/DepartmentId',
          },
          institutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          code: {
            $ref: '#/components/schemas/DepartmentCode',
          },
          name: {
            $ref: '#/components/schemas/LocalizedName',
          },
        },
        example: {
          id: 'dep_pumch_neurology',
          institutionId: 'ins_pumch',
          code: '03.03',
          name: {
            zh: '神经内科',
            en: 'Neurology',
          },
        },
      },
      DepartmentList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Department',
            },
          },
        },
        example: {
          items: [
            {
              id: 'dep_pumch_neurology',
              institutionId: 'ins_pumch',
              code: '03.03',
              name: {
                zh: '神经内科',
              },
            },
          ],
        },
      },
      Clinician: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'institutionId', 'title', 'specialties', 'isExpert'],
        properties: {
          id: {
            $ref: '#/components/schemas/ClinicianId',
          },
          name: {
            type: 'string',
            example: '李明',
          },
          institutionId: {
            description: 'The home institution (执业机构).',
            allOf: [
              {
                $ref: '#/components/schemas/InstitutionId',
              },
            ],
          },
          departmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          title: {
            $ref: '#/components/schemas/ClinicianTitle',
          },
          specialties: {
            type: 'array',
            items: {
              type: 'string',
            },
            example: ['脑血管病', '癫痫'],
          },
          isExpert: {
            description: 'Whether the clinician is dispatched as an expert to member institutions.',
            type: 'boolean',
          },
          bio: {
            type: 'string',
            example: '主任医师，从事脑血管病诊治三十年。',
          },
          practiceSites: {
            description:
              'Where the clinician may practise (多机构执业, 一次注册、区域有效): the main institution and every filed\n(备案) one, with their dates.\n',
            type: 'array',
            items: {
              $ref: '#/components/schemas/PracticeSite',
            },
          },
        },
        example: {
          id: 'cln_pumch_neuro_li',
          name: '李明',
          institutionId: 'ins_pumch',
          departmentId: 'dep_pumch_neurology',
          title: 'chief_physician',
          specialties: ['脑血管病', '癫痫'],
          isExpert: true,
        },
      },
      ClinicianPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Clinician',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [
            {
              id: 'cln_pumch_neuro_li',
              name: '李明',
              institutionId: 'ins_pumch',
              title: 'chief_physician',
              specialties: ['脑血管病'],
              isExpert: true,
            },
          ],
          nextCursor: null,
        },
      },
      Patient: {
        description:
          "Sensitive personal information (PIPL Art. 28). Travels in bodies only. In responses `idNumber`,\n`insuranceCardNumber` and `phone` are masked unless the caller's role needs them (`idNumberMasked: true`\nsays so).\n",
        type: 'object',
        additionalProperties: false,
        required: ['name', 'sex', 'birthDate', 'idType', 'idNumber'],
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
            example: '张三',
          },
          sex: {
            $ref: '#/components/schemas/Sex',
          },
          birthDate: {
            $ref: '#/components/schemas/LocalDate',
          },
          idType: {
            $ref: '#/components/schemas/IdType',
          },
          idNumber: {
            description:
              'For `resident_id_card` an 18-character 居民身份证号 (GB 11643) whose birth date matches `birthDate`.',
            type: 'string',
            minLength: 1,
            maxLength: 32,
            example: '110105199003071239',
          },
          idNumberMasked: {
            description: 'Set by the server in responses when `idNumber` is masked.',
            type: 'boolean',
            readOnly: true,
          },
          phone: {
            description: 'A mainland mobile (11 digits) or landline with area code.',
            type: 'string',
            maxLength: 20,
            example: '13812341234',
          },
          insuranceType: {
            $ref: '#/components/schemas/InsuranceType',
          },
          insuranceCardNumber: {
            description: '医保卡号 / 社保卡号; masked like `idNumber` for roles that need not see it.',
            type: 'string',
            minLength: 1,
            maxLength: 32,
            example: '1101051990030712',
          },
          guardianName: {
            description: 'Required for patients under 14 (PIPL Art. 31 guardian consent).',
            type: 'string',
            maxLength: 64,
            example: '张父',
          },
        },
        example: {
          name: '张三',
          sex: 'male',
          birthDate: '1990-03-07',
          idType: 'resident_id_card',
          idNumber: '110105199003071239',
          phone: '13812341234',
          insuranceType: 'urban_employee',
        },
      },
      PatientPatch: {
        description:
          "The changed fields of a draft's patient (`updateReferral`), merged into the stored patient: a field given\nreplaces the stored one, `null` removes an optional one. The merged patient is validated as `Patient`.\n",
        type: 'object',
        additionalProperties: false,
        properties: {
          name: {
            type: 'string',
            minLength: 1,
            maxLength: 64,
          },
          sex: {
            $ref: '#/components/schemas/Sex',
          },
          birthDate: {
            $ref: '#/components/schemas/LocalDate',
          },
          idType: {
            $ref: '#/components/schemas/IdType',
          },
          idNumber: {
            type: 'string',
            minLength: 1,
            maxLength: 32,
          },
          phone: {
            type: ['string', 'null'],
            maxLength: 20,
          },
          insuranceType: {
            anyOf: [
              {
                $ref: '#/components/schemas/InsuranceType',
              },
              {
                type: 'null',
              },
            ],
          },
          guardianName: {
            type: ['string', 'null'],
            maxLength: 64,
          },
          insuranceCardNumber: {
            type: ['string', 'null'],
            maxLength: 32,
          },
        },
        example: {
          name: '张三',
          phone: '13812341234',
        },
      },
      Consent: {
        description:
          "The patient's separate consent (单独同意) to share their data for one purpose. `recordedBy` is the\nclinician who recorded it; it is left out when the patient gives it themself with a `patient` token.\n",
        type: 'object',
        additionalProperties: false,
        required: ['purpose', 'grantedAt', 'method'],
        properties: {
          purpose: {
            $ref: '#/components/schemas/ConsentPurpose',
          },
          grantedAt: {
            $ref: '#/components/schemas/Instant',
          },
          recordedBy: {
            $ref: '#/components/schemas/ClinicianId',
          },
          method: {
            type: 'string',
            enum: ['written', 'electronic_signature', 'verbal_witnessed'],
            example: 'written',
          },
          byGuardian: {
            type: 'boolean',
            description: 'Given by a guardian (patients under 14).',
          },
        },
        example: {
          purpose: 'referral_transfer',
          grantedAt: '2026-11-22T09:30:00+08:00',
          recordedBy: 'cln_cz_neuro_wang',
          method: 'written',
        },
      },
      AttachmentInput: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'title'],
        properties: {
          kind: {
            type: 'string',
            enum: ['result', 'emr_excerpt', 'image', 'discharge_summary', 'other'],
            example: 'result',
          },
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            example: '头颅CT平扫报告',
          },
          resultId: {
            description: 'For `kind: result`, the registered result referred with the patient.',
            allOf: [
              {
                $ref: '#/components/schemas/ResultId',
              },
            ],
          },
          contentType: {
            type: 'string',
            example: 'application/pdf',
          },
          sizeBytes: {
            type: 'integer',
            minimum: 0,
            example: 183204,
          },
          sha256: {
            type: 'string',
            pattern: '^[0-9a-f]{64}$',
            example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
          },
        },
        example: {
          kind: 'result',
          title: '头颅CT平扫报告',
          resultId: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
        },
      },
      Attachment: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'title', 'addedAt', 'addedBy'],
        properties: {
          id: {
            $ref: '#/components/schemas/AttachmentId',
          },
          kind: {
            type: 'string',
            enum: ['result', 'emr_excerpt', 'image', 'discharge_summary', 'other'],
          },
          title: {
            type: 'string',
          },
          resultId: {
            $ref: '#/components/schemas/ResultId',
          },
          contentType: {
            type: 'string',
          },
          sizeBytes: {
            type: 'integer',
            minimum: 0,
          },
          sha256: {
            type: 'string',
          },
          addedAt: {
            $ref: '#/components/schemas/Instant',
          },
          addedBy: {
            $ref: '#/components/schemas/ClinicianId',
          },
        },
        example: {
          id: 'att_01JD7T5N6P7Q8R9S0T1V2W3X4Y',
          kind: 'result',
          title: '头颅CT平扫报告',
          resultId: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
          addedAt: '2026-11-22T09:40:00+08:00',
          addedBy: 'cln_cz_neuro_wang',
        },
      },
      RecordNumbers: {
        description: "The patient's record numbers at one institution (门诊号 / 住院号).",
        type: 'object',
        additionalProperties: false,
        properties: {
          outpatientNo: {
            description: '门诊号.',
            type: 'string',
            minLength: 1,
            maxLength: 32,
            example: 'MZ20261123001',
          },
          inpatientNo: {
            description: '住院号.',
            type: 'string',
            minLength: 1,
            maxLength: 32,
            example: 'ZY2026110042',
          },
        },
        example: {
          outpatientNo: 'MZ20261123001',
        },
      },
      TcmDiagnosis: {
        description:
          '中医诊断 beside the ICD-10 diagnosis, as a TCM hospital writes it: 病名 and 证型, with their codes per\nGB/T 15657 (中医病证分类与代码) as plain strings.\n',
        type: 'object',
        additionalProperties: false,
        required: ['diseaseName', 'syndromeName'],
        properties: {
          diseaseName: {
            description: '中医病名.',
            type: 'string',
            minLength: 1,
            maxLength: 200,
            example: '中风病',
          },
          diseaseCode: {
            type: 'string',
            minLength: 1,
            maxLength: 32,
            example: 'A07.01.01',
          },
          syndromeName: {
            description: '证型.',
            type: 'string',
            minLength: 1,
            maxLength: 200,
            example: '风痰阻络证',
          },
          syndromeCode: {
            type: 'string',
            minLength: 1,
            maxLength: 32,
            example: 'B04.02.03',
          },
        },
        example: {
          diseaseName: '中风病',
          syndromeName: '风痰阻络证',
        },
      },
      EscortRole: {
        description: 'Who escorts the patient.',
        type: 'string',
        enum: ['doctor', 'nurse', 'family', 'other'],
        example: 'doctor',
      },
      EscortTransport: {
        type: 'string',
        enum: ['ambulance_with_doctor', 'ambulance', 'private_vehicle', 'public_transport', 'other'],
        example: 'ambulance_with_doctor',
      },
      Escort: {
        description:
          'Escort and hand-over of a critical patient (DOMAIN §3). Required for green-channel referrals at submit, with\n`escortedBy` and `transport`.\n',
        type: 'object',
        additionalProperties: false,
        properties: {
          escortedBy: {
            description: "The escort's name.",
            type: 'string',
            minLength: 1,
            maxLength: 64,
            example: '李护士',
          },
          escortRole: {
            $ref: '#/components/schemas/EscortRole',
          },
          transport: {
            $ref: '#/components/schemas/EscortTransport',
          },
          handoverItems: {
            description: 'What is handed over with the patient (records, films, medicines, devices).',
            type: 'string',
            maxLength: 1000,
            example: '头颅CT片1张，静脉通路1条',
          },
        },
        example: {
          escortedBy: '李护士',
          escortRole: 'nurse',
          transport: 'ambulance_with_doctor',
        },
      },
      ReferralWarningCode: {
        description:
          'A routing warning from the diagnosis (DOMAIN §3 [R7]); never a block. `designated_hospital`: a notifiable\ninfectious disease goes to a designated hospital (定点医院); `specialist_occupational`: an occupational\ndisease to an occupational-disease institution; `specialist_mental`: a mental illness to a specialist\nmental-health institution.\n',
        type: 'string',
        enum: ['designated_hospital', 'specialist_occupational', 'specialist_mental'],
        example: 'designated_hospital',
      },
      ReferralWarning: {
        type: 'object',
        additionalProperties: false,
        required: ['code'],
        properties: {
          code: {
            $ref: '#/components/schemas/ReferralWarningCode',
          },
          message: {
            description: "The warning in the request's locale.",
            type: 'string',
            example: '法定传染病患者应转至定点医院。',
          },
        },
        example: {
          code: 'designated_hospital',
          message: '法定传染病患者应转至定点医院。',
        },
      },
      ReferralSignature: {
        description:
          "The signing doctor's electronic signature, made by the server at submit in place of 经治医师签字并加盖公章:\n`digest` is the SHA-256 (hex) of the RFC 8785 canonical JSON of the form content, the signer and\n`signedAt`; `provider` names the signer (the digest-only default, or a hospital's CA), whose signature\nvalue, if any, is `value`.\n",
        type: 'object',
        additionalProperties: false,
        required: ['algorithm', 'digest', 'signerClinicianId', 'signedAt', 'provider'],
        properties: {
          algorithm: {
            description:
              "The signer's algorithm (`SHA-256` for the digest-only default; e.g. `SM2-SM3` for a CA).",
            type: 'string',
            example: 'SHA-256',
          },
          digest: {
            type: 'string',
            pattern: '^[0-9a-f]{64}$',
            example: '3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c',
          },
          signerClinicianId: {
            $ref: '#/components/schemas/ClinicianId',
          },
          signedAt: {
            $ref: '#/components/schemas/Instant',
          },
          provider: {
            type: 'string',
            example: 'yilian-digest',
          },
          value: {
            description: "The provider's signature value (base64), when it signs beyond the digest.",
            type: 'string',
          },
        },
        example: {
          algorithm: 'SHA-256',
          digest: '3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c',
          signerClinicianId: 'cln_cz_neuro_wang',
          signedAt: '2026-11-22T09:41:00+08:00',
          provider: 'yilian-digest',
        },
      },
      ReferralSignatureVerification: {
        type: 'object',
        additionalProperties: false,
        required: [
          'valid',
          'algorithm',
          'digest',
          'recomputedDigest',
          'signerClinicianId',
          'signedAt',
          'provider',
        ],
        properties: {
          valid: {
            description: 'The recomputed digest equals the stored one and the provider verified its value.',
            type: 'boolean',
          },
          algorithm: {
            type: 'string',
          },
          digest: {
            description: 'The digest stored at signing.',
            type: 'string',
          },
          recomputedDigest: {
            description: 'The digest of the referral as stored now.',
            type: 'string',
          },
          signerClinicianId: {
            $ref: '#/components/schemas/ClinicianId',
          },
          signedAt: {
            $ref: '#/components/schemas/Instant',
          },
          provider: {
            type: 'string',
          },
        },
        example: {
          valid: true,
          algorithm: 'SHA-256',
          digest: '3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c',
          recomputedDigest: '3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c',
          signerClinicianId: 'cln_cz_neuro_wang',
          signedAt: '2026-11-22T09:41:00+08:00',
          provider: 'yilian-digest',
        },
      },
      ReferralCreate: {
        description:
          "A new referral, created as a `draft` (then `submit`) or submitted at once with `submit: true`. A draft may\nbe incomplete; at submit an up-referral needs `clinicalSummary` (病史及诊治情况), a down-referral the 回转单\n(`clinicalSummary`, `mainResults`, `rehabPlan`, `medications` and a follow-up date), and a green-channel\nreferral its `escort` with `escortedBy` and `transport`. The server signs the form at submit\n(`signature`).\nA down-referral (`direction: down`) that follows an up-referral names it in `parentReferralId`; that parent\nmust be an up-referral the sender received, `reported` or `closed`. A down-referral without a parent (a\npatient admitted directly at the tertiary hospital) may be sent only by the lead institution of an alliance\nthe receiving institution belongs to; from any other sender it is refused with `parent_referral_required`.\nThe sending side of a down-referral is the lead institution's referring, receiving or coordinating staff.\n",
        type: 'object',
        additionalProperties: false,
        required: [
          'direction',
          'urgency',
          'sendingInstitutionId',
          'receivingInstitutionId',
          'patient',
          'diagnosis',
          'reason',
          'consent',
        ],
        properties: {
          direction: {
            $ref: '#/components/schemas/ReferralDirection',
          },
          urgency: {
            $ref: '#/components/schemas/ReferralUrgency',
          },
          greenChannelCategory: {
            $ref: '#/components/schemas/GreenChannelCategory',
          },
          sendingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          sendingDepartmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          receivingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          receivingDepartmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          receivingClinicianId: {
            $ref: '#/components/schemas/ClinicianId',
          },
          parentReferralId: {
            $ref: '#/components/schemas/ReferralId',
          },
          consultationId: {
            description:
              'The remote consultation this referral follows from (e.g. the expert recommended it). It must be one the\nsending institution is party to, `reported` or `closed` (`consultation_not_reported` otherwise); the\nconsultation then lists this referral in `referralIds`.\n',
            allOf: [
              {
                $ref: '#/components/schemas/ConsultationId',
              },
            ],
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          diagnosis: {
            $ref: '#/components/schemas/Diagnosis',
          },
          reason: {
            description: '转诊原因.',
            type: 'string',
            minLength: 1,
            maxLength: 2000,
            example: '急性脑梗死，需进一步评估取栓指征。',
          },
          clinicalSummary: {
            description:
              '病情摘要 — 病史及诊治情况 (history and treatment so far); for a down-referral the treatment so far or the\ndischarge summary. Required at submit.\n',
            type: 'string',
            maxLength: 8000,
            example: '发病4小时，NIHSS 8分，已完成头颅CT。',
          },
          mainResults: {
            description:
              'Down-referrals — 主要检查结果, the main examination and lab results. Required at submit.',
            type: 'string',
            maxLength: 4000,
            example: '头颅MRI示左侧基底节区急性梗死灶。',
          },
          tcmDiagnosis: {
            $ref: '#/components/schemas/TcmDiagnosis',
          },
          sendingRecordNumbers: {
            $ref: '#/components/schemas/RecordNumbers',
          },
          escort: {
            $ref: '#/components/schemas/Escort',
          },
          signingClinicianId: {
            description:
              "The doctor who signs at submit; defaults to the caller's clinician. Must belong to the sending\ninstitution.\n",
            allOf: [
              {
                $ref: '#/components/schemas/ClinicianId',
              },
            ],
          },
          allergies: {
            type: 'string',
            maxLength: 1000,
            example: '青霉素过敏',
          },
          rehabPlan: {
            description: 'Down-referrals — the rehabilitation plan. Required at submit.',
            type: 'string',
            maxLength: 4000,
            example: '每日康复训练，两周后复查。',
          },
          medications: {
            description: 'Down-referrals — medications to continue. Required at submit.',
            type: 'string',
            maxLength: 4000,
            example: '阿司匹林 100mg qd',
          },
          followUpDates: {
            description: 'Down-referrals — the follow-up dates; at least one at submit.',
            type: 'array',
            maxItems: 20,
            items: {
              $ref: '#/components/schemas/LocalDate',
            },
          },
          escortRequired: {
            description:
              'Deprecated — give `escort` (who escorts, transport, hand-over) instead; still stored and shown.',
            type: 'boolean',
            deprecated: true,
          },
          attachments: {
            type: 'array',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/AttachmentInput',
            },
          },
          consent: {
            $ref: '#/components/schemas/Consent',
          },
          submit: {
            description: 'Submit at once instead of keeping a draft.',
            type: 'boolean',
            default: false,
          },
        },
        example: {
          direction: 'up',
          urgency: 'green_channel',
          greenChannelCategory: 'stroke',
          sendingInstitutionId: 'ins_cangzhou_central',
          sendingDepartmentId: 'dep_cz_neurology',
          receivingInstitutionId: 'ins_pumch',
          receivingDepartmentId: 'dep_pumch_neurology',
          patient: {
            name: '张三',
            sex: 'male',
            birthDate: '1990-03-07',
            idType: 'resident_id_card',
            idNumber: '110105199003071239',
            phone: '13812341234',
          },
          diagnosis: {
            code: 'I63.900',
            text: '脑梗死',
          },
          reason: '急性脑梗死，需进一步评估取栓指征。',
          clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
          escort: {
            escortedBy: '李护士',
            escortRole: 'nurse',
            transport: 'ambulance_with_doctor',
            handoverItems: '头颅CT片1张，静脉通路1条',
          },
          consent: {
            purpose: 'referral_transfer',
            grantedAt: '2026-11-22T09:30:00+08:00',
            recordedBy: 'cln_cz_neuro_wang',
            method: 'written',
          },
          submit: true,
        },
      },
      ReferralUpdate: {
        description:
          'The edit of a draft or of a referral returned for information (`updateReferral`): any of the content\nfields of `ReferralCreate`. A field given\nreplaces the stored one (`attachments` replaces the whole list); `null` removes an optional field; the\nsending institution and the status are not edited here (`submit` is a transition). `patient` is merged\nfield by field, so an edit need not resend the ID number the sender reads masked.\n',
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          direction: {
            $ref: '#/components/schemas/ReferralDirection',
          },
          urgency: {
            $ref: '#/components/schemas/ReferralUrgency',
          },
          greenChannelCategory: {
            anyOf: [
              {
                $ref: '#/components/schemas/GreenChannelCategory',
              },
              {
                type: 'null',
              },
            ],
          },
          sendingDepartmentId: {
            anyOf: [
              {
                $ref: '#/components/schemas/DepartmentId',
              },
              {
                type: 'null',
              },
            ],
          },
          receivingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          receivingDepartmentId: {
            anyOf: [
              {
                $ref: '#/components/schemas/DepartmentId',
              },
              {
                type: 'null',
              },
            ],
          },
          receivingClinicianId: {
            anyOf: [
              {
                $ref: '#/components/schemas/ClinicianId',
              },
              {
                type: 'null',
              },
            ],
          },
          parentReferralId: {
            anyOf: [
              {
                $ref: '#/components/schemas/ReferralId',
              },
              {
                type: 'null',
              },
            ],
          },
          patient: {
            $ref: '#/components/schemas/PatientPatch',
          },
          diagnosis: {
            $ref: '#/components/schemas/Diagnosis',
          },
          reason: {
            description: '转诊原因.',
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
          clinicalSummary: {
            type: ['string', 'null'],
            maxLength: 8000,
          },
          allergies: {
            type: ['string', 'null'],
            maxLength: 1000,
          },
          rehabPlan: {
            type: ['string', 'null'],
            maxLength: 4000,
          },
          medications: {
            type: ['string', 'null'],
            maxLength: 4000,
          },
          followUpDates: {
            type: ['array', 'null'],
            maxItems: 20,
            items: {
              $ref: '#/components/schemas/LocalDate',
            },
          },
          escortRequired: {
            type: ['boolean', 'null'],
            deprecated: true,
          },
          mainResults: {
            type: ['string', 'null'],
            maxLength: 4000,
          },
          tcmDiagnosis: {
            anyOf: [
              {
                $ref: '#/components/schemas/TcmDiagnosis',
              },
              {
                type: 'null',
              },
            ],
          },
          sendingRecordNumbers: {
            anyOf: [
              {
                $ref: '#/components/schemas/RecordNumbers',
              },
              {
                type: 'null',
              },
            ],
          },
          escort: {
            anyOf: [
              {
                $ref: '#/components/schemas/Escort',
              },
              {
                type: 'null',
              },
            ],
          },
          attachments: {
            type: 'array',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/AttachmentInput',
            },
          },
          consent: {
            $ref: '#/components/schemas/Consent',
          },
        },
        example: {
          reason: '急性脑梗死，需进一步评估取栓指征。',
          clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
          allergies: null,
        },
      },
      Diagnosis: {
        description: '初步诊断.',
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: {
          code: {
            $ref: '#/components/schemas/Icd10Code',
          },
          text: {
            type: 'string',
            minLength: 1,
            maxLength: 500,
            example: '脑梗死',
          },
        },
        example: {
          code: 'I63.900',
          text: '脑梗死',
        },
      },
      ReferralReport: {
        description: 'The report back (回执 / 反馈 / 出院小结) from the receiving side.',
        type: 'object',
        additionalProperties: false,
        required: ['diagnosis', 'treatment', 'advice'],
        properties: {
          diagnosis: {
            $ref: '#/components/schemas/Diagnosis',
          },
          treatment: {
            type: 'string',
            minLength: 1,
            maxLength: 8000,
            example: '静脉溶栓后行机械取栓，术后恢复良好。',
          },
          advice: {
            type: 'string',
            minLength: 1,
            maxLength: 4000,
            example: '建议下转康复，继续二级预防。',
          },
          dischargedAt: {
            $ref: '#/components/schemas/Instant',
          },
          dischargeSummary: {
            description: '出院小结.',
            type: 'string',
            maxLength: 16000,
            example: '住院10天，神经功能明显改善。',
          },
          recommendDownReferral: {
            type: 'boolean',
          },
        },
        example: {
          diagnosis: {
            code: 'I63.900',
            text: '脑梗死',
          },
          treatment: '静脉溶栓后行机械取栓，术后恢复良好。',
          advice: '建议下转康复，继续二级预防。',
          dischargedAt: '2026-12-02T10:00:00+08:00',
          recommendDownReferral: true,
        },
      },
      Referral: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'number',
          'version',
          'status',
          'direction',
          'urgency',
          'sendingInstitutionId',
          'receivingInstitutionId',
          'patient',
          'diagnosis',
          'reason',
          'consent',
          'attachments',
          'createdAt',
          'updatedAt',
          'createdBy',
          'childReferralIds',
          'overdue',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/ReferralId',
          },
          number: {
            description: 'The human referral number (转诊单号), unique in the alliance.',
            type: 'string',
            example: 'ZZ-20261122-000042',
          },
          version: {
            $ref: '#/components/schemas/Version',
          },
          status: {
            $ref: '#/components/schemas/ReferralStatus',
          },
          direction: {
            $ref: '#/components/schemas/ReferralDirection',
          },
          urgency: {
            $ref: '#/components/schemas/ReferralUrgency',
          },
          greenChannelCategory: {
            $ref: '#/components/schemas/GreenChannelCategory',
          },
          sendingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          sendingDepartmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          receivingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          receivingDepartmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          receivingClinicianId: {
            $ref: '#/components/schemas/ClinicianId',
          },
          parentReferralId: {
            $ref: '#/components/schemas/ReferralId',
          },
          consultationId: {
            description: 'The remote consultation this referral follows from, if any.',
            allOf: [
              {
                $ref: '#/components/schemas/ConsultationId',
              },
            ],
          },
          childReferralIds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ReferralId',
            },
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          diagnosis: {
            $ref: '#/components/schemas/Diagnosis',
          },
          reason: {
            type: 'string',
          },
          clinicalSummary: {
            type: 'string',
          },
          mainResults: {
            type: 'string',
          },
          allergies: {
            type: 'string',
          },
          rehabPlan: {
            type: 'string',
          },
          medications: {
            type: 'string',
          },
          followUpDates: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/LocalDate',
            },
          },
          tcmDiagnosis: {
            $ref: '#/components/schemas/TcmDiagnosis',
          },
          sendingRecordNumbers: {
            $ref: '#/components/schemas/RecordNumbers',
          },
          receivingRecordNumbers: {
            description:
              'The record numbers the receiving institution gave the patient, recorded on arrival.',
            allOf: [
              {
                $ref: '#/components/schemas/RecordNumbers',
              },
            ],
          },
          escort: {
            $ref: '#/components/schemas/Escort',
          },
          escortRequired: {
            description: 'Deprecated — read `escort`.',
            type: 'boolean',
            deprecated: true,
          },
          signature: {
            $ref: '#/components/schemas/ReferralSignature',
          },
          warnings: {
            description:
              'Routing warnings from the diagnosis (infectious, occupational, mental illness); never a block.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ReferralWarning',
            },
          },
          attachments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Attachment',
            },
          },
          consent: {
            $ref: '#/components/schemas/Consent',
          },
          appointment: {
            $ref: '#/components/schemas/ReferralAppointment',
          },
          rejection: {
            $ref: '#/components/schemas/ReasonRecord',
          },
          cancellation: {
            $ref: '#/components/schemas/ReasonRecord',
          },
          report: {
            $ref: '#/components/schemas/ReferralReport',
          },
          closingNote: {
            type: 'string',
          },
          returnForInfo: {
            description:
              'The latest return for more information (退回补充), kept after the referral is resubmitted.',
            allOf: [
              {
                $ref: '#/components/schemas/ReturnRecord',
              },
            ],
          },
          overdue: {
            description:
              'A green-channel referral still `submitted` past its answer SLA (`answerDueAt`): it is escalated (event\n`referral.escalated`) and never expires. Every view shows it; false otherwise.\n',
            type: 'boolean',
            example: false,
          },
          escalatedAt: {
            description:
              'When the green-channel referral was escalated for being unanswered at its SLA, if ever.',
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
          submittedAt: {
            description: 'The latest submission (a resubmission restarts the answer SLA from it).',
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
          answerDueAt: {
            description:
              "When the receiving side should have answered, from the urgency's SLA (routine 48 h, urgent 2 h, green channel 15 min by default).",
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
          expiresAt: {
            description:
              "When a referral still unanswered is set to `expired` by the server's clock. Absent for green channel,\nwhich escalates at `answerDueAt` instead of expiring.\n",
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
          arrivedAt: {
            $ref: '#/components/schemas/Instant',
          },
          closedAt: {
            $ref: '#/components/schemas/Instant',
          },
          createdAt: {
            $ref: '#/components/schemas/Instant',
          },
          updatedAt: {
            $ref: '#/components/schemas/Instant',
          },
          createdBy: {
            $ref: '#/components/schemas/ActorRef',
          },
        },
        example: {
          id: 'ref_01JD7Q2K8M3N4P5R6S7T8V9W0X',
          number: 'ZZ-20261122-000042',
          version: 2,
          status: 'submitted',
          direction: 'up',
          urgency: 'green_channel',
          greenChannelCategory: 'stroke',
          sendingInstitutionId: 'ins_cangzhou_central',
          sendingDepartmentId: 'dep_cz_neurology',
          receivingInstitutionId: 'ins_pumch',
          receivingDepartmentId: 'dep_pumch_neurology',
          childReferralIds: [],
          patient: {
            name: '张三',
            sex: 'male',
            birthDate: '1990-03-07',
            idType: 'resident_id_card',
            idNumber: '110***********1239',
            idNumberMasked: true,
            phone: '138****1234',
          },
          diagnosis: {
            code: 'I63.900',
            text: '脑梗死',
          },
          reason: '急性脑梗死，需进一步评估取栓指征。',
          attachments: [],
          consent: {
            purpose: 'referral_transfer',
            grantedAt: '2026-11-22T09:30:00+08:00',
            recordedBy: 'cln_cz_neuro_wang',
            method: 'written',
          },
          submittedAt: '2026-11-22T09:41:00+08:00',
          answerDueAt: '2026-11-22T09:56:00+08:00',
          overdue: false,
          createdAt: '2026-11-22T09:41:00+08:00',
          updatedAt: '2026-11-22T09:41:00+08:00',
          createdBy: {
            clinicianId: 'cln_cz_neuro_wang',
            institutionId: 'ins_cangzhou_central',
            role: 'referrer',
            name: '王芳',
          },
        },
      },
      ReferralAppointment: {
        description:
          'What the receiving side assigned on accepting (department, doctor, time or window, bed). Exactly one of\n`scheduledAt` (an exact time) and `window` (an allowed window, e.g. admission within 8 days) is given;\nneither or both is the field error `appointment_time_or_window`.\n',
        type: 'object',
        additionalProperties: false,
        required: ['departmentId'],
        properties: {
          departmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          clinicianId: {
            $ref: '#/components/schemas/ClinicianId',
          },
          scheduledAt: {
            description: 'The exact time the patient is expected.',
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
          window: {
            $ref: '#/components/schemas/AppointmentWindow',
          },
          bed: {
            type: 'string',
            maxLength: 64,
            example: '神内二病区 12床',
          },
          instructions: {
            type: 'string',
            maxLength: 2000,
            example: '直接至急诊卒中绿色通道。',
          },
        },
        example: {
          departmentId: 'dep_pumch_neurology',
          clinicianId: 'cln_pumch_neuro_li',
          scheduledAt: '2026-11-22T13:00:00+08:00',
          bed: '神内二病区 12床',
        },
      },
      AppointmentWindow: {
        description:
          'An allowed window for the patient to come (入院窗口): `from` before `to`, and `to` not in the past when\naccepted (`appointment_window_in_past`).\n',
        type: 'object',
        additionalProperties: false,
        required: ['from', 'to'],
        properties: {
          from: {
            $ref: '#/components/schemas/Instant',
          },
          to: {
            $ref: '#/components/schemas/Instant',
          },
        },
        example: {
          from: '2026-11-23T08:00:00+08:00',
          to: '2026-12-01T17:00:00+08:00',
        },
      },
      ReturnRecord: {
        description: 'A referral sent back to the sender for more information (退回补充).',
        type: 'object',
        additionalProperties: false,
        required: ['note', 'at', 'by'],
        properties: {
          note: {
            description: 'What the sender should add or correct.',
            type: 'string',
          },
          at: {
            $ref: '#/components/schemas/Instant',
          },
          by: {
            $ref: '#/components/schemas/ActorRef',
          },
        },
        example: {
          note: '请补充近三天的头颅CT报告及用药记录。',
          at: '2026-11-22T10:05:00+08:00',
          by: {
            clinicianId: 'cln_pumch_neuro_li',
            institutionId: 'ins_pumch',
          },
        },
      },
      ReasonRecord: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'at', 'by'],
        properties: {
          code: {
            type: 'string',
            description: 'A `RejectReasonCode` or `CancelReasonCode`.',
            example: 'no_capacity',
          },
          text: {
            type: 'string',
            example: '本周床位已满，建议转至北京天坛医院。',
          },
          alternativeInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          at: {
            $ref: '#/components/schemas/Instant',
          },
          by: {
            $ref: '#/components/schemas/ActorRef',
          },
        },
        example: {
          code: 'no_capacity',
          text: '本周床位已满，建议转至北京天坛医院。',
          at: '2026-11-22T10:05:00+08:00',
          by: {
            clinicianId: 'cln_pumch_neuro_li',
            institutionId: 'ins_pumch',
          },
        },
      },
      ReferralPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Referral',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: null,
        },
      },
      ReferralSort: {
        description: 'The order of a referral list (see the `sort` parameter of `listReferrals`).',
        type: 'string',
        enum: ['newest', 'green_first'],
        example: 'green_first',
      },
      ReferralStatusGroup: {
        description:
          'The tabs of a work queue; every status is in exactly one group. `draft`: not yet submitted (only the sender\nsees it). `awaiting_answer`: `submitted`, the receiver has to accept or reject. `returned`: sent back for more\ninformation (退回补充), the sender has to complete and resubmit it. `in_progress`: `accepted` or\n`arrived`, the patient is on the way or has arrived. `awaiting_report`: `in_treatment`, the receiver owes\nthe report back. `to_close`: `reported`, the sender has to read the report and close the loop.\n`closed_or_ended`: `closed`, `rejected`, `cancelled`, `no_show`, `expired` — nothing more to do.\n',
        type: 'string',
        enum: [
          'draft',
          'awaiting_answer',
          'returned',
          'in_progress',
          'awaiting_report',
          'to_close',
          'closed_or_ended',
        ],
        example: 'awaiting_answer',
      },
      ReferralCounts: {
        description:
          "How many referrals match, in total, per status group and per side of the caller's institution.",
        type: 'object',
        additionalProperties: false,
        required: ['total', 'byGroup', 'bySide'],
        properties: {
          total: {
            type: 'integer',
            minimum: 0,
          },
          byGroup: {
            description: 'Every status group once, in the order of `ReferralStatusGroup`, zero included.',
            type: 'array',
            minItems: 7,
            maxItems: 7,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['group', 'count'],
              properties: {
                group: {
                  $ref: '#/components/schemas/ReferralStatusGroup',
                },
                count: {
                  type: 'integer',
                  minimum: 0,
                },
              },
            },
          },
          bySide: {
            description: "Where the caller's institution sends and where it receives.",
            type: 'object',
            additionalProperties: false,
            required: ['sending', 'receiving'],
            properties: {
              sending: {
                type: 'integer',
                minimum: 0,
              },
              receiving: {
                type: 'integer',
                minimum: 0,
              },
            },
          },
        },
        example: {
          total: 5,
          byGroup: [
            {
              group: 'draft',
              count: 0,
            },
            {
              group: 'awaiting_answer',
              count: 2,
            },
            {
              group: 'returned',
              count: 0,
            },
            {
              group: 'in_progress',
              count: 1,
            },
            {
              group: 'awaiting_report',
              count: 0,
            },
            {
              group: 'to_close',
              count: 1,
            },
            {
              group: 'closed_or_ended',
              count: 1,
            },
          ],
          bySide: {
            sending: 1,
            receiving: 4,
          },
        },
      },
      ReferralTransition: {
        description: 'A command on a referral; each command has its own body (discriminated by `command`).',
        oneOf: [
          {
            $ref: '#/components/schemas/SubmitCommand',
          },
          {
            $ref: '#/components/schemas/AcceptCommand',
          },
          {
            $ref: '#/components/schemas/RejectCommand',
          },
          {
            $ref: '#/components/schemas/CancelCommand',
          },
          {
            $ref: '#/components/schemas/RecordArrivalCommand',
          },
          {
            $ref: '#/components/schemas/StartTreatmentCommand',
          },
          {
            $ref: '#/components/schemas/ReportCommand',
          },
          {
            $ref: '#/components/schemas/CloseCommand',
          },
          {
            $ref: '#/components/schemas/MarkNoShowCommand',
          },
          {
            $ref: '#/components/schemas/ReturnForInfoCommand',
          },
          {
            $ref: '#/components/schemas/ResubmitCommand',
          },
        ],
        discriminator: {
          propertyName: 'command',
          mapping: {
            submit: '#/components/schemas/SubmitCommand',
            accept: '#/components/schemas/AcceptCommand',
            reject: '#/components/schemas/RejectCommand',
            cancel: '#/components/schemas/CancelCommand',
            record_arrival: '#/components/schemas/RecordArrivalCommand',
            start_treatment: '#/components/schemas/StartTreatmentCommand',
            report: '#/components/schemas/ReportCommand',
            close: '#/components/schemas/CloseCommand',
            mark_no_show: '#/components/schemas/MarkNoShowCommand',
            return_for_info: '#/components/schemas/ReturnForInfoCommand',
            resubmit: '#/components/schemas/ResubmitCommand',
          },
        },
        example: {
          command: 'accept',
          appointment: {
            departmentId: 'dep_pumch_neurology',
            clinicianId: 'cln_pumch_neuro_li',
            scheduledAt: '2026-11-22T13:00:00+08:00',
          },
        },
      },
      SubmitCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command'],
        properties: {
          command: {
            type: 'string',
            const: 'submit',
          },
          note: {
            type: 'string',
            maxLength: 2000,
          },
          signingClinicianId: {
            description:
              "The doctor who signs; defaults to the caller's clinician. Must belong to the sending institution.",
            allOf: [
              {
                $ref: '#/components/schemas/ClinicianId',
              },
            ],
          },
        },
        example: {
          command: 'submit',
        },
      },
      AcceptCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'appointment'],
        properties: {
          command: {
            type: 'string',
            const: 'accept',
          },
          appointment: {
            $ref: '#/components/schemas/ReferralAppointment',
          },
          note: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          command: 'accept',
          appointment: {
            departmentId: 'dep_pumch_neurology',
            clinicianId: 'cln_pumch_neuro_li',
            scheduledAt: '2026-11-22T13:00:00+08:00',
          },
        },
      },
      RejectCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'reasonCode', 'reasonText'],
        properties: {
          command: {
            type: 'string',
            const: 'reject',
          },
          reasonCode: {
            $ref: '#/components/schemas/RejectReasonCode',
          },
          reasonText: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
          alternativeInstitutionId: {
            description: 'Green-channel rejections name an alternative institution.',
            allOf: [
              {
                $ref: '#/components/schemas/InstitutionId',
              },
            ],
          },
        },
        example: {
          command: 'reject',
          reasonCode: 'no_capacity',
          reasonText: '本周床位已满，建议转至北京天坛医院。',
        },
      },
      CancelCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'reasonCode'],
        properties: {
          command: {
            type: 'string',
            const: 'cancel',
          },
          reasonCode: {
            $ref: '#/components/schemas/CancelReasonCode',
          },
          reasonText: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          command: 'cancel',
          reasonCode: 'patient_declined',
          reasonText: '患者决定在本院继续治疗。',
        },
      },
      RecordArrivalCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'arrivedAt'],
        properties: {
          command: {
            type: 'string',
            const: 'record_arrival',
          },
          arrivedAt: {
            $ref: '#/components/schemas/Instant',
          },
          receivingRecordNumbers: {
            description: 'The record numbers (门诊号 / 住院号) this institution gave the arriving patient.',
            allOf: [
              {
                $ref: '#/components/schemas/RecordNumbers',
              },
            ],
          },
        },
        example: {
          command: 'record_arrival',
          arrivedAt: '2026-11-22T12:48:00+08:00',
        },
      },
      StartTreatmentCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command'],
        properties: {
          command: {
            type: 'string',
            const: 'start_treatment',
          },
          setting: {
            type: 'string',
            enum: ['outpatient', 'inpatient'],
          },
        },
        example: {
          command: 'start_treatment',
          setting: 'inpatient',
        },
      },
      ReportCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'report'],
        properties: {
          command: {
            type: 'string',
            const: 'report',
          },
          report: {
            $ref: '#/components/schemas/ReferralReport',
          },
        },
        example: {
          command: 'report',
          report: {
            diagnosis: {
              code: 'I63.900',
              text: '脑梗死',
            },
            treatment: '静脉溶栓后行机械取栓，术后恢复良好。',
            advice: '建议下转康复，继续二级预防。',
          },
        },
      },
      CloseCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'note'],
        properties: {
          command: {
            type: 'string',
            const: 'close',
          },
          note: {
            description: 'The acknowledgement or follow-up note that closes the loop.',
            type: 'string',
            minLength: 1,
            maxLength: 4000,
          },
        },
        example: {
          command: 'close',
          note: '已收到回执，患者已回社区随访。',
        },
      },
      MarkNoShowCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command'],
        properties: {
          command: {
            type: 'string',
            const: 'mark_no_show',
          },
          note: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          command: 'mark_no_show',
        },
      },
      ReturnForInfoCommand: {
        description:
          '退回补充: the receiving side (or its coordinator) sends a submitted referral back to the sender, saying what\nto add. Not a rejection: the sender edits and resubmits.\n',
        type: 'object',
        additionalProperties: false,
        required: ['command', 'note'],
        properties: {
          command: {
            type: 'string',
            const: 'return_for_info',
          },
          note: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
        },
        example: {
          command: 'return_for_info',
          note: '请补充近三天的头颅CT报告及用药记录。',
        },
      },
      ResubmitCommand: {
        description: 'The sending side sends a returned referral again; its answer SLA restarts.',
        type: 'object',
        additionalProperties: false,
        required: ['command'],
        properties: {
          command: {
            type: 'string',
            const: 'resubmit',
          },
          note: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          command: 'resubmit',
          note: '已补充头颅CT报告。',
        },
      },
      TimelineEvent: {
        description: 'One audit event of a referral or an appointment (append-only).',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'at', 'actor', 'action'],
        properties: {
          id: {
            $ref: '#/components/schemas/EventId',
          },
          at: {
            $ref: '#/components/schemas/Instant',
          },
          actor: {
            description: "Who acted; absent only for the server's clock (`expire`, `escalate`).",
            oneOf: [
              {
                $ref: '#/components/schemas/ActorRef',
              },
              {
                type: 'null',
              },
            ],
          },
          action: {
            type: 'string',
            description:
              "A `ReferralCommand`, `create`, `update` (a draft's content edited), `expire`, `escalate` (green channel\npast its SLA), or an appointment action.\n",
            example: 'accept',
          },
          fromStatus: {
            type: ['string', 'null'],
            example: 'submitted',
          },
          toStatus: {
            type: 'string',
            example: 'accepted',
          },
          reasonCode: {
            type: 'string',
            example: 'no_capacity',
          },
          note: {
            type: 'string',
          },
        },
        example: {
          id: 'evt_000000000042',
          at: '2026-11-22T10:02:00+08:00',
          actor: {
            clinicianId: 'cln_pumch_neuro_li',
            institutionId: 'ins_pumch',
            role: 'receiver',
          },
          action: 'accept',
          fromStatus: 'submitted',
          toStatus: 'accepted',
        },
      },
      Timeline: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TimelineEvent',
            },
          },
        },
        example: {
          items: [
            {
              id: 'evt_000000000041',
              at: '2026-11-22T09:41:00+08:00',
              actor: {
                clinicianId: 'cln_cz_neuro_wang',
                institutionId: 'ins_cangzhou_central',
              },
              action: 'create',
              fromStatus: null,
              toStatus: 'submitted',
            },
          ],
        },
      },
      ConsultationId: {
        type: 'string',
        pattern: '^con_[A-Za-z0-9_]+$',
        example: 'con_01JD7X3K4M5N6P7Q8R9S0T1V2W',
      },
      ConsultationStatus: {
        description:
          "The consultation's state (DOMAIN §5a). `requested`: the inviting side asked; `scheduled`: the invited side's\ncoordinator assigned the expert(s), the time and the video room or place; `in_session`: the consultation is\nrunning; `reported`: every scheduled expert signed an opinion; `closed`: the inviting doctor acknowledged\nthe opinion (the closed loop). `declined` (by the invited side) and `cancelled` end it with a reason.\n",
        type: 'string',
        enum: ['requested', 'scheduled', 'in_session', 'reported', 'closed', 'declined', 'cancelled'],
        example: 'scheduled',
      },
      ConsultationCommand: {
        description:
          "A command that moves a consultation. `submit_opinion` is one expert's signed opinion: the consultation stays\n`in_session` until every scheduled expert has signed, then it is `reported`.\n",
        type: 'string',
        enum: ['schedule', 'decline', 'cancel', 'start_session', 'submit_opinion', 'acknowledge'],
        example: 'schedule',
      },
      ConsultationUrgency: {
        description: '`routine` 普通, `urgent` 加急, `emergency` 急会诊.',
        type: 'string',
        enum: ['routine', 'urgent', 'emergency'],
        example: 'urgent',
      },
      ConsultationMode: {
        description:
          '`video` in a video room (远程视频会诊), `on_site` at a place of the inviting institution.',
        type: 'string',
        enum: ['video', 'on_site'],
        example: 'video',
      },
      ConsultationSide: {
        description: "Where the caller's institution stands in a consultation.",
        type: 'string',
        enum: ['inviting', 'invited'],
        example: 'invited',
      },
      ConsultationDeclineReasonCode: {
        type: 'string',
        enum: ['no_expert_available', 'outside_scope', 'incomplete_information', 'not_indicated', 'other'],
        example: 'no_expert_available',
      },
      ConsultationCancelReasonCode: {
        type: 'string',
        enum: [
          'patient_declined',
          'condition_improved',
          'condition_worsened',
          'referred_elsewhere',
          'expert_unavailable',
          'entered_in_error',
          'other',
        ],
        example: 'patient_declined',
      },
      ConsultationAttachmentInput: {
        description:
          "A record sent with the request. `result`: a registered result (`resultId`), shown with its recognition mark\n(`hrMark`). `image_study`: a link to an image study in a PACS or image cloud (`studyUrl`, https), never the\nimages themselves. `emr_excerpt` / `other`: a document's metadata.\n",
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'title'],
        properties: {
          kind: {
            type: 'string',
            enum: ['result', 'image_study', 'emr_excerpt', 'other'],
            example: 'image_study',
          },
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            example: '头颅MRI（DWI）',
          },
          resultId: {
            description: 'For `kind: result`, the registered result.',
            allOf: [
              {
                $ref: '#/components/schemas/ResultId',
              },
            ],
          },
          studyUrl: {
            description: 'For `kind: image_study`, the https link of the study in the image cloud.',
            type: 'string',
            format: 'uri',
            maxLength: 2000,
            example: 'https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3',
          },
          modality: {
            description: 'For `kind: image_study`, the DICOM modality (CT, MR, DX, US …).',
            type: 'string',
            pattern: '^[A-Z]{2,4}$',
            example: 'MR',
          },
          studyInstanceUid: {
            type: 'string',
            pattern: '^[0-9]+(\\.[0-9]+)*$',
            maxLength: 64,
            example: '1.2.840.113619.2.55.3',
          },
          contentType: {
            type: 'string',
            maxLength: 128,
            example: 'application/pdf',
          },
          sizeBytes: {
            type: 'integer',
            minimum: 0,
            example: 183204,
          },
          sha256: {
            type: 'string',
            pattern: '^[0-9a-f]{64}$',
          },
        },
        example: {
          kind: 'image_study',
          title: '头颅MRI（DWI）',
          studyUrl: 'https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3',
          modality: 'MR',
        },
      },
      ConsultationAttachment: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'title', 'addedAt', 'addedBy'],
        properties: {
          id: {
            $ref: '#/components/schemas/AttachmentId',
          },
          kind: {
            type: 'string',
            enum: ['result', 'image_study', 'emr_excerpt', 'other'],
          },
          title: {
            type: 'string',
          },
          resultId: {
            $ref: '#/components/schemas/ResultId',
          },
          hrMark: {
            description:
              'The recognition mark of the attached result (e.g. `京津冀HR`); absent when it has none.',
            type: 'string',
            example: '京津冀HR',
          },
          studyUrl: {
            type: 'string',
            format: 'uri',
          },
          modality: {
            type: 'string',
          },
          studyInstanceUid: {
            type: 'string',
          },
          contentType: {
            type: 'string',
          },
          sizeBytes: {
            type: 'integer',
            minimum: 0,
          },
          sha256: {
            type: 'string',
          },
          addedAt: {
            $ref: '#/components/schemas/Instant',
          },
          addedBy: {
            $ref: '#/components/schemas/ClinicianId',
          },
        },
        example: {
          id: 'att_01JD7T5N6P7Q8R9S0T1V2W3X4Y',
          kind: 'result',
          title: '糖化血红蛋白',
          resultId: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
          hrMark: '京津冀HR',
          addedAt: '2026-11-22T09:40:00+08:00',
          addedBy: 'cln_cz_neuro_wang',
        },
      },
      ConsultationCreate: {
        description:
          "A consultation request (会诊申请单). The inviting doctor is `invitingClinicianId` (the caller's clinician by\ndefault; of the inviting institution). `requestedDepartmentId` and `requestedExpertIds` must belong to the\ninvited institution; `requestedSpecialty` names the 诊疗科目 asked for when no department is chosen.\n",
        type: 'object',
        additionalProperties: false,
        required: [
          'urgency',
          'invitingInstitutionId',
          'invitedInstitutionId',
          'patient',
          'question',
          'caseSummary',
          'consent',
        ],
        properties: {
          urgency: {
            $ref: '#/components/schemas/ConsultationUrgency',
          },
          invitingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          invitingDepartmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          invitingClinicianId: {
            $ref: '#/components/schemas/ClinicianId',
          },
          invitedInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          requestedDepartmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          requestedSpecialty: {
            $ref: '#/components/schemas/DepartmentCode',
          },
          requestedExpertIds: {
            type: 'array',
            maxItems: 8,
            uniqueItems: true,
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          preferredMode: {
            $ref: '#/components/schemas/ConsultationMode',
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          diagnosis: {
            $ref: '#/components/schemas/Diagnosis',
          },
          question: {
            description: '会诊目的 — what the inviting doctor asks the expert.',
            type: 'string',
            minLength: 1,
            maxLength: 2000,
            example: '青年卒中，病因待查，请协助明确病因及二级预防方案。',
          },
          caseSummary: {
            description: '病情摘要 — history, examinations and treatment so far.',
            type: 'string',
            minLength: 1,
            maxLength: 8000,
            example: '男，36岁，突发右侧肢体无力2天，头颅MRI示左侧基底节区急性梗死。',
          },
          attachments: {
            type: 'array',
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/ConsultationAttachmentInput',
            },
          },
          consent: {
            $ref: '#/components/schemas/Consent',
          },
        },
        example: {
          urgency: 'urgent',
          invitingInstitutionId: 'ins_cangzhou_central',
          invitingDepartmentId: 'dep_cz_neurology',
          invitedInstitutionId: 'ins_pumch',
          requestedDepartmentId: 'dep_pumch_neurology',
          preferredMode: 'video',
          patient: {
            name: '张三',
            sex: 'male',
            birthDate: '1990-03-07',
            idType: 'resident_id_card',
            idNumber: '110105199003071239',
          },
          diagnosis: {
            code: 'I63.900',
            text: '脑梗死',
          },
          question: '青年卒中，病因待查，请协助明确病因及二级预防方案。',
          caseSummary: '男，36岁，突发右侧肢体无力2天，头颅MRI示左侧基底节区急性梗死。',
          consent: {
            purpose: 'remote_consultation',
            grantedAt: '2026-11-22T09:30:00+08:00',
            recordedBy: 'cln_cz_neuro_wang',
            method: 'written',
          },
        },
      },
      ConsultationSchedule: {
        description:
          "What the invited side's coordinator arranged: the expert(s) (several for an MDT), the time, and a video room\n(`videoRoomUrl`, https) or an on-site `place`. `activityId` names the expert activity it takes place in, if\nany.\n",
        type: 'object',
        additionalProperties: false,
        required: ['expertIds', 'scheduledAt', 'durationMinutes', 'mode'],
        properties: {
          expertIds: {
            type: 'array',
            minItems: 1,
            maxItems: 8,
            uniqueItems: true,
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          scheduledAt: {
            $ref: '#/components/schemas/Instant',
          },
          durationMinutes: {
            type: 'integer',
            minimum: 10,
            maximum: 480,
            example: 45,
          },
          mode: {
            $ref: '#/components/schemas/ConsultationMode',
          },
          videoRoomUrl: {
            description: 'For `mode: video`, the https link of the video room.',
            type: 'string',
            format: 'uri',
            maxLength: 2000,
            example: 'https://meet.pumch.example/room/hz-20261203-0001',
          },
          place: {
            description: 'For `mode: on_site`, where the consultation takes place.',
            type: 'string',
            maxLength: 200,
            example: '沧州市中心医院 门诊楼5层 远程会诊中心',
          },
          activityId: {
            $ref: '#/components/schemas/ActivityId',
          },
          note: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          expertIds: ['cln_pumch_neuro_li'],
          scheduledAt: '2026-12-04T14:00:00+08:00',
          durationMinutes: 45,
          mode: 'video',
          videoRoomUrl: 'https://meet.pumch.example/room/hz-20261203-0001',
        },
      },
      ConsultationOpinionInput: {
        description: "One expert's opinion (会诊意见); the server signs it as the expert's.",
        type: 'object',
        additionalProperties: false,
        required: ['findings', 'advice'],
        properties: {
          findings: {
            description: '会诊所见 / 分析.',
            type: 'string',
            minLength: 1,
            maxLength: 8000,
            example: '影像示左侧基底节区急性梗死，结合年龄需排查心源性栓塞及血管炎。',
          },
          advice: {
            description: '会诊建议 — the inviting side decides (DOMAIN §5a).',
            type: 'string',
            minLength: 1,
            maxLength: 8000,
            example: '建议完善经食道超声心动图及免疫相关检查；抗血小板治疗。',
          },
          diagnosis: {
            $ref: '#/components/schemas/Diagnosis',
          },
          recommendReferral: {
            description: 'The expert suggests referring the patient to the invited institution.',
            type: 'boolean',
          },
        },
        example: {
          findings: '影像示左侧基底节区急性梗死，结合年龄需排查心源性栓塞及血管炎。',
          advice: '建议完善经食道超声心动图及免疫相关检查；抗血小板治疗。',
        },
      },
      ConsultationOpinion: {
        description: "One expert's signed opinion.",
        type: 'object',
        additionalProperties: false,
        required: ['expertClinicianId', 'findings', 'advice', 'signature', 'signedAt'],
        properties: {
          expertClinicianId: {
            $ref: '#/components/schemas/ClinicianId',
          },
          expertName: {
            description: "The expert's display name (staff names are not patient data).",
            type: 'string',
            example: '李明',
          },
          findings: {
            type: 'string',
          },
          advice: {
            type: 'string',
          },
          diagnosis: {
            $ref: '#/components/schemas/Diagnosis',
          },
          recommendReferral: {
            type: 'boolean',
          },
          signature: {
            $ref: '#/components/schemas/ReferralSignature',
          },
          signedAt: {
            $ref: '#/components/schemas/Instant',
          },
        },
        example: {
          expertClinicianId: 'cln_pumch_neuro_li',
          expertName: '李明',
          findings: '影像示左侧基底节区急性梗死。',
          advice: '建议完善经食道超声心动图。',
          signature: {
            algorithm: 'SHA-256',
            digest: '3b1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c5e3d1f0a8c8e2f4d6a9b7c',
            signerClinicianId: 'cln_pumch_neuro_li',
            signedAt: '2026-12-04T14:50:00+08:00',
            provider: 'yilian-digest',
          },
          signedAt: '2026-12-04T14:50:00+08:00',
        },
      },
      ConsultationAcknowledgement: {
        description: 'The inviting doctor read the opinion (反馈) and may rate it (评价, 1–5).',
        type: 'object',
        additionalProperties: false,
        required: ['at', 'by'],
        properties: {
          note: {
            type: 'string',
          },
          rating: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
          },
          ratingComment: {
            type: 'string',
          },
          at: {
            $ref: '#/components/schemas/Instant',
          },
          by: {
            $ref: '#/components/schemas/ActorRef',
          },
        },
        example: {
          note: '已采纳会诊意见，完善相关检查。',
          rating: 5,
          at: '2026-12-04T16:00:00+08:00',
          by: {
            clinicianId: 'cln_cz_neuro_wang',
            institutionId: 'ins_cangzhou_central',
          },
        },
      },
      Consultation: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'number',
          'version',
          'status',
          'urgency',
          'invitingInstitutionId',
          'invitingClinicianId',
          'invitedInstitutionId',
          'requestedExpertIds',
          'patient',
          'question',
          'caseSummary',
          'attachments',
          'consent',
          'opinions',
          'pendingExpertIds',
          'referralIds',
          'createdAt',
          'updatedAt',
          'createdBy',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/ConsultationId',
          },
          number: {
            description: 'The human consultation number (会诊单号), unique in the alliance.',
            type: 'string',
            example: 'HZ-20261203-000001',
          },
          version: {
            $ref: '#/components/schemas/Version',
          },
          status: {
            $ref: '#/components/schemas/ConsultationStatus',
          },
          urgency: {
            $ref: '#/components/schemas/ConsultationUrgency',
          },
          invitingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          invitingDepartmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          invitingClinicianId: {
            $ref: '#/components/schemas/ClinicianId',
          },
          invitedInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          requestedDepartmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          requestedSpecialty: {
            $ref: '#/components/schemas/DepartmentCode',
          },
          requestedExpertIds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          preferredMode: {
            $ref: '#/components/schemas/ConsultationMode',
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          diagnosis: {
            $ref: '#/components/schemas/Diagnosis',
          },
          question: {
            type: 'string',
          },
          caseSummary: {
            type: 'string',
          },
          attachments: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConsultationAttachment',
            },
          },
          consent: {
            $ref: '#/components/schemas/Consent',
          },
          schedule: {
            $ref: '#/components/schemas/ConsultationSchedule',
          },
          opinions: {
            description: 'The signed opinions, in signing order.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ConsultationOpinion',
            },
          },
          pendingExpertIds: {
            description:
              'The scheduled experts who have not signed yet; empty before scheduling and once reported.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          acknowledgement: {
            $ref: '#/components/schemas/ConsultationAcknowledgement',
          },
          declination: {
            description: 'Why the invited side declined (`code` is a `ConsultationDeclineReasonCode`).',
            allOf: [
              {
                $ref: '#/components/schemas/ReasonRecord',
              },
            ],
          },
          cancellation: {
            description: 'Why it was cancelled (`code` is a `ConsultationCancelReasonCode`).',
            allOf: [
              {
                $ref: '#/components/schemas/ReasonRecord',
              },
            ],
          },
          referralIds: {
            description: 'The referrals created from this consultation (`ReferralCreate.consultationId`).',
            type: 'array',
            items: {
              $ref: '#/components/schemas/ReferralId',
            },
          },
          scheduledAt: {
            description: 'When it was scheduled (the appointment time is `schedule.scheduledAt`).',
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
          sessionStartedAt: {
            $ref: '#/components/schemas/Instant',
          },
          reportedAt: {
            $ref: '#/components/schemas/Instant',
          },
          closedAt: {
            $ref: '#/components/schemas/Instant',
          },
          createdAt: {
            $ref: '#/components/schemas/Instant',
          },
          updatedAt: {
            $ref: '#/components/schemas/Instant',
          },
          createdBy: {
            $ref: '#/components/schemas/ActorRef',
          },
        },
        example: {
          id: 'con_01JD7X3K4M5N6P7Q8R9S0T1V2W',
          number: 'HZ-20261203-000001',
          version: 1,
          status: 'requested',
          urgency: 'urgent',
          invitingInstitutionId: 'ins_cangzhou_central',
          invitingClinicianId: 'cln_cz_neuro_wang',
          invitedInstitutionId: 'ins_pumch',
          requestedExpertIds: [],
          patient: {
            name: '张三',
            sex: 'male',
            birthDate: '1990-03-07',
            idType: 'resident_id_card',
            idNumber: '110***********1239',
            idNumberMasked: true,
          },
          question: '青年卒中，病因待查，请协助明确病因及二级预防方案。',
          caseSummary: '男，36岁，突发右侧肢体无力2天。',
          attachments: [],
          consent: {
            purpose: 'remote_consultation',
            grantedAt: '2026-11-22T09:30:00+08:00',
            recordedBy: 'cln_cz_neuro_wang',
            method: 'written',
          },
          opinions: [],
          pendingExpertIds: [],
          referralIds: [],
          createdAt: '2026-12-03T09:41:00+08:00',
          updatedAt: '2026-12-03T09:41:00+08:00',
          createdBy: {
            clinicianId: 'cln_cz_neuro_wang',
            institutionId: 'ins_cangzhou_central',
          },
        },
      },
      ConsultationPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Consultation',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: null,
        },
      },
      ConsultationStatusGroup: {
        description:
          'The tabs of a consultation inbox; every status is in exactly one group. `to_schedule`: `requested`, the\ninvited coordinator schedules or declines. `upcoming`: `scheduled`. `in_session`: running, opinions owed.\n`to_acknowledge`: `reported`, the inviting doctor reads and acknowledges. `closed_or_ended`: `closed`,\n`declined`, `cancelled`.\n',
        type: 'string',
        enum: ['to_schedule', 'upcoming', 'in_session', 'to_acknowledge', 'closed_or_ended'],
        example: 'to_schedule',
      },
      ConsultationCounts: {
        type: 'object',
        additionalProperties: false,
        required: ['total', 'byGroup', 'bySide'],
        properties: {
          total: {
            type: 'integer',
            minimum: 0,
          },
          byGroup: {
            description: 'Every status group once, in the order of `ConsultationStatusGroup`, zero included.',
            type: 'array',
            minItems: 5,
            maxItems: 5,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['group', 'count'],
              properties: {
                group: {
                  $ref: '#/components/schemas/ConsultationStatusGroup',
                },
                count: {
                  type: 'integer',
                  minimum: 0,
                },
              },
            },
          },
          bySide: {
            type: 'object',
            additionalProperties: false,
            required: ['inviting', 'invited'],
            properties: {
              inviting: {
                type: 'integer',
                minimum: 0,
              },
              invited: {
                type: 'integer',
                minimum: 0,
              },
            },
          },
        },
        example: {
          total: 3,
          byGroup: [
            {
              group: 'to_schedule',
              count: 1,
            },
            {
              group: 'upcoming',
              count: 1,
            },
            {
              group: 'in_session',
              count: 0,
            },
            {
              group: 'to_acknowledge',
              count: 1,
            },
            {
              group: 'closed_or_ended',
              count: 0,
            },
          ],
          bySide: {
            inviting: 0,
            invited: 3,
          },
        },
      },
      ConsultationTransition: {
        description:
          'A command on a consultation; each command has its own body (discriminated by `command`).',
        oneOf: [
          {
            $ref: '#/components/schemas/ScheduleConsultationCommand',
          },
          {
            $ref: '#/components/schemas/DeclineConsultationCommand',
          },
          {
            $ref: '#/components/schemas/CancelConsultationCommand',
          },
          {
            $ref: '#/components/schemas/StartConsultationSessionCommand',
          },
          {
            $ref: '#/components/schemas/SubmitConsultationOpinionCommand',
          },
          {
            $ref: '#/components/schemas/AcknowledgeConsultationCommand',
          },
        ],
        discriminator: {
          propertyName: 'command',
          mapping: {
            schedule: '#/components/schemas/ScheduleConsultationCommand',
            decline: '#/components/schemas/DeclineConsultationCommand',
            cancel: '#/components/schemas/CancelConsultationCommand',
            start_session: '#/components/schemas/StartConsultationSessionCommand',
            submit_opinion: '#/components/schemas/SubmitConsultationOpinionCommand',
            acknowledge: '#/components/schemas/AcknowledgeConsultationCommand',
          },
        },
        example: {
          command: 'schedule',
          schedule: {
            expertIds: ['cln_pumch_neuro_li'],
            scheduledAt: '2026-12-04T14:00:00+08:00',
            durationMinutes: 45,
            mode: 'video',
            videoRoomUrl: 'https://meet.pumch.example/room/hz-20261203-0001',
          },
        },
      },
      ScheduleConsultationCommand: {
        description:
          "The invited side's coordinator assigns the expert(s) (clinicians of the invited institution), a time not in\nthe past, and a video room (`video_room_required`) or a place (`place_required`).\n",
        type: 'object',
        additionalProperties: false,
        required: ['command', 'schedule'],
        properties: {
          command: {
            type: 'string',
            const: 'schedule',
          },
          schedule: {
            $ref: '#/components/schemas/ConsultationScheduleInput',
          },
        },
        example: {
          command: 'schedule',
          schedule: {
            expertIds: ['cln_pumch_neuro_li'],
            scheduledAt: '2026-12-04T14:00:00+08:00',
            durationMinutes: 45,
            mode: 'video',
            videoRoomUrl: 'https://meet.pumch.example/room/hz-20261203-0001',
          },
        },
      },
      ConsultationScheduleInput: {
        description: 'The schedule as the coordinator sends it (see `ConsultationSchedule`).',
        type: 'object',
        additionalProperties: false,
        required: ['expertIds', 'scheduledAt', 'mode'],
        properties: {
          expertIds: {
            type: 'array',
            minItems: 1,
            maxItems: 8,
            uniqueItems: true,
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          scheduledAt: {
            $ref: '#/components/schemas/Instant',
          },
          durationMinutes: {
            description: 'How long the session is planned for; 30 minutes when left out.',
            type: 'integer',
            minimum: 10,
            maximum: 480,
          },
          mode: {
            $ref: '#/components/schemas/ConsultationMode',
          },
          videoRoomUrl: {
            type: 'string',
            format: 'uri',
            maxLength: 2000,
          },
          place: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          activityId: {
            $ref: '#/components/schemas/ActivityId',
          },
          note: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          expertIds: ['cln_pumch_neuro_li', 'cln_pumch_cardio_zhou'],
          scheduledAt: '2026-12-04T14:00:00+08:00',
          durationMinutes: 60,
          mode: 'video',
          videoRoomUrl: 'https://meet.pumch.example/room/hz-20261203-0001',
        },
      },
      DeclineConsultationCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'reasonCode', 'reasonText'],
        properties: {
          command: {
            type: 'string',
            const: 'decline',
          },
          reasonCode: {
            $ref: '#/components/schemas/ConsultationDeclineReasonCode',
          },
          reasonText: {
            type: 'string',
            minLength: 1,
            maxLength: 2000,
          },
          alternativeInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
        },
        example: {
          command: 'decline',
          reasonCode: 'no_expert_available',
          reasonText: '本周相关专科专家均外出，建议下周重新申请。',
        },
      },
      CancelConsultationCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command', 'reasonCode'],
        properties: {
          command: {
            type: 'string',
            const: 'cancel',
          },
          reasonCode: {
            $ref: '#/components/schemas/ConsultationCancelReasonCode',
          },
          reasonText: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          command: 'cancel',
          reasonCode: 'condition_improved',
        },
      },
      StartConsultationSessionCommand: {
        type: 'object',
        additionalProperties: false,
        required: ['command'],
        properties: {
          command: {
            type: 'string',
            const: 'start_session',
          },
          note: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          command: 'start_session',
        },
      },
      SubmitConsultationOpinionCommand: {
        description:
          'A scheduled expert signs their own opinion (only the expert; a coordinator cannot sign for them).',
        type: 'object',
        additionalProperties: false,
        required: ['command', 'opinion'],
        properties: {
          command: {
            type: 'string',
            const: 'submit_opinion',
          },
          opinion: {
            $ref: '#/components/schemas/ConsultationOpinionInput',
          },
        },
        example: {
          command: 'submit_opinion',
          opinion: {
            findings: '影像示左侧基底节区急性梗死，结合年龄需排查心源性栓塞及血管炎。',
            advice: '建议完善经食道超声心动图及免疫相关检查；抗血小板治疗。',
          },
        },
      },
      AcknowledgeConsultationCommand: {
        description:
          'The inviting side acknowledges the opinion (反馈) and may rate it (评价); this closes the loop.',
        type: 'object',
        additionalProperties: false,
        required: ['command'],
        properties: {
          command: {
            type: 'string',
            const: 'acknowledge',
          },
          note: {
            type: 'string',
            maxLength: 4000,
          },
          rating: {
            type: 'integer',
            minimum: 1,
            maximum: 5,
          },
          ratingComment: {
            type: 'string',
            maxLength: 2000,
          },
        },
        example: {
          command: 'acknowledge',
          note: '已采纳会诊意见，完善相关检查。',
          rating: 5,
        },
      },
      ConsultationSignatureVerificationList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ReferralSignatureVerification',
            },
          },
        },
        example: {
          items: [],
        },
      },
      Activity: {
        description:
          'An expert activity hosted by an institution (坐诊, 会诊, 远程会诊, 手术指导, 查房, 授课, 义诊).',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'kind',
          'status',
          'title',
          'expertIds',
          'hostInstitutionId',
          'startsAt',
          'endsAt',
          'bookable',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/ActivityId',
          },
          kind: {
            $ref: '#/components/schemas/ActivityKind',
          },
          status: {
            $ref: '#/components/schemas/ActivityStatus',
          },
          title: {
            type: 'string',
            example: '神经内科专家坐诊',
          },
          description: {
            type: 'string',
          },
          expertIds: {
            type: 'array',
            minItems: 1,
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          hostInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          departmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          batchId: {
            description: 'The dispatch batch (派驻批次) the activity belongs to, if any.',
            allOf: [
              {
                $ref: '#/components/schemas/DispatchBatchId',
              },
            ],
          },
          place: {
            description: 'Where it happens (in person).',
            type: 'string',
            example: '沧州市中心医院门诊楼3层 专家诊区',
          },
          videoUrl: {
            description: 'The video link of a remote activity.',
            type: 'string',
            format: 'uri',
            example: 'https://meet.example.org/pumch-cz-neuro',
          },
          startsAt: {
            $ref: '#/components/schemas/Instant',
          },
          endsAt: {
            $ref: '#/components/schemas/Instant',
          },
          bookable: {
            description:
              'Whether patients book slots (clinic, consultation, remote consultation, free clinic).',
            type: 'boolean',
          },
        },
        example: {
          id: 'act_pumch_cz_neuro_20261125',
          kind: 'clinic',
          status: 'scheduled',
          title: '神经内科专家坐诊',
          expertIds: ['cln_pumch_neuro_li'],
          hostInstitutionId: 'ins_cangzhou_central',
          departmentId: 'dep_cz_neurology',
          place: '沧州市中心医院门诊楼3层 专家诊区',
          startsAt: '2026-11-25T08:00:00+08:00',
          endsAt: '2026-11-25T12:00:00+08:00',
          bookable: true,
        },
      },
      ActivityPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Activity',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: null,
        },
      },
      Slot: {
        description: 'A bookable interval of an activity with its capacity.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'activityId',
          'activityKind',
          'expertIds',
          'hostInstitutionId',
          'startsAt',
          'endsAt',
          'capacity',
          'booked',
          'remaining',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/SlotId',
          },
          activityId: {
            $ref: '#/components/schemas/ActivityId',
          },
          activityKind: {
            $ref: '#/components/schemas/ActivityKind',
          },
          expertIds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          hostInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          departmentId: {
            description: "The host's department of this slot (a 义诊 has slots of several departments).",
            allOf: [
              {
                $ref: '#/components/schemas/DepartmentId',
              },
            ],
          },
          expertId: {
            description: "The one expert who sees this slot's patients.",
            allOf: [
              {
                $ref: '#/components/schemas/ClinicianId',
              },
            ],
          },
          activityTitle: {
            type: 'string',
            example: '协和神经内科专家坐诊',
          },
          startsAt: {
            $ref: '#/components/schemas/Instant',
          },
          endsAt: {
            $ref: '#/components/schemas/Instant',
          },
          capacity: {
            type: 'integer',
            minimum: 1,
            example: 5,
          },
          booked: {
            description: 'Active bookings (booked + arrived).',
            type: 'integer',
            minimum: 0,
            example: 3,
          },
          remaining: {
            type: 'integer',
            minimum: 0,
            example: 2,
          },
        },
        example: {
          id: 'slt_pumch_cz_neuro_20261125_0900',
          activityId: 'act_pumch_cz_neuro_20261125',
          activityKind: 'clinic',
          expertIds: ['cln_pumch_neuro_li'],
          hostInstitutionId: 'ins_cangzhou_central',
          departmentId: 'dep_cz_neurology',
          startsAt: '2026-11-25T09:00:00+08:00',
          endsAt: '2026-11-25T09:30:00+08:00',
          capacity: 5,
          booked: 3,
          remaining: 2,
        },
      },
      SlotPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Slot',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: null,
        },
      },
      AppointmentBook: {
        type: 'object',
        additionalProperties: false,
        required: ['slotId', 'patient', 'consent'],
        properties: {
          slotId: {
            $ref: '#/components/schemas/SlotId',
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          consent: {
            $ref: '#/components/schemas/Consent',
          },
          referralId: {
            description: 'The referral this booking serves, if any.',
            allOf: [
              {
                $ref: '#/components/schemas/ReferralId',
              },
            ],
          },
          note: {
            type: 'string',
            maxLength: 1000,
          },
        },
        example: {
          slotId: 'slt_pumch_cz_neuro_20261125_0900',
          patient: {
            name: '李四',
            sex: 'female',
            birthDate: '1985-12-31',
            idType: 'resident_id_card',
            idNumber: '12010119851231005X',
            phone: '13912345678',
          },
          consent: {
            purpose: 'remote_consultation',
            grantedAt: '2026-11-22T09:30:00+08:00',
            recordedBy: 'cln_cz_neuro_wang',
            method: 'electronic_signature',
          },
        },
      },
      AppointmentCancel: {
        type: 'object',
        additionalProperties: false,
        required: ['cancelledBy'],
        properties: {
          cancelledBy: {
            $ref: '#/components/schemas/AppointmentCancelledBy',
          },
          reason: {
            type: 'string',
            maxLength: 1000,
          },
        },
        example: {
          cancelledBy: 'patient',
          reason: '时间冲突',
        },
      },
      AppointmentReschedule: {
        type: 'object',
        additionalProperties: false,
        required: ['slotId'],
        properties: {
          slotId: {
            description: 'The new slot; the old place is released in the same transaction.',
            allOf: [
              {
                $ref: '#/components/schemas/SlotId',
              },
            ],
          },
        },
        example: {
          slotId: 'slt_pumch_cz_neuro_20261125_1000',
        },
      },
      Appointment: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'version',
          'status',
          'slotId',
          'activityId',
          'hostInstitutionId',
          'startsAt',
          'endsAt',
          'patient',
          'bookedAt',
          'bookedBy',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/AppointmentId',
          },
          version: {
            $ref: '#/components/schemas/Version',
          },
          status: {
            $ref: '#/components/schemas/AppointmentStatus',
          },
          slotId: {
            $ref: '#/components/schemas/SlotId',
          },
          activityId: {
            $ref: '#/components/schemas/ActivityId',
          },
          hostInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          activityKind: {
            $ref: '#/components/schemas/ActivityKind',
          },
          activityTitle: {
            type: 'string',
            example: '协和神经内科专家坐诊',
          },
          expertId: {
            description: 'The expert of the booked slot.',
            allOf: [
              {
                $ref: '#/components/schemas/ClinicianId',
              },
            ],
          },
          departmentId: {
            description: 'The host department of the booked slot.',
            allOf: [
              {
                $ref: '#/components/schemas/DepartmentId',
              },
            ],
          },
          place: {
            type: 'string',
          },
          startsAt: {
            $ref: '#/components/schemas/Instant',
          },
          endsAt: {
            $ref: '#/components/schemas/Instant',
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          patientId: {
            description: 'The patient account that booked it or holds it, when a `patient` token did.',
            allOf: [
              {
                $ref: '#/components/schemas/PatientId',
              },
            ],
          },
          referralId: {
            $ref: '#/components/schemas/ReferralId',
          },
          bookedAt: {
            $ref: '#/components/schemas/Instant',
          },
          bookedBy: {
            $ref: '#/components/schemas/ActorRef',
          },
          cancelledAt: {
            $ref: '#/components/schemas/Instant',
          },
          cancelledBy: {
            $ref: '#/components/schemas/AppointmentCancelledBy',
          },
          rescheduledFromSlotId: {
            $ref: '#/components/schemas/SlotId',
          },
        },
        example: {
          id: 'apt_01JD7R0B3C4D5E6F7G8H9J0K1M',
          version: 1,
          status: 'booked',
          slotId: 'slt_pumch_cz_neuro_20261125_0900',
          activityId: 'act_pumch_cz_neuro_20261125',
          hostInstitutionId: 'ins_cangzhou_central',
          startsAt: '2026-11-25T09:00:00+08:00',
          endsAt: '2026-11-25T09:30:00+08:00',
          patient: {
            name: '李四',
            sex: 'female',
            birthDate: '1985-12-31',
            idType: 'resident_id_card',
            idNumber: '120***********005X',
            idNumberMasked: true,
            phone: '139****5678',
          },
          bookedAt: '2026-11-22T10:00:00+08:00',
          bookedBy: {
            clinicianId: 'cln_cz_neuro_wang',
            institutionId: 'ins_cangzhou_central',
          },
        },
      },
      AppointmentPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Appointment',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: null,
        },
      },
      ActivityCreate: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'title', 'expertIds', 'hostInstitutionId', 'startsAt', 'endsAt'],
        properties: {
          kind: {
            $ref: '#/components/schemas/ActivityKind',
          },
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
            example: '神经内科专家坐诊',
          },
          description: {
            type: 'string',
            maxLength: 2000,
          },
          expertIds: {
            type: 'array',
            minItems: 1,
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          hostInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          departmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          batchId: {
            $ref: '#/components/schemas/DispatchBatchId',
          },
          place: {
            type: 'string',
            maxLength: 200,
          },
          videoUrl: {
            type: 'string',
            format: 'uri',
            maxLength: 500,
          },
          startsAt: {
            $ref: '#/components/schemas/Instant',
          },
          endsAt: {
            $ref: '#/components/schemas/Instant',
          },
          slots: {
            description:
              'The bookable slots (only for clinic, consultation, remote consultation and free clinic).',
            type: 'array',
            maxItems: 500,
            items: {
              $ref: '#/components/schemas/SlotCreate',
            },
          },
        },
        example: {
          kind: 'clinic',
          title: '神经内科专家坐诊',
          expertIds: ['cln_pumch_neuro_li'],
          hostInstitutionId: 'ins_cangzhou_central',
          departmentId: 'dep_cz_neurology',
          startsAt: '2026-11-25T08:00:00+08:00',
          endsAt: '2026-11-25T12:00:00+08:00',
          slots: [
            {
              startsAt: '2026-11-25T08:00:00+08:00',
              endsAt: '2026-11-25T08:30:00+08:00',
              capacity: 3,
            },
          ],
        },
      },
      SlotCreate: {
        type: 'object',
        additionalProperties: false,
        required: ['startsAt', 'endsAt', 'capacity'],
        properties: {
          startsAt: {
            $ref: '#/components/schemas/Instant',
          },
          endsAt: {
            $ref: '#/components/schemas/Instant',
          },
          capacity: {
            type: 'integer',
            minimum: 1,
            maximum: 10000,
          },
          expertId: {
            description:
              "The expert who sees this slot's patients; one of the activity's experts (its first by default).",
            allOf: [
              {
                $ref: '#/components/schemas/ClinicianId',
              },
            ],
          },
          departmentId: {
            description: "The host's department of this slot (the activity's by default).",
            allOf: [
              {
                $ref: '#/components/schemas/DepartmentId',
              },
            ],
          },
        },
        example: {
          startsAt: '2026-11-25T08:00:00+08:00',
          endsAt: '2026-11-25T08:30:00+08:00',
          capacity: 3,
        },
      },
      DispatchBatchId: {
        type: 'string',
        pattern: '^dpb_[A-Za-z0-9_]+$',
        example: 'dpb_pumch_cz_01',
      },
      QueueTicketId: {
        type: 'string',
        pattern: '^tkt_[A-Za-z0-9_]+$',
        example: 'tkt_01JD7R0B3C4D5E6F7G8H9J0K1M',
      },
      PatientId: {
        description:
          "The opaque id a hospital's backend gives a patient account; a `patient` token names it.",
        type: 'string',
        pattern: '^pat_[A-Za-z0-9_]+$',
        example: 'pat_bg_zhang_min',
      },
      ActivityKindCounts: {
        description:
          'How many activities of each kind; every kind once, in the order of `ActivityKind`, zero included.',
        type: 'array',
        minItems: 7,
        maxItems: 7,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'count'],
          properties: {
            kind: {
              $ref: '#/components/schemas/ActivityKind',
            },
            count: {
              type: 'integer',
              minimum: 0,
            },
          },
        },
        example: [
          {
            kind: 'clinic',
            count: 4,
          },
          {
            kind: 'consultation',
            count: 2,
          },
          {
            kind: 'remote_consultation',
            count: 0,
          },
          {
            kind: 'surgery_guidance',
            count: 1,
          },
          {
            kind: 'ward_round',
            count: 1,
          },
          {
            kind: 'lecture',
            count: 1,
          },
          {
            kind: 'free_clinic',
            count: 0,
          },
        ],
      },
      DispatchBatchCounts: {
        type: 'object',
        additionalProperties: false,
        required: ['expertVisits', 'activities', 'activitiesByKind'],
        properties: {
          expertVisits: {
            description: 'Expert-visits (人次), the experts dispatched in the batch, each counted once.',
            type: 'integer',
            minimum: 0,
            example: 5,
          },
          activities: {
            description: 'Scheduled and completed activities of the batch (cancelled ones are not counted).',
            type: 'integer',
            minimum: 0,
            example: 9,
          },
          activitiesByKind: {
            $ref: '#/components/schemas/ActivityKindCounts',
          },
        },
        example: {
          expertVisits: 5,
          activities: 9,
          activitiesByKind: [
            {
              kind: 'clinic',
              count: 4,
            },
            {
              kind: 'consultation',
              count: 2,
            },
            {
              kind: 'remote_consultation',
              count: 0,
            },
            {
              kind: 'surgery_guidance',
              count: 1,
            },
            {
              kind: 'ward_round',
              count: 1,
            },
            {
              kind: 'lecture',
              count: 1,
            },
            {
              kind: 'free_clinic',
              count: 0,
            },
          ],
        },
      },
      DispatchBatch: {
        description:
          'A dispatch batch (派驻批次) groups the experts and activities of one dispatch to a host (DOMAIN §4).',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'sequence',
          'title',
          'purpose',
          'sendingInstitutionId',
          'hostInstitutionId',
          'startDate',
          'endDate',
          'expertIds',
          'counts',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/DispatchBatchId',
          },
          allianceId: {
            $ref: '#/components/schemas/AllianceId',
          },
          sequence: {
            description: "The batch's number among the sender's batches to this host (第 N 批).",
            type: 'integer',
            minimum: 1,
            example: 3,
          },
          title: {
            type: 'string',
            example: '协和医院第3批专家派驻沧州',
          },
          purpose: {
            type: 'string',
            example: '神经内科示范转诊病房建设、疑难病例会诊与带教',
          },
          sendingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          hostInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          startDate: {
            $ref: '#/components/schemas/LocalDate',
          },
          endDate: {
            $ref: '#/components/schemas/LocalDate',
          },
          expertIds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ClinicianId',
            },
          },
          counts: {
            $ref: '#/components/schemas/DispatchBatchCounts',
          },
        },
        example: {
          id: 'dpb_pumch_cz_03',
          allianceId: 'all_pumch_cangzhou',
          sequence: 3,
          title: '协和医院第3批专家派驻沧州',
          purpose: '神经内科示范转诊病房建设、疑难病例会诊与带教',
          sendingInstitutionId: 'ins_pumch',
          hostInstitutionId: 'ins_cangzhou_central',
          startDate: '2026-11-23',
          endDate: '2026-11-27',
          expertIds: ['cln_pumch_neuro_li', 'cln_pumch_cardio_zhou'],
          counts: {
            expertVisits: 2,
            activities: 3,
            activitiesByKind: [
              {
                kind: 'clinic',
                count: 1,
              },
              {
                kind: 'consultation',
                count: 1,
              },
              {
                kind: 'remote_consultation',
                count: 0,
              },
              {
                kind: 'surgery_guidance',
                count: 0,
              },
              {
                kind: 'ward_round',
                count: 1,
              },
              {
                kind: 'lecture',
                count: 0,
              },
              {
                kind: 'free_clinic',
                count: 0,
              },
            ],
          },
        },
      },
      DispatchBatchPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/DispatchBatch',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: null,
        },
      },
      DispatchBatchTotals: {
        type: 'object',
        additionalProperties: false,
        required: ['batches', 'expertVisits', 'activities', 'activitiesByKind'],
        properties: {
          batches: {
            type: 'integer',
            minimum: 0,
            example: 10,
          },
          expertVisits: {
            description: 'Expert-visits (人次) summed over the batches.',
            type: 'integer',
            minimum: 0,
            example: 43,
          },
          activities: {
            type: 'integer',
            minimum: 0,
          },
          activitiesByKind: {
            $ref: '#/components/schemas/ActivityKindCounts',
          },
        },
        example: {
          batches: 10,
          expertVisits: 43,
          activities: 61,
          activitiesByKind: [
            {
              kind: 'clinic',
              count: 20,
            },
            {
              kind: 'consultation',
              count: 12,
            },
            {
              kind: 'remote_consultation',
              count: 10,
            },
            {
              kind: 'surgery_guidance',
              count: 6,
            },
            {
              kind: 'ward_round',
              count: 8,
            },
            {
              kind: 'lecture',
              count: 5,
            },
            {
              kind: 'free_clinic',
              count: 0,
            },
          ],
        },
      },
      PracticeSite: {
        description:
          'Where a clinician may practise (多机构执业): the main institution (主要执业机构) or one filed (备案)\nwith the regional registration, valid over `[validFrom, validTo]` (Asia/Shanghai days; no `validTo` is\nopen-ended).\n',
        type: 'object',
        additionalProperties: false,
        required: ['institutionId', 'kind', 'validFrom'],
        properties: {
          institutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          kind: {
            type: 'string',
            enum: ['main', 'filed'],
            example: 'filed',
          },
          validFrom: {
            $ref: '#/components/schemas/LocalDate',
          },
          validTo: {
            $ref: '#/components/schemas/LocalDate',
          },
        },
        example: {
          institutionId: 'ins_cangzhou_central',
          kind: 'filed',
          validFrom: '2026-01-01',
          validTo: '2027-12-31',
        },
      },
      QueueTicketStatus: {
        description:
          'From waiting to called to seen; a waiting or called ticket may end as left (left without being seen).',
        type: 'string',
        enum: ['waiting', 'called', 'seen', 'left'],
        example: 'waiting',
      },
      QueueTicketCreate: {
        type: 'object',
        additionalProperties: false,
        required: ['departmentId', 'patient', 'consent'],
        properties: {
          departmentId: {
            description: "The host's department whose queue the patient joins.",
            allOf: [
              {
                $ref: '#/components/schemas/DepartmentId',
              },
            ],
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          consent: {
            $ref: '#/components/schemas/Consent',
          },
        },
        example: {
          departmentId: 'dep_bg_respiratory',
          patient: {
            name: '王五',
            sex: 'male',
            birthDate: '1958-04-02',
            idType: 'resident_id_card',
            idNumber: '150203195804020013',
          },
          consent: {
            purpose: 'referral_transfer',
            grantedAt: '2026-10-25T08:05:00+08:00',
            recordedBy: 'cln_bg_desk_zhao',
            method: 'written',
          },
        },
      },
      QueueCallNext: {
        type: 'object',
        additionalProperties: false,
        required: ['departmentId'],
        properties: {
          departmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
        },
        example: {
          departmentId: 'dep_bg_respiratory',
        },
      },
      QueueTicketClose: {
        type: 'object',
        additionalProperties: false,
        required: ['outcome'],
        properties: {
          outcome: {
            type: 'string',
            enum: ['seen', 'left'],
            example: 'seen',
          },
        },
        example: {
          outcome: 'left',
        },
      },
      QueueTicket: {
        description: 'A queue number of a 义诊 day, per department. `patient` is masked as in appointments.',
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'version',
          'activityId',
          'departmentId',
          'number',
          'status',
          'patient',
          'registeredAt',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/QueueTicketId',
          },
          version: {
            $ref: '#/components/schemas/Version',
          },
          activityId: {
            $ref: '#/components/schemas/ActivityId',
          },
          departmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          number: {
            description: 'The queue number within the department (1, 2, 3…).',
            type: 'integer',
            minimum: 1,
            example: 17,
          },
          status: {
            $ref: '#/components/schemas/QueueTicketStatus',
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          registeredAt: {
            $ref: '#/components/schemas/Instant',
          },
          calledAt: {
            $ref: '#/components/schemas/Instant',
          },
          closedAt: {
            $ref: '#/components/schemas/Instant',
          },
        },
        example: {
          id: 'tkt_01JD7R0B3C4D5E6F7G8H9J0K1M',
          version: 1,
          activityId: 'act_jm_bg_free_clinic_20261025',
          departmentId: 'dep_bg_respiratory',
          number: 17,
          status: 'waiting',
          patient: {
            name: '王五',
            sex: 'male',
            birthDate: '1958-04-02',
            idType: 'resident_id_card',
            idNumber: '150***********0013',
            idNumberMasked: true,
          },
          registeredAt: '2026-10-25T08:06:00+08:00',
        },
      },
      QueueTicketPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/QueueTicket',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: null,
        },
      },
      QueueDayCounts: {
        description: "The day's counts (DOMAIN §4 义诊 queue).",
        type: 'object',
        additionalProperties: false,
        required: ['registered', 'waiting', 'called', 'seen', 'left'],
        properties: {
          registered: {
            description: 'Tickets issued.',
            type: 'integer',
            minimum: 0,
            example: 512,
          },
          waiting: {
            type: 'integer',
            minimum: 0,
          },
          called: {
            type: 'integer',
            minimum: 0,
          },
          seen: {
            type: 'integer',
            minimum: 0,
          },
          left: {
            description: 'Left without being seen.',
            type: 'integer',
            minimum: 0,
          },
        },
        example: {
          registered: 512,
          waiting: 40,
          called: 12,
          seen: 450,
          left: 10,
        },
      },
      DepartmentQueue: {
        type: 'object',
        additionalProperties: false,
        required: ['departmentId', 'nowServing', 'lastIssued', 'counts'],
        properties: {
          departmentId: {
            $ref: '#/components/schemas/DepartmentId',
          },
          nowServing: {
            description: 'The number called last, still being seen; `null` before the first call.',
            type: ['integer', 'null'],
            example: 23,
          },
          lastIssued: {
            description: 'The highest number issued; 0 before the first registration.',
            type: 'integer',
            minimum: 0,
            example: 41,
          },
          counts: {
            $ref: '#/components/schemas/QueueDayCounts',
          },
        },
        example: {
          departmentId: 'dep_bg_respiratory',
          nowServing: 23,
          lastIssued: 41,
          counts: {
            registered: 41,
            waiting: 18,
            called: 1,
            seen: 21,
            left: 1,
          },
        },
      },
      FreeClinicQueue: {
        type: 'object',
        additionalProperties: false,
        required: ['activityId', 'hostInstitutionId', 'date', 'departments', 'counts', 'asOf'],
        properties: {
          activityId: {
            $ref: '#/components/schemas/ActivityId',
          },
          hostInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          date: {
            $ref: '#/components/schemas/LocalDate',
          },
          departments: {
            description:
              'Every department with slots or tickets in the activity, in the order of their codes.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/DepartmentQueue',
            },
          },
          counts: {
            $ref: '#/components/schemas/QueueDayCounts',
          },
          asOf: {
            $ref: '#/components/schemas/Instant',
          },
        },
        example: {
          activityId: 'act_jm_bg_free_clinic_20261025',
          hostInstitutionId: 'ins_baogang',
          date: '2026-10-25',
          departments: [],
          counts: {
            registered: 0,
            waiting: 0,
            called: 0,
            seen: 0,
            left: 0,
          },
          asOf: '2026-10-25T08:00:00+08:00',
        },
      },
      ConsentList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Consent',
            },
          },
        },
        example: {
          items: [
            {
              purpose: 'referral_transfer',
              grantedAt: '2026-11-22T09:30:00+08:00',
              method: 'electronic_signature',
            },
          ],
        },
      },
      CatalogueItem: {
        description:
          "An item of a region's recognition (HR) or sharing (GX) list, with its validity window where one is sourced\n(no national day counts exist; without a window the doctor judges the result's age) and its price at each\ninstitution that performs it.\n",
        type: 'object',
        additionalProperties: false,
        required: ['code', 'kind', 'name', 'scope', 'listType', 'regionId'],
        properties: {
          code: {
            $ref: '#/components/schemas/ItemCode',
          },
          kind: {
            $ref: '#/components/schemas/ResultKind',
          },
          name: {
            $ref: '#/components/schemas/LocalizedName',
          },
          abbreviation: {
            type: 'string',
            example: 'HbA1c',
          },
          category: {
            description: "The list's group (生化, 免疫, 血细胞, 凝血, X线, CT, MRI, 超声 …).",
            type: 'string',
            example: '生化',
          },
          loinc: {
            type: 'string',
            example: '4548-4',
          },
          validityDays: {
            description:
              'Days after performance during which the result is recognized; absent when no window is sourced for the\nitem in this list (the result does not lapse by age; the doctor judges).\n',
            type: 'integer',
            minimum: 1,
            maximum: 3650,
            example: 60,
          },
          scope: {
            description:
              'The scope whose list holds the item; printed as the `<scope>HR` (or `<scope>GX`) mark.',
            type: 'string',
            example: '京津冀',
          },
          listType: {
            $ref: '#/components/schemas/RecognitionListType',
          },
          regionId: {
            $ref: '#/components/schemas/RecognitionRegionId',
          },
          prices: {
            description:
              "The item's price at each institution that performs it (the savings when a result is adopted).",
            type: 'array',
            items: {
              $ref: '#/components/schemas/ItemPrice',
            },
          },
        },
        example: {
          code: 'LAB_HBA1C',
          kind: 'lab',
          name: {
            zh: '糖化血红蛋白',
            en: 'Glycated haemoglobin',
          },
          abbreviation: 'HbA1c',
          category: '生化',
          loinc: '4548-4',
          validityDays: 60,
          scope: '京津冀',
          listType: 'recognition',
          regionId: 'rgn_jingjinji',
          prices: [
            {
              institutionId: 'ins_pumch',
              priceFen: 8000,
            },
          ],
        },
      },
      ItemPrice: {
        description: 'The price of an item at one institution, in fen (分, CNY 0.01).',
        type: 'object',
        additionalProperties: false,
        required: ['institutionId', 'priceFen'],
        properties: {
          institutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          priceFen: {
            type: 'integer',
            minimum: 0,
            example: 8000,
          },
        },
        example: {
          institutionId: 'ins_pumch',
          priceFen: 8000,
        },
      },
      ImagingStudyRef: {
        description:
          "The image study an imaging result refers to: what is recognised or shared is the images and data, not the\nradiologist's diagnostic conclusion.\n",
        type: 'object',
        additionalProperties: false,
        required: ['studyInstanceUid', 'modality'],
        properties: {
          studyInstanceUid: {
            description: 'DICOM Study Instance UID (digits and dots, at most 64 characters).',
            type: 'string',
            pattern: '^[0-9]+(\\.[0-9]+)*$',
            maxLength: 64,
            example: '1.2.156.112605.14038013507.20261110083000.1',
          },
          modality: {
            description: 'DICOM modality code (CR, DX, CT, MR, US, NM, XA …).',
            type: 'string',
            pattern: '^[A-Z]{2}$',
            example: 'CT',
          },
          viewerUrl: {
            description:
              "An https link to the study in the performing institution's viewer (no patient data in it).",
            type: 'string',
            format: 'uri',
            maxLength: 2048,
            example: 'https://pacs.cangzhou.example/viewer?study=1.2.156.112605.14038013507.20261110083000.1',
          },
        },
        example: {
          studyInstanceUid: '1.2.156.112605.14038013507.20261110083000.1',
          modality: 'CT',
          viewerUrl: 'https://pacs.cangzhou.example/viewer?study=1.2.156.112605.14038013507.20261110083000.1',
        },
      },
      RecognitionRegion: {
        description: 'A recognition region and its configuration.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'level', 'scope', 'direction', 'retestReasonExtensions'],
        properties: {
          id: {
            $ref: '#/components/schemas/RecognitionRegionId',
          },
          name: {
            $ref: '#/components/schemas/LocalizedName',
          },
          level: {
            $ref: '#/components/schemas/RecognitionRegionLevel',
          },
          parentId: {
            description: 'Absent only for 全国.',
            allOf: [
              {
                $ref: '#/components/schemas/RecognitionRegionId',
              },
            ],
          },
          scope: {
            description: 'The name printed in marks (`全国HR`, `京津冀HR`, `河北HR`).',
            type: 'string',
            example: '京津冀',
          },
          direction: {
            $ref: '#/components/schemas/RecognitionDirection',
          },
          retestReasonExtensions: {
            description:
              "The regional re-test reasons this region adds to the national list (its parents' apply too).",
            type: 'array',
            items: {
              $ref: '#/components/schemas/RetestReason',
            },
          },
        },
        example: {
          id: 'rgn_jingjinji',
          name: {
            zh: '京津冀',
            en: 'Beijing–Tianjin–Hebei',
          },
          level: 'compact',
          parentId: 'rgn_cn',
          scope: '京津冀',
          direction: 'mutual',
          retestReasonExtensions: [],
        },
      },
      RecognitionRegionList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RecognitionRegion',
            },
          },
        },
        example: {
          items: [
            {
              id: 'rgn_cn',
              name: {
                zh: '全国',
                en: 'National',
              },
              level: 'national',
              scope: '全国',
              direction: 'mutual',
              retestReasonExtensions: [],
            },
          ],
        },
      },
      RecognitionList: {
        description:
          "A region's recognition (HR) or sharing (GX) list, its items and the institutions qualified for them.",
        type: 'object',
        additionalProperties: false,
        required: ['id', 'regionId', 'type', 'scope', 'mark', 'name', 'itemCodes', 'qualifiedInstitutionIds'],
        properties: {
          id: {
            $ref: '#/components/schemas/RecognitionListId',
          },
          regionId: {
            $ref: '#/components/schemas/RecognitionRegionId',
          },
          type: {
            $ref: '#/components/schemas/RecognitionListType',
          },
          scope: {
            type: 'string',
            example: '京津冀',
          },
          mark: {
            description: 'The mark printed on a report of a listed item (`<scope>HR` or `<scope>GX`).',
            type: 'string',
            example: '京津冀HR',
          },
          name: {
            $ref: '#/components/schemas/LocalizedName',
          },
          itemCodes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ItemCode',
            },
          },
          qualifiedInstitutionIds: {
            description: 'Institutions holding a current qualification for at least one item of the list.',
            type: 'array',
            items: {
              $ref: '#/components/schemas/InstitutionId',
            },
          },
        },
        example: {
          id: 'rl_jingjinji_hr',
          regionId: 'rgn_jingjinji',
          type: 'recognition',
          scope: '京津冀',
          mark: '京津冀HR',
          name: {
            zh: '京津冀检验结果互认项目',
            en: 'Beijing–Tianjin–Hebei lab recognition list',
          },
          itemCodes: ['LAB_HBA1C', 'LAB_K'],
          qualifiedInstitutionIds: ['ins_pumch', 'ins_cangzhou_central'],
        },
      },
      RecognitionListList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RecognitionList',
            },
          },
        },
        example: {
          items: [],
        },
      },
      Catalogue: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CatalogueItem',
            },
          },
        },
        example: {
          items: [
            {
              code: 'LAB_HBA1C',
              kind: 'lab',
              name: {
                zh: '糖化血红蛋白',
              },
              validityDays: 60,
              scope: '京津冀',
              listType: 'recognition',
              regionId: 'rgn_jingjinji',
            },
          ],
        },
      },
      Qualification: {
        description:
          'An institution qualified to issue an item for a scope, during a period (EQA / imaging QC passed).',
        type: 'object',
        additionalProperties: false,
        required: ['institutionId', 'itemCode', 'scope', 'validFrom'],
        properties: {
          institutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          itemCode: {
            $ref: '#/components/schemas/ItemCode',
          },
          scope: {
            type: 'string',
            example: '京津冀',
          },
          validFrom: {
            $ref: '#/components/schemas/Instant',
          },
          validTo: {
            description: 'Absent while the qualification holds.',
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
        },
        example: {
          institutionId: 'ins_cangzhou_central',
          itemCode: 'LAB_HBA1C',
          scope: '京津冀',
          validFrom: '2024-01-01T00:00:00+08:00',
        },
      },
      QualificationList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Qualification',
            },
          },
        },
        example: {
          items: [
            {
              institutionId: 'ins_cangzhou_central',
              itemCode: 'LAB_HBA1C',
              scope: '京津冀',
              validFrom: '2024-01-01T00:00:00+08:00',
            },
          ],
        },
      },
      ResultRegister: {
        description: "A result performed at the caller's institution (or one it received with a referral).",
        type: 'object',
        additionalProperties: false,
        required: ['itemCode', 'performingInstitutionId', 'performedAt', 'reportStatus', 'patient'],
        properties: {
          itemCode: {
            $ref: '#/components/schemas/ItemCode',
          },
          performingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          performedAt: {
            $ref: '#/components/schemas/Instant',
          },
          reportedAt: {
            $ref: '#/components/schemas/Instant',
          },
          reportStatus: {
            $ref: '#/components/schemas/ResultStatus',
          },
          value: {
            description:
              "The value as printed (lab only). An imaging result gives its `study` instead; a value on an imaging\nresult is refused (`imaging_value_not_recognised`): the radiologist's conclusion goes in `impression`.\n",
            type: 'string',
            maxLength: 4000,
            example: '6.1',
          },
          unit: {
            type: 'string',
            maxLength: 32,
            example: '%',
          },
          referenceRange: {
            type: 'string',
            maxLength: 64,
            example: '4.0–6.0',
          },
          study: {
            description:
              'Required for an imaging result (`study_required`); refused on a lab result (`unknown_field`).',
            allOf: [
              {
                $ref: '#/components/schemas/ImagingStudyRef',
              },
            ],
          },
          impression: {
            description:
              "The radiologist's impression (imaging only; `unknown_field` on a lab result), for information: it is\nnever the recognised content.\n",
            type: 'string',
            maxLength: 4000,
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          referralId: {
            $ref: '#/components/schemas/ReferralId',
          },
        },
        example: {
          itemCode: 'LAB_HBA1C',
          performingInstitutionId: 'ins_cangzhou_central',
          performedAt: '2026-11-10T08:30:00+08:00',
          reportStatus: 'final',
          value: '6.1',
          unit: '%',
          referenceRange: '4.0–6.0',
          patient: {
            name: '张三',
            sex: 'male',
            birthDate: '1990-03-07',
            idType: 'resident_id_card',
            idNumber: '110105199003071239',
          },
        },
      },
      Result: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'itemCode',
          'kind',
          'performingInstitutionId',
          'performedAt',
          'reportStatus',
          'patient',
          'registeredAt',
          'registeredBy',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/ResultId',
          },
          itemCode: {
            $ref: '#/components/schemas/ItemCode',
          },
          kind: {
            $ref: '#/components/schemas/ResultKind',
          },
          performingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          performedAt: {
            $ref: '#/components/schemas/Instant',
          },
          reportedAt: {
            $ref: '#/components/schemas/Instant',
          },
          reportStatus: {
            $ref: '#/components/schemas/ResultStatus',
          },
          value: {
            type: 'string',
          },
          unit: {
            type: 'string',
          },
          referenceRange: {
            type: 'string',
          },
          patient: {
            $ref: '#/components/schemas/Patient',
          },
          referralId: {
            $ref: '#/components/schemas/ReferralId',
          },
          study: {
            $ref: '#/components/schemas/ImagingStudyRef',
          },
          impression: {
            description:
              "The radiologist's impression (imaging), for information; not the recognised content.",
            type: 'string',
          },
          hrMark: {
            description:
              'The mark the performing institution printed on the report (`京津冀HR`, `京津冀GX`, `全国HR`): from its own\nqualification for the item at the time performed, whoever registered the result; absent when it held\nnone. The widest scope wins.\n',
            type: 'string',
            example: '京津冀HR',
          },
          registeredAt: {
            $ref: '#/components/schemas/Instant',
          },
          registeredBy: {
            $ref: '#/components/schemas/ActorRef',
          },
        },
        example: {
          id: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
          itemCode: 'LAB_HBA1C',
          kind: 'lab',
          performingInstitutionId: 'ins_cangzhou_central',
          performedAt: '2026-11-10T08:30:00+08:00',
          reportStatus: 'final',
          value: '6.1',
          unit: '%',
          patient: {
            name: '张三',
            sex: 'male',
            birthDate: '1990-03-07',
            idType: 'resident_id_card',
            idNumber: '110***********1239',
            idNumberMasked: true,
          },
          hrMark: '京津冀HR',
          registeredAt: '2026-11-10T11:00:00+08:00',
          registeredBy: {
            clinicianId: 'cln_cz_lab_zhao',
            institutionId: 'ins_cangzhou_central',
          },
        },
      },
      ResultPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Result',
            },
          },
          nextCursor: {
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: null,
        },
      },
      ResultQuery: {
        description:
          "Find a patient's results. The patient is identified in the body (never in a URL) by identity document.\n",
        type: 'object',
        additionalProperties: false,
        required: ['idType', 'idNumber'],
        properties: {
          idType: {
            $ref: '#/components/schemas/IdType',
          },
          idNumber: {
            type: 'string',
            minLength: 1,
            maxLength: 32,
          },
          itemCodes: {
            type: 'array',
            maxItems: 100,
            items: {
              $ref: '#/components/schemas/ItemCode',
            },
          },
          performedFrom: {
            $ref: '#/components/schemas/Instant',
          },
          cursor: {
            type: 'string',
            maxLength: 512,
          },
          limit: {
            type: 'integer',
            minimum: 1,
            maximum: 100,
            default: 20,
          },
        },
        example: {
          idType: 'resident_id_card',
          idNumber: '110105199003071239',
          itemCodes: ['LAB_HBA1C'],
        },
      },
      RecognitionCheck: {
        description:
          "Would a result be recognized at `requestingInstitutionId` at `at`? Give either a registered `resultId`, or\n`itemCode` + `performingInstitutionId` + `performedAt`. The requesting institution is the caller's own or one\nin the caller's alliances (a referring clinic asks what the hospital it refers to will recognize); any\nother is a 403.\n",
        type: 'object',
        additionalProperties: false,
        required: ['requestingInstitutionId', 'at'],
        properties: {
          resultId: {
            $ref: '#/components/schemas/ResultId',
          },
          itemCode: {
            $ref: '#/components/schemas/ItemCode',
          },
          performingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          performedAt: {
            $ref: '#/components/schemas/Instant',
          },
          requestingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          at: {
            $ref: '#/components/schemas/Instant',
          },
        },
        example: {
          itemCode: 'LAB_HBA1C',
          performingInstitutionId: 'ins_cangzhou_central',
          performedAt: '2026-11-10T08:30:00+08:00',
          requestingInstitutionId: 'ins_pumch',
          at: '2026-11-22T10:00:00+08:00',
        },
      },
      RecognitionReason: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message'],
        properties: {
          code: {
            type: 'string',
            description:
              'The rule that decided (`item_in_list`, `issuer_qualified`, `within_window`, their negations).',
            example: 'within_window',
          },
          message: {
            $ref: '#/components/schemas/LocalizedName',
          },
        },
        example: {
          code: 'within_window',
          message: {
            zh: '结果在60天互认有效期内（已过12天）。',
            en: 'The result is within its 60-day window (12 days old).',
          },
        },
      },
      RecognitionOutcome: {
        type: 'object',
        additionalProperties: false,
        required: ['decision', 'itemCode', 'reasons', 'retestReasons'],
        properties: {
          decision: {
            $ref: '#/components/schemas/RecognitionDecision',
          },
          itemCode: {
            $ref: '#/components/schemas/ItemCode',
          },
          resultId: {
            $ref: '#/components/schemas/ResultId',
          },
          hrMark: {
            description:
              'The mark of the list that decided (`京津冀HR`, `京津冀GX`); absent for `item_not_in_list`.',
            type: 'string',
            example: '京津冀HR',
          },
          markedName: {
            description: 'The item as printed with its mark, e.g. `【京津冀HR】糖化血红蛋白`.',
            allOf: [
              {
                $ref: '#/components/schemas/LocalizedName',
              },
            ],
          },
          itemName: {
            $ref: '#/components/schemas/LocalizedName',
          },
          kind: {
            $ref: '#/components/schemas/ResultKind',
          },
          listType: {
            $ref: '#/components/schemas/RecognitionListType',
          },
          regionId: {
            description: 'The region whose list decided.',
            allOf: [
              {
                $ref: '#/components/schemas/RecognitionRegionId',
              },
            ],
          },
          obligatory: {
            description:
              "Whether the requesting institution is bound to recognise (false for a shared item, and for a\nhigher-level institution presented a lower-level result where the region's direction is\n`lower_recognises_higher`).\n",
            type: 'boolean',
          },
          study: {
            description: 'The image study of an imaging result (what is recognised or shared).',
            allOf: [
              {
                $ref: '#/components/schemas/ImagingStudyRef',
              },
            ],
          },
          priceFen: {
            description:
              "The item's price at the requesting institution (what adopting the result saves); absent when the item is\non none of its lists or it lists no price.\n",
            type: 'integer',
            minimum: 0,
          },
          validityDays: {
            type: 'integer',
            example: 60,
          },
          ageDays: {
            description: 'Whole Asia/Shanghai calendar days from performance to the check.',
            type: 'integer',
            example: 12,
          },
          lapsesAt: {
            description: 'The first instant at which the result is no longer recognized.',
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
          reasons: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/RecognitionReason',
            },
          },
          retestReasons: {
            description:
              "Reasons a clinician may document to test again anyway: the national ones and the extensions of the\nrequesting institution's regions.\n",
            type: 'array',
            items: {
              $ref: '#/components/schemas/RetestReason',
            },
          },
        },
        example: {
          decision: 'recognized',
          itemCode: 'LAB_HBA1C',
          resultId: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
          hrMark: '京津冀HR',
          markedName: {
            zh: '【京津冀HR】糖化血红蛋白',
            en: '【京津冀HR】Glycated haemoglobin',
          },
          itemName: {
            zh: '糖化血红蛋白',
            en: 'Glycated haemoglobin',
          },
          kind: 'lab',
          listType: 'recognition',
          regionId: 'rgn_jingjinji',
          obligatory: true,
          priceFen: 8000,
          validityDays: 60,
          ageDays: 12,
          lapsesAt: '2027-01-10T00:00:00+08:00',
          reasons: [
            {
              code: 'within_window',
              message: {
                zh: '结果在60天互认有效期内（已过12天）。',
                en: 'The result is within its 60-day window (12 days old).',
              },
            },
          ],
          retestReasons: [
            'condition_changed',
            'rapidly_changing',
            'critical_decision',
            'emergency',
            'forensic',
            'other',
          ],
        },
      },
      RetestRecordCreate: {
        description: "A clinician's documented reason for testing again although a result was recognizable.",
        type: 'object',
        additionalProperties: false,
        required: ['resultId', 'reason'],
        properties: {
          resultId: {
            $ref: '#/components/schemas/ResultId',
          },
          reason: {
            $ref: '#/components/schemas/RetestReason',
          },
          reasonText: {
            description: 'Required when `reason` is `other`.',
            type: 'string',
            maxLength: 2000,
          },
          explainedToPatient: {
            type: 'boolean',
          },
        },
        example: {
          resultId: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
          reason: 'condition_changed',
          reasonText: '血糖近一周波动明显。',
          explainedToPatient: true,
        },
      },
      RetestRecord: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'resultId', 'reason', 'decisionAtRecord', 'recordedAt', 'recordedBy'],
        properties: {
          id: {
            $ref: '#/components/schemas/RetestRecordId',
          },
          resultId: {
            $ref: '#/components/schemas/ResultId',
          },
          reason: {
            $ref: '#/components/schemas/RetestReason',
          },
          reasonText: {
            type: 'string',
          },
          explainedToPatient: {
            type: 'boolean',
          },
          decisionAtRecord: {
            $ref: '#/components/schemas/RecognitionDecision',
          },
          recordedAt: {
            $ref: '#/components/schemas/Instant',
          },
          recordedBy: {
            $ref: '#/components/schemas/ActorRef',
          },
        },
        example: {
          id: 'rtr_01JD7W2K3M4N5P6Q7R8S9T0V1W',
          resultId: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
          reason: 'condition_changed',
          reasonText: '血糖近一周波动明显。',
          explainedToPatient: true,
          decisionAtRecord: 'recognized',
          recordedAt: '2026-11-22T10:10:00+08:00',
          recordedBy: {
            clinicianId: 'cln_pumch_endo_chen',
            institutionId: 'ins_pumch',
          },
        },
      },
      AdoptionDecisionCreate: {
        description:
          "The doctor's decision on a recognisable result (`recognized` or `shared` now at the doctor's institution):\nadopted, or not adopted with a re-test reason offered at the institution (`other` needs `reasonText`).\n`explainedToPatient` is required, and must be true when not adopted.\n",
        type: 'object',
        additionalProperties: false,
        required: ['resultId', 'outcome', 'explainedToPatient', 'departmentCode'],
        properties: {
          resultId: {
            $ref: '#/components/schemas/ResultId',
          },
          outcome: {
            $ref: '#/components/schemas/AdoptionOutcome',
          },
          reason: {
            description: 'Required when `not_adopted` (`adoption_reason_required`); refused when `adopted`.',
            allOf: [
              {
                $ref: '#/components/schemas/RetestReason',
              },
            ],
          },
          reasonText: {
            description: 'Required when `reason` is `other`.',
            type: 'string',
            maxLength: 2000,
          },
          explainedToPatient: {
            type: 'boolean',
          },
          departmentCode: {
            description: "The deciding doctor's department (诊疗科目 code).",
            type: 'string',
            pattern: '^[0-9]{2}(\\.[0-9]{2})?$',
            example: '03.07',
          },
        },
        example: {
          resultId: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
          outcome: 'adopted',
          explainedToPatient: true,
          departmentCode: '03.07',
        },
      },
      AdoptionDecision: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'resultId',
          'itemCode',
          'outcome',
          'checkDecision',
          'explainedToPatient',
          'departmentCode',
          'institutionId',
          'decidedAt',
          'decidedBy',
        ],
        properties: {
          id: {
            $ref: '#/components/schemas/AdoptionDecisionId',
          },
          resultId: {
            $ref: '#/components/schemas/ResultId',
          },
          itemCode: {
            $ref: '#/components/schemas/ItemCode',
          },
          outcome: {
            $ref: '#/components/schemas/AdoptionOutcome',
          },
          reason: {
            $ref: '#/components/schemas/RetestReason',
          },
          reasonText: {
            type: 'string',
          },
          explainedToPatient: {
            type: 'boolean',
          },
          checkDecision: {
            description: 'The recognition decision the doctor decided on (`recognized` or `shared`).',
            allOf: [
              {
                $ref: '#/components/schemas/RecognitionDecision',
              },
            ],
          },
          hrMark: {
            type: 'string',
            example: '京津冀HR',
          },
          departmentCode: {
            type: 'string',
            example: '03.07',
          },
          institutionId: {
            description: 'The deciding institution (where the test was, or was not, repeated).',
            allOf: [
              {
                $ref: '#/components/schemas/InstitutionId',
              },
            ],
          },
          priceFen: {
            description:
              "The item's price at the deciding institution at the time; absent when it has none listed.",
            type: 'integer',
            minimum: 0,
          },
          decidedAt: {
            $ref: '#/components/schemas/Instant',
          },
          decidedBy: {
            $ref: '#/components/schemas/ActorRef',
          },
        },
        example: {
          id: 'adp_01JD7W2K3M4N5P6Q7R8S9T0V1W',
          resultId: 'res_01JD7S1A2B3C4D5E6F7G8H9J0K',
          itemCode: 'LAB_HBA1C',
          outcome: 'adopted',
          explainedToPatient: true,
          checkDecision: 'recognized',
          hrMark: '京津冀HR',
          departmentCode: '03.07',
          institutionId: 'ins_pumch',
          priceFen: 8000,
          decidedAt: '2026-11-22T10:10:00+08:00',
          decidedBy: {
            clinicianId: 'cln_pumch_endo_chen',
            institutionId: 'ins_pumch',
          },
        },
      },
      OrderCheckRequest: {
        description:
          "The items a doctor is about to order (检验/检查申请) for a patient identified by identity document. The\nrequesting institution is the caller's own unless given (one in the caller's alliances; any other is a 403).\n",
        type: 'object',
        additionalProperties: false,
        required: ['idType', 'idNumber', 'itemCodes'],
        properties: {
          idType: {
            $ref: '#/components/schemas/IdType',
          },
          idNumber: {
            type: 'string',
            minLength: 1,
            maxLength: 32,
          },
          itemCodes: {
            description: 'Distinct item codes (`duplicate_item`), in the order of the order form.',
            type: 'array',
            minItems: 1,
            maxItems: 50,
            items: {
              $ref: '#/components/schemas/ItemCode',
            },
          },
          requestingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          at: {
            description: 'The instant of the check; now when absent.',
            allOf: [
              {
                $ref: '#/components/schemas/Instant',
              },
            ],
          },
        },
        example: {
          idType: 'resident_id_card',
          idNumber: '110105199003071239',
          itemCodes: ['LAB_HBA1C', 'LAB_GLU', 'LAB_K', 'LAB_TSH', 'IMG_CT_CHEST'],
        },
      },
      OrderCheckLine: {
        type: 'object',
        additionalProperties: false,
        required: ['itemCode', 'status', 'resultsConsidered'],
        properties: {
          itemCode: {
            $ref: '#/components/schemas/ItemCode',
          },
          itemName: {
            $ref: '#/components/schemas/LocalizedName',
          },
          kind: {
            $ref: '#/components/schemas/ResultKind',
          },
          status: {
            $ref: '#/components/schemas/OrderLineStatus',
          },
          outcome: {
            description: 'The check of the best result (absent for `no_result`).',
            allOf: [
              {
                $ref: '#/components/schemas/RecognitionOutcome',
              },
            ],
          },
          result: {
            description: 'The best result as the caller may see it (absent for `no_result`).',
            allOf: [
              {
                $ref: '#/components/schemas/Result',
              },
            ],
          },
          priceFen: {
            description: "The item's price at the requesting institution (saved when the result is adopted).",
            type: 'integer',
            minimum: 0,
          },
          resultsConsidered: {
            description: "How many of the patient's results for the item were checked.",
            type: 'integer',
            minimum: 0,
          },
        },
        example: {
          itemCode: 'LAB_TSH',
          itemName: {
            zh: '促甲状腺激素',
            en: 'Thyroid-stimulating hormone',
          },
          kind: 'lab',
          status: 'no_result',
          priceFen: 4500,
          resultsConsidered: 0,
        },
      },
      OrderCheck: {
        type: 'object',
        additionalProperties: false,
        required: ['requestingInstitutionId', 'at', 'lines', 'coveredCount', 'potentialSavingsFen'],
        properties: {
          requestingInstitutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          at: {
            $ref: '#/components/schemas/Instant',
          },
          lines: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/OrderCheckLine',
            },
          },
          coveredCount: {
            description: 'Lines whose best result is `recognized` or `shared`.',
            type: 'integer',
            minimum: 0,
          },
          potentialSavingsFen: {
            description: 'The sum of the prices of the covered lines (what adopting them all saves).',
            type: 'integer',
            minimum: 0,
          },
        },
        example: {
          requestingInstitutionId: 'ins_pumch',
          at: '2026-11-22T10:00:00+08:00',
          lines: [],
          coveredCount: 0,
          potentialSavingsFen: 0,
        },
      },
      Event: {
        description: 'One state change in the ordered feed. `data` holds ids and states, never patient data.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'sequence', 'type', 'occurredAt', 'resourceId', 'data'],
        properties: {
          id: {
            $ref: '#/components/schemas/EventId',
          },
          sequence: {
            description: 'Strictly increasing across the feed.',
            type: 'integer',
            minimum: 1,
            example: 42,
          },
          type: {
            $ref: '#/components/schemas/EventType',
          },
          occurredAt: {
            $ref: '#/components/schemas/Instant',
          },
          resourceId: {
            type: 'string',
            example: 'ref_01JD7Q2K8M3N4P5R6S7T8V9W0X',
          },
          data: {
            type: 'object',
            additionalProperties: true,
            properties: {
              status: {
                type: 'string',
              },
              version: {
                type: 'integer',
              },
              overdue: {
                description:
                  'On referral events, whether the referral is overdue (green channel past its answer SLA).',
                type: 'boolean',
              },
            },
            example: {
              status: 'accepted',
              version: 3,
            },
          },
        },
        example: {
          id: 'evt_000000000042',
          sequence: 42,
          type: 'referral.accepted',
          occurredAt: '2026-11-22T10:02:00+08:00',
          resourceId: 'ref_01JD7Q2K8M3N4P5R6S7T8V9W0X',
          data: {
            status: 'accepted',
            version: 3,
          },
        },
      },
      EventPage: {
        type: 'object',
        additionalProperties: false,
        required: ['items', 'nextCursor'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Event',
            },
          },
          nextCursor: {
            description:
              "Pass as `after` to read on; the last event's cursor even when there is nothing new yet.",
            type: ['string', 'null'],
          },
        },
        example: {
          items: [],
          nextCursor: 'evt_000000000042',
        },
      },
      WebhookEndpointCreate: {
        type: 'object',
        additionalProperties: false,
        required: ['url', 'eventTypes'],
        properties: {
          url: {
            type: 'string',
            format: 'uri',
            example: 'https://his.example-hospital.cn/yilian/webhook',
          },
          eventTypes: {
            type: 'array',
            minItems: 1,
            items: {
              $ref: '#/components/schemas/EventType',
            },
          },
          description: {
            type: 'string',
            maxLength: 200,
          },
        },
        example: {
          url: 'https://his.example-hospital.cn/yilian/webhook',
          eventTypes: ['referral.accepted', 'referral.rejected'],
        },
      },
      WebhookEndpoint: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'url', 'eventTypes', 'createdAt'],
        properties: {
          id: {
            $ref: '#/components/schemas/WebhookEndpointId',
          },
          url: {
            type: 'string',
            format: 'uri',
          },
          eventTypes: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EventType',
            },
          },
          description: {
            type: 'string',
          },
          secret: {
            description: 'The signing secret, returned once, at creation.',
            type: 'string',
            example: 'whsec_9f2c1e7b5a4d3c2b1a0f',
          },
          createdAt: {
            $ref: '#/components/schemas/Instant',
          },
        },
        example: {
          id: 'whe_01JD7V8Z9A0B1C2D3E4F5G6H7J',
          url: 'https://his.example-hospital.cn/yilian/webhook',
          eventTypes: ['referral.accepted', 'referral.rejected'],
          secret: 'whsec_9f2c1e7b5a4d3c2b1a0f',
          createdAt: '2026-11-22T09:00:00+08:00',
        },
      },
      WebhookEndpointList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/WebhookEndpoint',
            },
          },
        },
        example: {
          items: [],
        },
      },
      WebhookDelivery: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'endpointId', 'eventId', 'attempt', 'status', 'attemptedAt'],
        properties: {
          id: {
            type: 'string',
            example: 'whd_01JD7X',
          },
          endpointId: {
            $ref: '#/components/schemas/WebhookEndpointId',
          },
          eventId: {
            $ref: '#/components/schemas/EventId',
          },
          attempt: {
            type: 'integer',
            minimum: 1,
            example: 1,
          },
          status: {
            type: 'string',
            enum: ['succeeded', 'failed', 'pending'],
            example: 'succeeded',
          },
          responseStatus: {
            type: ['integer', 'null'],
            example: 200,
          },
          attemptedAt: {
            $ref: '#/components/schemas/Instant',
          },
          nextAttemptAt: {
            $ref: '#/components/schemas/Instant',
          },
        },
        example: {
          id: 'whd_01JD7X',
          endpointId: 'whe_01JD7V8Z9A0B1C2D3E4F5G6H7J',
          eventId: 'evt_000000000042',
          attempt: 1,
          status: 'succeeded',
          responseStatus: 200,
          attemptedAt: '2026-11-22T10:02:01+08:00',
        },
      },
      WebhookDeliveryList: {
        type: 'object',
        additionalProperties: false,
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/WebhookDelivery',
            },
          },
        },
        example: {
          items: [],
        },
      },
      Me: {
        type: 'object',
        additionalProperties: false,
        required: ['institutionId', 'role', 'clinicianId', 'allianceIds', 'canReadFullIdNumbers'],
        properties: {
          institutionId: {
            $ref: '#/components/schemas/InstitutionId',
          },
          role: {
            $ref: '#/components/schemas/Role',
          },
          clinicianId: {
            description:
              "The token's subject; for a `patient` token the patient account, also given as `patientId`.",
            type: 'string',
            pattern: '^(cln|pat)_[A-Za-z0-9_]+$',
            example: 'cln_cz_neuro_wang',
          },
          patientId: {
            $ref: '#/components/schemas/PatientId',
          },
          name: {
            type: 'string',
            example: '王芳',
          },
          allianceIds: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/AllianceId',
            },
          },
          canReadFullIdNumbers: {
            description: 'Whether this role is returned unmasked identity numbers.',
            type: 'boolean',
          },
        },
        example: {
          institutionId: 'ins_cangzhou_central',
          role: 'referrer',
          clinicianId: 'cln_cz_neuro_wang',
          name: '王芳',
          allianceIds: ['all_pumch_cangzhou'],
          canReadFullIdNumbers: false,
        },
      },
      Health: {
        type: 'object',
        additionalProperties: false,
        required: ['status'],
        properties: {
          status: {
            type: 'string',
            enum: ['ok'],
          },
          version: {
            type: 'string',
          },
        },
        example: {
          status: 'ok',
          version: '1.0.0',
        },
      },
      IndicatorDistribution: {
        description:
          "The spread of a duration in whole-or-fractional minutes. Median and p90 are the continuous percentiles\n(linear interpolation between the two nearest values, as PostgreSQL's `percentile_cont`); null when nothing\nwas measured. The histogram has the fixed upper bounds 15, 60, 120, 240, 480, 1440 and 2880 minutes (the\ngreen-channel, urgent and routine answer targets among them) and an open-ended last bucket\n(`upToMinutes: null`); a duration counts in the first bucket whose bound it does not exceed.\n",
        type: 'object',
        additionalProperties: false,
        required: ['answered', 'medianMinutes', 'p90Minutes', 'histogram'],
        properties: {
          answered: {
            description: 'How many durations were measured.',
            type: 'integer',
            minimum: 0,
          },
          medianMinutes: {
            type: ['number', 'null'],
            minimum: 0,
          },
          p90Minutes: {
            type: ['number', 'null'],
            minimum: 0,
          },
          histogram: {
            type: 'array',
            minItems: 8,
            maxItems: 8,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['upToMinutes', 'count'],
              properties: {
                upToMinutes: {
                  type: ['integer', 'null'],
                  minimum: 1,
                },
                count: {
                  type: 'integer',
                  minimum: 0,
                },
              },
            },
          },
        },
        example: {
          answered: 5,
          medianMinutes: 95,
          p90Minutes: 1260.5,
          histogram: [
            {
              upToMinutes: 15,
              count: 1,
            },
            {
              upToMinutes: 60,
              count: 1,
            },
            {
              upToMinutes: 120,
              count: 1,
            },
            {
              upToMinutes: 240,
              count: 0,
            },
            {
              upToMinutes: 480,
              count: 1,
            },
            {
              upToMinutes: 1440,
              count: 1,
            },
            {
              upToMinutes: 2880,
              count: 0,
            },
            {
              upToMinutes: null,
              count: 0,
            },
          ],
        },
      },
      IndicatorOutcome: {
        description:
          'How a referral of the period ended without care, by reason: `rejected` by `RejectReasonCode`, `cancelled` by\n`CancelReasonCode` (after submission only), `expired` and `no_show` with no reason, `returned_for_info`\n(退回补充: referrals sent back at least once, whatever became of them; no reason code, the note is free text).\n',
        type: 'string',
        enum: ['rejected', 'expired', 'returned_for_info', 'cancelled', 'no_show'],
        example: 'rejected',
      },
      ReferralIndicators: {
        description:
          'Referrals are counted in the period of their **first submission** (the audit entry that first moved them to\n`submitted`; a resubmission after 退回补充 does not move them), when both their sending and receiving\ninstitutions are members of the alliance (and, with `institutionId`, that institution sends or receives\nthem). Drafts never count. Each referral counts once in every figure below.\n',
        type: 'object',
        additionalProperties: false,
        required: ['up', 'down', 'downRate', 'answerTime', 'closedLoop', 'greenChannel', 'outcomes'],
        properties: {
          up: {
            description: 'Up-referrals (上转) first submitted in the period.',
            type: 'integer',
            minimum: 0,
          },
          down: {
            description: 'Down-referrals (下转) first submitted in the period.',
            type: 'integer',
            minimum: 0,
          },
          downRate: {
            description: '`down / up` (下转率); null when there is no up-referral.',
            type: ['number', 'null'],
            minimum: 0,
          },
          answerTime: {
            description:
              "First submission → first answer (the first `accept`, `reject` or `return_for_info` in the audit trail,\nwhenever it came), over the period's referrals that have been answered by now.\n",
            allOf: [
              {
                $ref: '#/components/schemas/IndicatorDistribution',
              },
            ],
          },
          closedLoop: {
            type: 'object',
            additionalProperties: false,
            required: ['eligible', 'closed', 'rate'],
            description:
              "`eligible`: the period's referrals that have reached a terminal state by now (`closed`, `rejected`,\n`cancelled`, `no_show`, `expired`); `closed`: those whose loop is closed (`closed` only, DOMAIN §3);\n`rate`: closed / eligible, null when none is eligible.\n",
            properties: {
              eligible: {
                type: 'integer',
                minimum: 0,
              },
              closed: {
                type: 'integer',
                minimum: 0,
              },
              rate: {
                type: ['number', 'null'],
                minimum: 0,
                maximum: 1,
              },
            },
          },
          greenChannel: {
            type: 'object',
            additionalProperties: false,
            required: ['count', 'acceptMedianMinutes', 'overdue'],
            description:
              "`count`: the period's green-channel referrals (绿色通道); `acceptMedianMinutes`: median minutes from first\nsubmission to the first `accept` over those accepted; `overdue`: those escalated at least once for being\nunanswered at their answer deadline (an `escalate` audit entry).\n",
            properties: {
              count: {
                type: 'integer',
                minimum: 0,
              },
              acceptMedianMinutes: {
                type: ['number', 'null'],
                minimum: 0,
              },
              overdue: {
                type: 'integer',
                minimum: 0,
              },
            },
          },
          outcomes: {
            description:
              'Counts per outcome and reason, only the pairs that occur, ordered by outcome (in the order of\n`IndicatorOutcome`) then reason. A referral is in at most one `rejected`/`expired`/`cancelled`/`no_show`\nrow (its current terminal state) and may also be in the `returned_for_info` row.\n',
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['outcome', 'reason', 'count'],
              properties: {
                outcome: {
                  $ref: '#/components/schemas/IndicatorOutcome',
                },
                reason: {
                  description:
                    'A `RejectReasonCode` or `CancelReasonCode`; null for the outcomes without one.',
                  type: ['string', 'null'],
                },
                count: {
                  type: 'integer',
                  minimum: 1,
                },
              },
            },
          },
        },
        example: {
          up: 12,
          down: 4,
          downRate: 0.3333,
          answerTime: {
            answered: 5,
            medianMinutes: 95,
            p90Minutes: 1260.5,
            histogram: [
              {
                upToMinutes: 15,
                count: 1,
              },
              {
                upToMinutes: 60,
                count: 1,
              },
              {
                upToMinutes: 120,
                count: 1,
              },
              {
                upToMinutes: 240,
                count: 0,
              },
              {
                upToMinutes: 480,
                count: 1,
              },
              {
                upToMinutes: 1440,
                count: 1,
              },
              {
                upToMinutes: 2880,
                count: 0,
              },
              {
                upToMinutes: null,
                count: 0,
              },
            ],
          },
          closedLoop: {
            eligible: 6,
            closed: 4,
            rate: 0.6667,
          },
          greenChannel: {
            count: 1,
            acceptMedianMinutes: 8,
            overdue: 0,
          },
          outcomes: [
            {
              outcome: 'rejected',
              reason: 'no_capacity',
              count: 1,
            },
            {
              outcome: 'returned_for_info',
              reason: null,
              count: 1,
            },
            {
              outcome: 'cancelled',
              reason: 'condition_improved',
              count: 1,
            },
          ],
        },
      },
      DispatchIndicators: {
        description:
          'Activities count in the period of their start, when not cancelled and hosted by a member of the alliance\n(and, when they belong to a dispatch batch of another alliance, not at all). With `institutionId`, an\nactivity counts when that institution hosts it or one of its experts belongs to that institution.\n',
        type: 'object',
        additionalProperties: false,
        required: ['expertVisits', 'activitiesByKind', 'batches', 'freeClinic'],
        properties: {
          expertVisits: {
            description:
              "Expert-visits (人次): the number of (activity, expert) pairs of the period's activities.",
            type: 'integer',
            minimum: 0,
          },
          activitiesByKind: {
            $ref: '#/components/schemas/ActivityKindCounts',
          },
          batches: {
            description:
              'Dispatch batches (派驻批次) of the alliance whose first day falls in the period (with `institutionId`: that\nit sends or hosts).\n',
            type: 'integer',
            minimum: 0,
          },
          freeClinic: {
            type: 'object',
            additionalProperties: false,
            required: ['registered', 'seen'],
            description:
              "义诊 queue tickets of the period's counted `free_clinic` activities (a patient registered in two\ndepartments is two tickets), and those of them marked `seen`.\n",
            properties: {
              registered: {
                type: 'integer',
                minimum: 0,
              },
              seen: {
                type: 'integer',
                minimum: 0,
              },
            },
          },
        },
        example: {
          expertVisits: 9,
          activitiesByKind: [
            {
              kind: 'clinic',
              count: 3,
            },
            {
              kind: 'consultation',
              count: 0,
            },
            {
              kind: 'remote_consultation',
              count: 1,
            },
            {
              kind: 'surgery_guidance',
              count: 1,
            },
            {
              kind: 'ward_round',
              count: 1,
            },
            {
              kind: 'lecture',
              count: 1,
            },
            {
              kind: 'free_clinic',
              count: 1,
            },
          ],
          batches: 1,
          freeClinic: {
            registered: 40,
            seen: 37,
          },
        },
      },
      ConsultationIndicators: {
        description:
          'Remote consultations (远程会诊) count in the period of their request, when both the inviting and the invited\ninstitution are members of the alliance (with `institutionId`: on either side). Time to opinion is request →\n`reported` (every scheduled expert signed), over those reported by now.\n',
        type: 'object',
        additionalProperties: false,
        required: ['requested', 'reported', 'closed', 'opinionMedianMinutes', 'opinionP90Minutes'],
        properties: {
          requested: {
            type: 'integer',
            minimum: 0,
          },
          reported: {
            description:
              "Of the period's consultations, those that reached `reported` (and perhaps `closed`) by now.",
            type: 'integer',
            minimum: 0,
          },
          closed: {
            description:
              "Of the period's consultations, those acknowledged by the inviting doctor (`closed`).",
            type: 'integer',
            minimum: 0,
          },
          opinionMedianMinutes: {
            type: ['number', 'null'],
            minimum: 0,
          },
          opinionP90Minutes: {
            type: ['number', 'null'],
            minimum: 0,
          },
        },
        example: {
          requested: 9,
          reported: 7,
          closed: 5,
          opinionMedianMinutes: 2880,
          opinionP90Minutes: 5040,
        },
      },
      RecognitionIndicators: {
        description:
          "From the records of the period's decisions at the alliance's member institutions (with `institutionId`: at\nthat institution), by the decision's time. A check that is only looked up is not stored, so it is not counted.\n",
        type: 'object',
        additionalProperties: false,
        required: ['checks', 'recognisable', 'adopted', 'adoptionRate', 'savings', 'repeatTestsAvoided'],
        properties: {
          checks: {
            description:
              'Recorded checks: adoption decisions (采纳/不采纳) plus re-test records (复查记录, the reason a result was\ntested again, written outside an adoption decision).\n',
            type: 'integer',
            minimum: 0,
          },
          recognisable: {
            description: 'Adoption decisions, each taken on a `recognized` or `shared` result (DOMAIN §5).',
            type: 'integer',
            minimum: 0,
          },
          adopted: {
            description: 'Adoption decisions whose outcome is `adopted`.',
            type: 'integer',
            minimum: 0,
          },
          adoptionRate: {
            description: '`adopted / recognisable` (互认率); null when nothing was recognisable.',
            type: ['number', 'null'],
            minimum: 0,
            maximum: 1,
          },
          savings: {
            description:
              "The sum of the prices stored with the adopted decisions (the deciding institution's price at the time);\nan adopted result whose item has no price there adds nothing.\n",
            type: 'object',
            additionalProperties: false,
            required: ['amountFen', 'currency'],
            properties: {
              amountFen: {
                type: 'integer',
                minimum: 0,
              },
              currency: {
                type: 'string',
                const: 'CNY',
              },
            },
          },
          repeatTestsAvoided: {
            description:
              'Distinct (result, deciding institution) pairs adopted: a result adopted twice at one institution avoided\none repeat test there.\n',
            type: 'integer',
            minimum: 0,
          },
        },
        example: {
          checks: 14,
          recognisable: 12,
          adopted: 10,
          adoptionRate: 0.8333,
          savings: {
            amountFen: 86000,
            currency: 'CNY',
          },
          repeatTestsAvoided: 10,
        },
      },
      IndicatorMonth: {
        description:
          'One calendar month (Asia/Shanghai) of the period, clipped to the period: the same definitions as the\ntotals, so the months of a period add up to its totals.\n',
        type: 'object',
        additionalProperties: false,
        required: ['month', 'up', 'down', 'expertVisits', 'savingsFen', 'consultations'],
        properties: {
          month: {
            type: 'string',
            pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
          },
          up: {
            type: 'integer',
            minimum: 0,
          },
          down: {
            type: 'integer',
            minimum: 0,
          },
          expertVisits: {
            type: 'integer',
            minimum: 0,
          },
          savingsFen: {
            type: 'integer',
            minimum: 0,
          },
          consultations: {
            description: 'Consultations requested.',
            type: 'integer',
            minimum: 0,
          },
        },
        example: {
          month: '2026-11',
          up: 12,
          down: 4,
          expertVisits: 9,
          savingsFen: 86000,
          consultations: 9,
        },
      },
      AllianceIndicators: {
        description:
          "The alliance indicators (成效监测, DOMAIN §5b) of the Asia/Shanghai calendar days `[from, to]`, counted from\nthe stored records at `computedAt`. Figures about what happened later to the period's records (answers,\nclosed loops, opinions) are as of `computedAt`. Rates are unrounded fractions.\n",
        type: 'object',
        additionalProperties: false,
        required: [
          'allianceId',
          'institutionId',
          'from',
          'to',
          'timeZone',
          'computedAt',
          'referrals',
          'dispatch',
          'consultations',
          'recognition',
          'months',
        ],
        properties: {
          allianceId: {
            $ref: '#/components/schemas/AllianceId',
          },
          institutionId: {
            description: 'The member institution the figures are restricted to; null for the whole alliance.',
            oneOf: [
              {
                $ref: '#/components/schemas/InstitutionId',
              },
              {
                type: 'null',
              },
            ],
          },
          from: {
            $ref: '#/components/schemas/LocalDate',
          },
          to: {
            $ref: '#/components/schemas/LocalDate',
          },
          timeZone: {
            type: 'string',
            const: 'Asia/Shanghai',
          },
          computedAt: {
            $ref: '#/components/schemas/Instant',
          },
          referrals: {
            $ref: '#/components/schemas/ReferralIndicators',
          },
          dispatch: {
            $ref: '#/components/schemas/DispatchIndicators',
          },
          consultations: {
            $ref: '#/components/schemas/ConsultationIndicators',
          },
          recognition: {
            $ref: '#/components/schemas/RecognitionIndicators',
          },
          months: {
            description: 'Every calendar month the period touches, in order, zeros included.',
            type: 'array',
            minItems: 1,
            items: {
              $ref: '#/components/schemas/IndicatorMonth',
            },
          },
        },
        example: {
          allianceId: 'all_pumch_cangzhou',
          institutionId: null,
          from: '2026-11-01',
          to: '2026-11-30',
          timeZone: 'Asia/Shanghai',
          computedAt: '2026-12-01T09:00:00+08:00',
          referrals: {
            up: 12,
            down: 4,
            downRate: 0.3333,
            answerTime: {
              answered: 5,
              medianMinutes: 95,
              p90Minutes: 1260.5,
              histogram: [
                {
                  upToMinutes: 15,
                  count: 1,
                },
                {
                  upToMinutes: 60,
                  count: 1,
                },
                {
                  upToMinutes: 120,
                  count: 1,
                },
                {
                  upToMinutes: 240,
                  count: 0,
                },
                {
                  upToMinutes: 480,
                  count: 1,
                },
                {
                  upToMinutes: 1440,
                  count: 1,
                },
                {
                  upToMinutes: 2880,
                  count: 0,
                },
                {
                  upToMinutes: null,
                  count: 0,
                },
              ],
            },
            closedLoop: {
              eligible: 6,
              closed: 4,
              rate: 0.6667,
            },
            greenChannel: {
              count: 1,
              acceptMedianMinutes: 8,
              overdue: 0,
            },
            outcomes: [
              {
                outcome: 'rejected',
                reason: 'no_capacity',
                count: 1,
              },
              {
                outcome: 'returned_for_info',
                reason: null,
                count: 1,
              },
              {
                outcome: 'cancelled',
                reason: 'condition_improved',
                count: 1,
              },
            ],
          },
          dispatch: {
            expertVisits: 9,
            activitiesByKind: [
              {
                kind: 'clinic',
                count: 3,
              },
              {
                kind: 'consultation',
                count: 0,
              },
              {
                kind: 'remote_consultation',
                count: 1,
              },
              {
                kind: 'surgery_guidance',
                count: 1,
              },
              {
                kind: 'ward_round',
                count: 1,
              },
              {
                kind: 'lecture',
                count: 1,
              },
              {
                kind: 'free_clinic',
                count: 1,
              },
            ],
            batches: 1,
            freeClinic: {
              registered: 40,
              seen: 37,
            },
          },
          consultations: {
            requested: 9,
            reported: 7,
            closed: 5,
            opinionMedianMinutes: 2880,
            opinionP90Minutes: 5040,
          },
          recognition: {
            checks: 14,
            recognisable: 12,
            adopted: 10,
            adoptionRate: 0.8333,
            savings: {
              amountFen: 86000,
              currency: 'CNY',
            },
            repeatTestsAvoided: 10,
          },
          months: [
            {
              month: '2026-11',
              up: 12,
              down: 4,
              expertVisits: 9,
              savingsFen: 86000,
              consultations: 9,
            },
          ],
        },
      },
    },
  },
};
