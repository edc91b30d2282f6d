import type { components } from '@yilian/contract';
import type { Queryable } from '../db/database.js';

type Consent = components['schemas']['Consent'];

/**
 * Binds a patient account (the `pat_…` a `patient` token names) to an identity document at its first use, and
 * answers whether the account is this patient's: `false` when the account is bound to another document or was
 * opened by another institution's backend. Creates the account when it is new.
 */
export async function bindPatientAccount(
  tx: Queryable,
  account: { id: string; institutionId: string; patientKey: string; at: Date },
): Promise<boolean> {
  const { rows } = await tx.query<{ institution_id: string; patient_key: string }>(
    `INSERT INTO patient_accounts (id, institution_id, patient_key, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET patient_key = coalesce(patient_accounts.patient_key, excluded.patient_key)
     RETURNING institution_id, patient_key`,
    [account.id, account.institutionId, account.patientKey, account.at],
  );
  const row = rows[0]!;
  return row.institution_id === account.institutionId && row.patient_key === account.patientKey;
}

/** Keeps the patient's latest consent for its purpose (one separate consent per purpose, PIPL Art. 29). */
export async function recordPatientConsent(
  tx: Queryable,
  patientId: string,
  consent: Consent,
): Promise<void> {
  await tx.query(
    `INSERT INTO patient_consents (patient_id, purpose, granted_at, method, by_guardian) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (patient_id, purpose) DO UPDATE SET granted_at = excluded.granted_at, method = excluded.method,
       by_guardian = excluded.by_guardian`,
    [patientId, consent.purpose, consent.grantedAt, consent.method, consent.byGuardian === true],
  );
}

/** The patient's consents, one per purpose, in purpose order. */
export async function listPatientConsents(
  db: Queryable,
  patientId: string,
): Promise<
  {
    purpose: Consent['purpose'];
    granted_at: Date | string;
    method: Consent['method'];
    by_guardian: boolean;
  }[]
> {
  const { rows } = await db.query<{
    purpose: Consent['purpose'];
    granted_at: Date | string;
    method: Consent['method'];
    by_guardian: boolean;
  }>(
    'SELECT purpose, granted_at, method, by_guardian FROM patient_consents WHERE patient_id = $1 ORDER BY purpose',
    [patientId],
  );
  return rows;
}
