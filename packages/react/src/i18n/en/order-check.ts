import type { messages as zhCN } from '../zh-CN/order-check.js';

/** The order-check area in en, loaded on demand; a key missing here fails to compile. */
export const messages: Record<keyof typeof zhCN, string> = {
  'orderCheck.title': 'Order check against earlier results',
  'orderCheck.intro':
    'Checks whether the items you are about to order have a recognisable result in the alliance, to avoid repeat tests.',
  'orderCheck.idle': 'Choose a patient and add the items to order; recognisable earlier results show here.',
  'orderCheck.loading': 'Checking {count} items…',
  'orderCheck.lines': 'Items to order',
  'orderCheck.price': 'Price here {price}',
  'orderCheck.noPrice': 'No price listed here',
  'orderCheck.result': 'Earlier result',
  'orderCheck.performedBy': '{institution}, performed {date}',
  'orderCheck.noResult': 'No result of this patient for this item in the alliance: order the test.',
  'orderCheck.notRecognisable': 'The earlier result is not recognisable: order the test.',
  'orderCheck.considered': '{count} results checked',
  'orderCheck.why': 'Reasons',
  'orderCheck.explained': 'Explained to the patient',
  'orderCheck.explainedHint': 'When you re-test, you must explain why to the patient.',
  'orderCheck.adopt': 'Adopt this result',
  'orderCheck.decline': 'Do not adopt, re-test',
  'orderCheck.declineSubmit': 'Record the re-test',
  'orderCheck.busy': 'Recording…',
  'orderCheck.adopted': 'Adopted: no repeat test, the patient saves {price}.',
  'orderCheck.adoptedNoPrice': 'Adopted: no repeat test.',
  'orderCheck.declined': 'Recorded as not adopted: {reason}. Order the test as planned.',
  'orderCheck.summary': '{covered} of {total} recognisable · {decided} decided · {adopted} adopted',
  'orderCheck.saved': 'The patient saves',
  'orderCheck.potential': 'Adopting all would save {price}',
};
