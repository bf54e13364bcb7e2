// Process entry of `npm start` and the container; the npm `bin` (cli.ts) runs the same routine.
import { start } from './start.js';

void start();
