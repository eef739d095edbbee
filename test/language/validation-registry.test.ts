import { describe, expect, test } from 'vitest';
import type { Entity } from '../../server/src/generated/ast.js';
import type { SynchronousValidationRegistry } from '../../server/src/language/validation/synchronous-validation-registry.js';
import { buildWorkspace } from '../helpers/workspace.js';

describe('the checks the registry hands out per node type and categories', () => {
    test('follow the categories asked for, whichever list object names them, and new registrations', async () => {
        const ws = await buildWorkspace({ 'a.req': 'entity A { id: int pk }\n' });
        const registry = ws.Tracewright.validation.ValidationRegistry as SynchronousValidationRegistry;
        const fast = registry.checksFor('Entity', ['fast']).length;
        const all = registry.checksFor('Entity', undefined).length;
        registry.register({ Entity: (_entity: Entity) => { /* a check of its own category */ } }, undefined, 'slow');
        expect(registry.checksFor('Entity', ['slow']).length).toBe(1);
        expect(registry.checksFor('Entity', ['fast']).length).toBe(fast);
        expect(registry.checksFor('Entity', undefined).length).toBe(all + 1);
        const both = ['fast', 'slow'];
        expect(registry.checksFor('Entity', both).length).toBe(fast + 1);
        expect(registry.checksFor('Entity', both)).toBe(registry.checksFor('Entity', ['fast', 'slow']));
        expect(registry.checksFor('Entity', [])).toEqual([]);
        registry.register({ Entity: (_entity: Entity) => { /* a later registration */ } }, undefined, 'fast');
        expect(registry.checksFor('Entity', both).length).toBe(fast + 2);
    });
});
