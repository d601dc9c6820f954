"""Fonts of printed sheets: a family with Simplified Chinese glyphs (so a PDF embeds real
glyphs), one with a real bold face for phone numbers, and how a font is set up for print."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

CJK_FAMILIES = (
    "Microsoft YaHei", "微软雅黑", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC",
    "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei", "SimHei", "SimSun", "Droid Sans Fallback",
)


def set_font(font: QFont, points: float, bold: bool) -> None:
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)


@lru_cache(maxsize=1)
def cjk_family() -> str:
    """A font family with Simplified Chinese glyphs: a known good one if installed, else any
    family that declares the writing system, else the default (which may lack glyphs)."""
    families = QFontDatabase.families()
    available = set(families)
    for name in CJK_FAMILIES:
        if name in available:
            return name
    for name in families:
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(name):
            return name
    return QFont().family()


DIGIT_FAMILIES = ("Segoe UI", "Arial", "Helvetica Neue", "Helvetica", "Liberation Sans",
                  "DejaVu Sans", "Noto Sans", "Nimbus Sans")


@lru_cache(maxsize=1)
def digits_family() -> str:
    """The family for phone numbers in bold: the CJK family when it has a real bold face,
    else a common sans with one (Qt fakes a missing bold by drawing the text twice, which
    prints fine but doubles every digit in copied or extracted text)."""
    family = cjk_family()
    if "Bold" in QFontDatabase.styles(family):
        return family
    available = set(QFontDatabase.families())
    for name in DIGIT_FAMILIES:
        if name in available and "Bold" in QFontDatabase.styles(name):
            return name
    return family
