"""Draw the app icon with Qt and write resources/icons/sodanchu.png and .ico.

    .venv/bin/python installer/make_icon.py

A red rounded square (the flag's red) with a yellow open ledger and a yellow
star: no font needed, so it draws the same on every machine. The outputs are
committed; run this only to change the icon. The ``.ico`` holds PNG images of
16, 24, 32, 48, 64, 128 and 256 pixels (the PNG-in-ICO form Windows Vista+ reads).
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
RED = QColor("#C8102E")
DARK_RED = QColor("#8E0B20")
YELLOW = QColor("#FFCD00")
SIZES = (16, 24, 32, 48, 64, 128, 256)


def _star(cx: float, cy: float, r: float) -> QPolygonF:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.382
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return QPolygonF(points)


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    # Background: rounded red square with a darker rim.
    p.setPen(QPen(DARK_RED, 6))
    p.setBrush(QBrush(RED))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    # An open ledger: two yellow pages with a spine.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(YELLOW))
    left = QPolygonF([QPointF(40, 120), QPointF(124, 132), QPointF(124, 214), QPointF(40, 202)])
    right = QPolygonF([QPointF(132, 132), QPointF(216, 120), QPointF(216, 202), QPointF(132, 214)])
    p.drawPolygon(left)
    p.drawPolygon(right)
    # Ruled lines on the pages.
    p.setPen(QPen(RED, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for dy in (0, 22, 44):
        p.drawLine(QPointF(56, 142 + dy), QPointF(110, 150 + dy))
        p.drawLine(QPointF(146, 150 + dy), QPointF(200, 142 + dy))
    # The star above the book.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(YELLOW))
    p.drawPolygon(_star(128, 70, 46))
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file whose entries are PNG images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    body = b""
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        body += png
        offset += len(png)
    return header + entries + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    del app
    OUT.mkdir(parents=True, exist_ok=True)
    images = [(size, png_bytes(draw(size))) for size in SIZES]
    (OUT / "sodanchu.png").write_bytes(dict(images)[256])
    (OUT / "sodanchu.ico").write_bytes(ico_bytes(images))
    print(f"wrote {OUT / 'sodanchu.png'} and {OUT / 'sodanchu.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
