import type { ValidationAcceptor } from 'langium';
import { isDefaultModifier, type Attribute, type DefaultModifier } from '../../generated/ast.js';
import { report } from '../rules/report.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?$/;

/**
 * Defaults the databases themselves would refuse when the table is created: a uuid, date, time or
 * timestamp string they cannot read, or a number that does not fit the column. The integrity rules
 * check that a default has the right kind; this checks its value, so the SQL runs on every engine.
 */
export class SqlDefaultValidator {
    checkDefaultValue(attribute: Attribute, accept: ValidationAcceptor): void {
        const modifier = attribute.modifiers.find(isDefaultModifier);
        const type = attribute.type;
        if (!modifier || !type?.primitive) return;
        const problem = invalidDefault(type.primitive, type.args, modifier);
        if (problem) {
            report(accept, 'sql-invalid-default', `PostgreSQL and MySQL reject this default: ${problem}.`, { node: modifier });
        }
    }
}

function invalidDefault(primitive: string, args: readonly number[], modifier: DefaultModifier): string | undefined {
    const text = modifier.string;
    const number = modifier.number;
    switch (primitive) {
        case 'uuid':
            return text !== undefined && !uuidPattern.test(text) ? `'${text}' is not a uuid; write one like "123e4567-e89b-12d3-a456-426614174000"` : undefined;
        case 'date':
            return text !== undefined && !isDate(text) ? `'${text}' is not a date; write YYYY-MM-DD, e.g. "2026-01-31", or use today` : undefined;
        case 'time':
            return text !== undefined && !isTime(text) ? `'${text}' is not a time; write HH:MM:SS, e.g. "09:30:00", or use now` : undefined;
        case 'datetime': {
            const [date, time, extra] = text?.split(/[ T]/) ?? [];
            return text !== undefined && (extra !== undefined || !isDate(date) || (time !== undefined && !isTime(time)))
                ? `'${text}' is not a timestamp; write YYYY-MM-DD HH:MM:SS, e.g. "2026-01-31 09:30:00", or use now` : undefined;
        }
        case 'int':
            return number !== undefined && (number < -2147483648 || number > 2147483647) ? `${number} does not fit an int (-2147483648 to 2147483647); use bigint` : undefined;
        case 'bigint':
            return number !== undefined && !Number.isSafeInteger(number) ? `${number} is beyond the whole numbers Tracewright can write exactly (±9007199254740991)` : undefined;
        case 'decimal': {
            if (number === undefined || args[0] === undefined) return undefined;
            const [precision, scale = 0] = args;
            // Databases round to the scale first, then need the integer digits to fit in precision - scale.
            const rounded = Math.round(Math.abs(number) * 10 ** scale) / 10 ** scale;
            return rounded >= 10 ** (precision - scale) ? `${number} does not fit decimal(${precision},${scale}), which holds less than ${10 ** (precision - scale)} in absolute value` : undefined;
        }
        default:
            return undefined;
    }
}

function isDate(text: string | undefined): boolean {
    const match = text ? datePattern.exec(text) : null;
    if (!match) return false;
    const [year, month, day] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isTime(text: string): boolean {
    const match = timePattern.exec(text);
    if (!match) return false;
    const [hours, minutes, seconds = '0'] = match.slice(1);
    return Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60;
}
