import { TOPICS } from "../knowledge/leaflet.js";

// The replies a doctor can start from: the clinic's own texts, then each topic of the leaflet
// in its own words. Every one can be changed before it is sent.
const CLINIC_TEXTS = [
  { label: "Vi ringer i morgen", text: "Vi har læst din besked. Vi ringer til dig i morgen, når klinikken åbner. Bliver det værre inden da, så ring 112." },
  { label: "Ring til os", text: "Vi vil gerne tale med dig. Ring til klinikken, så snart du kan." },
  { label: "Send et billede", text: "Vil du tage et billede af området i godt lys og sende det her? Så ser lægen på det." },
  { label: "Ring 112", text: "Ring 112 nu, og fortæl, at du er behandlet med botox. Vent ikke på os." },
  { label: "Lægevagten", text: "Det bør ses af en læge i dag. Ring til din egen læge eller til lægevagten, og fortæl, at du er behandlet med botox." },
];

export interface CannedReply {
  group: "clinic" | "leaflet";
  label: string;
  text: string;
}

export const CANNED_REPLIES: CannedReply[] = [
  ...CLINIC_TEXTS.map((c) => ({ group: "clinic" as const, ...c })),
  ...TOPICS.map((topic) => ({ group: "leaflet" as const, label: topic.section, text: topic.reply.da })),
];
