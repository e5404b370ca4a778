#!/usr/bin/env python3
"""Extract the ``tr()`` strings of ``app/`` into ``cpn_<lang>.ts`` (Qt Linguist, context "cpn").

Why not ``pyside6-lupdate``: it finds our module-level ``tr()`` calls but files them under an
empty context, while ``app.ui.i18n.tr`` looks them up in context "cpn"; it also misses strings
that reach ``tr()`` through a variable (table headers, combo labels, ...).

What is extracted (ast, no import of the app):

* every ``tr("literal")`` call, ``.format`` templates as they are (``{placeholders}`` kept);
* ``tr(name)`` where ``name`` can be followed statically to literals: a loop or comprehension
  variable over a literal tuple or a module-level constant (``for key, label in PROXIES``,
  ``[tr(c[0]) for c in COLUMNS]``, ``enumerate((...))``), a function parameter whose callers in
  the same module pass such values, or ``DICT.get(...)`` on a module-level dict (its values);
* ``MANUAL`` below: call sites that cannot be followed, with the strings they produce.

Re-running keeps existing translations; new messages are added as ``type="unfinished"``;
messages whose source disappeared are kept as ``type="vanished"`` (``--drop-obsolete`` removes
them) so a translation is not lost when a string comes back.

Usage::

    python resources/translations/extract.py            # update cpn_zh.ts
    python resources/translations/extract.py --check    # exit 1 on missing/unfinished/bad

Then compile: ``pyside6-lrelease cpn_zh.ts -qm cpn_zh.qm`` (``update.sh`` does both).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
APP_DIR = ROOT / "app"
CONTEXT = "cpn"
TR_NAMES = {"tr"}

#: Fixed notes of app/engine (weather.RH_FALLBACK_NOTE, weather.ELEVATION_FALLBACK_NOTE,
#: site_figures.NO_GRID_FACTOR_NOTE), as they are there.
ENGINE_NOTES = [
    "relative humidity missing: dew point estimated as mean daily minimum minus "
    "clip(0.36 x daily range - 1.6, 0, 8) K (typical error 1-2 K)",
    "elevation missing: sea-level pressure 101325 Pa assumed "
    "(wet-bulb 0.2-0.4 K high per 1000 m of real elevation)",
    "grid CO2 factor missing for this province: carbon counted at the national average (0.5306 kgCO2/kWh)",
]


#: Units of app.domain.ranges.Range (the reader's ranges and app/datasets/base_checks.py).
RANGE_UNITS = [
    "years", "°E (China's extent)", "°N (China's extent)", "°E", "°N", "billion CNY",
    "million", "CNY/MW", "CNY/kWh", "MW", "kgCO2/kWh", "%", "CNY/MW-year", "CNY/km-year",
    "CNY/t", "Gbps/MW", "kW", "m", "ms",
]  # fmt: skip


def _dict_values(rel: str, name: str) -> list[str]:
    """The string values of the module-level dict ``name`` in ``rel`` (read with ast)."""
    tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            return list(ast.literal_eval(node.value).values())
    raise KeyError(f"{name} not found in {rel}")


def _csv_column(rel: str, column: str) -> list[str]:
    """The non-empty values of ``column`` in the CSV file ``rel``."""
    import csv

    with open(ROOT / rel, encoding="utf-8", newline="") as fh:
        return [row[column] for row in csv.DictReader(fh) if row[column]]


#: (file relative to the repo, ``ast.unparse`` of the tr() argument) -> strings it can produce.
#: An empty list means "deliberately not translated here" (the reason is in the comment).
MANUAL: dict[tuple[str, str], list[str]] = {
    # English only: in Chinese, NationalLayers.metric_label uses Metric.label_zh instead.
    ("app/ui/map/national.py", "m.label"): [],
    # tr() of an f-string is looked up after formatting: list what it formats to.
    # (Better: tr("national total x {proxy} share").format(proxy=tr(proxy_label)).)
    ("app/ui/docks/assumptions_dock.py", "f'national total x {proxy_label} share'"): [
        "national total x GDP 2023 share",
        "national total x Population 2023 share",
    ],
    # The app's words after some sources of data/assumptions.csv (report_inputs._GLUE).
    ("app/io/report_inputs.py", "glue"): [
        "the rows multiplied, see the note",
        "the rows combined, see the note",
    ],
    # The demand proxies' names (app.engine.allocation.national_problem.PROXY_NAMES).
    ("app/engine/evaluate.py", "PROXY_NAMES[a.demand_proxy]"): ["GDP 2023", "Population 2023"],
    # Engine notes stay English in the engine (cached, compared) and are translated where shown;
    # tests/cli/test_cli_chinese.py checks these copies still match the engine's texts.
    ("app/ui/describe.py", "note"): ENGINE_NOTES,
    # The notes of the sourced defaults (data/assumptions.csv), shown in the assumptions dock.
    ("app/ui/describe.py", "a.note"): _csv_column("data/assumptions.csv", "note"),
    ("app/ui/docks/assumption_sources.py", "r.note"): _csv_column("data/assumptions.csv", "note"),
    # The allocation's assumption notes (engine text, shown in the assumptions dock).
    ("app/ui/docks/assumption_sources.py", "ASSUMPTION_NOTES[key]"): _dict_values(
        "app/engine/allocation/national_problem.py", "ASSUMPTION_NOTES"
    ),
    ("app/cli/pue.py", "note"): ENGINE_NOTES,
    # The units of range messages (Range(unit=...), Checker.number's unit=...).
    ("app/domain/ranges.py", "unit"): RANGE_UNITS,
    # Checker.choice(..., what): the callers in app/io/*_v1.py.
    ("app/io/checks.py", "what"): [
        "value",
        "cooling technology",
        "accelerator profile",
        "demand proxy",
        "residency",
        "bandwidth tier",
        "region level",
        "metric",
    ],
}


class Unresolved(Exception):
    pass


@dataclass
class Message:
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)


# ---- source scanning ------------------------------------------------------------------------


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    return parents


class _Module:
    """One parsed source file with what the resolver needs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rel = path.relative_to(ROOT).as_posix()
        self.tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        self.parents = _parents(self.tree)
        self.assigns: dict[str, ast.AST] = {}
        for node in self.tree.body:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigns[target.id] = node.value
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.value is not None
            ):
                self.assigns[node.target.id] = node.value

    # -- possible values of an expression (a list of alternatives) --
    def alternatives(self, node: ast.AST, depth: int = 0) -> list:
        if depth > 12:
            raise Unresolved("too deep")
        try:
            return [ast.literal_eval(node)]
        except (ValueError, TypeError, SyntaxError, RecursionError):
            pass
        if isinstance(node, ast.Name):
            return self._name(node, depth)
        if isinstance(node, ast.Subscript):
            index = ast.literal_eval(node.slice) if isinstance(node.slice, ast.Constant) else None
            if index is None:
                raise Unresolved("non-constant subscript")
            return [v[index] for v in self.alternatives(node.value, depth + 1)]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "enumerate"
            and len(node.args) == 1
        ):
            return [list(enumerate(v)) for v in self.alternatives(node.args[0], depth + 1)]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
        ):
            out = []
            for d in self.alternatives(node.func.value, depth + 1):
                if not isinstance(d, dict):
                    raise Unresolved(".get() on a non-dict")
                out += list(d.values())
            return out
        raise Unresolved(type(node).__name__)

    def _name(self, name: ast.Name, depth: int) -> list:
        node = name
        while node in self.parents:
            child, node = node, self.parents[node]
            loops = []
            if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                loops = [(g.target, g.iter) for g in node.generators]
            elif isinstance(node, (ast.For, ast.AsyncFor)) and child is not node.iter:
                loops = [(node.target, node.iter)]
            for target, iterable in loops:
                path = _bind(target, name.id)
                if path is not None:
                    out = []
                    for collection in self.alternatives(iterable, depth + 1):
                        for item in collection:
                            for i in path:
                                item = item[i]
                            out.append(item)
                    return out
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                params = [a.arg for a in node.args.posonlyargs + node.args.args]
                if name.id in params:
                    if isinstance(node, ast.Lambda):
                        raise Unresolved("lambda parameter")
                    return self._callers(node, params.index(name.id), name.id, depth)
        if name.id in self.assigns:
            return self.alternatives(self.assigns[name.id], depth + 1)
        raise Unresolved(f"name {name.id!r}")

    def _callers(self, func: ast.FunctionDef, index: int, param: str, depth: int) -> list:
        out, found = [], False
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            shift = 0
            if isinstance(f, ast.Name) and f.id == func.name:
                pass
            elif isinstance(f, ast.Attribute) and f.attr == func.name:
                shift = 1 if func.args.args and func.args.args[0].arg in ("self", "cls") else 0
            else:
                continue
            arg = next((k.value for k in node.keywords if k.arg == param), None)
            if arg is None and index - shift < len(node.args):
                arg = node.args[index - shift]
            if arg is None:
                raise Unresolved(f"call of {func.name}() without {param}")
            found = True
            out += self.alternatives(arg, depth + 1)
        if not found:
            raise Unresolved(f"no caller of {func.name}() in the module")
        return out


