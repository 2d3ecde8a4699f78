#!/usr/bin/env python3
"""Seed expansion on CAVIAR (Morselli 2009), a network we did not generate.

usage: caviar_seeds.py [DIR]   (DIR: ../shared/data/networks/covert)

CAVIAR has no roles in the data, so the "core" is taken as the people
present in at least k of the 11 phase graphs. The 2, 3 or 5 most
persistent core members (ties by wiretap strength, then id) are given as
known, and the rest of the core is ranked among everyone else on the whole
investigation's graph by

  base          network risk as analytics/risk computes it: the
                probability that a walk from the node (following links in
                proportion to their weight, going on with probability
                0.85) reaches a known node before stopping;
  corroborated  (sum over known s of sqrt(risk_s))^2, risk_s the same walk
                with s as the only known node.

It prints R-precision, average precision and P@10 of both. CAVIAR has one
kind of link, so csr.DefaultRiskWeights changes nothing here.
"""
import collections
import csv
import math
import os
import sys


def load(path):
    edges = collections.defaultdict(float)
    with open(path) as f:
        for r in csv.DictReader(f):
            a, b = r["from"], r["to"]
            if a != b:
                edges[tuple(sorted((a, b)))] += float(r.get("weight") or 1)
    return edges


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/networks/covert"
    full = load(os.path.join(d, "caviar_full_edges.csv"))
    phases = [load(os.path.join(d, "caviar_phase%02d_edges.csv" % i)) for i in range(1, 12)]
    present = collections.Counter()
    for e in phases:
        for n in {x for pair in e for x in pair}:
            present[n] += 1
    nodes = sorted({x for pair in full for x in pair})
    adj = collections.defaultdict(dict)
    for (a, b), w in full.items():
        adj[a][b] = w
        adj[b][a] = w
    strength = {n: sum(adj[n].values()) for n in nodes}

    def walk(seeds, d=0.85):
        x = {n: (1.0 if n in seeds else 0.0) for n in nodes}
        for _ in range(1000):
            nx, diff = dict(x), 0.0
            for v in nodes:
                if v in seeds:
                    continue
                nv = d * sum(w * x[u] for u, w in adj[v].items()) / strength[v]
                diff += abs(nv - x[v])
                nx[v] = nv
            x = nx
            if diff < 1e-12:
                break
        return x

    def scores(ranking, seeds, target):
        cands = sorted((n for n in nodes if n not in seeds), key=lambda n: (-ranking[n], n))
        hits, ap = 0, 0.0
        for i, n in enumerate(cands):
            if n in target:
                hits += 1
                ap += hits / (i + 1)
        k = len(target)
        return sum(n in target for n in cands[:k]) / k, ap / k, sum(n in target for n in cands[:10]) / 10

    print("%-22s %5s %8s %8s %9s %9s %9s %9s" % ("core (phases >= k)", "known", "base AP", "corr AP", "base R-p", "corr R-p", "base P10", "corr P10"))
    for k in (5, 6, 7):
        core = {n for n in nodes if present[n] >= k}
        for nknown in (2, 3, 5):
            seeds = set(sorted(core, key=lambda n: (-present[n], -strength[n], n))[:nknown])
            target = core - seeds
            base = walk(seeds)
            corr = {n: 0.0 for n in nodes}
            for s in seeds:
                for n, x in walk({s}).items():
                    corr[n] += math.sqrt(x)
            corr = {n: v * v for n, v in corr.items()}
            b, c = scores(base, seeds, target), scores(corr, seeds, target)
            print("%-22s %5d %8.3f %8.3f %9.3f %9.3f %9.2f %9.2f" % ("k=%d (%d people)" % (k, len(core)), nknown, b[1], c[1], b[0], c[0], b[2], c[2]))


if __name__ == "__main__":
    main()
