import type { CheckinDay } from "../treatments/checkin-times.js";
import type { AreaId } from "../treatments/treatment.js";
import type { Language } from "../triage/types.js";

// The check-in messages: each one SMS (GSM-7, one segment), ending in the same answer line.
type Texts = Record<Language, string>;
export const ANSWER_LINE: Texts = {
  da: "Svar 1 hvis alt er fint, 2 hvis noget bekymrer dig, eller skriv hvad du mærker.",
  en: "Reply 1 if all is well, 2 if something worries you, or write what you notice.",
};
const RED_FLAG: Texts = { da: "Svært ved at synke, tale eller ånde: ring 112.", en: "Trouble swallowing, speaking or breathing: call 112." };
// Day 5 is the window for a drooping lid or brow, which only the upper face's muscles can give.
const UPPER_FACE: AreaId[] = ["forehead", "frown-lines", "crows-feet"];

export function checkinText(day: CheckinDay, reminder: boolean, lang: Language, areas: AreaId[]): string {
  if (reminder) {
    return lang === "da" ? `Vi har ikke hørt fra dig efter behandlingen. ${ANSWER_LINE.da}` : `We have not heard from you since the treatment. ${ANSWER_LINE.en}`;
  }
  if (day === 1) return lang === "da" ? `Klinikken her. Hvordan går det? ${ANSWER_LINE.da} ${RED_FLAG.da}` : `The clinic here. How are you? ${ANSWER_LINE.en} ${RED_FLAG.en}`;
  if (day === 5) {
    if (areas.some((a) => UPPER_FACE.includes(a))) {
      return lang === "da" ? `Klinikken her, 5 dage efter. Hænger et øjenlåg eller bryn? ${ANSWER_LINE.da}` : `The clinic here, 5 days on. Is an eyelid or brow drooping? ${ANSWER_LINE.en}`;
    }
    return lang === "da" ? `Klinikken her, 5 dage efter behandlingen. Hvordan går det? ${ANSWER_LINE.da}` : `The clinic here, 5 days after the treatment. How are you? ${ANSWER_LINE.en}`;
  }
  return lang === "da"
    ? `Nu virker botox fuldt ud. Ser begge sider ens ud? Du er velkommen til kontrol. ${ANSWER_LINE.da}`
    : `Botox now works fully. Do both sides look even? You are welcome to a check-up. ${ANSWER_LINE.en}`;
}

/** The answer to "1": glad to hear it, and the safety net. */
export const CHECKIN_FINE: Texts = {
  da: "Tak, godt at høre. Skriv endelig, hvis der opstår noget. Får du svært ved at synke, tale eller trække vejret, så ring 112.",
  en: "Thank you, good to hear. Text us if anything comes up. If you have trouble swallowing, speaking or breathing, call 112.",
};
