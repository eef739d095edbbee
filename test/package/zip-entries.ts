import { inflateRawSync } from 'node:zlib';

/** One file of a zip archive (a .vsix is a zip), with its sizes as recorded in the central directory. */
export interface ZipEntry {
    name: string;
    compressedSize: number;
    size: number;
    /** The file's bytes, inflated when needed. */
    read(): Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * Lists a zip archive from its central directory. Written here (40 lines) rather than depending on
 * yauzl, which is only a transitive dependency of vsce and ships no types. No zip64: a .vsix this
 * size never needs it, and an archive that did would fail loudly on the signatures below.
 */
export function zipEntries(zip: Buffer): ZipEntry[] {
    let end = zip.length - 22;
    while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
    if (end < 0) throw new Error('not a zip archive: no end-of-central-directory record');
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) throw new Error(`bad central directory entry at ${offset}`);
        const method = zip.readUInt16LE(offset + 10);
        const compressedSize = zip.readUInt32LE(offset + 20);
        const size = zip.readUInt32LE(offset + 24);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        const localHeader = zip.readUInt32LE(offset + 42);
        const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
        entries.push({
            name, compressedSize, size,
            read() {
                if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) throw new Error(`bad local header for ${name}`);
                const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
                const data = zip.subarray(start, start + compressedSize);
                return method === 0 ? Buffer.from(data) : inflateRawSync(data);
            }
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}
