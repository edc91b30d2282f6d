-- Result recognition is keyed to regions, not alliances (DOMAIN §5): an institution recognises results marked 全国 or
-- marked with one of its own regions, in a hierarchy 全国 ⊃ cross-region compact (京津冀) ⊃ province ⊃ city. Each
-- region may configure its direction rule and its regional re-test reasons; NULL inherits from the parent.
CREATE TABLE recognition_regions (
  id text PRIMARY KEY,
  name_zh text NOT NULL,
  name_zh_hant text,
  name_en text,
  level text NOT NULL CHECK (level IN ('national', 'compact', 'province', 'city')),
  parent_id text REFERENCES recognition_regions (id),
  scope text NOT NULL UNIQUE,
  direction text CHECK (direction IN ('mutual', 'lower_recognises_higher')),
  retest_reason_extensions text[] NOT NULL DEFAULT '{}',
  CHECK ((level = 'national') = (parent_id IS NULL))
);

ALTER TABLE institutions ADD COLUMN recognition_region_id text REFERENCES recognition_regions (id);

-- A list is a region's recognition (HR) or sharing (GX) list; an item row belongs to one list. No national day
-- counts exist, so a window is stored only where one is sourced.
CREATE TABLE recognition_lists (
  id text PRIMARY KEY,
  region_id text NOT NULL REFERENCES recognition_regions (id),
  type text NOT NULL CHECK (type IN ('recognition', 'sharing')),
  name_zh text NOT NULL,
  name_zh_hant text,
  name_en text,
  UNIQUE (region_id, type)
);
ALTER TABLE catalogue_items ADD COLUMN list_id text REFERENCES recognition_lists (id);
ALTER TABLE catalogue_items ADD COLUMN name_zh_hant text;
ALTER TABLE catalogue_items ALTER COLUMN validity_days DROP NOT NULL;

-- The price of an item at an institution (分): what adopting an earlier result saves the patient.
CREATE TABLE item_prices (
  item_code text NOT NULL,
  institution_id text NOT NULL REFERENCES institutions (id),
  price_fen integer NOT NULL CHECK (price_fen >= 0),
  PRIMARY KEY (item_code, institution_id)
);

-- What is recognised of an examination is its images, not the radiologist's conclusion: the study reference.
ALTER TABLE results ADD COLUMN study jsonb;
ALTER TABLE results ADD COLUMN impression text;

-- 采纳/不采纳: every decision on a recognisable result, with the price at the deciding institution at the time,
-- so the recognition rate and the savings are computed from the records (never typed in).
CREATE TABLE adoption_decisions (
  id text PRIMARY KEY,
  result_id text NOT NULL REFERENCES results (id),
  item_code text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('adopted', 'not_adopted')),
  reason text,
  reason_text text,
  explained_to_patient boolean NOT NULL,
  check_decision text NOT NULL CHECK (check_decision IN ('recognized', 'shared')),
  hr_mark text,
  department_code text NOT NULL,
  institution_id text NOT NULL REFERENCES institutions (id),
  price_fen integer CHECK (price_fen >= 0),
  decided_at timestamptz NOT NULL,
  decided_by jsonb NOT NULL,
  CHECK ((outcome = 'adopted') = (reason IS NULL))
);
CREATE INDEX adoption_decisions_month ON adoption_decisions (decided_at, institution_id);

ALTER TABLE audit_events DROP CONSTRAINT audit_events_resource_type_check;
ALTER TABLE audit_events
  ADD CONSTRAINT audit_events_resource_type_check CHECK (resource_type IN ('referral', 'appointment', 'result'));
