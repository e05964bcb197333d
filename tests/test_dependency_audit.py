"""The offline vulnerability check knows a vulnerable version when it sees one."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "audit_dependencies.py"
sys.path.insert(0, str(SCRIPT.parent))
import audit_dependencies  # noqa: E402

ADVISORIES = json.loads(audit_dependencies.SNAPSHOT.read_text(encoding="utf-8"))["advisories"]


def advisory(package, identifier):
    return next(a for a in ADVISORIES[package] if a["id"] == identifier)


@pytest.mark.parametrize(
    ("package", "identifier", "version", "vulnerable"),
    [
        ("django", "PYSEC-2023-100", "4.2.2", True),
        ("django", "PYSEC-2023-100", "4.2.3", False),
        ("django", "PYSEC-2023-100", "5.2.19", False),
        ("pip", "PYSEC-2023-228", "23.2.1", True),
        ("setuptools", "PYSEC-2022-43012", "65.5.0", True),
        ("setuptools", "PYSEC-2022-43012", "84.2.1", False),
    ],
)
def test_versions_inside_an_advisory_range_are_flagged(package, identifier, version, vulnerable):
    assert audit_dependencies.affected(version, advisory(package, identifier)) is vulnerable


def test_this_environment_has_no_known_vulnerability():
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert "installed packages checked against" in result.stdout
