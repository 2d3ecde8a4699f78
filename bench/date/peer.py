"""Side-by-side peers for bench/date.sh: LightGBM and XGBoost on the KCS
synthetic declarations, trained on train (2020) and ranked on valid (Q1
2021) by predicted probability, in two feature sets:

- "raw": the protocol of Jeong et al. 2022 (arXiv:2208.02484): categorical
  columns label-encoded, numericals min-max scaled, default parameters;
- "+profiles": the raw columns plus unit values, date parts and the same
  past-only historical risk profiles as analytics/date (count and smoothed
  illicit rate per importer, declarant, seller, courier, HS6/4/2, countries,
  office, HS6 x origin, office x importer, office x HS6, importer x HS6;
  unit-value deviation for HS6, HS4, HS6 x origin), each row seeing only
  rows of strictly earlier days and the valid rows seeing train only.

Usage: python peer.py TRAIN.csv VALID.csv [seed]
"""
import sys
import warnings

warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd


def metrics(y, p, rev=None):
    order = np.argsort(-p, kind="stable")
    y = y[order]
    n = len(y)
    out = {}
    total = y.sum()
    for r in (1, 2, 5, 10):
        k = max(1, int(round(n * r / 100)))
        found = y[:k].sum()
        out[f"pre@{r}"] = found / k
        out[f"rec@{r}"] = found / total
    from sklearn.metrics import roc_auc_score
    out["auc"] = roc_auc_score(y, p[order])
    return out


def profiles(train, valid):
    """Raw label-encoded columns plus past-only profiles, as analytics/date."""
    tr, va = train.copy(), valid.copy()
    tr["split"], va["split"] = "t", "v"
    df = pd.concat([tr, va], ignore_index=True)
    df["y"] = df.Fraud.astype(float)
    df.loc[df.split == "v", "y"] = np.nan
    for c in ["Tax Rate", "Net Mass", "Item Price"]:
        df[c] = df[c].astype(float)
    df["date"] = pd.to_datetime(df.Date)
    df["uv"] = np.log1p(df["Item Price"]) - np.log1p(df["Net Mass"])
    df["tax"] = df["Item Price"] * df["Tax Rate"] / 100
    df["weekday"], df["month"] = df.date.dt.weekday, df.date.dt.month
    hs = df["HS6 Code"]
    df["HS4"], df["HS2"] = hs.str[:4], hs.str[:2]
    pair = lambda a, b: df[a].fillna("") + "|" + df[b].fillna("")
    df["hs6+origin"] = pair("HS6 Code", "Country of Origin")
    df["office+importer"] = pair("Office ID", "Importer ID")
    df["office+hs6"] = pair("Office ID", "HS6 Code")
    df["importer+hs6"] = pair("Importer ID", "HS6 Code")
    df = df.sort_values(["date", "Declaration ID"]).reset_index(drop=True)
    t = (df.split == "t").astype(float)
    # global prior from earlier days
    g = pd.DataFrame({"date": df.date, "one": t, "yy": df.y.fillna(0) * t}).groupby("date").sum().cumsum().shift(fill_value=0)
    prior = ((g.yy + 1) / (g.one + 2)).reindex(df.date).values
    keys = {"Importer ID": False, "Declarant ID": False, "Seller ID": False, "Courier ID": False,
            "HS6 Code": True, "HS4": True, "HS2": False, "Country of Origin": False,
            "Country of Departure": False, "Office ID": False, "hs6+origin": True,
            "office+importer": False, "office+hs6": False, "importer+hs6": False}
    feats = []
    for k, uvdev in keys.items():
        d = pd.DataFrame({"k": df[k], "date": df.date, "one": t, "yy": df.y.fillna(0) * t,
                          "uv": df.uv.fillna(0) * t, "nuv": df.uv.notna() * t})
        dd = d.groupby(["k", "date"])[["one", "yy", "uv", "nuv"]].sum().reset_index().sort_values(["k", "date"])
        cs = dd.groupby("k")[["one", "yy", "uv", "nuv"]].cumsum() - dd[["one", "yy", "uv", "nuv"]]
        dd[["cnt", "pos", "suv", "snuv"]] = cs.values
        m = d[["k", "date"]].merge(dd[["k", "date", "cnt", "pos", "suv", "snuv"]], on=["k", "date"], how="left")
        empty = df[k].isna() | (df[k] == "")
        cnt = m.cnt.where(~empty, 0).values
        pos = m.pos.where(~empty, 0).values
        df["cnt:" + k] = np.log1p(cnt)
        df["risk:" + k] = (pos + 10 * prior) / (cnt + 10)
        feats += ["cnt:" + k, "risk:" + k]
        if uvdev:
            df["uvdev:" + k] = df.uv - np.where(m.snuv > 0, m.suv / m.snuv.clip(lower=1), np.nan)
            feats.append("uvdev:" + k)
    drop = ["Declaration ID", "Date", "Fraud", "Critical Fraud"]
    numeric = ["Tax Rate", "Net Mass", "Item Price"]
    cats = [c for c in train.columns if c not in drop and c not in numeric]
    for c in cats:
        df["c:" + c] = df[c].fillna("").astype("category").cat.codes
    cols = ["c:" + c for c in cats] + numeric + ["uv", "tax", "weekday", "month"] + feats
    tm, vm = df.split == "t", df.split == "v"
    return (df.loc[tm, cols].values, df.loc[tm, "Fraud"].astype(int).values,
            df.loc[vm, cols].values, df.loc[vm, "Fraud"].astype(int).values)


