/**
 * A seeded, realistic-looking data model plus the analysis that justifies it, as plain records.
 * Rendering to Tracewright text (synthetic-workspace.ts) and to DBML (synthetic-dbml.ts) reads the
 * same records, so the peer benchmark parses exactly the same schema.
 */

/** Mulberry32: tiny, fast and the same on every machine, so a seed always gives the same workspace. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export interface SyntheticAttribute {
    name: string;
    /** Tracewright type text: `int`, `text(120)`, `decimal(12,2)` or an enum name. */
    type: string;
    modifiers: string[];
    isEnum: boolean;
}

export interface SyntheticEntity {
    index: number;
    name: string;
    noun: string;
    attributes: SyntheticAttribute[];
}

export interface SyntheticRelationship {
    name: string;
    /** The entity that gets the foreign key (the `*` end). */
    from: string;
    to: string;
}

export interface SyntheticEnum {
    name: string;
    literals: string[];
}

export interface SyntheticRequirement {
    name: string;
    kind: 'functional' | 'performance';
    statement: string;
    priority: 'must' | 'should' | 'could';
    story: string;
    goal: string;
    /** `Entity.attribute` texts. */
    traces: string[];
    fit?: string;
}

/** Everything that belongs to one entity; files are made of whole blocks, in order. */
export interface SyntheticBlock {
    enumeration?: SyntheticEnum;
    goal?: { name: string; title: string; owner: string };
    entity: SyntheticEntity;
    relationships: SyntheticRelationship[];
    story: { name: string; title: string; role: string; goal: string; entity: string };
    requirements: SyntheticRequirement[];
}

export interface SyntheticModel {
    stakeholders: Array<{ name: string; description: string }>;
    blocks: SyntheticBlock[];
}

const nouns = ['Customer', 'Invoice', 'Order', 'Product', 'Supplier', 'Shipment', 'Payment', 'Ticket', 'Asset', 'Contract',
    'Employee', 'Department', 'Project', 'Booking', 'Vehicle', 'Warehouse', 'Account', 'Campaign', 'Course', 'Incident'];
const stakeholders = [
    { name: 'Clerk', description: 'Enters and maintains day-to-day records' },
    { name: 'Manager', description: 'Approves and reports' },
    { name: 'Auditor', description: 'Checks compliance' },
    { name: 'Customer', description: 'Uses the self-service portal' }
];
const verbs = ['record', 'show', 'validate', 'export', 'search by', 'keep a history of', 'let a manager correct', 'report on'];
// Candidate attributes after the key; each entity takes 7 of them in a seeded order.
const attributePool: Array<Omit<SyntheticAttribute, 'isEnum'>> = [
    { name: 'code', type: 'text(20)', modifiers: ['unique'] },
    { name: 'title', type: 'text(120)', modifiers: [] },
    { name: 'notes', type: 'text', modifiers: ['optional'] },
    { name: 'amount', type: 'decimal(12,2)', modifiers: ['default 0'] },
    { name: 'quantity', type: 'int', modifiers: ['default 0'] },
    { name: 'createdAt', type: 'datetime', modifiers: ['default now'] },
    { name: 'dueOn', type: 'date', modifiers: ['optional'] },
    { name: 'active', type: 'bool', modifiers: ['default true'] },
    { name: 'contactEmail', type: 'text(200)', modifiers: ['optional', 'pii'] },
    { name: 'reference', type: 'uuid', modifiers: [] },
    { name: 'weight', type: 'decimal(8,3)', modifiers: ['optional'] }
];

export function pad(n: number, width: number): string {
    return String(n).padStart(width, '0');
}

/** N entities with ~8 attributes, 1-2 relationships to earlier entities, an enum every 20, and 10 requirements each. */
export function syntheticModel(entityCount: number, seed = 1): SyntheticModel {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const blocks: SyntheticBlock[] = [];
    const entities: SyntheticEntity[] = [];
    let currentEnum: SyntheticEnum | undefined;
    let currentGoal = '';
    let requirementNumber = 0;
    for (let i = 0; i < entityCount; i++) {
        const block: Partial<SyntheticBlock> = {};
        if (i % 20 === 0) {
            currentEnum = { name: `Status${pad(i / 20 + 1, 4)}`, literals: ['Draft', 'Active', 'OnHold', 'Closed'] };
            block.enumeration = currentEnum;
            currentGoal = `G${pad(i / 20 + 1, 4)}`;
            block.goal = { name: currentGoal, title: `Run the ${nouns[(i / 20) % nouns.length].toLowerCase()} process without paper`, owner: pick(stakeholders).name };
        }
        const noun = nouns[i % nouns.length];
        const entity: SyntheticEntity = { index: i, name: `${noun}${pad(i + 1, 5)}`, noun, attributes: [] };
        entity.attributes.push({ name: 'id', type: 'int', modifiers: ['pk', 'auto'], isEnum: false });
        const pool = [...attributePool].sort(() => random() - 0.5).slice(0, currentEnum && random() < 0.5 ? 6 : 7);
        for (const attribute of pool) entity.attributes.push({ ...attribute, isEnum: false });
        if (entity.attributes.length < 8 && currentEnum) {
            entity.attributes.push({ name: 'status', type: currentEnum.name, modifiers: [`default ${currentEnum.literals[0]}`], isEnum: true });
        }
        const relationships: SyntheticRelationship[] = [];
        const relationshipCount = i === 0 ? 0 : 1 + Math.floor(random() * 2);
        const targets = new Set<number>();
        for (let r = 0; r < relationshipCount; r++) targets.add(Math.floor(random() * i));
        for (const target of targets) {
            relationships.push({ name: `${entity.name}To${entities[target].name}`, from: entity.name, to: entities[target].name });
        }
        const story = { name: `US${pad(i + 1, 5)}`, title: `Manage ${noun.toLowerCase()} records`, role: pick(stakeholders).name, goal: currentGoal, entity: entity.name };
        const requirements: SyntheticRequirement[] = [];
        for (let r = 0; r < 10; r++) {
            requirementNumber++;
            // Requirements walk the entity's non-key attributes, so every attribute is traced at least once.
            const own = entity.attributes[1 + (r % (entity.attributes.length - 1))];
            const traces = [`${entity.name}.${own.name}`];
            if (r < relationships.length) {
                // Relationships need a justification too: the first requirements trace them.
                traces.push(relationships[r].name);
            } else if (i > 0 && random() < 0.5) {
                const other = entities[Math.floor(random() * i)];
                traces.push(`${other.name}.${pick(other.attributes.slice(1)).name}`);
            }
            const performance = r === 9;
            requirements.push({
                name: `${performance ? 'NFR' : 'FR'}${pad(requirementNumber, 6)}`,
                kind: performance ? 'performance' : 'functional',
                statement: performance
                    ? `The system shall show the ${noun.toLowerCase()} list within two seconds.`
                    : `The system shall ${pick(verbs)} the ${own.name} of each ${noun.toLowerCase()}.`,
                priority: pick(['must', 'should', 'could'] as const),
                story: story.name,
                goal: currentGoal,
                traces,
                fit: performance ? `95% of list requests with 10,000 ${noun.toLowerCase()} records answer in under 2 s.` : undefined
            });
        }
        entities.push(entity);
        blocks.push({ ...block, entity, relationships, story, requirements } as SyntheticBlock);
    }
    return { stakeholders, blocks };
}
