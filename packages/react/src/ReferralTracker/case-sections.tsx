// The case a referral carries, one section per group of fields. A new group (e.g. the signature or the escort) is
// one more entry in CASE_SECTIONS: a title, when it applies, and its body.
import {
  ageInYears,
  maskIdNumber,
  maskName,
  shanghaiDate,
  shanghaiDayDiff,
  startOfShanghaiDay,
} from '@yilian/domain';
import type { Schemas } from '@yilian/sdk';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { isAllianceError } from '@yilian/sdk';
import { ProblemNotice } from '../internal/ProblemNotice.js';
import { useAlliance } from '../provider/AllianceProvider.js';
import type { MessageKey, Translate } from '../i18n/messages.js';
import { RecognitionBadge } from '../RecognitionBadge/RecognitionBadge.js';
import type { CaseContext } from './case-parts.js';
import { FieldItem, FieldList, Heading, LongText, cx, joined } from './case-parts.js';
import type { ReferralView } from './useReferral.js';
import { label } from '../i18n/domain.js';

/** One group of the case: its heading, whether this referral has anything for it, and what it shows. */
export interface CaseSection {
  key: string;
  title: MessageKey;
  /** Wide sections span the whole width on a large screen (long text, lists). */
  wide?: boolean;
  applies?: (view: ReferralView) => boolean;
  Body: (context: CaseContext) => ReactNode;
}

/** An age as clinicians say it: years, or months under one, or days under a month (newborns). */
function ageText(birthDate: string, today: string, t: Translate): string {
  const years = ageInYears(birthDate, today);
  if (years >= 1) {
    return t('tracker.patient.years', { count: years });
  }
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
  const months = (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0);
  if (months >= 1) {
    return t('tracker.patient.months', { count: months });
  }
  const days = shanghaiDayDiff(startOfShanghaiDay(birthDate), startOfShanghaiDay(today));
  return t('tracker.patient.days', { count: Math.max(0, days) });
}

function PatientBody({ view, locale, t, now }: CaseContext) {
  const { patient } = view.referral;
  // The server masks the identity for roles that do not register the patient (`idNumberMasked`); the name
  // follows the same decision. The ID number is masked in every view (DOMAIN §8), whoever looks.
  const masked = patient.idNumberMasked === true;
  return (
    <>
      <FieldList>
        <FieldItem term={t('tracker.patient.name')}>
          {masked ? maskName(patient.name) : patient.name}
        </FieldItem>
        <FieldItem term={t('tracker.patient.sex')}>{label('sex', patient.sex, locale)}</FieldItem>
        <FieldItem term={t('tracker.patient.age')}>
          {ageText(patient.birthDate, shanghaiDate(now), t)}
        </FieldItem>
        <FieldItem term={t('tracker.patient.idNumber')}>
          {`${label('idType', patient.idType, locale)} ${maskIdNumber(patient.idNumber)}`}
        </FieldItem>
        <FieldItem term={t('tracker.patient.phone')}>{patient.phone}</FieldItem>
        <FieldItem term={t('tracker.patient.insurance')}>
          {patient.insuranceType && label('insuranceType', patient.insuranceType, locale)}
        </FieldItem>
        <FieldItem term={t('tracker.patient.insuranceCard')}>
          {/* As the server sends it: masked for the roles that need not see it. */}
          {patient.insuranceCardNumber}
        </FieldItem>
        <FieldItem term={t('tracker.patient.guardian')}>
          {patient.guardianName && (masked ? maskName(patient.guardianName) : patient.guardianName)}
        </FieldItem>
      </FieldList>
      {masked && <p className="yl-referral-tracker__hint">{t('tracker.patient.masked')}</p>}
    </>
  );
}

