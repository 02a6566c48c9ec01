#!/usr/bin/env python3
"""Draws the two Teams icons (a running figure whose front kneecap is highlighted) and writes them as PNGs.

Standard library only, so the icons can be redrawn on any machine:
    python3 src/RunnersKnee.Bot/TeamsAppManifest/make-icons.py
Teams wants color.png 192x192 in full colour and outline.png 32x32 white on a transparent background.
"""
import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SUPERSAMPLE = 4

# The runner in a 0..1 box, as round-capped strokes (polylines) and a head.
HEAD, HEAD_RADIUS = (0.60, 0.17), 0.075
LIMBS = [
    [(0.55, 0.29), (0.45, 0.52)],                  # torso
    [(0.53, 0.32), (0.68, 0.42), (0.77, 0.33)],    # front arm
    [(0.52, 0.32), (0.37, 0.40), (0.29, 0.32)],    # back arm
    [(0.45, 0.52), (0.67, 0.62), (0.62, 0.84)],    # front leg, knee forward
    [(0.45, 0.52), (0.35, 0.71), (0.18, 0.68)],    # back leg
]
KNEECAP = (0.67, 0.62)

TEAL, WHITE, ORANGE = (14, 124, 134), (255, 255, 255), (245, 140, 40)


def in_segment(x, y, a, b, width):
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy)) <= width / 2


def in_disc(x, y, centre, radius):
    return math.hypot(x - centre[0], y - centre[1]) <= radius


def in_rounded_square(x, y, radius):
    qx = max(abs(x - 0.5) - (0.5 - radius), 0.0)
    qy = max(abs(y - 0.5) - (0.5 - radius), 0.0)
    return math.hypot(qx, qy) <= radius


def in_runner(x, y, width):
    if in_disc(x, y, HEAD, HEAD_RADIUS + width / 4):
        return True
    return any(in_segment(x, y, a, b, width) for limb in LIMBS for a, b in zip(limb, limb[1:]))


def render(size, shade):
    """shade(x, y) returns (r, g, b, a) for one sample; samples are averaged per pixel (premultiplied)."""
    rows = []
    n = size * SUPERSAMPLE
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0.0
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    cr, cg, cb, ca = shade((px * SUPERSAMPLE + sx + 0.5) / n, (py * SUPERSAMPLE + sy + 0.5) / n)
                    r, g, b, a = r + cr * ca, g + cg * ca, b + cb * ca, a + ca
            count = SUPERSAMPLE * SUPERSAMPLE
            if a == 0:
                row += bytes((255, 255, 255, 0))
            else:
                row += bytes((round(r / a), round(g / a), round(b / a), round(a / count * 255)))
        rows.append(bytes(row))
    return rows


def color_shade(x, y):
    if not in_rounded_square(x, y, 0.18):
        return (*WHITE, 0.0)
    if in_disc(x, y, KNEECAP, 0.07):
        return (*ORANGE, 1.0)
    return (*(WHITE if in_runner(x, y, 0.09) else TEAL), 1.0)


def outline_shade(x, y):
    inside = in_runner(x, y, 0.11) or in_disc(x, y, KNEECAP, 0.08)
    return (*WHITE, 1.0 if inside else 0.0)


def write_png(path, size, rows):
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as file:
        file.write(png)


if __name__ == "__main__":
    write_png(os.path.join(HERE, "color.png"), 192, render(192, color_shade))
    write_png(os.path.join(HERE, "outline.png"), 32, render(32, outline_shade))
