#!/usr/bin/python3
"""Score igraph's and leidenalg's community detection on the normalised networks.

usage: igraph_quality.py networks DIR SEEDS
    For every DIR/NAME.edges ("# N" then "u v w" lines) and its optional
    DIR/NAME.truth (one community per line), run igraph's
    community_multilevel (Louvain), community_leiden (objective modularity,
    n_iterations=2, igraph's default) and leidenalg's
    ModularityVertexPartition (n_iterations=2, its default) with seeds
    1..SEEDS, and print one JSON line per (network, algorithm), shaped as
    NetRow in networks.go. NMI is igraph's compare_communities(method="nmi")
    (Danon et al. 2005, as ours).

usage: igraph_quality.py ppr EDGES SEEDS_FILE DAMPING
    Personalised PageRank (random walk with restart at the seeds) on the
    weighted graph of EDGES; print one JSON line {"ppr": [...]} in node order.
"""
import glob
import json
import os
import random
import sys

import igraph as ig

try:
    import leidenalg
except ImportError:  # the leidenalg rows are left out
    leidenalg = None


def read_graph(path):
    with open(path) as f:
        n = int(f.readline().split()[1])
        edges, weights = [], []
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.es["weight"] = weights
    return g


def networks(d, seeds):
    for path in sorted(glob.glob(os.path.join(d, "*.edges"))):
        name = os.path.basename(path)[: -len(".edges")]
        g = read_graph(path)
        truth = None
        tp = os.path.join(d, name + ".truth")
        if os.path.exists(tp):
            with open(tp) as f:
                truth = [int(x) for x in f.read().split()]
        algos = {
            "louvain": lambda: g.community_multilevel(weights="weight").membership,
            "leiden": lambda: g.community_leiden(objective_function="modularity", weights="weight", n_iterations=2).membership,
        }
        for algo, run in algos.items():
            emit(g, name, "igraph", algo, truth, seeds, lambda s: (random.seed(s), run())[1])
        if leidenalg is not None:
            emit(g, name, "leidenalg", "leiden", truth, seeds,
                 lambda s: list(leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight", seed=s, n_iterations=2).membership))


def emit(g, name, impl, algo, truth, seeds, run):
    row = {"kind": "network", "network": name, "impl": impl, "algo": algo, "nodes": g.vcount(), "edges": g.ecount(),
           "seeds": seeds, "q": [], "communities": [], "membership": None}
    if truth is not None:
        row["nmi"] = []
    for s in range(1, seeds + 1):
        m = run(s)
        row["q"].append(g.modularity(m, weights="weight"))
        row["communities"].append(max(m) + 1)
        if truth is not None:
            row["nmi"].append(ig.compare_communities(truth, m, method="nmi"))
        if s == 1:
            row["membership"] = m
    print(json.dumps(row), flush=True)


def ppr(edges, seeds_file, damping):
    g = read_graph(edges)
    with open(seeds_file) as f:
        seeds = [int(x) for x in f.read().split()]
    scores = g.personalized_pagerank(damping=damping, reset_vertices=seeds, weights="weight")
    print(json.dumps({"ppr": scores}))


def main():
    if sys.argv[1] == "networks":
        networks(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "ppr":
        ppr(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    else:
        sys.exit("unknown command " + sys.argv[1])


if __name__ == "__main__":
    main()
