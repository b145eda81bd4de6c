#!/usr/bin/env python3
"""Spreads NewsParse over a Dask cluster: one task per input file (a WARC or a JSONL shard), each running the native
`newsparse` CLI on its file and writing one output part; the parts, concatenated in input order, are what one process
gives for the same files.

  python3 driver.py --cli PATH/TO/newsparse --out OUT INPUT...          # a LocalCluster of 2 workers on 127.0.0.1
  python3 driver.py --cli ... --out OUT --scheduler tcp://HOST:8786 INPUT...   # a real cluster (dask-scheduler)

- INPUT: *.warc, *.warc.gz, *.arc, *.arc.gz (newsparse FILE --format jsonl) or *.jsonl records {"url","html"|"text"}
  (newsparse --stdin-jsonl < FILE). The CLI path must exist on every worker (ship the Native AOT build).
- OUT/parts/NNNNN-NAME.jsonl: one part per input, written to a temporary name and renamed when complete.
- OUT/manifest.json: the parts done (input, lines, bytes, sha256). A re-run skips every part listed there whose file
  is still there with the same size, so an interrupted run is finished by running the same command again.
- Each task is retried (--retries, default 3) when it fails or its worker dies; the CLI's exit code 1 (some records
  broken: they are error lines of the part) is a success.
- OUT/workers.json: the worker processes' ids (the check script kills one of them mid-run).
Prints one JSON line: parts done and skipped, lines, seconds.
"""
import argparse, hashlib, json, os, subprocess, sys, time, uuid

ARCHIVE = (".warc", ".warc.gz", ".arc", ".arc.gz")


def run_part(cli, source, part, parallel):
    """Runs the CLI on one input and writes its part; returns what the manifest records. Runs on a worker."""
    import hashlib, os, subprocess, uuid
    tmp = f"{part}.{os.getpid()}-{uuid.uuid4().hex}.tmp"
    with open(tmp, "wb") as out:
        if source.endswith(".jsonl"):
            with open(source, "rb") as records:
                p = subprocess.run([cli, "--stdin-jsonl", "--parallel", str(parallel)], stdin=records, stdout=out, stderr=subprocess.PIPE)
        else:
            p = subprocess.run([cli, source, "--format", "jsonl", "--parallel", str(parallel)], stdout=out, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):  # 1: some records gave error lines, which are part of the output
        os.remove(tmp)
        raise RuntimeError(f"newsparse exited with {p.returncode} on {source}: {p.stderr.decode(errors='replace')[-500:]}")
    digest = hashlib.sha256()
    lines = 0
    with open(tmp, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
            lines += chunk.count(b"\n")
    os.replace(tmp, part)
    return {"input": source, "part": part, "lines": lines, "bytes": os.path.getsize(part), "sha256": digest.hexdigest()}


def load_manifest(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def save_manifest(path, manifest):
    tmp = f"{path}.{uuid.uuid4().hex}.tmp"
    with open(tmp, "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--cli", required=True, help="the newsparse executable, at the same path on every worker")
    ap.add_argument("--out", required=True)
    ap.add_argument("--scheduler", help="address of a running dask-scheduler; default: a LocalCluster on 127.0.0.1")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    ap.add_argument("--parallel", type=int, default=1, help="pages parsed at once by each task's CLI (default 1: one core per worker)")
    ap.add_argument("--retries", type=int, default=3)
    a = ap.parse_args()

    from dask.distributed import Client, LocalCluster, as_completed

    cli = os.path.abspath(a.cli)
    inputs = [os.path.abspath(i) for i in a.inputs]
    for i in inputs:
        if not (i.endswith(ARCHIVE) or i.endswith(".jsonl")):
            sys.exit(f"driver: {i}: not a WARC/ARC file nor a .jsonl shard")
    os.makedirs(os.path.join(a.out, "parts"), exist_ok=True)
    manifest_path = os.path.join(a.out, "manifest.json")
    manifest = load_manifest(manifest_path)
    started = time.time()

    if a.scheduler:
        cluster = None
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        with open(os.path.join(a.out, "workers.json"), "w") as f:
            json.dump(client.run(os.getpid), f)
        futures, skipped, lines = {}, 0, 0
        for n, source in enumerate(inputs):
            name = os.path.basename(source)
            for ext in (".gz", ".warc", ".arc", ".jsonl"):
                name = name[: -len(ext)] if name.endswith(ext) else name
            part = os.path.abspath(os.path.join(a.out, "parts", f"{n:05d}-{name}.jsonl"))
            done = manifest.get(part)
            if done and done.get("input") == source and os.path.exists(part) and os.path.getsize(part) == done.get("bytes"):
                skipped += 1
                lines += done["lines"]
                continue
            future = client.submit(run_part, cli, source, part, a.parallel, retries=a.retries, pure=False, key=f"newsparse-{n:05d}-{uuid.uuid4().hex[:8]}")
            futures[future] = part
        for future in as_completed(list(futures)):
            result = future.result()
            manifest[result["part"]] = result
            save_manifest(manifest_path, manifest)
            lines += result["lines"]
        print(json.dumps({"parts": len(futures), "skipped": skipped, "lines": lines, "seconds": round(time.time() - started, 2),
                          "workers": len(client.scheduler_info()["workers"])}))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
