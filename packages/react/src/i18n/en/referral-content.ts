import type { messages as zhCN } from '../zh-CN/referral-content.js';

/** The referral-content area in en, loaded on demand; a key missing here fails to compile. */
export const messages: Record<keyof typeof zhCN, string> = {
  'referralContent.records': 'Record numbers and insurance',
  'referralContent.outpatientNo': 'Outpatient number',
  'referralContent.inpatientNo': 'Inpatient number',
  'referralContent.insuranceCardNumber': 'Insurance card number',
  'referralContent.tcm': 'TCM diagnosis',
  'referralContent.tcm.hint':
    'For referrals from a TCM hospital: give both disease and syndrome; codes per GB/T 15657.',
  'referralContent.tcmDiseaseName': 'TCM disease',
  'referralContent.tcmDiseaseCode': 'Disease code',
  'referralContent.tcmSyndromeName': 'Syndrome',
  'referralContent.tcmSyndromeCode': 'Syndrome code',
  'referralContent.escort': 'Escort and hand-over',
  'referralContent.escort.hint': 'A green-channel (critical) patient is escorted and handed over.',
  'referralContent.escortedBy': 'Escorted by',
  'referralContent.escortRole': 'Escort’s role',
  'referralContent.transport': 'Transport',
  'referralContent.handoverItems': 'Items handed over',
  'referralContent.choose': 'Choose',
  'referralContent.return': 'Down-referral summary',
  'referralContent.mainResults': 'Main results',
  'referralContent.rehabPlan': 'Rehabilitation plan',
  'referralContent.medications': 'Medications to continue',
  'referralContent.followUpDates': 'Follow-up dates',
  'referralContent.followUpDate': 'Follow-up date {n}',
  'referralContent.addFollowUp': 'Add a follow-up date',
  'referralContent.removeFollowUp': 'Remove follow-up date {n}',
};
