import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

const PRODUCTION: Record<string, string> = {
  NODE_ENV: "production",
  TWILIO_ACCOUNT_SID: "AC" + "0123456789abcdef".repeat(2),
  TWILIO_AUTH_TOKEN: "x".repeat(20),
  TWILIO_FROM: "+4593909978",
  PUBLIC_BASE_URL: "https://akut.example.dk",
  DOCTOR_PHONE: "+4520000001",
};

describe("configuration", () => {
  it("runs in local mode with no variables at all", () => {
    const config = loadConfig({});
    expect(config.twilio).toBeUndefined();
    expect(config.port).toBe(3000);
    expect(config.outOfHours).toEqual({ name: "Akuttelefonen", number: "1813" });
    expect(config.ackMinutes).toEqual({ emergency: 5, urgent: 15 });
  });

  it("takes the region's out-of-hours service by name and number, and refuses a name an SMS cannot carry", () => {
    expect(loadConfig({ OUT_OF_HOURS_NAME: "Lægevagten", OUT_OF_HOURS_NUMBER: "70150700" }).outOfHours).toEqual({ name: "Lægevagten", number: "70150700" });
    expect(() => loadConfig({ OUT_OF_HOURS_NAME: "Lægevagten 🚑" })).toThrow(/OUT_OF_HOURS_NAME/);
  });

  it("refuses production without TWILIO_AUTH_TOKEN, naming the variable", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DOCTOR_PHONE: "+4520000001" })).toThrow(/TWILIO_AUTH_TOKEN is required/);
  });

  it("refuses production without a DOCTOR_PHONE of its own", () => {
    const { DOCTOR_PHONE: _, ...withoutDoctor } = PRODUCTION;
    expect(() => loadConfig(withoutDoctor)).toThrow(/DOCTOR_PHONE is required/);
    expect(loadConfig(PRODUCTION).doctorPhone).toBe("+4520000001");
  });

  it("refuses production without each of the Twilio account, token and public URL, naming all that are missing", () => {
    const names = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL"] as const;
    for (const name of names) {
      const env: Record<string, string> = { ...PRODUCTION };
      delete env[name];
      expect(() => loadConfig(env), name).toThrow(new RegExp(`${name} is required when NODE_ENV=production`));
    }
    let message = "";
    try {
      loadConfig({ NODE_ENV: "production" });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const name of [...names, "DOCTOR_PHONE"]) expect(message).toMatch(new RegExp(`${name} is required when NODE_ENV=production`));
  });

  it("refuses the placeholder doctor's number from .env.example in production", () => {
    const example = readFileSync(fileURLToPath(new URL("../.env.example", import.meta.url)), "utf8");
    const placeholder = /^DOCTOR_PHONE=(.*)$/m.exec(example)![1]!;
    expect(() => loadConfig({ ...PRODUCTION, DOCTOR_PHONE: placeholder })).toThrow(/DOCTOR_PHONE is a placeholder/);
    expect(() => loadConfig({ ...PRODUCTION, BACKUP_PHONE: "+4500000002" })).toThrow(/BACKUP_PHONE is a placeholder/);
    // Local mode keeps working with the example file as it is.
    expect(loadConfig({ DOCTOR_PHONE: placeholder }).doctorPhone).toBe(placeholder);
  });

  it("refuses a public URL in production that is not https", () => {
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_BASE_URL: "http://akut.example.dk" })).toThrow(/PUBLIC_BASE_URL must be https/);
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ DOCTOR_PHONE: "12345" })).toThrow(/DOCTOR_PHONE must be E\.164/);
    expect(() => loadConfig({ CLINIC_HOURS: "always" })).toThrow(/CLINIC_HOURS/);
    expect(() => loadConfig({ PORT: "http" })).toThrow(/PORT/);
  });

  it("demands the rest of the Twilio settings once an account is named", () => {
    expect(() => loadConfig({ TWILIO_ACCOUNT_SID: "AC" + "a".repeat(32) })).toThrow(/TWILIO_FROM/);
  });

  it("fetches photos only from Twilio's API and its media CDN unless told otherwise", () => {
    expect(loadConfig({}).twilioMedia).toEqual({ hosts: ["api.twilio.com"], redirectHosts: ["mms.twiliocdn.com"] });
    expect(loadConfig({ TWILIO_MEDIA_HOSTS: " API.twilio.com, api.dublin.ie1.twilio.com" }).twilioMedia.hosts).toEqual(["api.twilio.com", "api.dublin.ie1.twilio.com"]);
    expect(() => loadConfig({ TWILIO_MEDIA_HOSTS: "https://api.twilio.com" })).toThrow(/TWILIO_MEDIA_HOSTS/);
    expect(() => loadConfig({ TWILIO_MEDIA_REDIRECT_HOSTS: "*.twiliocdn.com" })).toThrow(/TWILIO_MEDIA_REDIRECT_HOSTS/);
    expect(() => loadConfig({ TWILIO_MEDIA_HOSTS: "," })).toThrow(/TWILIO_MEDIA_HOSTS/);
  });

  it("takes a WhatsApp template's Content SID, and names the variable when it is not one", () => {
    expect(loadConfig({}).whatsappTemplateSid).toBeUndefined();
    expect(loadConfig({ WHATSAPP_TEMPLATE_SID: "HX" + "0123456789abcdef".repeat(2) }).whatsappTemplateSid).toBe("HX" + "0123456789abcdef".repeat(2));
    expect(() => loadConfig({ WHATSAPP_TEMPLATE_SID: "Svar fra klinikken: {{1}}" })).toThrow(/WHATSAPP_TEMPLATE_SID must look like HX/);
  });

  it("treats an empty variable as not set", () => {
    expect(loadConfig({ BACKUP_PHONE: "" }).backupPhone).toBeUndefined();
  });
});
