/** Settings of the termijnbewaker (src/process/terms/bewaker.ts), apart so the configuration loads without it. */
export interface BewakerConfig {
  /** Working days before the answer deadline's day on which an undecided request is taken in onderzoek (0 = on that day). */
  inOnderzoekMarge: number;
  /** Working days before the 8-week deadline's day on which a request without a final answer is escalated. */
  escalatieWerkdagen: number;
}

export const DEFAULT_BEWAKER: BewakerConfig = { inOnderzoekMarge: 1, escalatieWerkdagen: 5 };
