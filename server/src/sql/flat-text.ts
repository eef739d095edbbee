/**
 * A template tag that builds its string in one piece (Array.prototype.join) rather than through the
 * chain of concatenations a template literal compiles to. V8 represents a concatenation as a "cons
 * string" node that points at both halves, so a statement made by a template literal is a small tree
 * of objects, and a script holds tens of thousands of statements that stay alive until it is joined:
 * copying those trees is most of what the garbage collector does while generating SQL. A flat string
 * is one object, and the script is joined with a plain copy of each.
 *
 * flat`COMMENT ON TABLE ${name} IS ${comment};` gives the same text as the template literal.
 */
export function flat(strings: TemplateStringsArray, ...values: ReadonlyArray<string | number>): string {
    // Sized once: pushing would grow the array past what it needs.
    const parts = new Array<string | number>(2 * values.length + 1);
    parts[0] = strings[0];
    for (let i = 0; i < values.length; i++) {
        parts[2 * i + 1] = values[i];
        parts[2 * i + 2] = strings[i + 1];
    }
    return parts.join('');
}
