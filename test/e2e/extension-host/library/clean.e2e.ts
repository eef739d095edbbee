import { describeCleanExample } from '../clean-example.js';

describeCleanExample('library', 3);
