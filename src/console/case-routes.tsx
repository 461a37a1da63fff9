import type { Request, Response, Router } from "express";
import type { CaseEvent } from "../flows/escalation.machine.js";
import type { Actor, CaseRecord } from "../flows/records.js";
import { mediaFetcher } from "../media/media-fetcher.js";
import { LEVELS, rank, type Level } from "../triage/types.js";
import { CANNED_REPLIES } from "./canned-replies.js";
import { caseTimeline, signsFound } from "./case-story.js";
import { langOf, staffOf, type ConsoleDeps } from "./console-deps.js";
import { TEXTS, when, type TextKey } from "./console-texts.js";
import { journalNote } from "./journal-note.js";
import { CasePage } from "./views/case-page.js";
import { CaseList, FILTERS, InboxPage, type Filter } from "./views/inbox-page.js";

const REF = /^K\d{1,9}$/;
const CLOSED_DAYS = 30;
const HARDENED_PHOTO = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
  "cache-control": "private, no-store",
};
// What an action leaves on the case page (?n=...), as the staff member reads it.
const NOTICES: Record<string, { key: TextKey; problem?: boolean }> = {
  ack: { key: "ackDone" }, reply: { key: "replyDone" }, level: { key: "levelDone" }, closed: { key: "closeDone" },
  "reply-empty": { key: "replyEmpty", problem: true }, "level-reason": { key: "levelNoReason", problem: true },
  "close-ask": { key: "closeAsk", problem: true }, "already-closed": { key: "closedAlready", problem: true },
};

