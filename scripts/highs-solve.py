#!/usr/bin/env python3
"""Solve an MPS file with HiGHS (highspy) and print one line of JSON.

Used by `skillplan-bench scale` to compare HiGHS with GLPK on the same exported model:

    python3 scripts/highs-solve.py MODEL.mps [--relax] [--time-limit SECONDS] [--mip-gap GAP] [--threads N]

--relax solves the LP relaxation (every integer column made continuous). The JSON has
the model status, the objective, the MIP dual bound, gap and nodes (for a MIP), the seconds
HiGHS reports, and HiGHS's version.
"""
import argparse
import json
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("--relax", action="store_true")
    parser.add_argument("--time-limit", type=float, default=300.0)
    parser.add_argument("--mip-gap", type=float, default=0.01)
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()
    try:
        import highspy
    except ImportError:
        print(json.dumps({"status": "highspy missing"}))
        return 2
    started = time.monotonic()
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", args.time_limit)
    h.setOptionValue("mip_rel_gap", args.mip_gap)
    if args.threads > 0:
        h.setOptionValue("threads", args.threads)
    if h.readModel(args.model) != highspy.HighsStatus.kOk:
        print(json.dumps({"status": "read error"}))
        return 3
    read_seconds = time.monotonic() - started
    if args.relax:
        lp = h.getLp()
        lp.integrality_ = []
        h.passModel(lp)
    h.run()
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    result = {
        "status": status,
        "objective": info.objective_function_value if info.primal_solution_status == 2 else None,
        "bound": None if args.relax else info.mip_dual_bound,
        "gap": None if args.relax else info.mip_gap,
        "seconds": h.getRunTime(),
        "readSeconds": read_seconds,
        "iterations": info.simplex_iteration_count,
        "nodes": None if args.relax else info.mip_node_count,
        "version": h.version() if hasattr(h, "version") else "",
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
