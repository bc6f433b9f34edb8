-- 006: the termijnbewaker (src/process/terms/bewaker.ts) marks a request it escalated, once, when
-- its 8-week final-answer deadline nears without a decision.
alter table verzoek add column geescaleerd_op timestamptz;
