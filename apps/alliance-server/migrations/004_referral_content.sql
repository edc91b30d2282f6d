-- The electronic signature made at submit (DOMAIN §3: the signing doctor, a digest of the signed form, the time,
-- and the provider's value when a hospital's CA signs), and the record numbers the receiving institution gives the
-- patient on arrival. The other new form content (main results, TCM diagnosis, the sender's record numbers, the
-- escort) lives in `details`, and the insurance card number in `patient`, both jsonb already.
ALTER TABLE referrals ADD COLUMN signature jsonb;
ALTER TABLE referrals ADD COLUMN receiving_record_numbers jsonb;
