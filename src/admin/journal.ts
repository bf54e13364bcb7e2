import { Router } from 'express';
import type { Journal } from '../http/journal.js';

const time = (value: string | undefined) => (value ? Date.parse(value) : undefined);

export function journalRouter(journal: Journal): Router {
  const router = Router();
  router.get('/journal', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    const entries = journal.list({
      path: q.path,
      partner: q.partner,
      responseCode: q.responseCode,
      limit: q.limit ? Number(q.limit) : undefined,
      reveal: q.reveal === 'true',
    });
    res.json({ entries });
  });
  // Counts for tests' checks (the client's expectCalled): by operation, partner, responseCode and HTTP status.
  router.get('/journal/summary', (req, res) => {
    const q = req.query as Record<string, string | undefined>;
    res.json(journal.summary({ since: time(q.since), until: time(q.until), operation: q.operation, partner: q.partner, responseCode: q.responseCode }));
  });
  router.delete('/journal', (_req, res) => {
    journal.clear();
    res.status(204).end();
  });
  return router;
}
