#!/usr/bin/env node
// Entry point of the `tracewright` command. The bundle needs Node >= 22 features (Object.groupBy);
// on an older Node (e.g. a global install run by the system's Node 20) they are filled in here.
if (typeof Object.groupBy !== 'function') {
    Object.groupBy = (items, key) => {
        const groups = Object.create(null);
        let index = 0;
        for (const item of items) (groups[key(item, index++)] ??= []).push(item);
        return groups;
    };
}
if (typeof Map.groupBy !== 'function') {
    Map.groupBy = (items, key) => {
        const groups = new Map();
        let index = 0;
        for (const item of items) {
            const k = key(item, index++);
            if (!groups.has(k)) groups.set(k, []);
            groups.get(k).push(item);
        }
        return groups;
    };
}
require('../dist/cli.cjs');
