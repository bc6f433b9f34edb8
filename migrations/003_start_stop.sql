-- 003: start and stop of delivery (S5, S6) and two more verdicts.

-- 'ledger': rejected by a message-crossing rule in a client class (IV028: the whole message is
-- rejected, the retour names the class). 'partial': a JW323 of which some prestaties were rejected.
alter table bericht drop constraint bericht_verdict_check;
alter table bericht add constraint bericht_verdict_check
  check (verdict in ('ok', 'xsd', 'rules', 'header', 'ledger', 'partial'));

-- Every StartProduct received with StatusAanlevering 1, per (gemeente, provider, client). A later
-- StatusAanlevering 3 with the same key does not remove the row: it records the deleting message,
-- so the history of aanleveringen stays (TR063, TR074 and IV008 read it).
-- Key (IV096): ToewijzingNummer for inspannings-/outputgericht delivery, Product + Begindatum for
-- taakgericht (no ToewijzingNummer); the full key is ToewijzingNummer + Product + Begindatum.
create table start_product (
  id                      bigint generated always as identity primary key,
  gemeente                text not null check (gemeente ~ '^[0-9]{4}$'),
  agb                     text not null check (agb ~ '^[0-9]{8}$'),
  bsn                     text not null check (bsn ~ '^[0-9]{9}$'),
  toewijzingnummer        bigint,
  product_categorie       text,
  product_code            text,
  toewijzing_ingangsdatum date,
  begindatum              date not null,
  bericht_id              bigint not null references bericht (id),   -- the JW305 that delivered it
  verwijderd_door         bigint references bericht (id)             -- the JW305 whose status 3 deleted it
);
create index start_product_client on start_product (gemeente, agb, bsn);

-- Every StopProduct received with StatusAanlevering 1. Its key is the start's key plus
-- RedenBeeindiging and Einddatum (ijw-rules.md §9.1 K1).
create table stop_product (
  id                      bigint generated always as identity primary key,
  gemeente                text not null check (gemeente ~ '^[0-9]{4}$'),
  agb                     text not null check (agb ~ '^[0-9]{8}$'),
  bsn                     text not null check (bsn ~ '^[0-9]{9}$'),
  toewijzingnummer        bigint,
  product_categorie       text,
  product_code            text,
  toewijzing_ingangsdatum date,
  begindatum              date not null,
  reden_beeindiging       text not null,
  einddatum               date not null,
  bericht_id              bigint not null references bericht (id),   -- the JW307 that delivered it
  verwijderd_door         bigint references bericht (id)
);
create index stop_product_client on stop_product (gemeente, agb, bsn);
