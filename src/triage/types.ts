export const LEVELS = ["info", "expected", "review", "urgent", "emergency"] as const;
export type Level = (typeof LEVELS)[number];
export type Language = "da" | "en";

/** What a nurse would still want to know; the conversation flow asks for it. */
export type InfoKey = "daysSinceTreatment" | "area" | "side" | "worsening" | "fever" | "vision";

export interface Finding {
  sign: string;
  level: Level;
  /** The patient's words that matched, as they wrote them. */
  words: string;
}

export interface Assessment {
  level: Level;
  findings: Finding[];
  language: Language;
  missingInfo: InfoKey[];
  /** Symptoms only asked about ("kan man få ...?"): not counted, but answered with care. */
  asked: Finding[];
  /** Some sentence asks something: the reply then answers or passes the question on. */
  isQuestion: boolean;
  daysSinceTreatment: number | null;
  area: string | null;
  /**
   * The red-flag screen: the message tells of something the rules cannot rule out. The reply
   * asks the screening question, and `level` is what happens when no answer comes (urgent or
   * higher); `ownLevel` is the rules' own verdict, which a "no" to the screen falls back to.
   */
  screen: Screen | null;
  ownLevel: Level;
  /** Whom the message is about: the writer, or someone else (a partner, a parent, a child). */
  about: "self" | "other";
}

export interface Screen {
  reason: "vital" | "unplaced";
  /** The vital function the words told of ("swallowing", "limbs"), where one was named. */
  function: string | null;
  /** The patient's words that raised it. */
  words: string;
}

export const rank = (level: Level): number => LEVELS.indexOf(level);
export const higher = (a: Level, b: Level): Level => (rank(a) >= rank(b) ? a : b);
