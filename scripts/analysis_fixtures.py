#!/usr/bin/env python3
"""Expected values of the graph metrics, computed with NetworkX.

Writes tests/fixtures/analysis/expected.json: for each fixture graph its
inputs (as Heartland's EdgeInput: a, b, dimension, score, directed) and what
NetworkX (and plain loops, for strength and balance) give for it. The Rust
tests in tests/it/analysis.rs read the file and compare within 1e-6.

Re-run after changing a fixture (CI does not need Python):

    pip install networkx
    python3 scripts/analysis_fixtures.py

How the inputs become a graph is Heartland's documented rule (docs/analysis.md):
several inputs between one pair are combined into one undirected edge whose
weight is the mean of their scores; centralities and communities use the
positive part (weight > 0), distance = 1/weight. The means are summed in
the same order as the Rust code (sorted by dimension, then score) so that
tied shortest paths tie in both.
"""

import json
import math
import os
import random
import sys

import networkx as nx

DIMENSIONS = ["political", "security", "economic", "energy", "transport"]
OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..",
    "tests",
    "fixtures",
    "analysis",
    "expected.json",
)
LOUVAIN_SEEDS = range(20)


def e(a, b, score, dimension="political", directed=False):
    return {"a": a, "b": b, "dimension": dimension, "score": score, "directed": directed}


def fixtures():
    graphs = {}
    # Three components (a 4-cycle with a chord, a path, one edge) and a state
    # whose only tie is negative (isolated in the positive part).
    graphs["disconnected"] = [
        e("KAZ", "KGZ", 0.8),
        e("KGZ", "UZB", 0.6),
        e("UZB", "TJK", 0.7),
        e("TJK", "KAZ", 0.5),
        e("KAZ", "UZB", 0.9),
        e("ARM", "GEO", 0.4),
        e("GEO", "AZE", 0.6),
        e("CHN", "RUS", 0.9),
        e("AZE", "TKM", -0.3),
    ]
    # Mixed signs: friends and enemies.
    graphs["negative"] = [
        e("RUS", "BLR", 0.9),
        e("RUS", "KAZ", 0.7),
        e("RUS", "ARM", 0.3),
        e("RUS", "GEO", -0.8),
        e("RUS", "UKR", -1.0),
        e("GEO", "UKR", 0.6),
        e("GEO", "AZE", 0.7),
        e("AZE", "TUR", 1.0),
        e("AZE", "ARM", -0.9),
        e("TUR", "ARM", -0.6),
        e("KAZ", "BLR", 0.4),
        e("KAZ", "AZE", 0.5),
        e("TUR", "UKR", 0.5),
        e("UKR", "BLR", -0.4),
    ]
    # Directed relations: one way, both ways with different scores, mixed
    # with an undirected dimension on the same pair.
    graphs["directed"] = [
        e("CHN", "KAZ", 0.6, "economic", True),
        e("CHN", "KGZ", 0.7, "economic", True),
        e("CHN", "TJK", 0.8, "economic", True),
        e("KAZ", "CHN", 0.2, "economic", True),
        e("RUS", "KAZ", 0.5, "security", True),
        e("KAZ", "RUS", 0.6, "security", True),
        e("RUS", "KAZ", 0.8, "political"),
        e("RUS", "TJK", 0.9, "security", True),
        e("KGZ", "TJK", -0.5, "political"),
        e("KAZ", "KGZ", 0.4, "political"),
        e("USA", "KAZ", 0.3, "political", True),
        e("USA", "RUS", -0.7, "political", True),
    ]
    # Several dimensions per pair: means, one pair netting to 0, one to a
    # negative value.
    graphs["parallel"] = [
        e("AZE", "GEO", 0.8, "political"),
        e("AZE", "GEO", 0.9, "energy"),
        e("AZE", "GEO", 0.7, "transport"),
        e("AZE", "TUR", 1.0, "political"),
        e("AZE", "TUR", 0.9, "security"),
        e("GEO", "TUR", 0.6, "economic"),
        e("GEO", "RUS", -0.9, "political"),
        e("GEO", "RUS", 0.3, "economic"),
        e("ARM", "RUS", 0.5, "security"),
        e("ARM", "RUS", -0.5, "political"),
        e("ARM", "IRN", 0.6, "economic"),
        e("ARM", "IRN", 0.4, "energy"),
        e("AZE", "IRN", 0.2, "political"),
        e("AZE", "IRN", -0.2, "security"),
        e("AZE", "IRN", 0.3, "economic"),
        e("KAZ", "AZE", 0.6, "transport"),
        e("KAZ", "RUS", 0.8, "security"),
        e("KAZ", "RUS", 0.7, "economic"),
        e("KAZ", "GEO", 0.5, "transport"),
    ]
    # A larger random graph (fixed seed) with weights in tenths, so that
    # some shortest paths tie.
    rng = random.Random(13)
    codes = [
        "AFG", "ARM", "AZE", "BLR", "CHN", "DEU", "FRA", "GBR", "GEO", "IND",
        "IRN", "JPN", "KAZ", "KGZ", "KOR", "MNG", "PAK", "RUS", "TJK", "TKM",
        "TUR", "UKR", "USA", "UZB", "ARE",
    ]
    edges = []
    pairs = set()
    while len(edges) < 80:
        a, b = rng.sample(codes, 2)
        key = tuple(sorted((a, b)))
        if key in pairs:
            continue
        pairs.add(key)
        score = rng.choice([-0.8, -0.4, 0.1, 0.2, 0.25, 0.5, 0.5, 1.0, 1.0, 0.3, 0.6, 0.9])
        edges.append(e(a, b, score, rng.choice(DIMENSIONS)))
    graphs["random"] = edges
    return graphs


