/** The page script for the suite's browser tests: every element, registered. */
import { defineAll } from '../../../src/define.js';

defineAll();
