import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";

describe("configuration", () => {
  it("runs in local mode with no variables at all", () => {
    const config = loadConfig({});
    expect(config.twilio).toBeUndefined();
    expect(config.port).toBe(3000);
    expect(config.outOfHoursNumber).toBe("1813");
    expect(config.ackMinutes).toEqual({ emergency: 5, urgent: 15 });
  });

  it("refuses production without TWILIO_AUTH_TOKEN, naming the variable", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DOCTOR_PHONE: "+4520000001" })).toThrow(/TWILIO_AUTH_TOKEN is required/);
  });

  it("refuses production without a DOCTOR_PHONE of its own", () => {
    expect(() => loadConfig({ NODE_ENV: "production", TWILIO_AUTH_TOKEN: "x".repeat(20) })).toThrow(/DOCTOR_PHONE is required/);
    expect(loadConfig({ NODE_ENV: "production", TWILIO_AUTH_TOKEN: "x".repeat(20), DOCTOR_PHONE: "+4520000001" }).doctorPhone).toBe("+4520000001");
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

  it("treats an empty variable as not set", () => {
    expect(loadConfig({ BACKUP_PHONE: "" }).backupPhone).toBeUndefined();
  });
});
