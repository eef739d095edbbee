import fc from 'fast-check';

/**
 * Random data models (fast-check), printed as .req text: names that are SQL reserved words, language
 * keywords, unicode, long, or differ only in case; every type with edge-case arguments and defaults;
 * keys single, composite and auto; relationships with every cardinality, self and cyclic, with roles
 * and attributes. Most models are valid; the ones the editor rejects are kept too, because the
 * property is "the editor shows an error, or the SQL runs".
 */
export interface RandomModel {
    text: string;
    entityCount: number;
    relationshipCount: number;
}

const reservedWords = ['select', 'order', 'user', 'table', 'group', 'key', 'index', 'from', 'where', 'limit', 'check', 'default',
    'primary', 'references', 'column', 'constraint', 'values', 'end', 'case', 'desc', 'Range', 'Rows', 'Window', 'Level'];
const languageKeywords = ['entity', 'text', 'date', 'priority', 'status', 'source', 'owner', 'release', 'pk', 'unique', 'now', 'true', 'many', 'one'];
const unicodeNames = ['Straße', 'Café', 'Ñandú', 'Übergröße', 'Émile', 'Ölçü', 'Ελλάδα', 'Книга', '日本語', 'naïve_coördinate'];

const plainName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/);
const longName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{55,90}$/);

/** A name a user could write: mostly plain, often hostile. */
export const nameArbitrary: fc.Arbitrary<string> = fc.oneof(
    { weight: 5, arbitrary: plainName },
    { weight: 2, arbitrary: fc.constantFrom(...reservedWords) },
    { weight: 1, arbitrary: fc.constantFrom(...languageKeywords) },
    { weight: 2, arbitrary: fc.constantFrom(...unicodeNames) },
    { weight: 1, arbitrary: longName }
);

/** Text for descriptions: quotes, backslashes, SQL comment and string delimiters, unicode, newlines. */
export const proseArbitrary: fc.Arbitrary<string> = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(`it's "quoted" \\ here`, `'; DROP TABLE x; --`, '*/ /* -- ', 'Ünïcödé “smart” ‘quotes’ — 😀', 'line\nbreak', '$$ $tag$ %s %%'),
    // Hostile to the diagram and the webview: markup, script, directives, entities, links, CSS.
    fc.constantFrom('<img src=x onerror="window.__pwned=1;alert(1)">', '</text><script>window.__pwned=2</script>', '%%{init: {"securityLevel":"loose"}}%%',
        'javascript:window.__pwned=3', '&lt;b&gt; &amp; #quot; #60;', '<style>*{display:none}</style>', 'classDef x fill:#f00;', '``` } { : ; ||--o{')
);

export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const cardinalities = ['1', '0..1', '*', '1..*', '0..*'] as const;

interface AttributeSpec { name: string; type: string; modifiers: string[]; description?: string }

const scalarType = fc.oneof(
    fc.constantFrom('int', 'bigint', 'text', 'bool', 'date', 'time', 'datetime', 'uuid'),
    fc.integer({ min: 1, max: 400 }).map(n => `text(${n})`),
    fc.tuple(fc.integer({ min: 1, max: 65 }), fc.integer({ min: 0, max: 30 })).map(([p, s]) => `decimal(${p},${Math.min(p, s)})`),
    fc.constant('decimal')
);

/** A default that fits the type most of the time; a random string for uuid, dates and times (is it checked?). */
function defaultFor(type: string, enumLiterals: string[] | undefined): fc.Arbitrary<string | undefined> {
    if (enumLiterals) return fc.option(fc.constantFrom(...enumLiterals).map(l => `default ${l}`), { nil: undefined });
    const base = type.replace(/\(.*/, '');
    const byType: Record<string, fc.Arbitrary<string>> = {
        int: fc.integer({ min: -1000, max: 1000 }).map(n => `default ${n}`),
        bigint: fc.integer().map(n => `default ${n}`),
        decimal: fc.constantFrom('default 0', 'default 1.5', 'default -2'),
        text: fc.string({ maxLength: 12 }).map(s => `default ${quote(s)}`),
        bool: fc.constantFrom('default true', 'default false'),
        date: fc.constantFrom('default today', 'default "2026-01-31"', 'default "not a date"'),
        time: fc.constantFrom('default now', 'default "09:30:00"', 'default "25:99"'),
        datetime: fc.constantFrom('default now', 'default "2026-01-01 00:00:00"', 'default "yesterday"'),
        uuid: fc.constantFrom('default "123e4567-e89b-12d3-a456-426614174000"', 'default "abc"')
    };
    return fc.option(byType[base], { nil: undefined, freq: 3 });
}

const modifierFlags = fc.subarray(['optional', 'unique', 'pii'] as const);

export const modelArbitrary: fc.Arbitrary<RandomModel> = fc.record({
    names: fc.uniqueArray(nameArbitrary, { minLength: 12, maxLength: 24, selector: n => n.toLowerCase() }),
    entityCount: fc.integer({ min: 1, max: 5 }),
    enumCount: fc.integer({ min: 0, max: 2 }),
    cardinalityPairs: fc.array(fc.tuple(fc.constantFrom(...cardinalities), fc.constantFrom(...cardinalities), fc.nat(), fc.nat(), fc.boolean(), fc.boolean()), { maxLength: 6 }),
    attributeDraws: fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), scalarType, modifierFlags, fc.nat(), fc.option(proseArbitrary, { nil: undefined })), { minLength: 1, maxLength: 24 }),
    keyShape: fc.array(fc.constantFrom('auto', 'single', 'composite', 'uuid'), { minLength: 5, maxLength: 5 }),
    defaults: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
    descriptions: fc.array(fc.option(proseArbitrary, { nil: undefined }), { minLength: 8, maxLength: 8 })
}).chain(draw => {
    // Defaults depend on each attribute's type, so they are drawn in a second step.
    const typed = draw.attributeDraws.map(([entity, type, flags, enumPick]) => ({ entity, type, flags, enumPick }));
    return fc.tuple(fc.constant(draw), fc.tuple(...typed.map(a => defaultFor(a.type, undefined))));
}).map(([draw, defaults]) => printModel(draw, defaults));

