-- 001: the durable message store (S1), the parties that may talk to us, the outbox and its
-- delivery log. Every inbound and outbound message is kept raw with its metadata.

-- A client authenticates as one party: an aanbieder (AGB, 8 digits), a gemeente (CBS, 4 digits), or
-- a hub (the GGk or VECOZO) that relays messages for many parties.
create table client (
  id            bigint generated always as identity primary key,
  party_kind    text not null check (party_kind in ('agb', 'gemeente', 'hub')),
  party_code    text not null check (
                  (party_kind = 'agb' and party_code ~ '^[0-9]{8}$') or
                  (party_kind = 'gemeente' and party_code ~ '^[0-9]{4}$') or
                  (party_kind = 'hub' and party_code ~ '^[a-z0-9-]{2,32}$')),
  label         text not null default '',
  -- sha256 of the API key; the key itself is shown once and never stored
  key_sha256    bytea not null unique,
  created_at    timestamptz not null default now(),
  disabled_at   timestamptz
);

-- How we deliver to a counterparty ('agb:12345678', or '*' for everyone without a row of its own).
-- Without any row, messages wait for the party to pull them.
create table kanaal (
  party         text primary key check (party = '*' or party ~ '^(agb:[0-9]{8}|gemeente:[0-9]{4})$'),
  channel       text not null check (channel in ('http', 'amqp', 'stuf', 'pull')),
  -- URL for http and stuf; routing key (queue) for amqp; none for pull
  endpoint      text check ((channel = 'pull') = (endpoint is null))
);

create table bericht (
  id              bigint generated always as identity primary key,
  direction       text not null check (direction in ('in', 'out')),
  channel         text not null check (channel in ('http', 'amqp', 'stuf', 'pull')),
  berichtcode     text,            -- 'JW315'; null when the input could not be recognised
  afzender        text,            -- as in the header (a retourbericht copies the heenbericht's)
  ontvanger       text,
  identificatie   text,            -- the message's own: for a retourbericht its IdentificatieRetour
  dagtekening     date,
  xsd_versie      text,
  -- in: the sending party ('agb:12345678'; for a message we could not read, the authenticated
  -- client's party); out: the receiving party
  party           text not null,
  client_id       bigint references client (id),
  sha256          bytea not null,
  raw             bytea not null,
  created_at      timestamptz not null default now(),   -- in: received (inbox commit); out: produced
  -- in: received -> processed, or rejected (CL1: never processed); out: queued -> sent
  state           text not null check (state in ('received', 'processed', 'rejected', 'queued', 'sent')),
  verdict         text check (verdict in ('ok', 'xsd', 'rules', 'header')),
  retourcodes     text[],
  errors          jsonb,           -- the check report's errors (rule, path, line, message; never a BSN)
  heen_id         bigint references bericht (id),   -- the heenbericht this message answers
  deadline        timestamptz,     -- in: when our answer is due
  -- Processing order: messages with the same order_prefix (gemeente|agb) are processed in arrival
  -- order per client (order_client = a hash of the BSN, only to compare: raw holds the BSN anyway;
  -- null = all clients of the prefix, e.g. a JW323 with many clients).
  order_prefix    text,
  order_client    text,
  stuf_referentienummer text,
  stuf_crossref   text,
  attempts        integer not null default 0,
  not_before      timestamptz,     -- in: after a processing error, when to try again
  processed_at    timestamptz,     -- in: processed; out: delivered or acknowledged
  last_error      text
);
-- No statistics on state: they describe whatever the inbox held at the last ANALYZE (often empty),
-- and on such numbers the planner drops the inbox indexes from the worker's claim and scans the
-- backlog once per candidate (measured: 600 ms per claim at 2,865 waiting messages; bench/pipeline.ts).
alter table bericht alter column state set statistics 0;
-- The same bytes from the same sender are the same message (resubmission is idempotent).
create unique index bericht_in_dedupe on bericht (party, sha256) where direction = 'in';
-- The inbox: what workers claim in id order, and the earlier messages each claim must wait for
-- (src/process/worker.ts): same client, a message for all clients, or any when it is one itself.
create index bericht_inbox on bericht (id) where direction = 'in' and state = 'received';
create index bericht_inbox_client on bericht (order_prefix, order_client, id) where direction = 'in' and state = 'received';
create index bericht_inbox_prefix on bericht (order_prefix, id) where direction = 'in' and state = 'received';
create index bericht_inbox_all_clients on bericht (order_prefix, id)
  where direction = 'in' and state = 'received' and order_client is null;
-- TR056: Identificatie unique per berichtsoort per sender.
create index bericht_identificatie on bericht (berichtcode, afzender, identificatie);
-- IV028: exactly one retourbericht per heenbericht, enforced by the database itself.
create unique index bericht_een_retour on bericht (heen_id)
  where direction = 'out' and berichtcode in ('JW306', 'JW308', 'JW316', 'JW318', 'JW325');
create index bericht_heen on bericht (heen_id);
create index bericht_party on bericht (party, id);

create table outbox (
  id              bigint generated always as identity primary key,
  bericht_id      bigint not null unique references bericht (id),
  party           text not null,
  channel         text not null check (channel in ('http', 'amqp', 'stuf', 'pull')),
  endpoint        text,
  state           text not null default 'pending' check (state in ('pending', 'delivered')),
  attempts        integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  lease_until     timestamptz,
  delivered_at    timestamptz,
  last_error      text
);
-- The dispatcher takes the oldest pending row per party (order per counterparty).
create index outbox_pending on outbox (party, id) where state = 'pending' and channel <> 'pull';
create index outbox_pull on outbox (party, id) where channel = 'pull';

create table delivery_log (
  id          bigint generated always as identity primary key,
  outbox_id   bigint not null references outbox (id),
  at          timestamptz not null default now(),
  attempt     integer not null,
  outcome     text not null check (outcome in ('delivered', 'error', 'acknowledged')),
  detail      text
);
create index delivery_log_outbox on delivery_log (outbox_id);

-- Our own BerichtIdentificatie: one sequence, so unique per berichtsoort for every sender (TR056).
-- nextval takes no row lock (workers never wait for each other here) and is not rolled back, so
-- gaps are normal. At most 12 characters (LDT_IdentificatieBericht) for the first 10^12 messages.
create sequence bericht_identificatie_seq;
