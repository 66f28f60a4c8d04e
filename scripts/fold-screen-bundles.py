#!/usr/bin/env python3
"""Folds per-screen bundles (src/main/resources/org/shipshape/gui/**/Xxx.properties and Xxx_fr.properties) into
the one catalogue per language (org/shipshape/text/messages*.properties), each key prefixed with the screen's class
name ("title" of LoadingView becomes "LoadingView.title"), then deletes the per-screen files.

A merge aid while branches written before issue 15 still add keys to per-screen bundles: run it from the project
folder after such a merge. Keys already in the catalogue keep the catalogue's text; where the bundle says something
else, the script prints both so the newer text can be copied by hand. Delete this script once no
branch has per-screen bundles (issue 15, phase 2).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
GUI = ROOT / "src/main/resources/org/shipshape/gui"
TEXT = ROOT / "src/main/resources/org/shipshape/text"
LOGIC_MARKER = "\n# ==== log"
UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def readable(value):
    """Writes visible characters as themselves; keeps invisible ones (no-break spaces) as \\u escapes."""
    def decode(match):
        char = chr(int(match.group(1), 16))
        return match.group(0) if char.isspace() or not char.isprintable() else char
    return UNICODE_ESCAPE.sub(decode, value)


def entries(path):
    result = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith(("#", "!")):
            continue
        key, _, value = line.partition("=")
        result.append((key.strip(), readable(value.strip())))
    return result


def fold(language_suffix):
    catalogue = TEXT / f"messages{language_suffix}.properties"
    text = catalogue.read_text(encoding="utf-8") if catalogue.exists() else ""
    known = dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))
    pattern = "*.properties" if not language_suffix else f"*{language_suffix}.properties"
    folded = []
    for bundle in sorted(GUI.rglob(pattern)):
        screen = bundle.name[: -len(f"{language_suffix}.properties")]
        if not language_suffix and "_" in screen:
            continue
        for k, v in entries(bundle):
            if known.get(f"{screen}.{k}", v) != v:
                print(f"{catalogue.name}: {screen}.{k} kept as \"{known[f'{screen}.{k}']}\"; {bundle.name} says \"{v}\"",
                      file=sys.stderr)
        new = [(f"{screen}.{k}", v) for k, v in entries(bundle) if f"{screen}.{k}" not in known]
        if new:
            header = f"# ---- {bundle.parent.relative_to(GUI).as_posix().replace('/', '.')}.{screen} ----"
            lines = [f"{k}={v}" for k, v in new]
            if header in text:  # keys added to a screen already in the catalogue go at the end of its section
                start = text.index(header)
                end = text.find("\n# ---- ", start + len(header))
                end = len(text) if end < 0 else end + 1
                text = text[:end].rstrip("\n") + "\n" + "\n".join(lines) + "\n\n" + text[end:]
            elif LOGIC_MARKER in text:  # a new screen goes after the other screens, before logic's messages
                at = text.index(LOGIC_MARKER)
                text = text[:at].rstrip("\n") + "\n\n" + header + "\n" + "\n".join(lines) + "\n\n" + text[at + 1:]
            else:
                text = text.rstrip("\n") + ("\n\n" if text else "") + header + "\n" + "\n".join(lines) + "\n"
        folded.append(bundle)
    TEXT.mkdir(parents=True, exist_ok=True)
    catalogue.write_text(text, encoding="utf-8")
    return folded


if __name__ == "__main__":
    done = fold("_fr") + fold("")
    for bundle in done:
        bundle.unlink()
    print(f"folded {len(done)} bundles into {TEXT.relative_to(ROOT)}", file=sys.stderr)
