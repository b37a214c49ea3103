"""Abstract illustrations drawn with Pillow, so the demo needs no downloaded images."""

import colorsys
import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

SIZE = (1600, 900)


def _tint(hex_colour, factor):
    """Lighten (factor > 0) or darken (factor < 0) a #rrggbb colour."""
    rgb = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    target = 255 if factor > 0 else 0
    return tuple(round(c + (target - c) * abs(factor)) for c in rgb)


def render(colour, motif, seed):
    """An illustration in the demo's one composition: a sky in two tints of `colour`, a sun,
    two hills on a horizon, and the motif's emblem standing on them in the darkest tone;
    `seed` varies the details, so that no two are the same."""
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    width, height = SIZE
    sky, haze, light, mid, dark = (_tint(colour, f) for f in (0.88, 0.7, 0.45, 0, -0.45))
    image = Image.new("RGB", SIZE, sky)
    draw = ImageDraw.Draw(image)
    horizon = round(height * 0.68)
    for row in range(horizon):  # the sky fades into haze down to the horizon
        share = row / horizon
        draw.line(
            [(0, row), (width, row)],
            fill=tuple(round(a + (b - a) * share) for a, b in zip(sky, haze, strict=True)),
        )
    sun_x, sun_y, sun_r = width * rng.uniform(0.7, 0.85), height * 0.26, 110
    draw.ellipse([sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r], fill=light)
    for hill, (centre, tone) in enumerate(
        ((rng.uniform(0.15, 0.35), mid), (rng.uniform(0.65, 0.9), light))
    ):
        rise = height * (0.16 if hill == 0 else 0.1)
        draw.ellipse(
            [width * (centre - 0.55), horizon - rise, width * (centre + 0.55), horizon + rise * 3],
            fill=tone,
        )
    draw.rectangle([0, horizon + height * 0.05, width, height], fill=mid)
    _EMBLEMS.get(motif, _waves)(draw, rng, width / 2, horizon, dark, light)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _network(draw, rng, x, ground, dark, light):
    """Partners: a constellation of linked nodes above the hills."""
    nodes = [(x + rng.uniform(-420, 420), ground - rng.uniform(160, 520)) for _ in range(9)]
    for a in nodes:
        for b in sorted(nodes, key=lambda n: math.dist(a, n))[1:3]:
            draw.line([a, b], fill=dark, width=8)
    for node_x, node_y in nodes:
        r = rng.choice((20, 28, 36))
        draw.ellipse(
            [node_x - r, node_y - r, node_x + r, node_y + r], fill=dark, outline=light, width=6
        )


def _steps(draw, rng, x, ground, dark, light):
    """Growth: rising columns and an arrow over them."""
    for i in range(5):
        top = ground - 90 - i * rng.uniform(70, 90)
        left = x - 330 + i * 140
        draw.rounded_rectangle([left, top, left + 100, ground], 14, fill=dark)
    draw.line([(x - 300, ground - 180), (x + 330, ground - 520)], fill=light, width=16)
    draw.polygon(
        [(x + 360, ground - 540), (x + 290, ground - 530), (x + 335, ground - 470)], fill=light
    )


def _grid(draw, rng, x, ground, dark, light):
    """Industry: a workshop with a saw-tooth roof, a chimney and lit windows."""
    left, right, eaves = x - 380, x + 380, ground - 260
    draw.rectangle([x + 200, eaves - 200, x + 260, eaves], fill=dark)
    draw.rectangle([left, eaves, right, ground], fill=dark)
    for tooth in range(4):
        start = left + tooth * 190
        draw.polygon([(start, eaves), (start + 190, eaves), (start + 190, eaves - 110)], fill=dark)
    for column in range(6):
        for row in range(2):
            if rng.random() < 0.8:
                window_x, window_y = left + 50 + column * 120, eaves + 40 + row * 100
                draw.rectangle([window_x, window_y, window_x + 70, window_y + 55], fill=light)


def _circles(draw, rng, x, ground, dark, light):
    """Making: two meshed gears."""
    for centre_x, centre_y, radius, teeth in (
        (x - 150, ground - 260, 200, 12),
        (x + 170, ground - 380, 130, 9),
    ):
        turn = rng.uniform(0, math.pi)
        outline = []
        for step in range(teeth * 4):
            angle = turn + step * math.pi / (teeth * 2)
            reach = radius + (34 if step % 4 in (1, 2) else 0)
            outline.append((centre_x + reach * math.cos(angle), centre_y + reach * math.sin(angle)))
        draw.polygon(outline, fill=dark)
        hole = radius * 0.38
        draw.ellipse(
            [centre_x - hole, centre_y - hole, centre_x + hole, centre_y + hole], fill=light
        )


def _waves(draw, rng, x, ground, dark, light):
    """Energy and water: waves rolling in front of the hills."""
    phase = rng.uniform(0, math.pi)
    for band in range(4):
        base = ground + 30 + band * 60
        points = [
            (px, base + 26 * math.sin(px / 120 + phase + band))
            for px in range(-20, round(x * 2) + 40, 20)
        ]
        draw.line(points, fill=(dark, light)[band % 2], width=18)


_EMBLEMS = {
    "network": _network,
    "steps": _steps,
    "grid": _grid,
    "circles": _circles,
    "waves": _waves,
}


def _logo_tone(hex_colour):
    """The colour's hue at the lightness and saturation every demo logo shares: one family of
    logos, each with white initials that read well on it."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, _lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    return tuple(round(c * 255) for c in colorsys.hls_to_rgb(hue, 0.33, min(saturation, 0.6)))


def render_logo(colour, initials):
    """A square logo in the demo's one style: a rounded tile in the company's hue, a lighter
    quarter circle rising from its corner, and the company's initials in white."""
    size = 400
    tone = _logo_tone(colour)
    tile = Image.new("RGB", (size, size), tone)
    ImageDraw.Draw(tile).ellipse(
        [size * 0.55, size * 0.55, size * 1.45, size * 1.45],
        fill=tuple(round(c + (255 - c) * 0.22) for c in tone),
    )
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, size - 1, size - 1], 84, fill=255)
    image = Image.new("RGB", (size, size), "white")
    image.paste(tile, (0, 0), mask)
    font = ImageFont.load_default(size=150)
    ImageDraw.Draw(image).text(
        (size * 0.46, size * 0.46), initials, fill="white", font=font, anchor="mm"
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
