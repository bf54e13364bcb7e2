// The baseline of `npm run bench`: a bare Express 5 JSON POST endpoint, nothing else.
import express from 'express';

const app = express();
app.use(express.json());
app.get('/health', (_req, res) => res.json({ status: 'ok' }));
app.post('/echo', (req, res) => {
  res.json({ responseCode: '2000000', responseMessage: 'Successful', echo: req.body?.partnerReferenceNo ?? null });
});
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`ready ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
