import { Router } from 'express';
import type { Journal } from '../http/journal.js';

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
  router.delete('/journal', (_req, res) => {
    journal.clear();
    res.status(204).end();
  });
  return router;
}
