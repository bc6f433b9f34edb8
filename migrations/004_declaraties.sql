-- 004: declarations (S7) and their prestaties (S8), as the JW325 judged them (src/ledger/declaratie.ts).

-- One row per JW323 that reached the ledger rules (a CL2 or header rejection leaves none: it was not
-- processed, IV087). 'verwerkt': judged per prestatie (all or some approved); 'niet_verzonden':
-- rejected on the Declaratie class (TR333, TR318), which counts as not sent (IV087). Only processed
-- declarations count for TR333 and TR318 (ijw-rules.md §9.1 N1, D1).
create table declaratie (
  id                      bigint generated always as identity primary key,
  gemeente                text not null check (gemeente ~ '^[0-9]{4}$'),
  agb                     text not null check (agb ~ '^[0-9]{8}$'),
  declaratienummer        text not null,
  bericht_id              bigint not null unique references bericht (id),   -- the JW323
  -- its BerichtIdentificatie and XsdVersie, which the JW325 repeats (TR337, TR371)
  identificatie           text not null,
  dagtekening             date not null,
  xsd_versie              text not null,                                    -- 'basisschema/bericht'
  periode_begin           date not null,
  periode_eind            date not null,
  declaratie_dagtekening  date not null,
  -- eurocent, signed: debit +, credit −
  totaal_ingediend        bigint not null,
  totaal_toegekend        bigint not null,
  uitkomst                text not null check (uitkomst in ('verwerkt', 'niet_verzonden')),
  retourcodes             text[] not null,                                  -- of the DeclaratieAntwoord
  -- checks that could not run, e.g. TR418 where the region file has no contract tariff
  notities                jsonb,
  -- the JW325's own Identificatie (its bericht row is the one with heen_id = bericht_id); null only
  -- for a declaration recorded without an answer (the stage's apply, not used by the pipeline)
  jw325_identificatie     text,
  created_at              timestamptz not null default now()
);
-- TR333: DeclaratieNummer unique per provider in the domain, over processed declarations.
create unique index declaratie_nummer on declaratie (agb, declaratienummer) where uitkomst = 'verwerkt';
-- TR318: the latest processed DeclaratiePeriode of a provider to a gemeente.
create index declaratie_periode on declaratie (gemeente, agb, periode_begin) where uitkomst = 'verwerkt';

-- Every prestatie of a processed declaration, approved (toegekend) or rejected with its codes.
-- Only approved ones are registered for the rules (TR314, TR322, TR323, TR369, TR389, TR390, TR385):
-- a rejected prestatie's ReferentieNummer may be sent again (ijw-rules.md §9.1 N1) and it can never be
-- credited (IV085).
-- A JW323 may carry 10,000 prestaties, written in one statement inside the answer's transaction, so
-- every per-row cost counts (bench/pipeline.ts; measured on 10,000 rows: foreign-key triggers about
-- 40 ms, a regex check 15 ms, each index 15–40 ms). Hence: no foreign key (declaratie_id is written
-- by src/ledger/declaratie.ts only, in the same transaction as its declaratie), no primary-key index (rows are found by their two lookups below, never by id; a credit is named by
-- its ReferentieNummer, unique per provider among approved prestaties), and
-- only the two indexes the rules read by.
create table prestatie (
  id                      bigint generated always as identity,
  declaratie_id           bigint not null,                                  -- declaratie (id)
  gemeente                text not null,
  agb                     text not null,
  referentienummer        text not null,
  vorig_referentienummer  text,
  bsn                     text not null,                                    -- from the XSD-valid JW323
  toewijzingnummer        bigint not null,
  product_categorie       text not null,
  product_code            text not null,
  begindatum              date not null,
  einddatum               date not null,
  geleverd_volume         bigint not null,
  eenheid                 text not null,
  product_tarief          bigint,
  debet_credit            text not null check (debet_credit in ('D', 'C')),
  ingediend_bedrag        bigint not null,                                  -- eurocent, signed: D +, C −
  toegekend               boolean not null,
  retourcodes             text[],                                           -- why it was rejected
  -- the ReferentieNummer of the approved credit prestatie (same provider) that credited this approved
  -- debit (OP360: at most one)
  gecrediteerd_door       text
);
-- TR314: ReferentieNummer unique per provider in the domain, over approved prestaties; TR323, TR390.
create unique index prestatie_referentie on prestatie (agb, referentienummer) where toegekend;
-- TR389: the approved prestaties of a provider in the months a declaration declares (a range of
-- begindatum), whatever the size of the history.
create index prestatie_maand on prestatie (gemeente, agb, begindatum) where toegekend;

-- What the approved, not credited debits used of each toewijzing, per eenheid (TR322, TR369) and how
-- many there are (TR385), kept up to date by the judgement of every declaration (src/ledger/declaratie.ts):
-- a declaration reads its toewijzingen's totals here instead of summing their whole history.
create table toewijzing_gebruik (
  gemeente          text not null,
  toewijzingnummer  bigint not null,
  eenheid           text not null,
  volume            bigint not null,
  bedrag            bigint not null,                                        -- eurocent
  debets            integer not null,
  primary key (gemeente, toewijzingnummer, eenheid)
) with (fillfactor = 80);                                                   -- room for in-place updates
