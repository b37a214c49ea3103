"""Abstract illustrations drawn with Pillow, so the demo needs no downloaded images."""

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


def render_logo(colour, shape, initials):
    """A square logo: a coloured shape with the company's initials."""
    size = 400
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    box = [40, 40, size - 40, size - 40]
    if shape == "circle":
        draw.ellipse(box, fill=colour)
    elif shape == "rounded":
        draw.rounded_rectangle(box, 70, fill=colour)
    elif shape == "hexagon":
        centre, radius = size / 2, size / 2 - 40
        draw.polygon(
            [
                (
                    centre + radius * math.cos(math.pi / 3 * i),
                    centre + radius * math.sin(math.pi / 3 * i),
                )
                for i in range(6)
            ],
            fill=colour,
        )
    else:
        draw.rectangle(box, fill=colour)
    font = ImageFont.load_default(size=150)
    draw.text((size / 2, size / 2), initials, fill="white", font=font, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
