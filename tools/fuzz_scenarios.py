"""Nightly-sized fuzzing of scenario files: mutate the shipped scenarios N times, run
``validate`` and, for the files it accepts, ``solve --json`` on each, and print how many were
accepted, rejected, crashed or hung.

    python tools/fuzz_scenarios.py -n 10000 [--seed 1] [--timeout 60] [--keep-dir DIR]

One worker process runs the files one after the other (imports paid once); the parent waits
for each answer with a timeout, counts a file as hung when it is exceeded, kills the worker
and starts a new one. A crash is an exception escaping the command, a "please report it"
message, invalid JSON from ``solve --json`` or an "optimal" status with a non-finite cost.
Crashing and hanging files, and valid files that ``solve`` refused (counted as rejected),
are listed and kept (``--keep-dir``) to reproduce them.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import os
import random
import select
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

import tomli_w

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [
    ROOT / "data" / "scenarios" / name
    for name in ("baseline.toml", "western-expansion.toml", "eastern-inference.toml")
]
SEEDS.append(ROOT / "tests" / "data" / "scenarios" / "v1.toml")

ODD_VALUES: list[object] = [
    0,
    -1,
    1,
    0.5,
    1e-300,
    5e-324,
    1e300,
    -1e300,
    1e308,
    10**309,
    -(10**309),
    2**63,
    float("nan"),
    float("inf"),
    -float("inf"),
    50_000.0,
    1_000_000.0,
    1e10,
    "",
    " ",
    "x" * 2000,
    "=cmd|' /C calc'!A0",
    "builtin",
    "/dev/zero",
    "/etc/passwd",
    ".",
    "..",
    "prefecture",
    True,
    False,
    [],
    [1, 2],
    {},
    {"a": 1},
    "\u0000",
    "四川省",
    100.0,
    35.0,
    140.0,
    70.0,
    56.0,
]

BOUNDARY_VALUES = [1e-9, 1.0, 5.0, 500.0, 10_000.0, 50_000.0, 1_000_000.0, 1e8, 1e10, 9.99]


# ---- generating ----------------------------------------------------------------------------
def _paths(doc: object, prefix: tuple = ()) -> list[tuple]:
    """Every key path in a parsed document (tables and arrays walked)."""
    out: list[tuple] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            out.append(prefix + (key,))
            out += _paths(value, prefix + (key,))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            out.append(prefix + (i,))
            out += _paths(value, prefix + (i,))
    return out


def _parent(doc: dict, path: tuple):
    node = doc
    for part in path[:-1]:
        node = node[part]
    return node


def _mutate_document(doc: dict, rng: random.Random) -> dict:
    doc = copy.deepcopy(doc)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        paths = _paths(doc)
        if not paths:
            break
        path = rng.choice(paths)
        parent, key = _parent(doc, path), path[-1]
        action = rng.random()
        if action < 0.55:
            parent[key] = copy.deepcopy(rng.choice(ODD_VALUES))
        elif action < 0.7:  # numbers near and beyond the documented bounds
            value = parent[key]
            if isinstance(value, int | float) and not isinstance(value, bool):
                try:
                    scaled = value * rng.choice([-1, 10, 1e6, 1e300, 0.5, 0])
                except OverflowError:  # an earlier mutation's huge integer
                    scaled = -value
                parent[key] = rng.choice([scaled, *BOUNDARY_VALUES])
        elif action < 0.8 and isinstance(parent, dict):
            del parent[key]
        elif action < 0.9:
            target = parent[key]
            if isinstance(target, list) and target:
                target.extend(copy.deepcopy(target) * rng.randint(1, 20))  # many sites
            elif isinstance(target, dict):
                target[rng.choice(["extra", "lon", "capacity_mw", "demand_mw"])] = rng.choice(
                    ODD_VALUES
                )
        else:
            overrides = doc.setdefault("overrides", {})
            provinces = (
                overrides.setdefault("provinces", {}) if isinstance(overrides, dict) else None
            )
            if isinstance(provinces, dict):
                provinces[rng.choice(["510000", "Sichuan", "999999", "四川省", "x.y"])] = {
                    rng.choice(["demand_mw", "capacity_mw", "tariff_cny_per_kwh"]): rng.choice(
                        ODD_VALUES
                    )
                }
    return doc


def _dump(doc: dict) -> str:
    """TOML text; values tomli_w cannot write (NaN is fine; huge ints, NUL) become text."""
    try:
        return tomli_w.dumps(doc)
    except (TypeError, ValueError):
        return (
            "format = 'cpn-scenario'\nversion = 1\n[demand]\nnational_it_mw = " + "9" * 5000 + "\n"
        )


def _mutate_text(text: str, rng: random.Random) -> str:
    lines = text.splitlines()
    action = rng.randrange(8)
    if action == 0 and lines:
        del lines[rng.randrange(len(lines))]
    elif action == 1 and lines:
        i = rng.randrange(len(lines))
        lines[i:i] = [lines[i]] * rng.randint(1, 5)
    elif action == 2:
        data = bytearray(text.encode())
        for _ in range(rng.randint(1, 10)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return data.decode("utf-8", "replace")
    elif action == 3:
        return text[: rng.randrange(len(text) + 1)]
    elif action == 4:
        lines.append("[" + ".".join(["a"] * rng.choice([10, 40, 5000])) + "]")
    elif action == 5:
        lines.append(f"[solver]\nunserved_penalty_cny_per_mw_year = {'1' * rng.choice([5, 310])}")
    elif action == 6:
        lines.append("x = " + "[" * rng.choice([10, 1000]) + "]" * rng.choice([10, 1000]))
    else:
        lines.insert(
            rng.randrange(len(lines) + 1),
            rng.choice(
                [
                    "[[sites]]",
                    "[demand]",
                    "[[demand.classes]]",
                    "id = 'a'",
                    "lon = 1e999",
                    "format = 1",
                    "version = 99",
                    "[map]",
                    "view_lonlat = [1, 2, 3]",
                ]
            ),
        )
    return "\n".join(lines) + "\n"


def generate(n: int, seed: int, folder: Path) -> list[Path]:
    rng = random.Random(seed)
    docs = [tomllib.loads(path.read_text(encoding="utf-8")) for path in SEEDS]
    # keep weather paths resolvable: seeds refer to files next to them
    for path in SEEDS:
        for extra in path.parent.glob("*.csv"):
            shutil.copy(extra, folder / extra.name)
    files = []
    for i in range(n):
        doc = _mutate_document(rng.choice(docs), rng)
        text = _dump(doc)
        if rng.random() < 0.3:
            text = _mutate_text(text, rng)
        path = folder / f"f{i:05d}.toml"
        path.write_text(text, encoding="utf-8", errors="replace")
        files.append(path)
    return files


# ---- running -------------------------------------------------------------------------------
def _run_one(path: str) -> str:
    """accepted / rejected / crashed: <why> for one file (in the worker)."""
    import contextlib
    import io

    from app.__main__ import main

    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["validate", path])
    except BaseException as exc:  # noqa: BLE001 - that is what we count
        return f"crashed: validate raised {type(exc).__name__}: {str(exc)[:200]}"
    if "please report it" in err.getvalue() or "Traceback" in err.getvalue():
        return f"crashed: validate: {err.getvalue()[:300]}"
    if code != 0:
        return "rejected"
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            code = main(["solve", path, "--json"])
    except BaseException as exc:  # noqa: BLE001
        return f"crashed: solve raised {type(exc).__name__}: {str(exc)[:200]}"
    if code == 2:  # solve refused what validate accepted: counted as rejected, listed
        return f"rejected: solve refused a valid file: {err.getvalue().strip()[:200]}"
    try:
        result = json.loads(out.getvalue(), parse_constant=_refuse)
    except ValueError as exc:
        return f"crashed: solve --json printed invalid JSON ({exc})"
    if result.get("status") == "optimal" and not _finite(result.get("objective_cny")):
        return "crashed: optimal with a non-finite cost"
    return "accepted"


def _refuse(constant: str):
    raise ValueError(f"{constant} is not JSON")


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


def worker(channel: int) -> None:
    """Read paths from stdin; write one JSON line per answer to file descriptor ``channel``
    (stdout is left to the solver's banner)."""
    with os.fdopen(channel, "w", buffering=1) as answers:
        for line in sys.stdin:
            answers.write(json.dumps(_run_one(line.strip())) + "\n")


class Runner:
    """One worker process at a time; restarted after a hang."""

    def __init__(self, timeout: float) -> None:
        self.timeout, self.proc, self.read_fd = timeout, None, -1

    def _start(self) -> None:
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(write_fd)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(write_fd,),
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        os.close(write_fd)
        self.read_fd, self.buffer = read_fd, b""

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            os.close(self.read_fd)
            self.proc = None

    def run(self, path: Path) -> str:
        if self.proc is None or self.proc.poll() is not None:
            self.stop() if self.proc is not None else None
            self._start()
        assert self.proc is not None and self.proc.stdin is not None
        try:
            self.proc.stdin.write(f"{path}\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            self.stop()
            return "crashed: worker died"
        while b"\n" not in self.buffer:
            ready, _, _ = select.select([self.read_fd], [], [], self.timeout)
            if not ready:
                self.stop()
                return "hung"
            chunk = os.read(self.read_fd, 65536)
            if not chunk:
                self.stop()
                return "crashed: worker died"
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="number of files (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per file")
    parser.add_argument("--keep-dir", type=Path, help="copy crashing and hanging files here")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        worker(args.worker)
        return 0
    counts: Counter[str] = Counter()
    examples: dict[str, str] = {}
    runner = Runner(args.timeout)
    with tempfile.TemporaryDirectory(prefix="cpn-fuzz-") as tmp:
        files = generate(args.n, args.seed, Path(tmp))
        for i, path in enumerate(files, 1):
            outcome = runner.run(path)
            kind = outcome.split(":")[0]
            counts[kind] += 1
            if kind in ("crashed", "hung") or outcome.startswith("rejected: solve"):
                examples.setdefault(outcome[:120], path.name)
                if args.keep_dir:
                    args.keep_dir.mkdir(parents=True, exist_ok=True)
                    shutil.copy(path, args.keep_dir / path.name)
            if i % 500 == 0:
                print(f"{i} files: {dict(counts)}", file=sys.stderr, flush=True)
        runner.stop()
    print(
        f"files {args.n}  accepted {counts['accepted']}  rejected {counts['rejected']}  "
        f"crashed {counts['crashed']}  hung {counts['hung']}"
    )
    for outcome, name in examples.items():
        print(f"  {name}: {outcome}")
    return 1 if counts["crashed"] or counts["hung"] else 0


if __name__ == "__main__":
    sys.exit(main())