function RoutingBody({ view, locale, t, names, instant }: CaseContext) {
  const { referral } = view;
  const urgency = label('referralUrgency', referral.urgency, locale);
  return (
    <FieldList>
      <FieldItem term={t('referral.field.direction')}>
        {label('referralDirection', referral.direction, locale)}
      </FieldItem>
      <FieldItem term={t('referral.field.urgency')}>
        {referral.greenChannelCategory
          ? joined(urgency, label('greenChannelCategory', referral.greenChannelCategory, locale))
          : urgency}
      </FieldItem>
      <FieldItem term={t('tracker.routing.sending')}>
        {joined(
          names.institution(referral.sendingInstitutionId),
          names.department(referral.sendingDepartmentId),
        )}
      </FieldItem>
      <FieldItem term={t('tracker.routing.sendingDoctor')}>
        {names.clinician(referral.createdBy.clinicianId) ?? referral.createdBy.name}
      </FieldItem>
      <FieldItem term={t('tracker.routing.receiving')}>
        {joined(
          names.institution(referral.receivingInstitutionId),
          names.department(referral.receivingDepartmentId),
        )}
      </FieldItem>
      <FieldItem term={t('tracker.routing.receivingDoctor')}>
        {names.clinician(referral.receivingClinicianId)}
      </FieldItem>
      <FieldItem term={t('tracker.routing.sendingRecords')}>
        {recordNumbers(referral.sendingRecordNumbers, t)}
      </FieldItem>
      <FieldItem term={t('tracker.routing.receivingRecords')}>
        {recordNumbers(referral.receivingRecordNumbers, t)}
      </FieldItem>
      <FieldItem term={t('tracker.routing.submittedAt')}>
        {referral.submittedAt && <time dateTime={referral.submittedAt}>{instant(referral.submittedAt)}</time>}
      </FieldItem>
    </FieldList>
  );
}

/** 门诊号 and 住院号 of one side, as they are written on the form; nothing when neither is known. */
function recordNumbers(numbers: Schemas['RecordNumbers'] | undefined, t: Translate): string | undefined {
  return joined(
    numbers?.outpatientNo && t('tracker.record.outpatient', { number: numbers.outpatientNo }),
    numbers?.inpatientNo && t('tracker.record.inpatient', { number: numbers.inpatientNo }),
  );
}

/** 中医诊断 as a TCM hospital writes it: 病名 then 证型, each with its GB/T 15657 code when given. */
function TcmDiagnosisText({ tcm, t }: { tcm: Schemas['TcmDiagnosis']; t: Translate }) {
  return (
    <>
      {tcm.diseaseCode && (
        <>
          <span className="yl-referral-tracker__code">{tcm.diseaseCode}</span>{' '}
        </>
      )}
      {tcm.diseaseName}
      {' · '}
      <span className="yl-visually-hidden">{t('tracker.clinical.tcmSyndrome')} </span>
      {tcm.syndromeCode && (
        <>
          <span className="yl-referral-tracker__code">{tcm.syndromeCode}</span>{' '}
        </>
      )}
      {tcm.syndromeName}
    </>
  );
}

/** A diagnosis as written on a 转诊单: the ICD-10 code, then the text. */
export function DiagnosisText({ diagnosis }: { diagnosis: Schemas['Diagnosis'] }) {
  return (
    <>
      {diagnosis.code && (
        <>
          <span className="yl-referral-tracker__code">{diagnosis.code}</span>{' '}
        </>
      )}
      {diagnosis.text}
    </>
  );
}

function ClinicalBody({ view, t }: CaseContext) {
  const { referral } = view;
  return (
    <FieldList>
      <FieldItem term={t('referral.field.diagnosisText')}>
        <DiagnosisText diagnosis={referral.diagnosis} />
      </FieldItem>
      <FieldItem term={t('tracker.clinical.tcm')}>
        {referral.tcmDiagnosis && <TcmDiagnosisText tcm={referral.tcmDiagnosis} t={t} />}
      </FieldItem>
      <FieldItem term={t('referral.field.reason')} block>
        {referral.reason && <LongText text={referral.reason} t={t} />}
      </FieldItem>
      <FieldItem term={t('tracker.clinical.summary')} block>
        {referral.clinicalSummary && <LongText text={referral.clinicalSummary} t={t} />}
      </FieldItem>
      <FieldItem term={t('tracker.clinical.mainResults')} block>
        {referral.mainResults && <LongText text={referral.mainResults} t={t} />}
      </FieldItem>
      <FieldItem term={t('tracker.clinical.allergies')} block>
        {referral.allergies && <LongText text={referral.allergies} t={t} />}
      </FieldItem>
    </FieldList>
  );
}

