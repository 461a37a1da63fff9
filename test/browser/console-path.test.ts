/// <reference lib="dom" />
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import nock from "nock";
import type { Browser, Page } from "playwright-core";
import QRCode from "qrcode";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enrolledStaff, PASSWORD, totpNow } from "../support/console-client.js";
import { launchChromium } from "../support/browser.js";
import { ACCOUNT_SID, buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";
import type { StaffMember } from "../../src/store/console-store.js";

// The console in a real Chromium: the path a doctor takes at night, and a hostile message.
// UPDATE_SCREENSHOTS=1 writes the README's screenshots (docs/screenshots); otherwise they go
// to a temporary folder and are only checked to be pictures.
const SHOTS = process.env.UPDATE_SCREENSHOTS ? fileURLToPath(new URL("../../docs/screenshots", import.meta.url)) : mkdtempSync(join(tmpdir(), "akut-shots-"));
const PHOTO = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/MM${"1".repeat(32)}/Media/ME${"2".repeat(32)}`;

let browser: Browser;
let h: Harness;
let page: Page;
let doctor: StaffMember;
beforeAll(async () => { browser = await launchChromium(); }, 60_000);
afterAll(async () => { await browser?.close(); });
beforeEach(async () => {
  h = await startHarness();
  doctor = (await enrolledStaff(h, "doctor", "Dr. Hansen")).member;
  page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
});
afterEach(async () => {
  await page?.close();
  await h?.close();
});

async function logInAs(member: StaffMember, target: Page = page): Promise<void> {
  await target.goto(`${h.baseUrl}/console`);
  expect(target.url()).toContain("/console/login");
  await target.fill("input[name=phone]", member.phone.replace("+45", ""));
  await target.fill("input[name=password]", PASSWORD);
  await target.fill("input[name=code]", await totpNow(h, member));
  await Promise.all([target.waitForURL(/\/console$/), target.click("button[type=submit]")]);
}

const shot = async (name: string, target: Page = page) => {
  const path = join(SHOTS, name);
  await target.screenshot({ path, fullPage: true });
  expect(readFileSync(path).subarray(1, 4).toString()).toBe("PNG");
};

describe("the console in Chromium", () => {
  it("an emergency with a photo: log in with TOTP, find it in the inbox, see the photo, acknowledge, reply, export the note and close", async () => {
    const png = await QRCode.toBuffer("foto af øjet", { width: 240 });
    nock("https://api.twilio.com").persist().get(/\/Media\//).reply(200, png, { "content-type": "image/png" });
    const patient = buildInboundSms().From!;
    await h.post(buildInboundSms({ From: patient, Body: "Jeg kan ikke synke ordentligt og mit øjenlåg hænger", NumMedia: "1", MediaUrl0: PHOTO, MediaContentType0: "image/png" }));
    await h.post(buildInboundSms({ Body: "Mit øjenlåg hænger lidt, behandlet for 5 dage siden" }));
    h.clock.advance(3 * 60_000);

    await logInAs(doctor);
    const first = page.locator("ul.cases li").first();
    await expect.poll(() => first.textContent()).toContain("K1");
    expect(await first.textContent()).toContain("Lægen er sidet");
    expect(await page.title()).toBe("(2) Indbakke · Akutlinje");
    await shot("console-inbox.png");

    // The same inbox on a phone: nothing wider than the screen.
    const small = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", timezoneId: "Europe/Copenhagen", isMobile: true });
    await small.addCookies(await page.context().cookies());
    const phone = await small.newPage();
    await phone.goto(`${h.baseUrl}/console`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot("console-inbox-phone.png", phone);
    await small.close();

    await Promise.all([page.waitForURL(/\/console\/cases\/K1$/), first.locator("a").click()]);
    const img = page.locator("ol.timeline img").first();
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.textContent("#timeline")).toContain("Jeg kan ikke synke ordentligt");
    await shot("console-case.png");

    await Promise.all([page.waitForURL(/n=ack/), page.click("#ack")]);
    expect(await page.textContent("#case-state")).toContain("Kvitteret af Dr. Hansen");

    await page.selectOption("#canned", { label: "Ring 112" });
    expect(await page.inputValue("#reply-text")).toMatch(/^Ring 112 nu/);
    await page.fill("#reply-text", "Ring 112 nu. Jeg ringer til dig om 10 minutter.");
    await Promise.all([page.waitForURL(/n=reply/), page.click("#send-reply")]);
    expect(h.sms.filter((s) => s.to === patient).map((s) => s.body)).toEqual(["Fra klinikken: Ring 112 nu. Jeg ringer til dig om 10 minutter."]);

    await page.fill("#note-text", `${await page.inputValue("#note-text")}Kontrol i morgen kl. 9.`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-note")]);
    expect(download.suggestedFilename()).toBe("K1-journalnotat.txt");
    const note = readFileSync((await download.path())!, "utf8");
    expect(note).toMatch(/^Journalnotat: henvendelse til klinikkens akutlinje \(SMS\), sag K1/);
    expect(note).toContain('Dr. Hansen: "Ring 112 nu. Jeg ringer til dig om 10 minutter."');
    expect(note).toMatch(/Aftalt opfølgning: Kontrol i morgen kl\. 9\.$/);

    await page.reload();
    expect(await page.textContent("#export-state")).toContain("Eksporteret");
    await Promise.all([page.waitForURL(/n=closed/), page.click("#close")]);
    expect(await page.textContent("#case-state")).toContain("Lukket af Dr. Hansen");
    expect((await h.stores.cases.get("K1"))!.snapshot.value).toBe("closed");
    expect(h.sms.filter((s) => s.to === DOCTOR)).toHaveLength(1);
  }, 90_000);

  it("a nurse registers a treatment on a phone: the form fits the screen, and the list shows it with its check-ins", async () => {
    const nurse = (await enrolledStaff(h, "nurse", "Sygeplejerske Sofie")).member;
    const small = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", timezoneId: "Europe/Copenhagen", isMobile: true });
    try {
      const phone = await small.newPage();
      await logInAs(nurse, phone);
      await Promise.all([phone.waitForURL(/\/console\/treatments$/), phone.click("nav >> text=Behandlinger")]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await phone.fill("input[name=phone]", "20 12 34 56");
      await phone.fill("input[name=name]", "Anne Hansen");
      await phone.fill("input[name=date]", "2026-11-26");
      await phone.fill("input[name=time]", "14:30");
      await phone.check("input[name=areas][value=frown-lines]");
      await phone.fill("input[name='units_frown-lines']", "20");
      await phone.fill("input[name=product]", "Azzalure");
      await phone.fill("input[name=doctor]", "MKR");
      await phone.check("input[name=consent][value=yes]");
      await Promise.all([phone.waitForURL(/n=added/), phone.click("#register")]);
      const listed = (await phone.locator("li.treatment.just").textContent()) ?? "";
      expect(listed).toContain("+4520123456 · Anne Hansen");
      expect(listed).toContain("Azzalure (mellem brynene 20 E)");
      expect(listed).toContain("Dag 1 · 27.11.2026 14.30: planlagt");
      expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect((await h.treatments.forPatient("+4520123456")).map((t) => t.areas)).toEqual([["frown-lines"]]);
    } finally {
      await small.close();
    }
  }, 60_000);

  it("shows a hostile patient message as text: no script runs, and a 5,000-character line does not break the layout", async () => {
    const hostile = `Jeg kan ikke synke <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"><b>fed</b> ${"x".repeat(5000)}`;
    await h.post(buildInboundSms({ Body: hostile }));
    await logInAs(doctor);
    await page.goto(`${h.baseUrl}/console/cases/K1`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("ol.timeline b").count()).toBe(0);
    expect(await page.textContent("#timeline")).toContain("<script>window.__xss = 1</script>");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.goto(`${h.baseUrl}/console`);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }, 60_000);
});
