/** `1 file`, `2 files`, `0 entities`: a count with its noun, singular only for one. */
export function counted(n: number, one: string, many = `${one}s`): string {
    return `${n} ${n === 1 ? one : many}`;
}