function DownReferralBody({ view, t, day }: CaseContext) {
  const { referral } = view;
  const dates = referral.followUpDates ?? [];
  return (
    <FieldList>
      <FieldItem term={t('tracker.down.rehabPlan')} block>
        {referral.rehabPlan && <LongText text={referral.rehabPlan} t={t} />}
      </FieldItem>
      <FieldItem term={t('tracker.down.medications')} block>
        {referral.medications && <LongText text={referral.medications} t={t} />}
      </FieldItem>
      <FieldItem term={t('tracker.down.followUpDates')}>
        {dates.length > 0 && (
          <ul className="yl-referral-tracker__inline-list">
            {dates.map((date) => (
              <li key={date}>
                <time dateTime={date}>{day(date)}</time>
              </li>
            ))}
          </ul>
        )}
      </FieldItem>
    </FieldList>
  );
}

function EscortBody({ view, locale, t }: CaseContext) {
  const escort = view.referral.escort ?? {};
  return (
    <FieldList>
      <FieldItem term={t('tracker.escort.by')}>{escort.escortedBy}</FieldItem>
      <FieldItem term={t('tracker.escort.role')}>
        {escort.escortRole && label('escortRole', escort.escortRole, locale)}
      </FieldItem>
      <FieldItem term={t('tracker.escort.transport')}>
        {escort.transport && label('escortTransport', escort.transport, locale)}
      </FieldItem>
      <FieldItem term={t('tracker.escort.handover')} block>
        {escort.handoverItems && <LongText text={escort.handoverItems} t={t} />}
      </FieldItem>
    </FieldList>
  );
}

/** Routing warnings are advice the sender may have had reasons to pass over: a note, never an error. */
function WarningsBody({ view, t }: CaseContext) {
  const warnings = view.referral.warnings ?? [];
  return (
    <div role="note" className="yl-referral-tracker__warnings">
      <ul className="yl-referral-tracker__warning-list">
        {warnings.map((warning) => (
          <li key={warning.code}>{warning.message ?? warning.code}</li>
        ))}
      </ul>
      <p className="yl-referral-tracker__hint">{t('tracker.warnings.hint')}</p>
    </div>
  );
}

/** `3b1f0a8c…4d6a9b7c`: enough of a SHA-256 to compare by eye; the whole digest stays in the title. */
function shortDigest(digest: string): string {
  return digest.length > 20 ? `${digest.slice(0, 8)}…${digest.slice(-8)}` : digest;
}

function SignatureBody({ view, t, names, instant }: CaseContext) {
  const { client } = useAlliance();
  const { referral } = view;
  const signature = referral.signature;
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'pending' }
    | { status: 'done'; result: Schemas['ReferralSignatureVerification'] }
    | { status: 'error'; error: unknown }
  >({ status: 'idle' });
  if (!signature) {
    return null;
  }
  const signer =
    names.clinician(signature.signerClinicianId) ??
    (referral.createdBy.clinicianId === signature.signerClinicianId ? referral.createdBy.name : undefined);
  const verify = async () => {
    setState({ status: 'pending' });
    try {
      setState({ status: 'done', result: await client.referrals.verifySignature(referral.id) });
    } catch (error) {
      setState({ status: 'error', error });
    }
  };
  const result = state.status === 'done' ? state.result : undefined;
  return (
    <>
      <FieldList>
        <FieldItem term={t('tracker.signature.signer')}>{signer}</FieldItem>
        <FieldItem term={t('tracker.signature.signedAt')}>
          <time dateTime={signature.signedAt}>{instant(signature.signedAt)}</time>
        </FieldItem>
        <FieldItem term={t('tracker.signature.method')}>
          {joined(signature.algorithm, signature.provider)}
        </FieldItem>
        <FieldItem term={t('tracker.signature.digest')}>
          <code className="yl-referral-tracker__digest" title={signature.digest}>
            {shortDigest(signature.digest)}
          </code>
        </FieldItem>
      </FieldList>
      <button
        type="button"
        className="yl-button yl-referral-tracker__verify"
        aria-disabled={state.status === 'pending' || undefined}
        onClick={() => {
          if (state.status !== 'pending') {
            void verify();
          }
        }}
      >
        {t('tracker.signature.verify')}
      </button>
      <div role="status" className="yl-referral-tracker__verification">
        {state.status === 'pending' && t('tracker.signature.verifying')}
        {result && (
          <p
            className={cx(
              'yl-referral-tracker__verdict',
              result.valid ? 'yl-referral-tracker__verdict--valid' : 'yl-referral-tracker__verdict--invalid',
            )}
          >
            <strong>{result.valid ? t('tracker.signature.valid') : t('tracker.signature.invalid')}</strong>
            {!result.valid && (
              <>
                {' · '}
                {t('tracker.signature.recomputed')}{' '}
                <code title={result.recomputedDigest}>{shortDigest(result.recomputedDigest)}</code>
              </>
            )}
          </p>
        )}
      </div>
      {state.status === 'error' && (
        <ProblemNotice
          error={state.error}
          {...(isAllianceError(state.error) && state.error.status === 403
            ? {}
            : { onRetry: () => void verify() })}
        />
      )}
    </>
  );
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

function fileSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

function AttachmentsBody({ view, t, locale }: CaseContext) {
  const { attachments } = view.referral;
  if (attachments.length === 0) {
    return <p className="yl-referral-tracker__hint">{t('tracker.attachments.none')}</p>;
  }
  return (
    <ul className="yl-referral-tracker__attachments">
      {attachments.map((attachment) => (
        <li key={attachment.id} className="yl-referral-tracker__attachment">
          <span className="yl-referral-tracker__attachment-title">{attachment.title}</span>
          <span className="yl-referral-tracker__attachment-meta">
            {joined(
              t(`tracker.kind.${attachment.kind}`),
              attachment.sizeBytes === undefined ? undefined : fileSize(attachment.sizeBytes, locale),
            )}
          </span>
          {attachment.resultId !== undefined && (
            <RecognitionBadge className="yl-referral-tracker__recognition" resultId={attachment.resultId} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** The case, in the order a 转诊单 reads. */
export const CASE_SECTIONS: readonly CaseSection[] = [
  {
    key: 'warnings',
    title: 'tracker.section.warnings',
    wide: true,
    applies: ({ referral }) => (referral.warnings?.length ?? 0) > 0,
    Body: WarningsBody,
  },
  { key: 'patient', title: 'tracker.section.patient', Body: PatientBody },
  { key: 'routing', title: 'tracker.section.routing', Body: RoutingBody },
  { key: 'clinical', title: 'referral.form.clinical', wide: true, Body: ClinicalBody },
  {
    key: 'down-referral',
    title: 'tracker.section.downReferral',
    wide: true,
    applies: ({ referral }) =>
      Boolean(referral.rehabPlan || referral.medications || (referral.followUpDates?.length ?? 0) > 0),
    Body: DownReferralBody,
  },
  {
    key: 'escort',
    title: 'tracker.section.escort',
    applies: ({ referral }) => referral.escort !== undefined,
    Body: EscortBody,
  },
  { key: 'attachments', title: 'referral.field.attachments', wide: true, Body: AttachmentsBody },
  {
    key: 'signature',
    title: 'tracker.section.signature',
    applies: ({ referral }) => referral.signature !== undefined,
    Body: SignatureBody,
  },
];

/** The sections that apply to this referral, each under its heading. */
export function CaseView(context: CaseContext) {
  return (
    <div className="yl-referral-tracker__case">
      {CASE_SECTIONS.filter((section) => section.applies?.(context.view) ?? true).map((section) => (
        <section
          key={section.key}
          className={cx(
            'yl-referral-tracker__section',
            `yl-referral-tracker__section--${section.key}`,
            section.wide && 'yl-referral-tracker__section--wide',
          )}
        >
          <Heading level={context.level} className="yl-referral-tracker__heading">
            {context.t(section.title)}
          </Heading>
          <section.Body {...context} />
        </section>
      ))}
    </div>
  );
}
