"""scikit-learn's answers for tests/engine/classic/sklearn.test.ts (named apart from the package it imports): reads one JSON case on
standard input, prints scikit-learn's results as JSON on standard output."""
import json
import sys

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC

case = json.load(sys.stdin)
x = np.asarray(case["x"], dtype=np.float64)
out = {}
if "knn" in case:
    knn = case["knn"]
    model = KNeighborsClassifier(
        n_neighbors=knn["k"], metric=knn["metric"], weights="uniform", algorithm="brute"
    )
    model.fit(x, np.asarray(case["labels"]))
    out["knn"] = model.predict(np.asarray(knn["query"], dtype=np.float64)).tolist()
if "kmeans" in case:
    init = np.asarray(case["kmeans"]["init"], dtype=np.float64)
    model = KMeans(
        n_clusters=len(init), init=init, n_init=1, algorithm="lloyd", tol=0, max_iter=300
    )
    model.fit(x)
    out["kmeans"] = {
        "labels": model.labels_.tolist(),
        "centroids": model.cluster_centers_.tolist(),
        "inertia": float(model.inertia_),
    }
if "pca" in case:
    model = PCA(n_components=case["pca"]["count"], svd_solver="full")
    projected = model.fit_transform(x)
    out["pca"] = {
        "components": model.components_.tolist(),
        "variance": model.explained_variance_.tolist(),
        "ratio": model.explained_variance_ratio_.tolist(),
        "projected": projected.tolist(),
    }
if "svm" in case:
    svm = case["svm"]
    kernel = svm["kernel"]
    model = SVC(
        C=svm["C"],
        kernel=kernel["name"],
        gamma=kernel.get("gamma", "scale"),
        tol=1e-3,
        shrinking=False,
    )
    model.fit(x, np.asarray(case["labels"]))
    query = np.asarray(svm["query"], dtype=np.float64)
    out["svm"] = {
        "predict": model.predict(query).tolist(),
        "decision": model.decision_function(query).tolist(),
        "support": sorted(model.support_.tolist()),
        # scikit-learn's intercept is −rho, with its sign flipped for two classes as its
        # decision function is (positive for the second class).
        "rho": float(-model.intercept_[0]),
    }
json.dump(out, sys.stdout)