type Draw = {
    names: string[]; entityCount: number; enumCount: number;
    cardinalityPairs: Array<[string, string, number, number, boolean, boolean]>;
    attributeDraws: Array<[number, string, Array<'optional' | 'unique' | 'pii'>, number, string | undefined]>;
    keyShape: string[]; defaults: boolean[]; descriptions: Array<string | undefined>;
};

function printModel(draw: Draw, defaults: Array<string | undefined>): RandomModel {
    const names = [...draw.names];
    const take = () => names.shift() ?? `N${names.length}`;
    const entities = Array.from({ length: Math.min(draw.entityCount, 5) }, take);
    const enums = Array.from({ length: draw.enumCount }, () => ({ name: take(), literals: ['A', 'B_2', 'Ç3'].slice(0, 1 + (names.length % 3)) }));
    const lines: string[] = [];
    for (const enumeration of enums) lines.push(`enum ${enumeration.name} { ${enumeration.literals.join(' ')} }`);
    entities.forEach((entity, index) => {
        const attributes: AttributeSpec[] = keyAttributes(draw.keyShape[index]);
        const used = new Set(attributes.map(a => a.name.toLowerCase()));
        draw.attributeDraws.forEach(([owner, type, flags, enumPick, description], i) => {
            if (owner % entities.length !== index) return;
            let name = draw.names[(enumPick + i) % draw.names.length];
            if (used.has(name.toLowerCase())) name = `${name}_${i}`;
            used.add(name.toLowerCase());
            const enumeration = enums.length > 0 && enumPick % 4 === 0 ? enums[enumPick % enums.length] : undefined;
            const modifiers: string[] = [...flags];
            const wanted = enumeration ? (draw.defaults[i] ? `default ${enumeration.literals[0]}` : undefined) : defaults[i];
            if (wanted) modifiers.push(wanted);
            attributes.push({ name, type: enumeration?.name ?? type, modifiers, ...(description !== undefined ? { description } : {}) });
        });
        const description = draw.descriptions[index];
        lines.push(`entity ${entity}${description !== undefined ? ' ' + quote(description) : ''} {`);
        for (const a of attributes) lines.push(`  ${a.name}: ${[a.type, ...a.modifiers].join(' ')}${a.description !== undefined ? ' ' + quote(a.description) : ''}`);
        if (draw.keyShape[index] === 'composite' && attributes.length > 3) lines.push(`  constraint unique (${attributes[2].name}, ${attributes[3].name})`);
        lines.push('}');
    });
    draw.cardinalityPairs.forEach(([sc, tc, s, t, sourceRole, targetRole], i) => {
        const source = entities[s % entities.length], target = entities[t % entities.length];
        const roles = [sourceRole || source === target ? ' as from_' + i : '', targetRole ? ' as to_' + i : ''];
        const many = sc.includes('*') && tc.includes('*');
        const body = many && i % 2 === 0 ? ` { since: date  note: text optional }` : '';
        const verb = draw.descriptions[(i + 3) % draw.descriptions.length] ?? `rel ${i}`;
        lines.push(`relationship ${take()}: ${source}${roles[0]} ${sc} -- ${tc} ${target}${roles[1]} ${quote(verb)}${body}`);
    });
    return { text: lines.join('\n') + '\n', entityCount: entities.length, relationshipCount: draw.cardinalityPairs.length };
}

function keyAttributes(shape: string): AttributeSpec[] {
    switch (shape) {
        case 'auto': return [{ name: 'id', type: 'int', modifiers: ['pk', 'auto'] }];
        case 'uuid': return [{ name: 'id', type: 'uuid', modifiers: ['pk'] }];
        case 'composite': return [{ name: 'code', type: 'text(20)', modifiers: ['pk'] }, { name: 'year', type: 'int', modifiers: ['pk'] }];
        default: return [{ name: 'number', type: 'bigint', modifiers: ['pk'] }];
    }
}