def _bind(target: ast.AST, name: str) -> list[int] | None:
    """Index path of ``name`` inside a loop target (``[]`` for the target itself)."""
    if isinstance(target, ast.Name):
        return [] if target.id == name else None
    if isinstance(target, (ast.Tuple, ast.List)):
        for i, elt in enumerate(target.elts):
            sub = _bind(elt, name)
            if sub is not None:
                return [i, *sub]
    return None


def collect(app_dir: Path = APP_DIR) -> tuple[dict[str, Message], list[str]]:
    """Messages in first-seen order, and the tr() call sites that could not be resolved."""
    messages: dict[str, Message] = {}
    problems: list[str] = []

    def add(text: str, rel: str, line: int) -> None:
        messages.setdefault(text, Message(text)).locations.append((rel, line))

    for path in sorted(app_dir.rglob("*.py")):
        mod = _Module(path)
        for node in ast.walk(mod.tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in TR_NAMES
                and node.args
            ):
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                add(arg.value, mod.rel, node.lineno)
                continue
            key = (mod.rel, ast.unparse(arg))
            if key in MANUAL:
                for text in MANUAL[key]:
                    add(text, mod.rel, node.lineno)
                continue
            try:
                values = mod.alternatives(arg)
            except (Unresolved, LookupError, TypeError) as exc:
                problems.append(
                    f"{mod.rel}:{node.lineno}: tr({ast.unparse(arg)}) cannot be "
                    f"followed to literal strings ({exc}); use a literal or add it "
                    "to MANUAL in resources/translations/extract.py"
                )
                continue
            for value in values:
                if not isinstance(value, str):
                    problems.append(
                        f"{mod.rel}:{node.lineno}: tr({ast.unparse(arg)}) "
                        f"may get a non-string {value!r}"
                    )
                    break
                add(value, mod.rel, node.lineno)
    for loc in sorted(messages.values(), key=lambda m: m.locations[0]):
        loc.locations.sort()
    ordered = sorted(messages.values(), key=lambda m: m.locations[0])
    return {m.source: m for m in ordered}, problems


