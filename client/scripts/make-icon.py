"""Draws media/icon.png (128x128 RGBA): three linked nodes, goal -> requirement -> table,
on a rounded navy tile. Pure standard library (zlib), so the icon is reproducible without downloads.
Run: python3 client/scripts/make-icon.py"""
import math
import struct
import zlib

SIZE = 128
NAVY = (30, 58, 95)
WHITE = (255, 255, 255)
AMBER = (255, 190, 60)
TEAL = (90, 210, 190)


def inside_rounded_square(x, y, radius=24):
    cx = min(max(x, radius), SIZE - 1 - radius)
    cy = min(max(y, radius), SIZE - 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def distance_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


GOAL = (34, 34)
REQUIREMENT = (94, 52)
TABLE = (50, 96)


def colour_at(x, y):
    if not inside_rounded_square(x, y):
        return (0, 0, 0, 0)
    # The goal: an amber disc.
    if math.hypot(x - GOAL[0], y - GOAL[1]) <= 14:
        return AMBER + (255,)
    # The requirement: a white disc with a navy dot (a "checked" item).
    d = math.hypot(x - REQUIREMENT[0], y - REQUIREMENT[1])
    if d <= 5:
        return NAVY + (255,)
    if d <= 14:
        return WHITE + (255,)
    # The table: a teal square with a header line, standing for an entity.
    tx, ty = TABLE
    if abs(x - tx) <= 15 and abs(y - ty) <= 13:
        return (NAVY if y - (ty - 13) in (8, 9) else TEAL) + (255,)
    # The traces between them.
    if (distance_to_segment(x, y, *GOAL, *REQUIREMENT) <= 3.2
            or distance_to_segment(x, y, *REQUIREMENT, *TABLE) <= 3.2):
        return WHITE + (255,)
    return NAVY + (255,)


def png(width, height, pixels):
    raw = b''.join(b'\x00' + bytes(c for px in row for c in px) for row in pixels)

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


if __name__ == '__main__':
    rows = [[colour_at(x, y) for x in range(SIZE)] for y in range(SIZE)]
    with open('media/icon.png', 'wb') as out:
        out.write(png(SIZE, SIZE, rows))
