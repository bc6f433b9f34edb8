-- 005: requests (S3) and our answers to them (S4): every VOT product (JW315 AangevraagdProduct) and
-- every VOW (JW317 Verzoek) received in an accepted message, its status and answer deadlines, and
-- every JW319 Antwoordbericht we sent with the provider's verdict on it (JW320).

-- One row per ReferentieAanbieder: a VOT may be decided per product (OP344), so each
-- AangevraagdProduct is a request of its own; a VOW is one request for the whole Verzoek.
-- Only accepted messages are registered (ijw-rules.md §9.1 N1): a rejected VOT/VOW was "not sent"
-- (OP286), so its ReferentieAanbieder stays free.
create table verzoek (
  id                      bigint generated always as identity primary key,
  gemeente                text not null check (gemeente ~ '^[0-9]{4}$'),
  agb                     text not null check (agb ~ '^[0-9]{8}$'),
  bsn                     text not null check (bsn ~ '^[0-9]{9}$'),
  referentie_aanbieder    text not null,
  soort                   text not null check (soort in ('vot', 'vow')),
  bericht_id              bigint not null references bericht (id),   -- the JW315/JW317 that carried it
  dagtekening             date not null,                             -- the request's Dagtekening (8-week anchor)
  ontvangen_op            timestamptz not null,                      -- when the request was accepted (5-working-day anchor)
  inhoud                  jsonb not null,                            -- the AangevraagdProduct (vot) or the Verzoek (vow)
  -- open: no answer yet; in_onderzoek: JW319 VerzoekAntwoord 2 sent; toegewezen: a JW301 honoured it;
  -- afgewezen: JW319 VerzoekAntwoord 1 sent. Pending (TR374) = open or in_onderzoek.
  status                  text not null default 'open' check (status in ('open', 'in_onderzoek', 'toegewezen', 'afgewezen')),
  antwoord_uiterlijk      timestamptz not null,                      -- JW301 or JW319 within 5 working days (OP274, OP346)
  eindantwoord_uiterlijk  timestamptz not null,                      -- final answer within 8 weeks of the Dagtekening (OP274, OP346)
  toegewezen_bericht_id   bigint references bericht (id),            -- the JW301 that honoured it (TR359, TR379)
  decided_at              timestamptz,                               -- when the final answer (JW301, JW319 VA 1) was given
  created_at              timestamptz not null default now(),
  -- TR347/OP361: a ReferentieAanbieder is unique for the provider within the Jeugdwet domain. The rule
  -- rejects a reuse; this index also catches two messages judged at the same moment by two workers.
  unique (agb, referentie_aanbieder)
);
-- TR374 and the backoffice: the pending requests of a client at a provider, and of a gemeente by deadline.
create index verzoek_onderhanden on verzoek (gemeente, agb, bsn) where status in ('open', 'in_onderzoek');
create index verzoek_termijn on verzoek (gemeente, antwoord_uiterlijk) where status in ('open', 'in_onderzoek');
create index verzoek_toegewezen_bericht on verzoek (toegewezen_bericht_id) where toegewezen_bericht_id is not null;

-- Every JW319 we sent. A JW320 with any code but 0200/0233 makes it "not sent" (IV032, OP286):
-- status afgekeurd, and the request's status is recomputed from what remains.
create table antwoord (
  id                      bigint generated always as identity primary key,
  verzoek_id              bigint not null references verzoek (id),
  referentie_aanbieder    text not null,
  verzoek_antwoord        text not null check (verzoek_antwoord in ('1', '2')),
  reden_afwijzing         text,                                      -- WJ759; only with VerzoekAntwoord 1 (CD085, CD086)
  woonplaats_gemeente     text check (woonplaats_gemeente ~ '^[0-9]{4}$'),   -- only with reden 8 (TR377, TR409)
  bericht_id              bigint not null references bericht (id),   -- the JW319
  status                  text not null default 'verzonden' check (status in ('verzonden', 'afgekeurd')),
  created_at              timestamptz not null default now(),
  check ((verzoek_antwoord = '1') = (reden_afwijzing is not null)),
  check ((coalesce(reden_afwijzing, '') = '8') = (woonplaats_gemeente is not null))
);
create index antwoord_verzoek on antwoord (verzoek_id);
create index antwoord_bericht on antwoord (bericht_id);
