-- 010: a VOT product's own deadline for a rejection on the woonplaatsbeginsel (RedenAfwijzingVerzoek
-- 8 with the responsible gemeente): 2 weeks after receipt (OP359; src/process/terms/deadlines.ts).
-- Set at receipt; after it, /verzoeken refuses reden 8, so such a rejection is never late. Null for a VOW
-- (reden 8 is for a VOT only).
alter table verzoek add column woonplaats_uiterlijk timestamptz;
-- Requests received before this migration: 14 days after receipt, to the end of that Amsterdam day
-- (the Algemene termijnenwet shift to a working day is left out: earlier, never later).
update verzoek set woonplaats_uiterlijk = (((ontvangen_op at time zone 'Europe/Amsterdam')::date + 15)::timestamp at time zone 'Europe/Amsterdam') - interval '1 microsecond'
where soort = 'vot';
