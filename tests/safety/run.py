"""The safety figures of BUDGETS.md: ``python -m tests.safety.run [--smoke]``
(``python3 tasks.py safety``). Not part of the unit tests; docs/safety.md has the results.

Prints one line per figure with PASS or FAIL; exits 1 when any figure fails.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from tests.safety.fuzz import FuzzFigures, run_fuzz
from tests.safety.hostile import HostileFigures, run_hostile
from tests.safety.kill import KINDS, KillFigures, build_scene, run_kills
from tests.safety.trust import report_trust, run_trust


def _line(label: str, value: int, ok: bool | None = None) -> bool:
    verdict = "" if ok is None else ("PASS" if ok else "FAIL")
    print(f"  {label:<58} {value:>7}  {verdict}".rstrip(), flush=True)
    return ok is not False


def report_fuzz(fig: FuzzFigures, random_n: int) -> bool:
    print(f"fuzzed bundles ({fig.seconds:.0f} s)", flush=True)
    ok = _line("mutations in all", fig.mutations, fig.mutations >= random_n)
    for family, n in sorted(fig.by_family.items()):
        _line(f"  {family}", n)
    _line("refused with a worded problem, database unchanged", fig.refused)
    for code, n in fig.by_code.most_common(12):
        _line(f"  {code}", n)
    _line("imported, state identical to the clean import", fig.imported)
    _line(f"already imported, nothing changed (of {fig.to_known} re-sent)", fig.already)
    _line(f"dry run found importable, nothing changed (of {fig.dry_runs})", fig.dry_accepted)
    ok &= _line("crashes (an exception other than a refusal)", fig.crashes, fig.crashes == 0)
    ok &= _line("database changed on refusal or by a dry run", fig.db_changed, fig.db_changed == 0)
    ok &= _line(
        "wrong outcome (tampering accepted, other state, unworded)", fig.wrong, fig.wrong == 0
    )
    _line("tampering sweep: single bytes of signed content changed", fig.sweep)
    ok &= _line("  of which accepted", fig.sweep_accepted, fig.sweep_accepted == 0)
    for example in fig.examples[:10]:
        print(f"    ! {example}", flush=True)
    return ok


def report_kills(fig: KillFigures, wanted: int) -> bool:
    killed = sum(fig.killed.values())
    print(f"kill -9 at random moments ({fig.seconds:.0f} s)", flush=True)
    ok = _line("children killed mid-work", killed, killed >= wanted)
    for kind in KINDS:
        _line(f"  during {kind}s", fig.killed[kind])
    _line("(also checked) children that finished before the kill", fig.finished_before_kill)
    ok &= _line("corrupt databases (PRAGMA integrity_check)", fig.corrupt, fig.corrupt == 0)
    ok &= _line("stores that do not open afterwards", fig.open_failed, fig.open_failed == 0)
    ok &= _line(
        "failed check: half-written records, journal chain", fig.check_failed, fig.check_failed == 0
    )
    ok &= _line(
        "half-written bundles (a .zip failing verification)",
        fig.half_bundles,
        fig.half_bundles == 0,
    )
    ok &= _line("imports not all-or-nothing", fig.not_all_or_nothing, fig.not_all_or_nothing == 0)
    ok &= _line("migrations that lost data", fig.migration_lost_data, fig.migration_lost_data == 0)
    _line("(info) temporary *.part files left", fig.part_files)
    _line("(info) valid bundles without their sync_exports row", fig.orphan_bundles)
    for example in fig.examples[:10]:
        print(f"    ! {example}", flush=True)
    return ok


def report_hostile(fig: HostileFigures) -> bool:
    print(f"hostile inputs, lost files, audit (issue 13; {fig.seconds:.0f} s)", flush=True)
    _line("hostile bundles (LZMA, seq jumps, 2099, bad head...)", fig.bundles)
    ok = _line("  refused with a worded problem", fig.bundles_refused, fig.accepted == 0)
    ok &= _line("  accepted", fig.accepted, fig.accepted == 0)
    _line("environment faults (keys, receipts folder, overwrite...)", fig.environment)
    ok &= _line(
        "  clear refusal or handled, nothing half-done",
        fig.environment_refused,
        fig.environment_refused == fig.environment,
    )
    _line("honest data (1.8 MB repetitive text, clock a day ahead)", fig.honest)
    ok &= _line("  accepted", fig.honest_accepted, fig.honest_accepted == fig.honest)
    _line("tampered stores (edited rows, rewritten journals)", fig.tampering)
    ok &= _line(
        "  found by check, the export or the parent",
        fig.tampering_found,
        fig.tampering_found == fig.tampering,
    )
    _line("rounds of 3 concurrent exports to one name", fig.concurrent_rounds)
    ok &= _line(
        "  committed numbers without their file",
        fig.numbers_without_file,
        fig.numbers_without_file == 0,
    )
    ok &= _line("crashes (an exception other than a refusal)", fig.crashes, fig.crashes == 0)
    for example in fig.examples[:10]:
        print(f"    ! {example}", flush=True)
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.safety.run", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="small numbers, under a minute")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--fuzz", type=int, help="random mutations (default 10000; smoke 300)")
    parser.add_argument("--trials", type=int, help="kill trials per kind (default 55; smoke 3)")
    parser.add_argument("--only", choices=("fuzz", "kill", "trust", "hostile"))
    args = parser.parse_args(argv)
    n_fuzz = args.fuzz or (300 if args.smoke else 10_000)
    per_kind = args.trials or (3 if args.smoke else 55)
    stride = 256 if args.smoke else 16
    print(
        f"Sổ Dân Chủ safety figures — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
        f"{platform.machine()} {platform.system()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, seed {args.seed}",
        flush=True,
    )
    ok = True
    with tempfile.TemporaryDirectory(prefix="sodanchu-safety-") as tmp:
        work = Path(tmp)
        if args.only in (None, "fuzz"):
            fig = run_fuzz(
                work / "fuzz",
                n_fuzz,
                args.seed,
                stride_big=stride,
                stride_small=8 if args.smoke else 1,
            )
            ok &= report_fuzz(fig, n_fuzz)
        if args.only in (None, "hostile"):
            ok &= report_hostile(run_hostile(work / "hostile", 1 if args.smoke else 5))
        if args.only in (None, "kill"):
            scene = build_scene(work / "scene", 0.05 if args.smoke else 0.3)
            trials = dict.fromkeys(KINDS, per_kind)
            kills = run_kills(scene, work / "kill", trials, args.seed)
            ok &= report_kills(kills, per_kind * len(KINDS))
        if args.only in (None, "trust"):
            ok &= report_trust(run_trust(work / "trust"))
    print("safety: PASS" if ok else "safety: FAIL", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
