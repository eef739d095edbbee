import { pad, syntheticModel, type SyntheticBlock, type SyntheticModel } from './synthetic-model.js';

/**
 * Synthetic Tracewright workspaces for the benchmark: the seeded model of synthetic-model.ts written
 * in the real syntax and laid out as one file, or 10/100 files either "mixed" (each file holds whole
 * blocks: entity, relationships, story and requirements together) or "split" (half the files hold
 * the data model, the other half the analysis).
 */
export type LayoutName = 'single' | 'mixed-10' | 'split-10' | 'mixed-100' | 'split-100';
export const layouts: readonly LayoutName[] = ['single', 'mixed-10', 'split-10', 'mixed-100', 'split-100'];

export interface SyntheticWorkspace {
    model: SyntheticModel;
    /** File name -> text. */
    files: Record<string, string>;
    bytes: number;
}

export function syntheticWorkspace(entityCount: number, layout: LayoutName, seed = 1): SyntheticWorkspace {
    const model = syntheticModel(entityCount, seed);
    const files: Record<string, string> = {};
    const fileCount = layout === 'single' ? 1 : Number(layout.split('-')[1]);
    const split = layout.startsWith('split');
    const groups = split ? fileCount / 2 : fileCount;
    const chunks = chunk(model.blocks, groups);
    chunks.forEach((blocks, index) => {
        const header = index === 0 ? stakeholdersText(model) : '';
        if (split) {
            files[`model-${pad(index + 1, 3)}.req`] = blocks.map(dataModelText).join('');
            files[`analysis-${pad(index + 1, 3)}.req`] = header + blocks.map(analysisText).join('');
        } else {
            files[`part-${pad(index + 1, 3)}.req`] = header + blocks.map(block => dataModelText(block) + analysisText(block)).join('');
        }
    });
    let bytes = 0;
    for (const text of Object.values(files)) bytes += Buffer.byteLength(text, 'utf8');
    return { model, files, bytes };
}

/** `count` contiguous slices of nearly equal length (some may be empty when there are few blocks). */
function chunk<T>(items: readonly T[], count: number): T[][] {
    const result: T[][] = [];
    for (let i = 0; i < count; i++) {
        result.push(items.slice(Math.floor(i * items.length / count), Math.floor((i + 1) * items.length / count)));
    }
    return result;
}

function stakeholdersText(model: SyntheticModel): string {
    return model.stakeholders.map(s => `stakeholder ${s.name} "${s.description}"\n`).join('') + '\n';
}

export function dataModelText(block: SyntheticBlock): string {
    const lines: string[] = [];
    if (block.enumeration) {
        lines.push(`enum ${block.enumeration.name} { ${block.enumeration.literals.join(' ')} }`, '');
    }
    const entity = block.entity;
    lines.push(`entity ${entity.name} "A ${entity.noun.toLowerCase()} the organisation keeps track of" {`);
    for (const attribute of entity.attributes) {
        lines.push(`    ${attribute.name}: ${[attribute.type, ...attribute.modifiers].join(' ')}`);
    }
    lines.push('}');
    for (const relationship of block.relationships) {
        lines.push(`relationship ${relationship.name}: ${relationship.from} * -- 1 ${relationship.to} "belongs to"`);
    }
    lines.push('');
    return lines.join('\n') + '\n';
}

export function analysisText(block: SyntheticBlock): string {
    const lines: string[] = [];
    if (block.goal) {
        lines.push(`goal ${block.goal.name} "${block.goal.title}" { measure "Paper forms down by 90% within a year" owner ${block.goal.owner} }`, '');
    }
    const story = block.story;
    lines.push(
        `story ${story.name} "${story.title}" {`,
        `    as ${story.role} want "to keep ${story.entity} records up to date" so "decisions use current data"`,
        `    realizes ${story.goal}`,
        `    priority should`,
        `    acceptance "a new record is saved" { given "a signed-in ${story.role.toLowerCase()}" when "they save a complete form" then "the record is listed" }`,
        `    uses ${story.entity}(create, read, update)`,
        '}'
    );
    for (const requirement of block.requirements) {
        lines.push(`requirement ${requirement.name} ${requirement.kind} "${requirement.statement}" {`);
        if (requirement.fit) lines.push(`    fit "${requirement.fit}"`);
        lines.push(`    priority ${requirement.priority} satisfies ${requirement.story} traces ${requirement.traces.join(', ')}`, '}');
    }
    lines.push('');
    return lines.join('\n') + '\n';
}
