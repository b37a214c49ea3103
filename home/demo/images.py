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
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    width, height = SIZE
    image = Image.new("RGB", SIZE, _tint(colour, 0.85))
    draw = ImageDraw.Draw(image)
    dark, mid, light = _tint(colour, -0.35), _tint(colour, 0), _tint(colour, 0.5)

    if motif == "network":
        nodes = [(rng.randint(80, width - 80), rng.randint(80, height - 80)) for _ in range(18)]
        for a in nodes:
            for b in sorted(nodes, key=lambda n: math.dist(a, n))[1:4]:
                draw.line([a, b], fill=light, width=6)
        for x, y in nodes:
            r = rng.randint(18, 44)
            draw.ellipse([x - r, y - r, x + r, y + r], fill=rng.choice([dark, mid]))
    elif motif == "steps":
        steps = 7
        for i in range(steps):
            x0 = i * width // steps
            top = height - (i + 1) * height // (steps + 1)
            draw.rectangle([x0, top, x0 + width // steps - 12, height], fill=(mid, dark)[i % 2])
    elif motif == "grid":
        cell = 150
        for x in range(0, width, cell):
            for y in range(0, height, cell):
                fill = rng.choice([light, mid, dark, _tint(colour, 0.85)])
                draw.rounded_rectangle(
                    [x + 10, y + 10, x + cell - 10, y + cell - 10], 18, fill=fill
                )
    elif motif == "circles":
        for _ in range(14):
            x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(60, 260)
            draw.ellipse([x - r, y - r, x + r, y + r], outline=rng.choice([dark, mid]), width=14)
    else:  # waves
        for band in range(9):
            points = [
                (x, height * (band + 1) / 10 + 40 * math.sin(x / 140 + band))
                for x in range(0, width + 20, 20)
            ]
            draw.line(points, fill=(dark, mid, light)[band % 3], width=22)

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


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
