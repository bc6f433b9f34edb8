-- 002: the first part of the allocation ledger (S2): toewijzingen with every version the
-- municipality established, and the client data it sends with them (JW301).

-- ToewijzingNummer: one sequence for all gemeenten served, so unique within each gemeente and never
-- reused, also not after a deletion (TR332, OP275).
create sequence toewijzingnummer_seq;

-- The client as the municipality sends it in a JW301 (Client without ToegewezenProducten), per gemeente.
create table client_gegevens (
  gemeente      text not null check (gemeente ~ '^[0-9]{4}$'),
  bsn           text not null check (bsn ~ '^[0-9]{9}$'),
  gegevens      jsonb not null,
  bijgewerkt_op timestamptz not null default now(),
  primary key (gemeente, bsn)
);

create table toewijzing (
  id                bigint generated always as identity primary key,
  gemeente          text not null check (gemeente ~ '^[0-9]{4}$'),
  toewijzingnummer  bigint not null,
  agb               text not null check (agb ~ '^[0-9]{8}$'),
  bsn               text not null check (bsn ~ '^[0-9]{9}$'),
  created_at        timestamptz not null default now(),
  unique (gemeente, toewijzingnummer)
);
create index toewijzing_client on toewijzing (gemeente, agb, bsn);

-- Every version of a toewijzing. The current one is the latest by vastgesteld_op (Toewijzingsdatum +
-- Toewijzingstijd, IV013, OP033x1) among those not rejected by the provider's JW302 (OP286).
create table toewijzing_versie (
  id                   bigint generated always as identity primary key,
  toewijzing_id        bigint not null references toewijzing (id),
  vastgesteld_op       timestamptz not null,
  product_categorie    text,
  product_code         text,
  ingangsdatum         date not null,
  einddatum            date,
  reden_wijziging      text,
  omvang               jsonb,            -- {Volume, Eenheid, Frequentie}
  budget               bigint,           -- eurocent
  referentie_aanbieder text,
  commentaar           text,
  -- the provider agreed to this change, where the rules ask for it (OP033x1, OP186, OP298, OP299)
  instemming_aanbieder boolean not null default false,
  status               text not null default 'verzonden' check (status in ('verzonden', 'afgekeurd')),
  bericht_id           bigint references bericht (id),   -- the JW301 that first carried this version
  created_at           timestamptz not null default now(),
  check (einddatum is null or einddatum >= ingangsdatum)
);
create index toewijzing_versie_huidig on toewijzing_versie (toewijzing_id, vastgesteld_op desc, id desc);
