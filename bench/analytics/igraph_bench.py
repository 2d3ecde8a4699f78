#!/usr/bin/python3
"""Time one igraph algorithm on an edge list; print one JSON line (see Row in runone.go).

usage: igraph_bench.py ALGO EDGES SIZE [REPEAT]
Times are the fastest of REPEAT runs; modularity is the mean over them.
ALGO: load, louvain (community_multilevel), leiden (community_leiden,
objective_function="modularity", n_iterations=2, igraph's default), pagerank,
betweenness (exact), leidenalg (leidenalg.find_partition with
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
        else:
            sys.exit("no igraph implementation of " + algo)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
        if membership is not None:
            qs.append(g.modularity(membership))
    row["seconds"] = best_wall
    row["cpu_seconds"] = best_cpu
    if membership is not None:
        row["modularity"] = sum(qs) / len(qs)  # mean over the runs, as ours
        row["communities"] = max(membership) + 1
    print(json.dumps(row))


if __name__ == "__main__":
    main()