# ---- the .ts file ---------------------------------------------------------------------------


@dataclass
class TsEntry:
    source: str
    translation: str = ""
    type: str = ""  # "", "unfinished", "vanished", "obsolete"
    comment: str = ""
    translatorcomment: str = ""


def read_ts(path: Path, context: str = CONTEXT) -> dict[str, TsEntry]:
    entries: dict[str, TsEntry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        if (ctx.findtext("name") or "") != context:
            continue
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            entries[source] = TsEntry(
                source,
                (tr_el.text or "") if tr_el is not None else "",
                tr_el.get("type", "") if tr_el is not None else "unfinished",
                msg.findtext("comment") or "",
                msg.findtext("translatorcomment") or "",
            )
    return entries


def write_ts(
    path: Path,
    messages: dict[str, Message],
    old: dict[str, TsEntry],
    lang: str,
    drop_obsolete: bool = False,
) -> dict[str, int]:
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    stats = {"total": 0, "new": 0, "unfinished": 0, "vanished": 0}

    def message(entry: TsEntry, locations) -> None:
        msg = ET.SubElement(ctx, "message")
        for rel, line in locations:
            filename = Path("../..", rel).as_posix()  # relative to this folder, as lupdate does
            ET.SubElement(msg, "location", filename=filename, line=str(line))
        ET.SubElement(msg, "source").text = entry.source
        if entry.comment:
            ET.SubElement(msg, "comment").text = entry.comment
        if entry.translatorcomment:
            ET.SubElement(msg, "translatorcomment").text = entry.translatorcomment
        t = ET.SubElement(msg, "translation")
        t.text = entry.translation
        if entry.type:
            t.set("type", entry.type)

    for source, m in messages.items():
        entry = old.get(source) or TsEntry(source)
        stats["new"] += source not in old
        if entry.type in ("vanished", "obsolete"):
            entry.type = ""
        if not entry.translation:
            entry.type = "unfinished"
        stats["unfinished"] += entry.type == "unfinished"
        stats["total"] += 1
        message(entry, m.locations)
    if not drop_obsolete:
        for source, entry in old.items():
            if source not in messages:
                entry.type = "vanished"
                stats["vanished"] += 1
                message(entry, [])
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return stats


# ---- checks ---------------------------------------------------------------------------------

_FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
#: A menu accelerator in our sources: "&" at the start of a word ("&File", "Save &As…");
#: "T&D" is an abbreviation, not an accelerator. Translations use the "文件(&F)" style.
_ACCEL = re.compile(r"(?:^|[\s(])&(\w)")


def translation_problems(source: str, translation: str) -> list[str]:
    """Placeholders, accelerators and edge whitespace the translation must keep."""
    out = []
    if sorted(_FIELD.findall(source)) != sorted(_FIELD.findall(translation)):
        out.append(
            f"placeholders differ: {sorted(_FIELD.findall(source))} vs "
            f"{sorted(_FIELD.findall(translation))}"
        )
    want = {c.upper() for c in _ACCEL.findall(source.replace("&&", ""))}
    have = {c.upper() for c in _ACCEL.findall(translation.replace("&&", ""))}
    if want and want != have:
        out.append(f"accelerator differs: {sorted(want)} vs {sorted(have)}")
    lead = len(source) - len(source.lstrip(" "))
    if lead and not translation.startswith(" " * lead):
        out.append("leading indentation lost")
    if source.count("\n") != translation.count("\n"):
        out.append("line breaks differ")
    return out


def check(ts_path: Path, app_dir: Path = APP_DIR) -> list[str]:
    """Everything that is wrong: untranslated, missing from the .ts, unresolved calls."""
    messages, problems = collect(app_dir)
    entries = read_ts(ts_path)
    out = list(problems)
    missing = [
        s for s in messages if s not in entries or entries[s].type in ("vanished", "obsolete")
    ]
    out += [f"not in {ts_path.name} (run update.sh): {s!r}" for s in missing]
    for source in messages:
        e = entries.get(source)
        if e is None or source in missing:
            continue
        if e.type == "unfinished" or not e.translation.strip():
            out.append(f"unfinished translation: {source!r}")
            continue
        out += [f"{source!r}: {p}" for p in translation_problems(source, e.translation)]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", default="zh", help="file suffix: cpn_<lang>.ts (default zh)")
    ap.add_argument("--ts", type=Path, help="the .ts file (default: next to this script)")
    ap.add_argument("--check", action="store_true", help="only report problems; exit 1 if any")
    ap.add_argument(
        "--drop-obsolete", action="store_true", help="remove messages no longer in the sources"
    )
    args = ap.parse_args(argv)
    ts = args.ts or HERE / f"cpn_{args.lang}.ts"
    if args.check:
        problems = check(ts)
        for p in problems:
            print(p)
        print(f"{ts.name}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        return 1 if problems else 0
    messages, problems = collect()
    for p in problems:
        print("warning:", p, file=sys.stderr)
    qt_lang = {"zh": "zh_CN"}.get(args.lang, args.lang)
    stats = write_ts(ts, messages, read_ts(ts), qt_lang, args.drop_obsolete)
    print(
        f"{ts.name}: {stats['total']} messages ({stats['new']} new, {stats['unfinished']} "
        f"unfinished, {stats['vanished']} vanished)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
