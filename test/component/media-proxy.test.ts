import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACCOUNT_SID, AUTH_TOKEN, buildInboundSms, DOCTOR, startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

const TWILIO_MEDIA = `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/MM${"1".repeat(32)}/Media/ME${"2".repeat(32)}`;
const CDN_MEDIA = `https://mms.twiliocdn.com/${ACCOUNT_SID}/${"3".repeat(32)}?Expires=1764190800&Signature=abc`;

/** Requests a host receives, with their headers, whatever it is asked for. */
function listener(origin: string, reply: { status: number; body: string; headers?: Record<string, string> } = { status: 200, body: "jpegbytes", headers: { "content-type": "image/jpeg" } }) {
  const seen: Record<string, unknown>[] = [];
  nock(origin)
    .persist()
    .get(/.*/)
    .reply(function () {
      seen.push({ ...this.req.headers });
      return [reply.status, reply.body, reply.headers ?? {}];
    });
  return seen;
}

/** Sends a red-flag message with one photo at `url`, and returns the path of the doctor's photo link. */
async function photoLink(url: string, contentType = "image/jpeg"): Promise<string> {
  const res = await h.post(buildInboundSms({ Body: "Jeg kan ikke synke", NumMedia: "1", MediaUrl0: url, MediaContentType0: contentType }));
  expect(res.status).toBe(200);
  expect(res.messages[0]).toMatch(/^Ring 112/);
  const page = h.sms.filter((s) => s.to === DOCTOR).at(-1)!;
  expect(page.body).toMatch(/AKUT/);
  return page.body.match(/https:\/\/akutlinje\.test(\/media\/K\d+\/0\?\S+)/)![1]!;
}

const expectHardened = (res: Response) => {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; img-src 'self'; media-src 'self'; sandbox");
};

describe("photo proxy", () => {
  it("never sends the account's credentials to a MediaUrl outside Twilio's media hosts, and the red flag is still answered and paged", async () => {
    const attacker = listener("https://photos.attacker.test");
    const plain = listener("http://api.twilio.com");
    for (const url of ["https://photos.attacker.test/p.jpg", "http://api.twilio.com/p.jpg", "https://api.twilio.com@photos.attacker.test/p.jpg", "https://api.twilio.com:8443/p.jpg"]) {
      const link = await photoLink(url);
      const res = await fetch(`${h.baseUrl}${link}`);
      expect(res.status, url).toBe(502);
      expect(await res.text()).toMatch(/Billedet kunne ikke hentes/);
      expectHardened(res);
    }
    expect(attacker).toEqual([]);
    expect(plain).toEqual([]);
  });

  it("follows Twilio's redirect to its media CDN without the credentials", async () => {
    const twilio = nock("https://api.twilio.com")
      .get(new URL(TWILIO_MEDIA).pathname)
      .basicAuth({ user: ACCOUNT_SID, pass: AUTH_TOKEN })
      .reply(307, "", { location: CDN_MEDIA });
    const cdn = listener("https://mms.twiliocdn.com");
    const res = await fetch(`${h.baseUrl}${await photoLink(TWILIO_MEDIA)}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("jpegbytes");
    expect(twilio.isDone()).toBe(true);
    expect(cdn).toHaveLength(1);
    expect(cdn[0]).not.toHaveProperty("authorization");
    expect(JSON.stringify(cdn[0])).not.toContain(Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString("base64"));
  });

  it("refuses a redirect to a host that is not Twilio's media CDN", async () => {
    const attacker = listener("https://photos.attacker.test");
    const plainCdn = listener("http://mms.twiliocdn.com");
    for (const location of ["https://photos.attacker.test/steal", "http://mms.twiliocdn.com/x", "https://api.twilio.com.attacker.test/x"]) {
      nock("https://api.twilio.com").get(new URL(TWILIO_MEDIA).pathname).reply(302, "", { location });
      const res = await fetch(`${h.baseUrl}${await photoLink(TWILIO_MEDIA)}`);
      expect(res.status, location).toBe(502);
      expectHardened(res);
    }
    expect(attacker).toEqual([]);
    expect(plainCdn).toEqual([]);
  });

  it("never serves HTML or SVG from the bot's own origin", async () => {
    for (const [type, body] of [["text/html; charset=utf-8", "<html><script>alert(document.cookie)</script></html>"], ["image/svg+xml", "<svg onload=alert(1)/>"], ["", "<script>x</script>"]] as const) {
      nock("https://api.twilio.com").get(new URL(TWILIO_MEDIA).pathname).reply(200, body, type ? { "content-type": type } : {});
      const res = await fetch(`${h.baseUrl}${await photoLink(TWILIO_MEDIA, "image/jpeg")}`);
      expect(res.status, type).toBe(502);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(await res.text()).not.toMatch(/script|svg/);
      expectHardened(res);
    }
  });

  it("serves photos, videos and PDFs inline, unsniffed, and under a CSP that runs nothing", async () => {
    for (const type of ["image/jpeg", "image/png", "video/mp4", "application/pdf"]) {
      nock("https://api.twilio.com").get(new URL(TWILIO_MEDIA).pathname).reply(200, "bytes", { "content-type": type });
      const res = await fetch(`${h.baseUrl}${await photoLink(TWILIO_MEDIA, type)}`);
      expect(res.status, type).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("content-disposition")).toBe("inline");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expectHardened(res);
    }
  });

  it("takes its media hosts from the configuration", async () => {
    await h.close();
    h = await startHarness({ TWILIO_MEDIA_HOSTS: "api.dublin.ie1.twilio.com", TWILIO_MEDIA_REDIRECT_HOSTS: "media.example-cdn.test" });
    const dublin = TWILIO_MEDIA.replace("api.twilio.com", "api.dublin.ie1.twilio.com");
    nock("https://api.dublin.ie1.twilio.com").get(new URL(dublin).pathname).basicAuth({ user: ACCOUNT_SID, pass: AUTH_TOKEN }).reply(302, "", { location: "https://media.example-cdn.test/p" });
    const cdn = listener("https://media.example-cdn.test");
    const twilio = listener("https://api.twilio.com");
    expect((await fetch(`${h.baseUrl}${await photoLink(dublin)}`)).status).toBe(200);
    expect(cdn).toHaveLength(1);
    expect((await fetch(`${h.baseUrl}${await photoLink(TWILIO_MEDIA)}`)).status).toBe(502);
    expect(twilio).toEqual([]);
  });
});
