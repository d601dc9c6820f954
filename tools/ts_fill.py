"""Fill unfinished translations from the same source text elsewhere in the .ts file.

When code moves to another class (a window split into parts, a dialog renamed), lupdate files
its strings under the new context as unfinished and drops the old ones with -no-obsolete.
Run this between lupdate and lrelease: every unfinished message whose source text is
translated in another context (or was, before lupdate marked it obsolete) takes that
translation. It prints what it filled and what is still unfinished.

    python tools/ts_fill.py resources/translations/contact_book_zh_CN.ts [OLD.ts ...]

OLD.ts files (e.g. ``git show HEAD:resources/translations/contact_book_zh_CN.ts``) are read
for translations too.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def translated(root: ET.Element) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of the finished (or obsolete) messages."""
    known = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or message.find("numerusform") is not None:
                continue
            if translation.get("type") in (None, "obsolete", "vanished") and translation.text:
                known[(name, message.findtext("source") or "")] = translation.text
    return known


def present(root: ET.Element) -> set[tuple[str, str]]:
    return {(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")
            if (message.find("translation") is None
                or message.find("translation").get("type") not in ("obsolete", "vanished"))}


def main(argv: list[str]) -> int:
    path = Path(argv[0])
    tree = ET.parse(path)
    now = present(tree.getroot())
    moved, known = {}, {}  # moved: what a context lost (the strings that moved) comes first
    for old in [path, *argv[1:]]:
        for (context, source), text in translated(ET.parse(old).getroot()).items():
            (known if (context, source) in now else moved).setdefault(source, text)
    known = {**known, **moved}
    filled = left = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        text = known.get(message.findtext("source") or "")
        if text:
            translation.text = text
            del translation.attrib["type"]
            filled += 1
        else:
            left += 1
            print("unfinished:", message.findtext("source"))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}, unfinished {left}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
