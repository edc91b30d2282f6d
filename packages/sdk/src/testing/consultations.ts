// Consultation payloads shared by the Node and browser tests (no Node APIs here).
import type { components } from '@yilian/contract';
import { uniquePatient } from './referrals.js';

/** A remote consultation request from 沧州 neurology to 协和 neurology, with written consent and an image study. */
export function consultationRequest(patient = uniquePatient()): components['schemas']['ConsultationCreate'] {
  return {
    urgency: 'urgent',
    invitingInstitutionId: 'ins_cangzhou_central',
    invitingDepartmentId: 'dep_cz_neurology',
    invitedInstitutionId: 'ins_pumch',
    requestedDepartmentId: 'dep_pumch_neurology',
    preferredMode: 'video',
    patient,
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    question: '青年卒中，病因待查，请协助明确病因及二级预防方案。',
    caseSummary: '突发右侧肢体无力2天，头颅MRI示左侧基底节区急性梗死。',
    attachments: [
      {
        kind: 'image_study',
        title: '头颅MRI（DWI）',
        studyUrl: 'https://pacs.cangzhou-central.example/viewer/study/1.2.840.113619.2.55.3',
        modality: 'MR',
      },
    ],
    consent: {
      purpose: 'remote_consultation',
      grantedAt: '2026-11-23T08:30:00+08:00',
      recordedBy: 'cln_cz_neuro_wang',
      method: 'written',
    },
  };
}