def combine(inputs):
    """Heartland's rule: mean of the inputs of a pair, summed in the order
    (dimension, score); returns {(a, b): weight} with a < b."""
    pairs = {}
    for x in inputs:
        key = tuple(sorted((x["a"], x["b"])))
        pairs.setdefault(key, []).append((DIMENSIONS.index(x["dimension"]), x["score"]))
    out = {}
    for key, vals in pairs.items():
        vals.sort()
        s = 0.0
        for _, v in vals:
            s += v
        out[key] = s / len(vals)
    return out


def arcs(inputs):
    """Directed view: an input a→b counts for the arc a→b, an undirected
    one for both arcs; an arc's weight is the mean of what counts for it."""
    lists = {}
    for x in inputs:
        lists.setdefault((x["a"], x["b"]), []).append((DIMENSIONS.index(x["dimension"]), x["score"]))
        if not x["directed"]:
            lists.setdefault((x["b"], x["a"]), []).append((DIMENSIONS.index(x["dimension"]), x["score"]))
    out = {}
    for key, vals in lists.items():
        vals.sort()
        s = 0.0
        for _, v in vals:
            s += v
        out[key] = s / len(vals)
    return out


def strength(weights):
    pos = sum(max(w, 0.0) for w in weights)
    neg = sum(max(-w, 0.0) for w in weights)
    return {
        "positive": pos,
        "negative": neg,
        "net": sum(weights),
        "ties": len(weights),
        "positive_ties": sum(1 for w in weights if w > 0),
        "negative_ties": sum(1 for w in weights if w < 0),
    }


def expected(inputs):
    weights = combine(inputs)
    nodes = sorted({x["a"] for x in inputs} | {x["b"] for x in inputs})
    pos = nx.Graph()
    pos.add_nodes_from(nodes)
    for (a, b), w in weights.items():
        if w > 0:
            pos.add_edge(a, b, weight=w, distance=1 / w)

    if pos.number_of_edges() > 0:
        eig = nx.eigenvector_centrality(pos, max_iter=100000, tol=1e-14, weight="weight")
        top = max(eig.values())
        eig = {k: v / top for k, v in eig.items()}
    else:
        eig = {k: 0.0 for k in nodes}
    btw = nx.betweenness_centrality(pos, weight="distance", normalized=True)
    clo = nx.closeness_centrality(pos, distance="distance", wf_improved=True)

    mods = []
    for seed in LOUVAIN_SEEDS:
        parts = nx.community.louvain_communities(pos, weight="weight", seed=seed)
        mods.append(nx.community.modularity(pos, parts, weight="weight"))

    # Balance by plain loops over all triples.
    sign = {}
    for (a, b), w in weights.items():
        if w != 0:
            sign[(a, b)] = sign[(b, a)] = 1 if w > 0 else -1
    tri = {n: [0, 0] for n in nodes}
    total = [0, 0]
    for i, a in enumerate(nodes):
        for j in range(i + 1, len(nodes)):
            b = nodes[j]
            for c in nodes[j + 1 :]:
                if (a, b) in sign and (b, c) in sign and (a, c) in sign:
                    bal = sign[(a, b)] * sign[(b, c)] * sign[(a, c)] > 0
                    for t in (tri[a], tri[b], tri[c], total):
                        t[0] += 1
                        t[1] += int(bal)

    arc = arcs(inputs)
    states = {}
    for n in nodes:
        states[n] = {
            "eigenvector": eig[n],
            "betweenness": btw[n],
            "closeness": clo[n],
            "strength": strength([w for (a, b), w in weights.items() if n in (a, b)]),
            "strength_out": strength([w for (a, b), w in arc.items() if a == n]),
            "strength_in": strength([w for (a, b), w in arc.items() if b == n]),
            "triangles": tri[n][0],
            "balanced": tri[n][1],
        }
    return {
        "states": states,
        "edges": len(weights),
        "triangles": total[0],
        "balanced": total[1],
        # Rounded: NetworkX sums over sets, whose order (and so the last
        # bit) changes between Python processes.
        "louvain_modularity_best": round(max(mods), 12),
        "louvain_modularity_mean": round(sum(mods) / len(mods), 12),
        "louvain_modularity_worst": round(min(mods), 12),
    }


def main():
    out = {
        "generator": "scripts/analysis_fixtures.py",
        "networkx": nx.__version__,
        "python": sys.version.split()[0],
        "graphs": {},
    }
    for name, inputs in fixtures().items():
        out["graphs"][name] = {"inputs": inputs, "expected": expected(inputs)}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
