/**
 * Words PostgreSQL and MySQL reserve. Generated SQL quotes every identifier, so these names work, but
 * every hand-written query then has to quote them too: the naming hint warns early. (SQLite reserves
 * few words and accepts most of these as names.)
 */
const postgresReserved = `all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate
collation column concurrently constraint create cross current_catalog current_date current_role current_schema current_time
current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze from full
grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit localtime
localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references returning right
select session_user similar some symmetric system_user table tablesample then to trailing true union unique user using
variadic verbose when where window with`;
const mysqlReserved = `accessible add all alter analyze and as asc before between bigint binary blob both by call cascade case
change char character check collate column condition constraint continue convert create cross cube cume_dist current_date
current_time current_timestamp current_user cursor database databases default delayed delete dense_rank desc describe
distinct div double drop each else elseif empty enclosed escaped except exists exit explain false fetch first_value float
for force foreign from fulltext function generated get grant group grouping groups having high_priority if ignore in index
infile inner inout insert int integer intersect interval into is iterate join json_table key keys kill lag last_value
lateral lead leading leave left like limit linear lines load localtime localtimestamp lock long loop low_priority match
mod modifies natural not null nth_value ntile numeric of on optimize option optionally or order out outer outfile over
partition percent_rank precision primary procedure purge range rank read reads real recursive references regexp release
rename repeat replace require resignal restrict return revoke right rlike row row_number rows schema schemas select
sensitive separator set show signal smallint spatial specific sql sqlexception sqlstate sqlwarning ssl starting stored
straight_join system table terminated then to trailing trigger true undo union unique unlock unsigned update usage use
using values varchar varying virtual when where while window with write xor zerofill`;

const reservedBy = new Map<string, string[]>();
for (const [dialect, list] of [['PostgreSQL', postgresReserved], ['MySQL', mysqlReserved]] as const) {
    for (const word of list.split(/\s+/)) reservedBy.set(word, [...(reservedBy.get(word) ?? []), dialect]);
}

/** The dialects that reserve this word (case-insensitive), empty when none does. */
export function dialectsReserving(name: string): string[] {
    return reservedBy.get(name.toLowerCase()) ?? [];
}
