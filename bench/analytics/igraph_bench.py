#!/usr/bin/python3
"""Time one igraph algorithm on an edge list; print one JSON line (see Row in runone.go).

usage: igraph_bench.py ALGO EDGES SIZE [REPEAT [PIVOTS]]
Times are the fastest of REPEAT runs; modularity is the mean over them.
ALGO: load, louvain (community_multilevel), leiden (community_leiden,
objective_function="modularity", n_iterations=2, igraph's default), pagerank,
betweenness (exact), betweenness-sampled (betweenness from the sources in the
PIVOTS file that `analytics run -pivots-out` wrote, and the largest difference
to the values there; needs igraph with subset betweenness, `sources=`, as
PyPI's igraph 1.0.0 has and Debian's 0.10.2 has not), leidenalg (leidenalg.find_partition with
ModularityVertexPartition, n_iterations=2, its default; row impl "leidenalg",
algo "leiden").
"""
import json
import sys
import time

import igraph as ig


def main():
    algo, edges, size = sys.argv[1], sys.argv[2], sys.argv[3]
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    g = ig.Graph.Read_Edgelist(edges, directed=False)
    row = {"impl": "igraph", "algo": algo, "size": size, "threads": 1}
    ours = None
    if algo == "betweenness-sampled":
        with open(sys.argv[5]) as f:
            ours = json.load(f)
    if algo == "leidenalg":
        import leidenalg
        row["impl"], row["algo"] = "leidenalg", "leiden"
    best_wall = best_cpu = None
    membership = None
    qs = []
    for i in range(max(1, repeat)):
        c0, t0 = time.process_time(), time.perf_counter()
        if algo == "load":
            pass
        elif algo == "louvain":
            membership = g.community_multilevel().membership
        elif algo == "leiden":
            membership = g.community_leiden(objective_function="modularity", n_iterations=2).membership
        elif algo == "leidenalg":
            membership = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, seed=i + 1, n_iterations=2).membership
        elif algo == "pagerank":
            g.pagerank(damping=0.85)
        elif algo == "betweenness":
            g.betweenness(directed=False)
        elif algo == "betweenness-sampled":
            bc = g.betweenness(directed=False, sources=ours["pivots"])
        else:
            sys.exit("no igraph implementation of " + algo)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        if membership is not None:
            qs.append(g.modularity(membership))
    row["seconds"] = best_wall
    row["cpu_seconds"] = best_cpu
    if ours is not None:
        diff = max(abs(a - b) for a, b in zip(bc, ours["betweenness"]))
        row["note"] = "igraph %s, %d sources; largest |igraph - ours| %.2g (largest value %.3g)" % (
            ig.__version__, len(ours["pivots"]), diff, max(bc))
    if membership is not None:
        row["modularity"] = sum(qs) / len(qs)  # mean over the runs, as ours
        row["communities"] = max(membership) + 1
    print(json.dumps(row))


if __name__ == "__main__":
    main()
