// Test support for the alliance indicators (#17): plays referral histories through the HTTP API on a clock the test
// moves, and counts the referral indicators again from what the API says happened (each referral and its audit
// timeline), independently of the server's SQL.
import type { components } from '@yilian/contract';
import { expect } from 'vitest';
import type { TestServer } from './harness.js';
import { examplePatient } from './harness.js';

type Schemas = components['schemas'];
type Referral = Schemas['Referral'];
type TimelineEvent = Schemas['TimelineEvent'];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Thrown by a step when the referral was no longer where the story expected it. */
class StoryEnded extends Error {}

/** One referral's history: when it is submitted, how (and whether) it is answered, and what follows. */
export interface ReferralStory {
  direction: 'up' | 'down';
  urgency: 'routine' | 'urgent' | 'green_channel';
  submitAt: Date;
  /** Created as a draft this long before its submission (minutes); submitted at once when absent. */
  draftMinutesBefore?: number;
  answer?: {
    afterMinutes: number;
    command: 'accept' | 'reject' | 'return_for_info';
    /** After a return: resubmitted this many minutes later, then accepted the same many minutes after that. */
    resubmitAfterMinutes?: number;
  };
  /** What happens after an accept; `cancel` may also follow a submission that is never answered. */
  then?: 'close' | 'cancel' | 'no_show' | 'reported';
}

/** A scripted autumn between 沧州 and 协和: every outcome, both directions, a green channel, a month boundary. */
export const AUTUMN_STORIES: readonly ReferralStory[] = [
  {
    direction: 'up',
    urgency: 'urgent',
    submitAt: new Date('2026-10-30T23:50:00+08:00'),
    answer: { afterMinutes: 95, command: 'accept' },
    then: 'close',
  },
  {
    direction: 'up',
    urgency: 'routine',
    submitAt: new Date('2026-11-02T09:00:00+08:00'),
    answer: { afterMinutes: 600, command: 'reject' },
  },
  {
    direction: 'up',
    urgency: 'green_channel',
    submitAt: new Date('2026-11-03T10:00:00+08:00'),
    answer: { afterMinutes: 8, command: 'accept' },
    then: 'reported',
  },
  {
    direction: 'up',
    urgency: 'routine',
    submitAt: new Date('2026-11-04T10:00:00+08:00'),
    draftMinutesBefore: 120,
    answer: { afterMinutes: 30, command: 'return_for_info', resubmitAfterMinutes: 60 },
    then: 'no_show',
  },
  {
    direction: 'down',
    urgency: 'routine',
    submitAt: new Date('2026-11-05T15:00:00+08:00'),
    answer: { afterMinutes: 1500, command: 'accept' },
    then: 'close',
  },
  { direction: 'up', urgency: 'routine', submitAt: new Date('2026-11-06T08:00:00+08:00'), then: 'cancel' },
  { direction: 'up', urgency: 'routine', submitAt: new Date('2026-11-07T08:00:00+08:00') },
  {
    direction: 'up',
    urgency: 'green_channel',
    submitAt: new Date('2026-11-10T08:00:00+08:00'),
    answer: { afterMinutes: 40, command: 'accept' },
    then: 'cancel',
  },
];

const REJECT_REASONS = ['no_capacity', 'outside_scope', 'not_indicated'] as const;
const CANCEL_REASONS = ['patient_declined', 'condition_improved'] as const;

function consent(recordedBy: string, at: Date) {
  return { purpose: 'referral_transfer', grantedAt: at.toISOString(), recordedBy, method: 'written' };
}

