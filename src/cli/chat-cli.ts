import { createServer, type AddressInfo } from "node:net";
import { createInterface } from "node:readline/promises";
import twilio from "twilio";
import { loadConfig } from "../config.js";
import { addStaff, enrolmentLink } from "../console/staff-accounts.js";
import type { OutboxLine } from "../transport/console-transport.js";
import { AREAS, validateTreatment } from "../treatments/treatment.js";
import { wire } from "../wiring.js";

// `npm run chat`: talk to the bot in local mode from a terminal. It runs its own bot on a free
// port, so it works beside `npm start` or on its own. You type as the patient; /doctor and
// /patient switch sides; /photo sends a sample photo; /time +20m moves the clock; /treatment
// gives the chat patient a treatment on record, whose check-ins then arrive as /time moves on.
const PATIENT = process.env.CHAT_PATIENT_PHONE ?? "+4520123456";
const SAMPLE_PHOTO = "https://demo.twilio.com/owl.png";

// A free port, known before the bot is built: the pages' console links (/k/K1) name it.
const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const free = (probe.address() as AddressInfo).port;
    probe.close(() => resolve(free));
  });
});
const config = loadConfig({ LOG_LEVEL: "warn", ...process.env, TWILIO_ACCOUNT_SID: undefined, PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}` });
let offset = 0;
const now = () => Date.now() + offset;
const show = (who: string, text: string): void => void process.stdout.write(`  ${who}: ${text}\n`);
const print = (line: OutboxLine) => {
  const to = line.to === config.doctorPhone ? "lægen" : line.to === config.backupPhone ? "backup" : "patienten";
  show(`bot -> ${to} (${line.kind === "call" ? "OPKALD" : "SMS"})`, line.body + (line.mediaUrls.length ? ` [${line.mediaUrls.join(" ")}]` : ""));
};
const { app, bot, stores } = wire(config, { now, print });

// "/treatment", "/treatment masseter 3", "/treatment pande kragetæer 2": areas and days ago.
async function addTreatment(args: string[]): Promise<void> {
  const days = Number(args.find((a) => /^\d+$/.test(a)) ?? 0);
  const areas = args.filter((a) => !/^\d+$/.test(a));
  const checked = validateTreatment({
    externalId: `chat-${now()}`, phone: PATIENT, treatedAt: new Date(now() - days * 86_400_000).toISOString(),
    areas: areas.length ? areas : ["forehead", "frown-lines"], product: "Azzalure", units: 20, doctor: "chat", checkinConsent: true,
  }, now());
  if (!checked.ok) return show("fejl", `${checked.errors.join("; ")} (områder: ${AREAS.join(", ")})`);
  const { record } = await bot.treatments.add(checked.treatment);
  const plan = (record.checkin?.snapshot.context.plan ?? []).map((c) => `dag ${c.day} ${new Date(c.at).toLocaleString("da-DK", { timeZone: "Europe/Copenhagen" })}`);
  show("chat", `behandling gemt (${record.areas.join(", ")}, ${days} dage siden). Opfølgning: ${plan.join("; ") || "ingen tilbage"}. Brug /time +1d.`);
}
const server = app.listen(port, "127.0.0.1");
await new Promise((resolve) => server.once("listening", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const url = `${base}/sms`;
// Local mode keeps staff accounts in memory: a first administrator, whose link is printed below.
const { token } = await addStaff(stores.staff, { name: "Lokal administrator", role: "admin", phone: "+4500000009" }, now());
const ticker = setInterval(() => void bot.tick(), 1000);

let sid = 0;
async function send(from: string, body: string, media: string[] = []): Promise<void> {
  const fields: Record<string, string> = { From: from, To: "+4593909978", Body: body, MessageSid: `SMchat${Date.now()}${++sid}`, NumMedia: String(media.length) };
  media.forEach((m, i) => Object.assign(fields, { [`MediaUrl${i}`]: m, [`MediaContentType${i}`]: "image/png" }));
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (config.authToken) headers["x-twilio-signature"] = twilio.getExpectedTwilioSignature(config.authToken, `${config.publicBaseUrl ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}`}/sms`, fields);
  const res = await fetch(url, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
  const xml = await res.text();
  if (res.status !== 200) return show("fejl", `${res.status} ${xml}`);
  const who = from === PATIENT ? "bot -> patienten" : "bot -> lægen";
  for (const m of xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)) show(who, m[1]!.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));
}

function parseDuration(arg: string): number | null {
  const m = /^\+?(\d+)\s*(m|min|h|t|d)?$/i.exec(arg.trim());
  if (!m) return null;
  const unit = (m[2] ?? "m").toLowerCase();
  return Number(m[1]) * (unit === "h" || unit === "t" ? 3_600_000 : unit === "d" ? 86_400_000 : 60_000);
}

process.stdout.write(
  `akutlinje chat (local mode). Du skriver som patienten (${PATIENT}).\n` +
    `Klinikkens konsol: ${base}/console\n` +
    `Opret din adgang (lokal administrator, mobilnummer +4500000009): ${enrolmentLink(base, token)}\n` +
    "(Log ind i konsollen, før du flytter uret med /time: koden fra godkendelsesappen følger det rigtige ur.)\n" +
    "Kommandoer: /doctor, /patient, /photo [tekst], /time +20m, /treatment [områder] [dage siden], /quit. Lægen svarer fx: OK K1, K1 <tekst>, LUK K1, LISTE.\n",
);
const rl = createInterface({ input: process.stdin, output: process.stdout });
let side: "patient" | "doctor" = "patient";
rl.setPrompt("patient> ");
rl.prompt();
for await (const line of rl) {
  const input = line.trim();
  try {
    if (input === "/quit" || input === "/exit") break;
    else if (input === "/doctor") side = "doctor";
    else if (input === "/patient") side = "patient";
    else if (input.startsWith("/treatment")) await addTreatment(input.slice(10).trim().split(/\s+/).filter(Boolean));
    else if (input.startsWith("/photo")) await send(PATIENT, input.slice(6).trim(), [SAMPLE_PHOTO]);
    else if (input.startsWith("/time")) {
      const ms = parseDuration(input.slice(5));
      if (ms === null) show("chat", "skriv fx /time +20m, /time +2h eller /time +1d");
      else {
        offset += ms;
        show("chat", `uret er nu ${new Date(now()).toLocaleString("da-DK", { timeZone: "Europe/Copenhagen" })}`);
        await bot.tick();
      }
    } else if (input) await send(side === "patient" ? PATIENT : config.doctorPhone, input);
  } catch (err) {
    show("fejl", (err as Error).message);
  }
  rl.setPrompt(side === "patient" ? "patient> " : "læge> ");
  rl.prompt();
}
clearInterval(ticker);
server.close();
rl.close();
