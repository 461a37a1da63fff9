import type { Request, Response, Router } from "express";
import QRCode from "qrcode";
import type { StaffMember } from "../store/console-store.js";
import { completeEnrolment, enrollingMember, StaffError } from "./staff-accounts.js";
import { normalizePhone, normalizeRecoveryCode, sha256, totpStep, totpUri, verifyPassword } from "./staff-auth.js";
import { LOCK_MS, LOGIN_FAILURES_BEFORE_LOCK, LOGINS_PER_MINUTE_PER_IP, type ConsoleDeps } from "./console-deps.js";
import { TEXTS } from "./console-texts.js";
import { EnrolPage, LoginPage, RecoveryCodesPage, MessagePage } from "./views/login-pages.js";

type CsrfToken = (req: Request, res: Response) => string;

const WHY: Record<string, "loggedOutIdle" | "loggedOutAbsolute" | "loggedOutReset" | "loggedOut"> = { idle: "loggedOutIdle", absolute: "loggedOutAbsolute", reset: "loggedOutReset", out: "loggedOut" };

/** Only a path inside the console may follow the login: never another site. */
export function safeNext(raw: unknown): string {
  const next = typeof raw === "string" ? raw : "";
  return /^\/console(\/[\w./?=&%-]*)?$/.test(next) && !next.startsWith("//") ? next : "/console";
}

// The login (mobile number, password and TOTP or a recovery code in one form, so a failure
// tells nothing of which was wrong), the enrolment link, and logging out.
export function loginRoutes(router: Router, deps: ConsoleDeps, csrfToken: CsrfToken): void {
  const { stores, now } = deps;
  const ip = (req: Request) => req.ip ?? "unknown";

  router.get("/console/login", (req, res) => {
    // The form's token belongs to a session: a visitor gets one (it holds nothing else).
    req.session.visitor = true;
    const why = WHY[String(req.query.why ?? "")];
    res.send(<LoginPage lang="da" csrf={csrfToken(req, res)} next={safeNext(req.query.next)} notice={why ? { text: TEXTS.da[why] } : null} />);
  });

  router.post("/console/login", async (req, res) => {
    const body = req.body as Record<string, string | undefined>;
    const next = safeNext(body.next);
    const phone = normalizePhone(String(body.phone ?? ""));
    const refuse = (status: number, text: string) => res.status(status).send(<LoginPage lang="da" csrf={csrfToken(req, res)} next={next} phone={String(body.phone ?? "")} notice={{ text, problem: true }} />);
    if ((await stores.counters.hit(`console-login:${ip(req)}`, 60_000)) > LOGINS_PER_MINUTE_PER_IP) return refuse(429, TEXTS.da.loginRateLimited);
    const member = phone ? await stores.staff.byPhone(phone) : null;
    const at = now();
    if (member?.lockedUntil && member.lockedUntil > at) {
      await stores.audit.append({ at, staffId: member.id, who: member.name, action: "login-locked", ip: ip(req) });
      return refuse(423, TEXTS.da.loginLocked);
    }
    const passwordOk = await verifyPassword(String(body.password ?? ""), member?.enrolled ? member.passwordHash : null);
    const second = member && passwordOk ? await secondFactor(member, String(body.code ?? ""), at) : null;
    if (!member || !second) {
      await stores.audit.append({ at, staffId: member?.id ?? null, who: member?.name ?? "(ukendt nummer)", action: "login-failed", ip: ip(req) });
      if (member && (await stores.counters.hit(`console-login-failed:${member.id}`, LOCK_MS)) >= LOGIN_FAILURES_BEFORE_LOCK) {
        await stores.staff.put({ ...member, lockedUntil: at + LOCK_MS });
        await stores.audit.append({ at, staffId: member.id, who: member.name, action: "locked", ip: ip(req) });
        return refuse(423, TEXTS.da.loginLocked);
      }
      return refuse(401, TEXTS.da.loginFailed);
    }
    await stores.staff.put(second);
    // A new session id at login: one planted before it (fixation) is worth nothing.
    req.session.regenerate((err) => {
      if (err) return res.status(500).send("session error");
      Object.assign(req.session, { staffId: second.id, epoch: second.authEpoch, createdAt: at, lastSeenAt: at });
      req.session.save(async () => {
        await stores.audit.append({ at, staffId: second.id, who: second.name, action: "login", ip: ip(req) });
        res.redirect(303, next);
      });
    });
  });

  /** The account as it stands after a good second factor (the code spent), or null. */
  async function secondFactor(member: StaffMember, code: string, at: number): Promise<StaffMember | null> {
    const step = await totpStep(member.totpSecret, code, at);
    if (step !== null) return step > (member.lastTotpStep ?? -1) ? { ...member, lastTotpStep: step, lockedUntil: null } : null;
    const hash = sha256(normalizeRecoveryCode(code));
    if (!member.recoveryCodes.includes(hash)) return null;
    return { ...member, recoveryCodes: member.recoveryCodes.filter((c) => c !== hash), lockedUntil: null };
  }

  router.post("/console/logout", async (req, res) => {
    const staffId = req.session.staffId;
    const member = staffId ? await stores.staff.get(staffId) : null;
    if (member) await stores.audit.append({ at: now(), staffId: member.id, who: member.name, action: "logout", ip: ip(req) });
    req.session.destroy(() => res.redirect(303, "/console/login?why=out"));
  });

  router.get("/console/enrol", async (req, res) => {
    req.session.visitor = true;
    const member = await enrollingMember(stores.staff, String(req.query.t ?? ""), now());
    if (!member) return void res.status(404).send(<MessagePage lang="da" title={TEXTS.da.enrolTitle} text={TEXTS.da.enrolGone} />);
    res.send(await enrolPage(req, res, member));
  });

  router.post("/console/enrol", async (req, res) => {
    const member = await enrollingMember(stores.staff, String(req.query.t ?? ""), now());
    if (!member) return void res.status(404).send(<MessagePage lang="da" title={TEXTS.da.enrolTitle} text={TEXTS.da.enrolGone} />);
    const body = req.body as Record<string, string | undefined>;
    try {
      const codes = await completeEnrolment(stores.staff, member, String(body.password ?? ""), String(body.code ?? ""), now());
      await stores.audit.append({ at: now(), staffId: member.id, who: member.name, action: "enrolled", ip: ip(req) });
      res.send(<RecoveryCodesPage lang={member.language} codes={codes} />);
    } catch (err) {
      if (!(err instanceof StaffError)) throw err;
      const t = TEXTS[member.language];
      res.status(400).send(await enrolPage(req, res, member, { text: err.message === "password-short" ? t.passwordShort : t.codeWrong, problem: true }));
    }
  });

  async function enrolPage(req: Request, res: Response, member: StaffMember, notice?: { text: string; problem: boolean }) {
    const uri = totpUri(member.totpSecret, member.name);
    const qr = await QRCode.toDataURL(uri, { margin: 1, width: 220 });
    return <EnrolPage lang={member.language} csrf={csrfToken(req, res)} name={member.name} qr={qr} secret={member.totpSecret} action={req.originalUrl} notice={notice ?? null} />;
  }
}
