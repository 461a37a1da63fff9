import { callText, minimalPageText, pageText, relayText } from "../flows/case-texts.js";
import type { CaseContext, MediaRef } from "../flows/records.js";
import type { SendJob } from "../queue/job-queues.js";
import type { HistoryEntry } from "../store/console-store.js";
import type { Outbound, OutboundSms } from "../transport/outbound.js";
import { isRetryable } from "../transport/reliable-outbound.js";
import { insideWindow, isOutsideWindow, isWhatsApp, OUTSIDE_WINDOW, smsAddress } from "../transport/whatsapp-window.js";
import { CLAIM_TTL_MS, type BotDeps } from "./deps.js";
import { relayFailedText, relayMovedToSmsText, type Relayed } from "./relay-texts.js";

type Relay = NonNullable<SendJob["relay"]>;
type RelayJob = SendJob & { relay: Relay };
// WhatsApp refuses line breaks in a template's variable, and the whole template must stay
// within 1,024 characters.
const TEMPLATE_WORDS_MAX = 700;

// Every outbound message goes through dispatch(): onto the queue when there is one, else (or
// when the queue is down) straight out with retries. A page that still cannot be sent falls
// back to calling the doctor and then to the backup number. A duplicate beats none.
export function deliveries(deps: BotDeps) {
  const { config, stores, outbound, now, log } = deps;
  const baseUrl = config.publicBaseUrl ?? `http://localhost:${config.port}`;

  /** The case in the console (/k/K7), behind the staff login: what a minimal page links to. */
  const consoleLink = (ref: string) => `${baseUrl}/k/${ref}`;

  // The timeline in the console shows each page and how its delivery went; losing a line of it
  // never holds back a page.
  const remember = (ref: string, entry: HistoryEntry) => stores.history.append(ref, entry).catch((err: Error) => log.warn({ caseRef: ref, err: err.message }, "case history not written"));

  function photoLinks(c: CaseContext, media: MediaRef[] = c.media): string[] {
    const offset = c.media.length - media.length;
    return media.map((m, i) => (deps.links ? deps.links.link(c.ref, offset + i, now()) : m.url));
  }

  async function dispatch(job: SendJob): Promise<void> {
    if (deps.jobs) {
      try {
        return await deps.jobs.enqueueSend(job);
      } catch (err) {
        log.error({ err: (err as Error).message }, "queue unreachable; sending directly");
      }
    }
    try {
      await sendOnce(outbound, job);
    } catch (err) {
      log.error({ err: (err as Error).message, page: Boolean(job.page) }, "send failed after retries");
      await sendGaveUp(job);
    }
  }

  async function sendOnce(via: Outbound, job: SendJob): Promise<void> {
    if (job.relay) return sendRelay(via, job as RelayJob, { final: false });
    const { sid } = job.kind === "call" ? await via.call({ to: job.to, say: job.body }) : await via.sendSms({ to: job.to, body: job.body });
    if (!sid || !job.page) return;
    // The page is out: failing to note it costs only the notice of a later delivery failure,
    // and must not count as a failed send (a retry would page twice).
    const { ref, recipient } = job.page;
    const purpose = recipient === "backup" ? "backup-page" : "page";
    await stores.deliveries.remember(sid, { ref, purpose }, CLAIM_TTL_MS)
      .catch((err: Error) => log.warn({ caseRef: ref, err: err.message }, "page's delivery not recorded"));
    await remember(ref, { at: now(), kind: "status", sid, status: "sent", about: purpose });
  }

  async function sendGaveUp(job: SendJob): Promise<void> {
    if (job.relay) return relayRefused(job as RelayJob, { outsideWindow: false });
    if (!job.page) return;
    const record = await stores.cases.get(job.page.ref).catch(() => null);
    if (record) await pageFallback(record.snapshot.context, job.page.recipient);
  }

  async function pageFallback(c: CaseContext, failed: "doctor" | "backup"): Promise<void> {
    const who = deps.onCall.lastKnown(now());
    await outbound.call({ to: who.doctor, say: callText(c) }).then(
      () => log.info({ caseRef: c.ref }, "doctor called as fallback"),
      (err: Error) => log.error({ caseRef: c.ref, err: err.message }, "fallback call failed"),
    );
    if (!who.backup || failed === "backup") return;
    await outbound.sendSms({ to: who.backup, body: pageBody(c, 1, "backup") }).then(
      () => log.info({ caseRef: c.ref }, "backup paged as fallback"),
      (err: Error) => log.error({ caseRef: c.ref, err: err.message }, "fallback backup page failed"),
    );
  }

  // PAGE_DETAIL=minimal: the reference, the level and the console link, no health data.
  const pageBody = (c: CaseContext, attempt: number, recipient: "doctor" | "backup") =>
    config.pageDetail === "minimal" ? minimalPageText(c, attempt, recipient, consoleLink(c.ref)) : pageText(c, attempt, recipient, photoLinks(c), consoleLink(c.ref));

  /** The page for whoever is on call; with no backup on call, the backup's page goes to the doctor as a reminder. */
  function pageJob(c: CaseContext, attempt: number, wanted: "doctor" | "backup", who: { doctor: string; backup: string | null }): SendJob {
    const recipient = wanted === "backup" && who.backup ? "backup" : "doctor";
    const to = recipient === "backup" ? who.backup! : who.doctor;
    return { kind: "sms", to, body: pageBody(c, attempt, recipient), page: { ref: c.ref, recipient } };
  }

  async function page(c: CaseContext, attempt: number, recipient: "doctor" | "backup"): Promise<void> {
    const job = pageJob(c, attempt, recipient, await deps.onCall.at(now()));
    await remember(c.ref, { at: now(), kind: "page", to: job.page!.recipient, attempt });
    await dispatch(job);
    log.info({ caseRef: c.ref, attempt, recipient: job.page!.recipient }, "doctor paged");
  }

  /** A page straight through the transport, for the fail-safe: it needs neither the queue nor the store. */
  async function pageNow(c: CaseContext, attempt: number, recipient: "doctor" | "backup"): Promise<void> {
    try {
      await sendOnce(outbound, pageJob(c, attempt, recipient, deps.onCall.lastKnown(now())));
      log.info({ caseRef: c.ref, attempt, recipient }, "doctor paged directly");
    } catch (err) {
      log.error({ caseRef: c.ref, err: (err as Error).message }, "direct page failed after retries");
      await pageFallback(c, recipient);
    }
  }

  // The doctor's reply to a patient on WhatsApp goes free-form while WhatsApp's 24-hour window
  // is open (from the patient's last message, in the transcript). Outside it, the reply goes
  // by the clinic's approved template when there is one, else as a plain SMS to the same
  // number: a message that arrives beats a chat that stays empty. Should Twilio refuse it for
  // the window (63016), at once or later in the status callback, it moves on the same way;
  // any other refusal on WhatsApp moves it to SMS. The doctor hears when it went by SMS after
  // all, and when no way took it. A reply is never dropped silently.
  async function relay(c: CaseContext, words: string): Promise<Relayed> {
    const via = isWhatsApp(c.patient) ? await whatsAppWay(c.patient) : "sms";
    await dispatch({ kind: "sms", to: c.patient, body: relayText(words), relay: { ref: c.ref, text: words, via } });
    return !isWhatsApp(c.patient) || via === "whatsapp" ? "as-written" : via === "template" ? "template" : "sms-instead";
  }

  async function whatsAppWay(patient: string): Promise<Relay["via"]> {
    // Unknown counts as closed: the SMS (or the template) gets through either way.
    const transcript = await stores.conversations.transcript(patient).catch((err: Error) => {
      log.warn({ err: err.message }, "transcript not read; the reply goes as if WhatsApp's window were closed");
      return [];
    });
    const lastInbound = transcript.reduce<number | null>((last, e) => (e.dir === "in" && (last === null || e.at > last) ? e.at : last), null);
    if (insideWindow(lastInbound, now())) return "whatsapp";
    return config.whatsappTemplateSid ? "template" : "sms";
  }

  /** The way after one Twilio refused: the template after a closed window, SMS after anything else on WhatsApp, none after SMS. */
  function nextWay(job: RelayJob, outsideWindow: boolean): RelayJob | null {
    const { via } = job.relay;
    if (via === "sms") return null;
    const next = via === "whatsapp" && outsideWindow && config.whatsappTemplateSid ? "template" : "sms";
    return { ...job, relay: { ...job.relay, via: next } };
  }

  function relayMessage(job: RelayJob): OutboundSms {
    const { via, text } = job.relay;
    if (via === "sms") return { to: smsAddress(job.to), body: job.body };
    if (via === "template" && config.whatsappTemplateSid) {
      const words = text.replace(/\s+/g, " ").trim().slice(0, TEMPLATE_WORDS_MAX);
      return { to: job.to, body: job.body, template: { contentSid: config.whatsappTemplateSid, variables: { 1: words } } };
    }
    // Free-form, also for a template job whose setting was removed meanwhile: a refusal moves it to SMS.
    return { to: job.to, body: job.body };
  }

  /**
   * Sends a reply, moving on to the next way whenever Twilio refuses it. Throws only what a
   * retry may cure (the retry starts again from the first way, which Twilio refuses at once
   * if it did before), and nothing once `final` (the retries are spent).
   * `moved`: it has left the way the doctor was told of, so should it end up as SMS, the
   * doctor hears so.
   */
  async function sendRelay(via: Outbound, first: RelayJob, options: { final: boolean; moved?: boolean }): Promise<void> {
    let job = first;
    let moved = options.moved ?? false;
    for (;;) {
      let sid: string | undefined;
      try {
        ({ sid } = await via.sendSms(relayMessage(job)));
      } catch (err) {
        if (!options.final && isRetryable(err)) throw err;
        const code = (err as { code?: unknown }).code;
        log.warn({ caseRef: job.relay.ref, via: job.relay.via, code }, "reply to the patient refused; trying the next way");
        const next = nextWay(job, isOutsideWindow(err));
        if (!next) return tellDoctor(relayFailed(job));
        [job, moved] = [next, true];
        continue;
      }
      log.info({ caseRef: job.relay.ref, via: job.relay.via }, "reply to the patient sent");
      if (sid) await remember(job.relay.ref, { at: now(), kind: "status", sid, status: "sent", about: "relay" });
      if (sid) {
        const record = { ref: job.relay.ref, purpose: "relay" as const, relay: { to: job.to, text: job.relay.text, via: job.relay.via } };
        await stores.deliveries.remember(sid, record, Math.min(CLAIM_TTL_MS, config.dataTtlMs))
          .catch((err: Error) => log.warn({ caseRef: job.relay.ref, err: err.message }, "reply's delivery not recorded"));
      }
      if (moved && job.relay.via === "sms") await tellDoctor(relayMovedToSmsText(job.relay.ref));
      return;
    }
  }

  /** A way that failed for good (retries spent, or Twilio's later report): the next way, with retries, straight out. */
  async function relayRefused(job: RelayJob, { outsideWindow }: { outsideWindow: boolean }): Promise<void> {
    log.warn({ caseRef: job.relay.ref, via: job.relay.via }, "reply to the patient not delivered; trying the next way");
    const next = nextWay(job, outsideWindow);
    if (!next) return tellDoctor(relayFailed(job));
    await sendRelay(outbound, next, { final: true, moved: true });
  }

  // With PAGE_DETAIL=minimal the number to call is in the console, not in the SMS.
  const relayFailed = (job: RelayJob) =>
    config.pageDetail === "minimal" ? relayFailedText(job.relay.ref, null, consoleLink(job.relay.ref)) : relayFailedText(job.relay.ref, smsAddress(job.to));

  async function tellDoctor(body: string): Promise<void> {
    return dispatch({ kind: "sms", to: (await deps.onCall.at(now())).doctor, body });
  }

  /** Twilio reported a message as failed or undelivered: a page gets the same fallback, a reply goes another way. */
  async function deliveryStatus(sid: string, status: string, errorCode?: string): Promise<void> {
    const delivery = await stores.deliveries.lookup(sid);
    if (!delivery) return;
    await remember(delivery.ref, { at: now(), kind: "status", sid, status, about: delivery.purpose, ...(errorCode ? { errorCode } : {}) });
    if (status !== "failed" && status !== "undelivered") return;
    if (delivery.purpose === "relay" && delivery.relay) {
      const { to, text, via } = delivery.relay;
      return relayRefused({ kind: "sms", to, body: relayText(text), relay: { ref: delivery.ref, text, via } }, { outsideWindow: Number(errorCode) === OUTSIDE_WINDOW });
    }
    const record = await stores.cases.get(delivery.ref);
    if (!record || record.snapshot.value === "closed") return;
    log.warn({ caseRef: delivery.ref, status }, "page not delivered; falling back");
    await pageFallback(record.snapshot.context, delivery.purpose === "backup-page" ? "backup" : "doctor");
  }

  return { photoLinks, consoleLink, dispatch, sendOnce, sendGaveUp, page, pageNow, relay, deliveryStatus };
}

export type Deliveries = ReturnType<typeof deliveries>;
