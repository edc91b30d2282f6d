import { describe, expect, it } from 'vitest';
import { QUEUE_TICKET_STATUSES, checkTicketClose, isOpenTicket } from './queue.js';

describe('义诊 queue tickets', () => {
  it('close once: a called ticket as seen or left, a waiting one only as left', () => {
    expect(checkTicketClose('called', 'seen')).toEqual({ ok: true });
    expect(checkTicketClose('called', 'left')).toEqual({ ok: true });
    expect(checkTicketClose('waiting', 'left')).toEqual({ ok: true });
    expect(checkTicketClose('waiting', 'seen')).toEqual({ ok: false, problem: 'invalid_transition' });
    for (const closed of ['seen', 'left'] as const) {
      expect(isOpenTicket(closed)).toBe(false);
      expect(checkTicketClose(closed, 'left').ok).toBe(false);
    }
    expect(QUEUE_TICKET_STATUSES.filter(isOpenTicket)).toEqual(['waiting', 'called']);
  });
});
