import { callText, pageText } from "../flows/case-texts.js";
import type { CaseContext, MediaRef } from "../flows/records.js";
import type { SendJob } from "../queue/job-queues.js";
import type { Outbound } from "../transport/outbound.js";
import { CLAIM_TTL_MS, type BotDeps } from "./deps.js";

// Every outbound message goes through dispatch(): onto the queue when there is one, else (or
// when the queue is down) straight out with retries. A page that still cannot be sent falls
// back to calling the doctor and then to the backup number. A duplicate beats none.
export function deliveries(deps: BotDeps) {
  const { config, stores, outbound, now, log } = deps;

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
    const { sid } = job.kind === "call" ? await via.call({ to: job.to, say: job.body }) : await via.sendSms({ to: job.to, body: job.body });
    if (!sid || !job.page) return;
    // The page is out: failing to note it costs only the notice of a later delivery failure,
    // and must not count as a failed send (a retry would page twice).
    const { ref, recipient } = job.page;
    await stores.deliveries.remember(sid, { ref, purpose: recipient === "backup" ? "backup-page" : "page" }, CLAIM_TTL_MS)
      .catch((err: Error) => log.warn({ caseRef: ref, err: err.message }, "page's delivery not recorded"));
  }

  async function sendGaveUp(job: SendJob): Promise<void> {
    if (!job.page) return;
    const record = await stores.cases.get(job.page.ref).catch(() => null);
    if (record) await pageFallback(record.snapshot.context, job.page.recipient);
  }

  async function pageFallback(c: CaseContext, failed: "doctor" | "backup"): Promise<void> {
    await outbound.call({ to: config.doctorPhone, say: callText(c) }).then(
      () => log.info({ caseRef: c.ref }, "doctor called as fallback"),
      (err: Error) => log.error({ caseRef: c.ref, err: err.message }, "fallback call failed"),
    );
    if (!config.backupPhone || failed === "backup") return;
    await outbound.sendSms({ to: config.backupPhone, body: pageText(c, 1, "backup", photoLinks(c)) }).then(
      () => log.info({ caseRef: c.ref }, "backup paged as fallback"),
      (err: Error) => log.error({ caseRef: c.ref, err: err.message }, "fallback backup page failed"),
    );
  }

  function pageJob(c: CaseContext, attempt: number, recipient: "doctor" | "backup"): SendJob {
    const to = recipient === "backup" && config.backupPhone ? config.backupPhone : config.doctorPhone;
    return { kind: "sms", to, body: pageText(c, attempt, recipient, photoLinks(c)), page: { ref: c.ref, recipient } };
  }

  async function page(c: CaseContext, attempt: number, recipient: "doctor" | "backup"): Promise<void> {
    await dispatch(pageJob(c, attempt, recipient));
    log.info({ caseRef: c.ref, attempt, recipient }, "doctor paged");
  }

  /** A page straight through the transport, for the fail-safe: it needs neither the queue nor the store. */
  async function pageNow(c: CaseContext, attempt: number, recipient: "doctor" | "backup"): Promise<void> {
    try {
      await sendOnce(outbound, pageJob(c, attempt, recipient));
      log.info({ caseRef: c.ref, attempt, recipient }, "doctor paged directly");
    } catch (err) {
      log.error({ caseRef: c.ref, err: (err as Error).message }, "direct page failed after retries");
      await pageFallback(c, recipient);
    }
  }

  /** Twilio reported a message as failed or undelivered: a page gets the same fallback. */
  async function deliveryFailed(sid: string, status: string): Promise<void> {
    const delivery = await stores.deliveries.lookup(sid);
    if (!delivery) return;
    const record = await stores.cases.get(delivery.ref);
    if (!record || record.snapshot.value === "closed") return;
    log.warn({ caseRef: delivery.ref, status }, "page not delivered; falling back");
    await pageFallback(record.snapshot.context, delivery.purpose === "backup-page" ? "backup" : "doctor");
  }

  return { photoLinks, dispatch, sendOnce, sendGaveUp, page, pageNow, deliveryFailed };
}

export type Deliveries = ReturnType<typeof deliveries>;
