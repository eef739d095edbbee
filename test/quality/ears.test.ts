import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classifyEars, rewriteToEars } from '../../server/src/quality/ears.js';

describe('EARS pattern recognition', () => {
    test.each([
        ['The system shall record the approval time.', 'ubiquitous'],
        ['When a student submits a fault, the system shall record an incident.', 'event-driven'],
        ['While the desk is closed, the system shall show the opening hours.', 'state-driven'],
        ['If the mail server is down, then the system shall queue the message.', 'unwanted-behaviour'],
        ['Where SMS is included, the system shall text the reference.', 'optional-feature'],
        ['While an incident is open, when its target passes, the system shall alert the owner.', 'complex'],
        ['Tracewright shall quote reserved words.', 'ubiquitous']
    ])('%s → %s', (statement, pattern) => {
        expect(classifyEars(statement)?.pattern).toBe(pattern);
    });

    test('splits a statement into conditions, system and response', () => {
        expect(classifyEars('If the mail server is down, then the mailer shall retry every 5 minutes.')).toEqual({
            pattern: 'unwanted-behaviour',
            preconditions: [{ keyword: 'if', text: 'the mail server is down' }],
            system: 'the mailer',
            response: 'retry every 5 minutes.'
        });
    });

    test.each([
        'Incidents must be logged.',
        'The system should record the time.',
        'When the user logs in the system shall show the dashboard.',
        'Log every incident.',
        ''
    ])('no pattern: %s', statement => {
        expect(classifyEars(statement)).toBeUndefined();
    });

    test.each([
        ['The system should record the time.', 'The system shall record the time.'],
        ['Incidents get logged by the desk.', 'The system shall ensure that incidents get logged by the desk.'],
        ['During maintenance the site must show a banner', 'While maintenance, the site shall show a banner.'],
        ['When the user logs in the system shall show the dashboard.', 'When the user logs in, the system shall show the dashboard.'],
        ['If the server fails', 'If the server fails, then the system shall ‹response›.'],
        ['While maintenance runs, show a banner.', 'While maintenance runs, the system shall show a banner.'],
        ['Where SMS is included, text the reference', 'Where SMS is included, the system shall text the reference.']
    ])('rewrites %s', (statement, rewritten) => {
        expect(rewriteToEars(statement)).toBe(rewritten);
    });

    test('every rewrite follows a pattern, whatever the input', () => {
        fc.assert(fc.property(fc.string({ maxLength: 80 }), text => {
            expect(classifyEars(rewriteToEars(text))).toBeDefined();
        }), { numRuns: 500 });
    });
});
