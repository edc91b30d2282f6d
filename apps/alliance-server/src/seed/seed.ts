import { usccCheckChar } from '@yilian/domain';
import type { Queryable } from '../db/database.js';
import { forgetAllianceNeighbours } from '../stores/alliance-store.js';
import { seedActivities } from './activities.js';
import { PATIENT_ACCOUNTS, pastBatchActivities, practiceSites, seedBatches } from './dispatch.js';
import { seedConsultations } from './consultations.js';
import { seedIndicatorHistory } from './history.js';
import { ALLIANCES, CLINICIANS, DEPARTMENTS, INSTITUTIONS, departmentId } from './directory.js';
import { CATALOGUE, INSTITUTION_REGIONS, LISTS, REGIONS, prices, qualifications } from './recognition.js';

/** What a seed writes beyond the alliance of the current weeks. */
export interface SeedOptions {
  /** A few months of history before `now`'s month, for the indicators (the demo and the dashboard stories). */
  history?: boolean;
}

/**
 * Seeds the directory, the recognition list and a month of activities from `now`, and with `history` the months
 * before it. Idempotent: every row is inserted with ON CONFLICT DO NOTHING (the history checks for itself), so
 * seeding twice (or from two processes) leaves one copy.
 */
export async function seedAlliance(db: Queryable, now: Date, options: SeedOptions = {}): Promise<void> {
  for (const a of ALLIANCES) {
    await db.query(
      `INSERT INTO alliances (id, name_zh, name_en, kind, recognition_scope, established_on) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [a.id, a.nameZh, a.nameEn, a.kind, a.scope, a.establishedOn],
    );
  }
  for (const i of INSTITUTIONS) {
    await db.query(
      `INSERT INTO institutions (id, name_zh, name_en, uscc, level, type, region_code, region_name, phone)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [
        i.id,
        i.nameZh,
        i.nameEn,
        i.usccBody + usccCheckChar(i.usccBody),
        i.level,
        i.type,
        i.regionCode,
        i.regionName,
        i.phone ?? null,
      ],
    );
  }
  for (const r of REGIONS) {
    await db.query(
      `INSERT INTO recognition_regions (id, name_zh, name_zh_hant, name_en, level, parent_id, scope, direction, retest_reason_extensions)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [r.id, r.zh, r.zhHant, r.en, r.level, r.parentId, r.scope, r.direction, r.retestReasonExtensions],
    );
  }
  for (const [institutionId, regionId] of Object.entries(INSTITUTION_REGIONS)) {
    await db.query(
      'UPDATE institutions SET recognition_region_id = $2 WHERE id = $1 AND recognition_region_id IS NULL',
      [institutionId, regionId],
    );
  }
  for (const a of ALLIANCES) {
    for (const [role, ids] of [
      ['lead', a.leads],
      ['member', a.members],
    ] as const) {
      for (const institutionId of ids) {
        await db.query(
          'INSERT INTO alliance_members (alliance_id, institution_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
          [a.id, institutionId, role],
        );
      }
    }
  }
  // Memberships changed: the per-process neighbour cache must read them again.
  forgetAllianceNeighbours();
  for (const d of DEPARTMENTS) {
    await db.query(
      'INSERT INTO departments (id, institution_id, code, name_zh, name_en) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
      [d.id, d.institutionId, d.code, d.nameZh, d.nameEn],
    );
  }
  for (const c of CLINICIANS) {
    await db.query(
      `INSERT INTO clinicians (id, name, institution_id, department_id, title, specialties, is_expert, bio)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [
        c.id,
        c.name,
        c.institutionId,
        c.departmentCode ? departmentId(c.institutionId, c.departmentCode) : null,
        c.title,
        c.specialties,
        c.isExpert,
        c.bio ?? null,
      ],
    );
  }
  for (const l of LISTS) {
    await db.query(
      `INSERT INTO recognition_lists (id, region_id, type, name_zh, name_zh_hant, name_en) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [l.id, l.regionId, l.type, l.zh, l.zhHant, l.en],
    );
  }
  for (const item of CATALOGUE) {
    await db.query(
      `INSERT INTO catalogue_items (code, kind, name_zh, name_zh_hant, name_en, abbreviation, category, loinc, validity_days, scope, list_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING`,
      [
        item.code,
        item.kind,
        item.zh,
        item.zhHant,
        item.en,
        item.abbreviation,
        item.category,
        item.loinc ?? null,
        item.days,
        item.scope,
        item.listId,
      ],
    );
  }
  // One statement for the whole price table (hundreds of rows), so a story's reset stays fast.
  const priced = prices(INSTITUTIONS);
  await db.query(
    `INSERT INTO item_prices (item_code, institution_id, price_fen)
     SELECT * FROM unnest($1::text[], $2::text[], $3::integer[]) ON CONFLICT DO NOTHING`,
    [priced.map((p) => p.itemCode), priced.map((p) => p.institutionId), priced.map((p) => p.priceFen)],
  );
  for (const q of qualifications()) {
    await db.query(
      `INSERT INTO qualifications (institution_id, item_code, scope, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [q.institutionId, q.itemCode, q.scope, q.validFrom, q.validTo ?? null],
    );
  }
  for (const site of practiceSites(CLINICIANS)) {
    await db.query(
      `INSERT INTO practice_sites (clinician_id, institution_id, kind, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [site.clinicianId, site.institutionId, site.kind, site.validFrom, site.validTo ?? null],
    );
  }
  for (const b of seedBatches(now)) {
    await db.query(
      `INSERT INTO dispatch_batches (id, alliance_id, sequence, title, purpose, sending_institution_id,
         host_institution_id, start_date, end_date, expert_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
      [
        b.id,
        b.allianceId,
        b.sequence,
        b.title,
        b.purpose,
        b.sendingInstitutionId,
        b.hostInstitutionId,
        b.startDate,
        b.endDate,
        b.expertIds,
      ],
    );
  }
  for (const p of PATIENT_ACCOUNTS) {
    await db.query(
      'INSERT INTO patient_accounts (id, institution_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [p.id, p.institutionId, now],
    );
  }
  for (const a of [...pastBatchActivities(now), ...seedActivities(now)]) {
    await db.query(
      `INSERT INTO activities (id, kind, title, expert_ids, host_institution_id, department_id, place, video_url, starts_at, ends_at, bookable, batch_id, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING`,
      [
        a.id,
        a.kind,
        a.title,
        a.expertIds,
        a.hostInstitutionId,
        a.departmentId ?? null,
        a.place ?? null,
        a.videoUrl ?? null,
        a.startsAt,
        a.endsAt,
        a.bookable,
        a.batchId ?? null,
        a.status ?? 'scheduled',
      ],
    );
    for (const s of a.slots) {
      await db.query(
        `INSERT INTO slots (id, activity_id, starts_at, ends_at, capacity, expert_id, department_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [
          s.id,
          a.id,
          s.startsAt,
          s.endsAt,
          s.capacity,
          s.expertId ?? a.expertIds[0] ?? null,
          s.departmentId ?? a.departmentId ?? null,
        ],
      );
    }
  }
  await seedConsultations(db, now);
  if (options.history) {
    await seedIndicatorHistory(db, now);
  }
}
