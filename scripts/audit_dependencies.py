#!/usr/bin/env python
"""Fails when an installed Python package has a known vulnerability; works without network.

    scripts/audit_dependencies.py                   check this environment against scripts/pypi-advisories.json
    scripts/audit_dependencies.py --refresh DIR     rebuild that file from a checkout of PyPA's advisory
                                                    database (github.com/pypa/advisory-database; needs PyYAML)

The advisories are PyPA's, the ones PyPI itself serves and pip-audit reads by default.
pip-audit asks PyPI's JSON API for them at every run; where that API cannot be reached
(CI machines that only see a package index mirror), it skips every package and still
reports success. This check reads a snapshot kept in the repository instead, compares
each installed distribution's version with the affected ranges, and says how old the
snapshot is. Refresh the snapshot where the network allows, and `make audit-online`
runs pip-audit itself there.
"""

import argparse
import datetime
import json
import re
import sys
from importlib import metadata
from pathlib import Path

SNAPSHOT = Path(__file__).resolve().parent / "pypi-advisories.json"


def canonical(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def refresh(checkout):
    import subprocess

    import yaml

    checkout = Path(checkout)
    advisories = {}
    for path in sorted((checkout / "vulns").glob("*/*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        if record.get("withdrawn"):
            continue
        for affected in record.get("affected", []):
            package = affected.get("package", {})
            if package.get("ecosystem") != "PyPI":
                continue
            ranges = []
            for version_range in affected.get("ranges", []):
                if version_range.get("type") != "ECOSYSTEM":
                    continue
                introduced = None
                for event in version_range.get("events", []):
                    if "introduced" in event:
                        introduced = str(event["introduced"])
                    elif "fixed" in event or "last_affected" in event:
                        kind = "fixed" if "fixed" in event else "last_affected"
                        ranges.append([introduced or "0", kind, str(event[kind])])
                        introduced = None
                if introduced is not None:
                    ranges.append([introduced, "fixed", None])
            versions = [str(v) for v in affected.get("versions", [])] if not ranges else []
            advisories.setdefault(canonical(package["name"]), []).append(
                {"id": record["id"], "aliases": record.get("aliases", [])[:3], "ranges": ranges, "versions": versions}
            )
    commit = subprocess.run(
        ["git", "-C", str(checkout), "log", "-1", "--format=%H %cs"], capture_output=True, text=True, check=False
    ).stdout.split()
    data = {
        "source": "https://github.com/pypa/advisory-database",
        "commit": commit[0] if commit else "",
        "date": commit[1] if len(commit) > 1 else datetime.date.today().isoformat(),
        "advisories": advisories,
    }
    SNAPSHOT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n")
    count = sum(len(v) for v in advisories.values())
    print(f"{SNAPSHOT.name}: {count} advisories for {len(advisories)} packages, as of {data['date']}")


def affected(version, advisory):
    from packaging.version import InvalidVersion, Version

    try:
        installed = Version(version)
    except InvalidVersion:
        return False
    if version in advisory["versions"]:
        return True
    for introduced, kind, bound in advisory["ranges"]:
        try:
            if installed < Version(introduced):
                continue
            if bound is None:
                return True
            if (kind == "fixed" and installed < Version(bound)) or (
                kind == "last_affected" and installed <= Version(bound)
            ):
                return True
        except InvalidVersion:
            continue
    return False


def check():
    data = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    findings, checked = [], 0
    for distribution in metadata.distributions():
        name = canonical(distribution.metadata["Name"] or "")
        if not name:
            continue
        checked += 1
        for advisory in data["advisories"].get(name, []):
            if affected(distribution.version, advisory):
                aliases = ", ".join(advisory["aliases"])
                findings.append(f"{name} {distribution.version}: {advisory['id']} ({aliases})")
    age = (datetime.date.today() - datetime.date.fromisoformat(data["date"])).days
    count = sum(len(v) for v in data["advisories"].values())
    print(f"{checked} installed packages checked against {count} PyPA advisories of {data['date']} ({age} days old).")
    if findings:
        print("Known vulnerabilities:\n  " + "\n  ".join(sorted(set(findings))))
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refresh", metavar="DIR", help="checkout of github.com/pypa/advisory-database")
    arguments = parser.parse_args()
    if arguments.refresh:
        refresh(arguments.refresh)
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
