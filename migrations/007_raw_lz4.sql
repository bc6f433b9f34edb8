-- 007: compress stored message bytes with lz4 where the server has it. A 10,000-prestatie JW323
-- (8 MB) is stored about four times faster than with the default pglz (docs/performance.md). A build
-- without lz4 (the embedded PGlite, some packaged servers) keeps the default: nothing else changes.
do $$
begin
  alter table bericht alter column raw set compression lz4;
exception when others then
  raise notice 'lz4 is not available here (%): bericht.raw keeps the default compression', sqlerrm;
end
$$;
