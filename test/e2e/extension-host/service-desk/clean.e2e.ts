import { describeCleanExample } from '../clean-example.js';

describeCleanExample('service-desk', 7);
