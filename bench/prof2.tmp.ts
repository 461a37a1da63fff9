import { loadConfig } from "../src/config.js";
import { wire } from "../src/wiring.js";
import { Writable } from "node:stream";
const texts = ["Hvornår virker det?", "Jeg har et lille blåt mærke", "Mit øjenlåg hænger", "Jeg kan ikke synke", "Må jeg træne efter behandlingen?"];
const cfg = loadConfig({ LOG_LEVEL: "info" });
const { bot } = wire(cfg, { print: () => {}, logDestination: new Writable({ write(_c, _e, d) { d(); } }) });
let seq = 0;
for (let i = 0; i < 20000; i++) await bot.handle({ from: "+457" + (seq++), body: texts[i % 5]!, messageSid: "SM" + seq, media: [] });
process.exit(0);