function form(story: ReferralStory, submit: boolean, at: Date) {
  const green =
    story.urgency === 'green_channel'
      ? {
          greenChannelCategory: 'stroke',
          escort: { escortedBy: '李护士', escortRole: 'nurse', transport: 'ambulance_with_doctor' },
        }
      : {};
  if (story.direction === 'up') {
    return {
      direction: 'up',
      urgency: story.urgency,
      ...green,
      sendingInstitutionId: 'ins_cangzhou_central',
      sendingDepartmentId: 'dep_cz_neurology',
      receivingInstitutionId: 'ins_pumch',
      receivingDepartmentId: 'dep_pumch_neurology',
      patient: examplePatient(),
      diagnosis: { code: 'I63.900', text: '脑梗死' },
      reason: '急性脑梗死，需进一步评估取栓指征。',
      clinicalSummary: '发病4小时，NIHSS 8分，已完成头颅CT。',
      consent: consent('cln_cz_neuro_wang', at),
      submit,
    };
  }
  return {
    direction: 'down',
    urgency: story.urgency,
    ...green,
    sendingInstitutionId: 'ins_pumch',
    sendingDepartmentId: 'dep_pumch_neurology',
    receivingInstitutionId: 'ins_cangzhou_central',
    receivingDepartmentId: 'dep_cz_rehab',
    patient: examplePatient(),
    diagnosis: { code: 'I63.900', text: '脑梗死' },
    reason: '脑梗死恢复期，病情稳定，转社区康复。',
    clinicalSummary: '住院10天，溶栓后神经功能明显改善，NIHSS 2分出院。',
    mainResults: '头颅MRI示左侧基底节区急性梗死灶。',
    rehabPlan: '每日康复训练，两周后复查。',
    medications: '阿司匹林 100mg qd',
    followUpDates: ['2026-12-07'],
    consent: consent('cln_pumch_neuro_zhang', at),
    submit,
  };
}

/**
 * Plays one story through the API, moving the server's clock to each step, and returns the referral's id. The
 * sending doctor writes and closes; the receiving side's doctor (up) or coordinator (down) answers and treats.
 */
