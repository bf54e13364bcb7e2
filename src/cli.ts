#!/usr/bin/env node
// The npm `bin`: `npx doku-snap-sandbox --port 8080 --data ./db.json --scenario topup-timeout`.
import { start } from './start.js';

void start();
