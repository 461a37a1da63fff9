import express from "express";

// Target (a), the ceiling: the same stack parsing the same form body, answering fixed TwiML.
const app = express();
app.disable("x-powered-by");
const TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Tak for din besked.</Message></Response>';
app.post("/sms", express.urlencoded({ extended: false, limit: "64kb" }), (req, res) => {
  if (!req.body?.From) return void res.status(400).send("bad request");
  res.type("text/xml").send(TWIML);
});
app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
app.listen(Number(process.env.PORT ?? 3100), "127.0.0.1");