export async function playReferralStory(
  server: TestServer,
  story: ReferralStory,
  index: number,
): Promise<string> {
  const sender = story.direction === 'up' ? 'cln_cz_neuro_wang' : 'cln_pumch_neuro_zhang';
  const receiver = story.direction === 'up' ? 'cln_pumch_neuro_zhang' : 'cln_cz_coord_liu';
  const department = story.direction === 'up' ? 'dep_pumch_neurology' : 'dep_cz_rehab';
  const at = (ms: number) => server.clock.set(new Date(ms));
  let referral: { id: string; version: number };
  const step = async (clinicianId: string, body: Record<string, unknown>) => {
    const res = await server.call<Referral>('transitionReferral', {
      token: await server.tokenFor(clinicianId),
      path: { referralId: referral.id },
      headers: { 'If-Match': `"${referral.version}"` },
      body,
    });
    const code = (res.body as { code?: string }).code;
    // The server's clock may have moved the referral on first (a routine or urgent referral left unanswered past
    // its window expires): the story ends there, and the oracle counts what the records say happened.
    if (res.status === 412 && code === 'version_conflict') {
      throw new StoryEnded();
    }
    expect(res.status, `${String(body.command)}: ${JSON.stringify(res.body)}`).toBe(200);
    referral = res.body;
  };
  const submitMs = story.submitAt.getTime();
  const draft = story.draftMinutesBefore !== undefined;
  at(draft ? submitMs - story.draftMinutesBefore! * MINUTE : submitMs);
  const created = await server.call<Referral>('createReferral', {
    token: await server.tokenFor(sender),
    body: form(story, !draft, server.clock()),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  referral = created.body;
  try {
    await continueStory();
  } catch (error) {
    if (!(error instanceof StoryEnded)) {
      throw error;
    }
  }
  return referral.id;

  async function continueStory() {
    if (draft) {
      at(submitMs);
      await step(sender, { command: 'submit' });
    }
    let acceptedAt: number | undefined;
    const accept = async (ms: number) => {
      at(ms);
      await step(receiver, {
        command: 'accept',
        appointment: { departmentId: department, scheduledAt: new Date(ms + HOUR).toISOString() },
      });
      acceptedAt = ms;
    };
    if (story.answer) {
      const answerMs = submitMs + story.answer.afterMinutes * MINUTE;
      switch (story.answer.command) {
        case 'accept':
          await accept(answerMs);
          break;
        case 'reject':
          at(answerMs);
          await step(receiver, {
            command: 'reject',
            // A green-channel referral is rejected only for want of capability, naming an alternative (DOMAIN §3).
            ...(story.urgency === 'green_channel'
              ? { reasonCode: 'no_capability', alternativeInstitutionId: 'ins_tiantan' }
              : { reasonCode: REJECT_REASONS[index % REJECT_REASONS.length] }),
            reasonText: '本周床位已满。',
          });
          break;
        case 'return_for_info': {
          at(answerMs);
          await step(receiver, { command: 'return_for_info', note: '请补充近三天的头颅CT报告。' });
          const again = story.answer.resubmitAfterMinutes;
          if (again !== undefined) {
            at(answerMs + again * MINUTE);
            await step(sender, { command: 'resubmit' });
            await accept(answerMs + 2 * again * MINUTE);
          }
          break;
        }
        default:
          story.answer.command satisfies never;
      }
    }
    const submittedOrAccepted = referral.version > 0 && (acceptedAt !== undefined || !story.answer);
    if (story.then === 'cancel' && submittedOrAccepted) {
      at((acceptedAt ?? submitMs) + 10 * MINUTE);
      await step(sender, {
        command: 'cancel',
        reasonCode: CANCEL_REASONS[index % CANCEL_REASONS.length],
        reasonText: '患者要求。',
      });
    } else if (acceptedAt !== undefined && story.then === 'no_show') {
      at(acceptedAt + 2 * HOUR);
      await step(story.direction === 'up' ? 'cln_pumch_coord_sun' : 'cln_cz_coord_liu', {
        command: 'mark_no_show',
      });
    } else if (acceptedAt !== undefined && (story.then === 'close' || story.then === 'reported')) {
      at(acceptedAt + 2 * HOUR);
      await step(receiver, { command: 'record_arrival', arrivedAt: server.clock().toISOString() });
      await step(receiver, { command: 'start_treatment', setting: 'outpatient' });
      at(acceptedAt + 26 * HOUR);
      await step(receiver, {
        command: 'report',
        report: { diagnosis: { text: '脑梗死' }, treatment: '对症治疗。', advice: '继续康复。' },
      });
      if (story.then === 'close') {
        at(acceptedAt + 50 * HOUR);
        await step(sender, { command: 'close', note: '已随访。' });
      }
    }
  }
}

/** PostgreSQL's `percentile_cont`: linear interpolation between the two nearest of the sorted values. */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/** A referral as the API shows it, with its audit timeline: the raw record the oracle counts from. */
export interface ReferralRecord {
  referral: Referral;
  timeline: TimelineEvent[];
}

/** Reads back each referral and its timeline as the sending side sees them. */
export async function readReferralRecords(
  server: TestServer,
  ids: readonly string[],
): Promise<ReferralRecord[]> {
  const records: ReferralRecord[] = [];
  for (const id of ids) {
    const referral = await server.call<Referral>('getReferral', {
      token: await server.tokenFor('cln_pumch_coord_sun'),
      path: { referralId: id },
    });
    const timeline = await server.call<Schemas['Timeline']>('getReferralTimeline', {
      token: await server.tokenFor('cln_pumch_coord_sun'),
      path: { referralId: id },
    });
    records.push({ referral: referral.body, timeline: timeline.body.items });
  }
  return records;
}

const HISTOGRAM = [15, 60, 120, 240, 480, 1440, 2880, null] as const;
const TERMINAL = new Set(['closed', 'rejected', 'cancelled', 'no_show', 'expired']);
const shanghaiMonth = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 7);

/**
 * The referral indicators of `[from, to)`, counted here from the records as DOMAIN §5b and the contract define
 * them: a referral counts in the period of its first submission; answer = the first accept, reject or return.
 */
export function expectedReferralIndicators(
  records: readonly ReferralRecord[],
  from: Date,
  to: Date,
): { figures: Schemas['ReferralIndicators']; months: Map<string, { up: number; down: number }> } {
  const cohort = records.flatMap(({ referral, timeline }) => {
    const first = timeline.find(
      (e) => e.toStatus === 'submitted' && (e.action === 'create' || e.action === 'submit'),
    );
    if (!first) {
      return [];
    }
    const submitted = Date.parse(first.at);
    if (submitted < from.getTime() || submitted >= to.getTime()) {
      return [];
    }
    const firstOf = (actions: readonly string[]) => {
      const found = timeline.find((e) => actions.includes(e.action));
      return found ? Date.parse(found.at) : undefined;
    };
    return [
      {
        referral,
        submitted,
        answer: firstOf(['accept', 'reject', 'return_for_info']),
        accepted: firstOf(['accept']),
        escalated: timeline.some((e) => e.action === 'escalate'),
        returned: timeline.some((e) => e.action === 'return_for_info'),
      },
    ];
  });
  const answerMinutes = cohort.flatMap((c) =>
    c.answer === undefined ? [] : [(c.answer - c.submitted) / MINUTE],
  );
  const green = cohort.filter((c) => c.referral.urgency === 'green_channel');
  const greenAccept = green.flatMap((c) =>
    c.accepted === undefined ? [] : [(c.accepted - c.submitted) / MINUTE],
  );
  const up = cohort.filter((c) => c.referral.direction === 'up').length;
  const down = cohort.filter((c) => c.referral.direction === 'down').length;
  const eligible = cohort.filter((c) => TERMINAL.has(c.referral.status)).length;
  const closed = cohort.filter((c) => c.referral.status === 'closed').length;
  const outcomes = new Map<
    string,
    { outcome: Schemas['IndicatorOutcome']; reason: string | null; count: number }
  >();
  const add = (outcome: Schemas['IndicatorOutcome'], reason: string | null) => {
    const key = `${outcome}/${reason}`;
    const entry = outcomes.get(key) ?? { outcome, reason, count: 0 };
    entry.count += 1;
    outcomes.set(key, entry);
  };
  for (const c of cohort) {
    const status = c.referral.status;
    if (status === 'rejected') {
      add('rejected', c.referral.rejection?.code ?? null);
    } else if (status === 'cancelled') {
      add('cancelled', c.referral.cancellation?.code ?? null);
    } else if (status === 'expired' || status === 'no_show') {
      add(status, null);
    }
    if (c.returned) {
      add('returned_for_info', null);
    }
  }
  const order = ['rejected', 'expired', 'returned_for_info', 'cancelled', 'no_show'];
  const months = new Map<string, { up: number; down: number }>();
  for (const c of cohort) {
    const month = shanghaiMonth(c.submitted);
    const entry = months.get(month) ?? { up: 0, down: 0 };
    entry[c.referral.direction] += 1;
    months.set(month, entry);
  }
  return {
    figures: {
      up,
      down,
      downRate: up === 0 ? null : down / up,
      answerTime: {
        answered: answerMinutes.length,
        medianMinutes: percentileCont(answerMinutes, 0.5),
        p90Minutes: percentileCont(answerMinutes, 0.9),
        histogram: HISTOGRAM.map((bound, i) => {
          const lower = i === 0 ? -Infinity : HISTOGRAM[i - 1]!;
          return {
            upToMinutes: bound,
            count: answerMinutes.filter((m) => m > lower && (bound === null || m <= bound)).length,
          };
        }),
      },
      closedLoop: { eligible, closed, rate: eligible === 0 ? null : closed / eligible },
      greenChannel: {
        count: green.length,
        acceptMedianMinutes: percentileCont(greenAccept, 0.5),
        overdue: green.filter((c) => c.escalated).length,
      },
      outcomes: [...outcomes.values()].sort(
        (a, b) =>
          order.indexOf(a.outcome) - order.indexOf(b.outcome) ||
          (a.reason ?? '').localeCompare(b.reason ?? ''),
      ),
    },
    months,
  };
}
