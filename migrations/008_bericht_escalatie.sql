-- 008: an incoming message still unanswered shortly before its answer deadline (its processing keeps
-- failing) is escalated once by the termijnbewaker (src/process/terms/bewaker.ts).
alter table bericht add column geescaleerd_op timestamptz;
