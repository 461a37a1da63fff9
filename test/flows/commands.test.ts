import { describe, expect, it } from "vitest";
import { parseDoctorCommand, parsePatientKeyword } from "../../src/flows/commands.js";

describe("doctor commands", () => {
  it.each([
    ["OK K7", { kind: "ack", ref: "K7" }],
    ["ok k12", { kind: "ack", ref: "K12" }],
    ["LUK K7", { kind: "close", ref: "K7" }],
    ["close k7", { kind: "close", ref: "K7" }],
    ["K7 Ring mig i morgen", { kind: "relay", ref: "K7", text: "Ring mig i morgen" }],
    ["k7: tag en panodil", { kind: "relay", ref: "K7", text: "tag en panodil" }],
    ["LISTE", { kind: "list" }],
    ["list", { kind: "list" }],
    ["HJÆLP", { kind: "help" }],
    ["help", { kind: "help" }],
    ["hvad så", { kind: "help" }],
  ])("%s", (body, command) => {
    expect(parseDoctorCommand(body)).toEqual(command);
  });
});

describe("patient keywords", () => {
  it("reads a keyword only when it stands alone", () => {
    expect(parsePatientKeyword("STOP")).toBe("stop");
    expect(parsePatientKeyword(" stopp ")).toBe("stop");
    expect(parsePatientKeyword("AFMELD")).toBe("stop");
    expect(parsePatientKeyword("Start")).toBe("start");
    expect(parsePatientKeyword("HJÆLP!")).toBe("help");
    expect(parsePatientKeyword("hjælp jeg kan ikke synke")).toBeNull();
    expect(parsePatientKeyword("stop med at skrive")).toBeNull();
  });
});
