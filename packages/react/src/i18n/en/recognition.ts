import type { messages as zhCN } from '../zh-CN/recognition.js';

/** The recognition area in en, loaded on demand; a key missing here fails to compile. */
export const messages: Record<keyof typeof zhCN, string> = {
  'recognition.loading': 'Checking recognition…',
  'recognition.lapses': 'lapses {date}',
  'recognition.lapsesIn': 'lapses in {days} days',
  'recognition.lapsesToday': 'lapses at midnight',
  'recognition.noWindow': 'No validity window is set for this item; judge the result by its age.',
  'recognition.details': 'Details',
  'recognition.detailsOf': 'Recognition details of {item}',
  'recognition.dialog.title': '{item}: {decision}',
  'recognition.marked': 'Report mark',
  'recognition.reasons': 'Reasons',
  'recognition.age': 'Result is {days} days old',
  'recognition.sharedNote':
    'A shared item: the images are available for review; recognising them is not required.',
  'recognition.notObligatory':
    'Your institution is not bound to recognise this result; the doctor decides whether to adopt it.',
  'recognition.study': 'Image study',
  'recognition.study.modality': 'Modality {modality}',
  'recognition.study.uid': 'Study instance UID {uid}',
  'recognition.study.view': 'View the images (new window)',
  'recognition.study.note': "The images are recognised, not the radiologist's diagnostic conclusion.",
  'recognition.retest.title': 'Re-test anyway',
  'recognition.retest.reason': 'Reason for re-testing',
  'recognition.retest.national': 'National situations',
  'recognition.retest.regional': 'Added by your region',
  'recognition.retest.text': 'Explanation',
  'recognition.retest.explained': 'Explained to the patient',
  'recognition.retest.submit': 'Record the reason',
  'recognition.retest.busy': 'Recording…',
  'recognition.retest.recorded': 'Recorded the re-test reason: {reason}.',
  'recognition.retest.needsResult': 'This result is not registered, so no re-test reason can be recorded.',
};
