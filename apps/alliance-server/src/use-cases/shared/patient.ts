import type { components } from '@yilian/contract';
import { maskIdNumber, maskPhone } from '@yilian/domain';
import type { Actor } from '../../auth.js';
import { hmacSha256Hex } from '../../crypto.js';
import { compact } from './present.js';

type Patient = components['schemas']['Patient'];

/**
 * Roles that register the arriving patient in their own hospital system need the whole identity number and
 * phone; every other role sees them masked (DOMAIN §8, PIPL minimum necessary).
 */
export function canReadFullIdentity(actor: Actor): boolean {
  return actor.role === 'receiver' || actor.role === 'coordinator';
}

/** The patient as this actor may see it. */
export function patientFor(actor: Actor, patient: Patient): Patient {
  if (canReadFullIdentity(actor)) {
    return patient;
  }
  return compact({
    ...patient,
    idNumber: maskIdNumber(patient.idNumber),
    idNumberMasked: true,
    // The insurance card number identifies the patient as well as the ID number does (DOMAIN §8).
    insuranceCardNumber: patient.insuranceCardNumber ? maskIdNumber(patient.insuranceCardNumber) : undefined,
    phone: patient.phone ? maskPhone(patient.phone) : undefined,
  });
}

/**
 * A keyed hash of the identity document: finds a patient's results and bookings without a second plain copy of
 * the number, and cannot be reversed by enumerating ID numbers without the server's secret. The number is
 * trimmed and upper-cased for every document type, as keys have always been made: changing that would orphan
 * the stored keys of documents with lower-case letters.
 */
export async function patientKey(secret: string, idType: string, idNumber: string): Promise<string> {
  return hmacSha256Hex(secret, `${idType}:${idNumber.trim().toUpperCase()}`);
}
