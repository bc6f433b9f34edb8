-- 009: the totals of toewijzing_gebruik (004) are brought up to date after a declaration's judgement
-- has committed, not inside it (src/ledger/gebruik.ts): a declaration of 10,000 prestaties on as many
-- toewijzingen then answers without the upsert of 10,000 rows on its way. Until a declaration is
-- folded in, every reader adds its approved prestaties to the totals in the same statement, so what
-- the rules read is the same before and after.
--
-- Declarations recorded before this migration are in the totals already, hence true for them.
alter table declaratie add column gebruik_bijgewerkt boolean not null default true;
alter table declaratie alter column gebruik_bijgewerkt set default false;
create index declaratie_ongevouwen on declaratie (gemeente, id) where not gebruik_bijgewerkt and uitkomst = 'verwerkt';
-- a declaration's prestaties: folding them in, and reading them while they are not yet
create index prestatie_declaratie on prestatie (declaratie_id);
