/**
 * Prometheus text exposition (format 0.0.4) without a client library: a handful of counters and
 * one histogram kept in process, plus gauges read from the database at scrape time, so they are
 * right across restarts and across several service instances.
 */
import { termijnStand } from './backoffice/termijnen.js';
import type { Sql } from './db/index.js';

type Labels = Record<string, string>;

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

class Counter {
  private readonly values = new Map<string, number>();
  constructor(readonly name: string, readonly help: string) {}
  inc(labels: Labels = {}, by = 1): void {
    const k = labelText(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  render(out: string[]): void {
    out.push(`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`);
    for (const [k, v] of this.values) out.push(`${this.name}${k} ${v}`);
  }
}

class Histogram {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(readonly name: string, readonly help: string, readonly buckets = LATENCY_BUCKETS) {}
  observe(labels: Labels, value: number): void {
    const k = labelText(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    this.buckets.forEach((b, i) => {
      if (value <= b) s!.counts[i]! += 1;
    });
    s.sum += value;
    s.count += 1;
  }
  render(out: string[]): void {
    out.push(`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`);
    for (const [k, s] of this.series) {
      const inner = k.slice(1, -1);
      const sep = inner ? ',' : '';
      this.buckets.forEach((b, i) => out.push(`${this.name}_bucket{${inner}${sep}le="${b}"} ${s.counts[i]}`));
      out.push(`${this.name}_bucket{${inner}${sep}le="+Inf"} ${s.count}`, `${this.name}_sum${k} ${s.sum}`, `${this.name}_count${k} ${s.count}`);
    }
  }
}

function labelText(labels: Labels): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

export class Metrics {
  private readonly received = new Counter('ijw_berichten_in_total', 'Incoming messages stored in the inbox, by berichtcode and channel (duplicates not counted)');
  private readonly refused = new Counter('ijw_berichten_refused_total', 'Incoming messages refused before storage (auth, size, not ours), by reason');
  private readonly processedTotal = new Counter('ijw_berichten_processed_total', 'Incoming messages processed, by berichtcode and verdict (xsd: rejected at intake/CL1)');
  private readonly out = new Counter('ijw_berichten_out_total', 'Outgoing messages queued, by berichtcode');
  private readonly delivered = new Counter('ijw_outbox_delivered_total', 'Outgoing messages delivered or acknowledged, by channel');
  private readonly retries = new Counter('ijw_outbox_retries_total', 'Failed delivery attempts that will be retried, by channel');
  private readonly errors = new Counter('ijw_processing_errors_total', 'Processing attempts that failed and will be retried');
  private readonly bewaker = new Counter('ijw_termijnbewaker_total', 'Actions of the termijnbewaker: requests taken in onderzoek automatically before their answer deadline, requests escalated before their 8-week deadline, incoming messages escalated because their answer is still missing near its deadline');
  private readonly gevouwen = new Counter('ijw_declaraties_gevouwen_total', "Judged declarations folded into the toewijzingen's totals after their answer committed");
  private readonly latency = new Histogram('ijw_processing_seconds', 'Time to process one incoming message (rules, answer, outbox), by berichtcode');

  stored(berichtcode: string | null, channel: string, verdict?: 'xsd'): void {
    this.received.inc({ berichtcode: berichtcode ?? 'unknown', channel });
    if (verdict === 'xsd') this.processedTotal.inc({ berichtcode: berichtcode ?? 'unknown', verdict });
  }
  refusedIn(reason: string): void {
    this.refused.inc({ reason });
  }
  processed(berichtcode: string, verdict: string, seconds: number): void {
    this.processedTotal.inc({ berichtcode, verdict });
    this.latency.observe({ berichtcode }, seconds);
  }
  processingError(): void {
    this.errors.inc();
  }
  termijnbewaker(g: { inOnderzoek: readonly number[]; geescaleerd: readonly number[]; vastgelopen: readonly number[] }): void {
    if (g.inOnderzoek.length) {
      this.bewaker.inc({ actie: 'in_onderzoek' }, g.inOnderzoek.length);
      this.out.inc({ berichtcode: 'JW319' }, g.inOnderzoek.length);
    }
    if (g.geescaleerd.length) this.bewaker.inc({ actie: 'escalatie' }, g.geescaleerd.length);
    if (g.vastgelopen.length) this.bewaker.inc({ actie: 'verwerking_vast' }, g.vastgelopen.length);
  }
  folded(n: number): void {
    if (n) this.gevouwen.inc({}, n);
  }
  queued(berichtcode: string): void {
    this.out.inc({ berichtcode });
  }
  deliveredOut(channel: string): void {
    this.delivered.inc({ channel });
  }
  retry(channel: string): void {
    this.retries.inc({ channel });
  }

  async render(sql: Sql): Promise<string> {
    const out: string[] = [];
    for (const m of [this.received, this.refused, this.processedTotal, this.out, this.delivered, this.retries, this.errors, this.bewaker, this.gevouwen]) m.render(out);
    this.latency.render(out);
    const [inbox] = await sql<{ depth: number; oldest: number | null }[]>`
      select count(*)::int as depth, extract(epoch from now() - min(created_at))::float8 as oldest
      from bericht where direction = 'in' and state = 'received'`;
    const outbox = await sql<{ channel: string; pending: number; oldest: number | null }[]>`
      select o.channel, count(*)::int as pending, extract(epoch from now() - min(b.created_at))::float8 as oldest
      from outbox o join bericht b on b.id = o.bericht_id where o.state = 'pending' group by o.channel`;
    const open = await sql<{ termijn: string; open: number; verlopen: number }[]>`
      select case when berichtcode = 'JW323' then 'declaratieAntwoord' else 'retourbericht' end as termijn,
             count(*)::int as open, count(*) filter (where deadline < now())::int as verlopen
      from bericht where direction = 'in' and state = 'received' and deadline is not null group by 1
      union all
      select 'verzoekAntwoord', count(*) filter (where status = 'open')::int, count(*) filter (where status = 'open' and antwoord_uiterlijk < now())::int
      from verzoek where status in ('open', 'in_onderzoek')
      union all
      select 'eindAntwoord', count(*)::int, count(*) filter (where eindantwoord_uiterlijk < now())::int
      from verzoek where status in ('open', 'in_onderzoek')`;
    const stand = await termijnStand(sql);
    out.push(
      '# HELP ijw_termijn_open Answers we owe and have not given yet, by term',
      '# TYPE ijw_termijn_open gauge',
      ...open.map((r) => `ijw_termijn_open{termijn="${r.termijn}"} ${r.open}`),
      '# HELP ijw_termijn_verlopen Answers we owe whose deadline has passed, by term (should always be 0)',
      '# TYPE ijw_termijn_verlopen gauge',
      ...open.map((r) => `ijw_termijn_verlopen{termijn="${r.termijn}"} ${r.verlopen}`),
      '# HELP ijw_termijn_beantwoord Answers given, by term',
      '# TYPE ijw_termijn_beantwoord gauge',
      ...stand.map((t) => `ijw_termijn_beantwoord{termijn="${t.termijn}"} ${t.beantwoord}`),
      '# HELP ijw_termijn_op_tijd Answers given before their deadline, by term',
      '# TYPE ijw_termijn_op_tijd gauge',
      ...stand.map((t) => `ijw_termijn_op_tijd{termijn="${t.termijn}"} ${t.opTijd}`),
    );
    out.push(
      '# HELP ijw_inbox_depth Incoming messages stored but not yet processed',
      '# TYPE ijw_inbox_depth gauge',
      `ijw_inbox_depth ${inbox?.depth ?? 0}`,
      '# HELP ijw_inbox_oldest_age_seconds Age of the oldest unprocessed incoming message (0 when none)',
      '# TYPE ijw_inbox_oldest_age_seconds gauge',
      `ijw_inbox_oldest_age_seconds ${inbox?.oldest ?? 0}`,
      '# HELP ijw_outbox_pending Outgoing messages not yet delivered or acknowledged, by channel',
      '# TYPE ijw_outbox_pending gauge',
      ...outbox.map((r) => `ijw_outbox_pending{channel="${r.channel}"} ${r.pending}`),
      '# HELP ijw_outbox_oldest_age_seconds Age of the oldest undelivered outgoing message, by channel',
      '# TYPE ijw_outbox_oldest_age_seconds gauge',
      ...outbox.map((r) => `ijw_outbox_oldest_age_seconds{channel="${r.channel}"} ${r.oldest ?? 0}`),
    );
    return out.join('\n') + '\n';
  }
}