def main():
    train = pd.read_csv(sys.argv[1], dtype=str)
    valid = pd.read_csv(sys.argv[2], dtype=str)
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    label = "Fraud"
    drop = ["Declaration ID", "Date", "Fraud", "Critical Fraud"]
    numeric = ["Tax Rate", "Net Mass", "Item Price"]
    cats = [c for c in train.columns if c not in drop and c not in numeric]
    both = pd.concat([train, valid], keys=["t", "v"])
    for c in cats:
        both[c] = both[c].fillna("").astype("category").cat.codes
    for c in numeric:
        both[c] = both[c].astype(float)
        lo, hi = both.loc["t", c].min(), both.loc["t", c].max()
        both[c] = (both[c] - lo) / (hi - lo if hi > lo else 1)
    feats = cats + numeric
    Xt, Xv = both.loc["t", feats].values, both.loc["v", feats].values
    yt = train[label].astype(int).values
    yv = valid[label].astype(int).values

    import lightgbm as lgb
    import xgboost as xgb

    models = {
        "lightgbm(default)": lgb.LGBMClassifier(random_state=seed, verbose=-1, n_jobs=2),
        "xgboost(default)": xgb.XGBClassifier(random_state=seed, n_jobs=2, tree_method="hist"),
    }
    import time
    Pt, pyt, Pv, pyv = profiles(train, valid)
    runs = [(name, m, Xt, yt, Xv, yv) for name, m in models.items()]
    runs += [
        ("lightgbm(+profiles)", lgb.LGBMClassifier(random_state=seed, verbose=-1, n_jobs=2), Pt, pyt, Pv, pyv),
        ("xgboost(+profiles)", xgb.XGBClassifier(random_state=seed, n_jobs=2, tree_method="hist"), Pt, pyt, Pv, pyv),
    ]
    print(f"{'model':26s} " + " ".join(f"{k:>6s}" for k in ("Pre@1", "Pre@2", "Pre@5", "Pre@10", "Rec@1", "Rec@2", "Rec@5", "Rec@10")) + "    AUC  train")
    for name, m, a, b, c, d in runs:
        t0 = time.time()
        m.fit(a, b)
        took = time.time() - t0
        r = metrics(d, m.predict_proba(c)[:, 1])
        cells = [r[f"pre@{k}"] for k in (1, 2, 5, 10)] + [r[f"rec@{k}"] for k in (1, 2, 5, 10)]
        print(f"{name:26s} " + " ".join(f"{v:6.3f}" for v in cells) + f"  {r['auc']:5.3f}  {took:.1f}s")


if __name__ == "__main__":
    main()
