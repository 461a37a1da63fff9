import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addStaff, enrolmentLink, resetStaff } from "../../src/console/staff-accounts.js";
import { consoleClient, enrolledStaff, logIn, PASSWORD, totpNow } from "../support/console-client.js";
import { startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

describe("staff login with mandatory TOTP", () => {
  it("enrols from the one-time link with a QR code, a password and the app's code, and shows recovery codes once", async () => {
    const { member, token } = await addStaff(h.stores.staff, { name: "Sygeplejerske Sofie", role: "nurse", phone: "20 12 34 56" }, h.clock.now);
    expect(member.phone).toBe("+4520123456");
    const link = enrolmentLink("", token);
    const browser = consoleClient(h);
    const page = await browser.get(link);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<img class="qr" src="data:image\/png;base64,/);
    expect(page.text).toContain(member.totpSecret);
    const short = await browser.post(link, { password: "kort", code: await totpNow(h, member) });
    expect(short.status).toBe(400);
    expect(short.text).toContain("mindst 12 tegn");
    const done = await browser.post(link, { password: PASSWORD, code: await totpNow(h, member) });
    expect(done.status).toBe(200);
    const codes = [...done.text.matchAll(/<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})<\/code>/g)].map((m) => m[1]);
    expect(codes).toHaveLength(10);
    // The link works once.
    expect((await browser.get(link)).status).toBe(404);
    const stored = (await h.stores.staff.get(member.id))!;
    expect(stored.passwordHash).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(stored.recoveryCodes).not.toContain(codes[0]);
  });

  it("logs in with number, password and the current TOTP code, and refuses a wrong or reused code", async () => {
    const { member } = await enrolledStaff(h);
    const browser = consoleClient(h);
    const bad = await logIn(h, browser, member, "000000");
    expect(bad.status).toBe(401);
    expect(bad.text).toContain("Mobilnummer, adgangskode eller kode passer ikke");
    const code = await totpNow(h, member);
    const good = await logIn(h, browser, member, code);
    expect(good.status).toBe(303);
    expect(good.location).toBe("/console");
    expect((await browser.get("/console")).status).toBe(200);
    // The same code a second time, within its 30 seconds, is refused.
    expect((await logIn(h, consoleClient(h), member, code)).status).toBe(401);
  });

  it("takes a recovery code once instead of the app's code", async () => {
    const { member, recovery } = await enrolledStaff(h);
    expect((await logIn(h, consoleClient(h), member, recovery[0])).status).toBe(303);
    expect((await logIn(h, consoleClient(h), member, recovery[0])).status).toBe(401);
  });

  it("locks the account for 15 minutes after five failures, even for the right code", async () => {
    const { member } = await enrolledStaff(h);
    const browser = consoleClient(h);
    await browser.get("/console/login");
    for (let i = 0; i < 4; i++) expect((await browser.post("/console/login", { phone: member.phone, password: "forkert-forkert", code: "123456" })).status).toBe(401);
    await browser.get("/console/login");
    const fifth = await browser.post("/console/login", { phone: member.phone, password: "forkert-forkert", code: "123456" });
    expect(fifth.status).toBe(423);
    expect((await logIn(h, browser, member)).status).toBe(423);
    h.clock.advance(16 * 60_000);
    expect((await logIn(h, browser, member)).status).toBe(303);
  });

  it("rate-limits login attempts from one address", async () => {
    const browser = consoleClient(h);
    await browser.get("/console/login");
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await browser.post("/console/login", { phone: "+4511111111", password: "x", code: "1" })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it("sets the session cookie HttpOnly and SameSite=Lax, and Secure in production", async () => {
    const res = await fetch(`${h.baseUrl}/console/login`);
    expect(res.headers.getSetCookie().find((c) => c.startsWith("akut.sid="))).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/);
    expect(res.headers.getSetCookie().join()).not.toMatch(/Secure/);
    const prod = await startHarness({ NODE_ENV: "production" });
    try {
      const secure = await fetch(`${prod.baseUrl}/console/login`, { headers: { "x-forwarded-proto": "https" } });
      const cookie = secure.headers.getSetCookie().find((c) => c.startsWith("__Host-akut.sid="));
      expect(cookie).toMatch(/; Secure/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(secure.headers.get("strict-transport-security")).toMatch(/max-age/);
    } finally {
      await prod.close();
    }
  });
});

describe("sessions", () => {
  it("ends after 30 idle minutes, and the inbox's own polling keeps nobody logged in", async () => {
    const { member } = await enrolledStaff(h);
    const browser = consoleClient(h);
    await logIn(h, browser, member);
    h.clock.advance(20 * 60_000);
    expect((await browser.get("/console/inbox/list", { "x-poll": "1" })).status).toBe(200);
    h.clock.advance(11 * 60_000);
    const polled = await browser.get("/console/inbox/list", { "x-poll": "1" });
    expect(polled.status).toBe(401);
    const page = await browser.get("/console");
    expect(page.status).toBe(303);
    expect(page.location).toMatch(/^\/console\/login/);
  });

  it("ends after 12 hours however busy", async () => {
    const { member } = await enrolledStaff(h);
    const browser = consoleClient(h);
    await logIn(h, browser, member);
    const loggedInAt = h.clock.now;
    let page = await browser.get("/console");
    while (page.status === 200) {
      h.clock.advance(29 * 60_000);
      page = await browser.get("/console");
    }
    expect(page.status).toBe(303);
    expect(page.location).toContain("why=absolute");
    expect(h.clock.now - loggedInAt).toBeGreaterThan(12 * 60 * 60_000);
    expect(h.clock.now - loggedInAt).toBeLessThan(12 * 60 * 60_000 + 30 * 60_000);
  });

  it("refuses a session from before a password or 2FA reset", async () => {
    const { member } = await enrolledStaff(h);
    const browser = consoleClient(h);
    await logIn(h, browser, member);
    expect((await browser.get("/console")).status).toBe(200);
    await resetStaff(h.stores.staff, member, h.clock.now);
    const page = await browser.get("/console");
    expect(page.status).toBe(303);
    expect(page.location).toContain("why=reset");
  });
});

describe("access and forms", () => {
  it("lets nothing under /console through without a session, only the login and the public endpoints", async () => {
    for (const path of ["/console", "/console/cases/K1", "/console/cases/K1/photos/0", "/console/rota", "/console/audit", "/console/audit.csv", "/k/K1", "/console/anything"]) {
      const res = await fetch(`${h.baseUrl}${path}`, { redirect: "manual" });
      expect([path, res.status]).toEqual([path, 303]);
      expect(res.headers.get("location")).toMatch(/^\/console\/login\?next=/);
    }
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${h.baseUrl}/readyz`)).status).toBe(200);
    expect((await fetch(`${h.baseUrl}/console/login`)).status).toBe(200);
  });

  it("sends a /k/K7 link through the login to the case", async () => {
    const { member } = await enrolledStaff(h);
    const res = await fetch(`${h.baseUrl}/k/K7`, { redirect: "manual" });
    expect(res.headers.get("location")).toBe(`/console/login?next=${encodeURIComponent("/console/cases/K7")}`);
    const browser = consoleClient(h);
    await browser.get("/console/login?next=%2Fconsole%2Fcases%2FK7");
    const login = await browser.post("/console/login", { phone: member.phone, password: PASSWORD, code: await totpNow(h, member), next: "/console/cases/K7" });
    expect(login.location).toBe("/console/cases/K7");
    // A next outside the console is ignored.
    const other = consoleClient(h);
    await other.get("/console/login");
    h.clock.advance(31_000);
    const away = await other.post("/console/login", { phone: member.phone, password: PASSWORD, code: await totpNow(h, member), next: "https://evil.example/" });
    expect(away.location).toBe("/console");
  });

  it("refuses a form with a forged or missing CSRF token with 403", async () => {
    const { member } = await enrolledStaff(h);
    const browser = consoleClient(h);
    await logIn(h, browser, member);
    await browser.get("/console");
    expect((await browser.post("/console/logout", { _csrf: "forged" })).status).toBe(403);
    const saved = browser.csrf;
    browser.csrf = "";
    expect((await browser.post("/console/logout", { _csrf: "" })).status).toBe(403);
    browser.csrf = saved;
    expect((await browser.post("/console/logout")).status).toBe(303);
    // The login form is protected too.
    const stranger = consoleClient(h);
    expect((await stranger.post("/console/login", { phone: member.phone, password: PASSWORD, code: "123456" })).status).toBe(403);
  });

  it("serves the console with a strict CSP: no inline script, nothing from elsewhere", async () => {
    const res = await fetch(`${h.baseUrl}/console/login`);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).not.toMatch(/<script>|<script [^>]*>[^<]+<\/script>|\son\w+=/);
  });
});