// The inbox and the whole case. Every act on a case goes through the bot's own case machine
// and effects (bot.act), exactly as the doctor's SMS command does: the two never disagree.
export function caseRoutes(router: Router, deps: ConsoleDeps): void {
  const { config, stores, bot, now } = deps;
  const fetchMedia = config.twilio ? mediaFetcher({ ...config.twilio, ...config.twilioMedia }) : null;
  const actor = (res: Response): Actor => ({ name: staffOf(res).name, via: "console", id: staffOf(res).id });
  const ip = (req: Request) => req.ip ?? "unknown";
  const audit = (req: Request, res: Response, action: string, caseRef?: string, detail?: string) =>
    stores.audit.append({ at: now(), staffId: staffOf(res).id, who: staffOf(res).name, action, ip: ip(req), ...(caseRef ? { caseRef } : {}), ...(detail ? { detail } : {}) });

  // The patient's name where the clinic has it: only a treatment on record holds one.
  async function nameOf(patient: string): Promise<string | null> {
    const records = await deps.treatments.forPatient(patient.replace(/^whatsapp:/, "")).catch(() => []);
    return records.find((r) => r.name)?.name ?? null;
  }
  async function namesOf(cases: CaseRecord[]): Promise<Map<string, string>> {
    const patients = [...new Set(cases.map((r) => r.snapshot.context.patient))];
    const names = await Promise.all(patients.map(async (p) => [p, await nameOf(p)] as const));
    return new Map(names.filter((n): n is readonly [string, string] => n[1] !== null));
  }

  async function inbox(filter: Filter, q: string, me: string): Promise<{ cases: CaseRecord[]; count: number }> {
    const open = await stores.cases.open();
    const count = open.filter((r) => r.snapshot.value !== "acknowledged").length;
    let cases: CaseRecord[];
    if (filter === "closed") cases = await stores.cases.closedSince(now() - CLOSED_DAYS * 86_400_000);
    else if (filter === "unacked") cases = open.filter((r) => r.snapshot.value !== "acknowledged");
    else if (filter === "mine") cases = open.filter((r) => r.snapshot.context.ackedBy?.id === me);
    else if (filter === "review") cases = open.filter((r) => r.snapshot.value === "queued" || r.snapshot.value === "reviewing");
    else cases = open;
    const term = q.trim();
    if (REF.test(term.toUpperCase())) {
      // A reference finds its case whatever the filter, closed or open.
      const found = await stores.cases.get(term.toUpperCase());
      cases = found ? [found] : [];
    } else if (term) {
      const digits = term.replace(/\D/g, "");
      cases = digits.length >= 4 ? cases.filter((r) => r.snapshot.context.patient.replace(/\D/g, "").includes(digits)) : [];
    }
    // The most urgent first, and the newest first within a level.
    cases.sort((a, b) => rank(b.snapshot.context.level) - rank(a.snapshot.context.level) || b.snapshot.context.openedAt - a.snapshot.context.openedAt);
    return { cases, count };
  }

  const filterOf = (req: Request): Filter => (FILTERS as readonly string[]).includes(String(req.query.f)) ? (req.query.f as Filter) : "open";
  const queryOf = (req: Request) => String(req.query.q ?? "").slice(0, 40);

  router.get("/console", async (req, res) => {
    const { cases, count } = await inbox(filterOf(req), queryOf(req), staffOf(res).id);
    res.send(<InboxPage staff={staffOf(res)} csrf={res.locals.csrf as string} cases={cases} names={await namesOf(cases)} count={count} filter={filterOf(req)} q={queryOf(req)} now={now()} />);
  });

  router.get("/console/inbox/list", async (req, res) => {
    const { cases, count } = await inbox(filterOf(req), queryOf(req), staffOf(res).id);
    res.set("x-count", String(count)).send(<CaseList cases={cases} names={await namesOf(cases)} lang={langOf(res)} now={now()} />);
  });

  /** The case named in the path: only a reference of this clinic's form, else 404. */
  async function caseOf(req: Request, res: Response): Promise<CaseRecord | null> {
    const ref = String(req.params.ref ?? "").toUpperCase();
    const record = REF.test(ref) ? await stores.cases.get(ref) : null;
    if (!record) res.status(404).send(TEXTS[langOf(res)].notFound);
    return record;
  }

  router.get("/console/cases/:ref", async (req, res) => {
    const record = await caseOf(req, res);
    if (!record) return;
    const c = record.snapshot.context;
    const [transcript, history] = await Promise.all([stores.conversations.transcript(c.patient), stores.history.list(c.ref)]);
    const timeline = caseTimeline(c, transcript, history);
    const patientTexts = timeline.flatMap((t) => (t.kind === "patient" && t.text ? [t.text] : []));
    const signs = signsFound(c, patientTexts, langOf(res));
    await audit(req, res, "case-viewed", c.ref);
    const lang = langOf(res);
    const n = NOTICES[String(req.query.n ?? "")];
    const notice = req.query.n === "already-acked"
      ? { text: alreadyAcked(record, lang), problem: true }
      : n ? { text: TEXTS[lang][n.key], ...(n.problem ? { problem: true } : {}) } : null;
    res.send(
      <CasePage staff={staffOf(res)} csrf={res.locals.csrf as string} record={record} name={await nameOf(c.patient)} timeline={timeline} signs={signs}
        note={journalNote(c, timeline, signs, now())} canned={CANNED_REPLIES} dataTtlDays={Math.round(config.dataTtlMs / 86_400_000)} notice={notice} />,
    );
  });

  const alreadyAcked = (record: CaseRecord, lang: "da" | "en") => {
    const c = record.snapshot.context;
    const by = c.ackedBy?.name ?? (lang === "da" ? "en anden" : "someone else");
    return lang === "da" ? `${c.ref} er allerede kvitteret af ${by}${c.ackedAt ? ` ${when(c.ackedAt)}` : ""}.` : `${c.ref} was already acknowledged by ${by}${c.ackedAt ? ` at ${when(c.ackedAt)}` : ""}.`;
  };

  /** Moves the case on by the staff member's event, then back to the case page with what became of it. */
  async function act(req: Request, res: Response, event: CaseEvent, done: (from: string) => string, auditAs: { action: string; detail?: string }): Promise<void> {
    const record = await caseOf(req, res);
    if (!record) return;
    const ref = record.ref;
    const moved = await bot.act(ref, event);
    if (!moved) return void res.status(404).send(TEXTS[langOf(res)].notFound);
    const outcome = moved.from === "closed" ? "already-closed" : done(moved.from);
    if (outcome !== "already-closed" && outcome !== "already-acked") await audit(req, res, auditAs.action, ref, auditAs.detail);
    res.redirect(303, `/console/cases/${ref}?n=${outcome}`);
  }

  router.post("/console/cases/:ref/ack", (req, res) =>
    act(req, res, { type: "doctor.acked", at: now(), by: actor(res) }, (from) => (from === "acknowledged" ? "already-acked" : "ack"), { action: "ack" }),
  );

  router.post("/console/cases/:ref/reply", async (req, res) => {
    const body = req.body as Record<string, string | undefined>;
    const text = (body.text?.trim() || body.canned?.trim() || "").slice(0, 430);
    if (!text) return void res.redirect(303, `/console/cases/${encodeURIComponent(String(req.params.ref))}?n=reply-empty`);
    await act(req, res, { type: "doctor.relayed", at: now(), text, by: actor(res) }, () => "reply", { action: "reply" });
  });

  router.post("/console/cases/:ref/level", async (req, res) => {
    const body = req.body as Record<string, string | undefined>;
    const level = body.level as Level;
    const reason = (body.reason ?? "").trim().slice(0, 300);
    if (!LEVELS.includes(level)) return void res.status(400).send(TEXTS[langOf(res)].badInput);
    if (!reason) return void res.redirect(303, `/console/cases/${encodeURIComponent(String(req.params.ref))}?n=level-reason`);
    const before = (await stores.cases.get(String(req.params.ref).toUpperCase()))?.snapshot.context.level;
    await act(req, res, { type: "staff.levelChanged", at: now(), level, reason, by: actor(res) }, () => "level", { action: "level", detail: `${before ?? "?"} -> ${level}` });
  });

  router.post("/console/cases/:ref/close", async (req, res) => {
    const record = await stores.cases.get(String(req.params.ref).toUpperCase());
    // Closing asks whether the journal note went into the patient record.
    if (record && !record.snapshot.context.exports?.length && (req.body as Record<string, string>).confirm !== "1") {
      return void res.redirect(303, `/console/cases/${record.ref}?n=close-ask`);
    }
    await act(req, res, { type: "doctor.closed", at: now(), by: actor(res) }, () => "closed", { action: "close" });
  });

  /** The export, recorded on the case (through the machine, while it is open) and in the audit log. */
  async function recordExport(req: Request, res: Response, record: CaseRecord, how: string): Promise<void> {
    const at = now();
    if (record.snapshot.value === "closed") await stores.history.append(record.ref, { at, kind: "export", by: actor(res) });
    else await bot.act(record.ref, { type: "note.exported", at, by: actor(res) });
    await audit(req, res, "export", record.ref, how);
  }

  router.post("/console/cases/:ref/export", async (req, res) => {
    const record = await caseOf(req, res);
    if (!record) return;
    await recordExport(req, res, record, "kopieret");
    res.status(204).end();
  });

  // The note as the doctor edited it, as a .txt file for the patient record.
  router.post("/console/cases/:ref/note.txt", async (req, res) => {
    const record = await caseOf(req, res);
    if (!record) return;
    const text = String((req.body as Record<string, string>).note ?? "").replace(/\r\n/g, "\n").slice(0, 20_000);
    await recordExport(req, res, record, "hentet som .txt");
    res.set("content-disposition", `attachment; filename="${record.ref}-journalnotat.txt"`).type("text/plain; charset=utf-8").send(text);
  });

  // A photo of the case, fetched from Twilio as the signed links do, but for a logged-in staff member.
  router.get("/console/cases/:ref/photos/:index", async (req, res) => {
    const record = await caseOf(req, res);
    if (!record) return;
    const media = record.snapshot.context.media[Number(req.params.index)];
    if (!media) return void res.status(404).set(HARDENED_PHOTO).type("text/plain").send(TEXTS[langOf(res)].notFound);
    if (!fetchMedia) return void res.status(404).set(HARDENED_PHOTO).type("text/plain").send(TEXTS[langOf(res)].photoLocal);
    const fetched = await fetchMedia(media.url).catch(() => ({ ok: false }) as const);
    if (!fetched.ok) return void res.status(502).set(HARDENED_PHOTO).type("text/plain").send("Billedet kunne ikke hentes fra Twilio.");
    res.status(200).set(HARDENED_PHOTO).set("content-disposition", "inline").type(fetched.contentType).send(fetched.body);
  });
}
