"""The house rules that keep the code easy to find and change, checked on the source:
no module over 400 lines, no function over ~60, and every attribute a class sets
made in its `__init__` (or declared on the class or a base, as Textual's reactives are)."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable
from pathlib import Path

import pytest

import briefterm

SRC = Path(briefterm.__file__).parent
MODULES = sorted(p for p in SRC.rglob("*.py"))
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _self_targets(node: ast.AST) -> set[str]:
    found: set[str] = set()
    for sub in ast.walk(node):
        targets: list[ast.expr] = []
        if isinstance(sub, ast.Assign):
            targets = sub.targets
        elif isinstance(sub, ast.AnnAssign | ast.AugAssign):
            targets = [sub.target]
        for target in targets:
            for t in ast.walk(target):
                if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                    found.add(t.attr)
    return found


def _late_attributes(source: str, owner_of: Callable[[str], object]) -> list[str]:
    """`self.X = ...` outside `__init__`, where X is neither made there nor on the class."""
    tree = ast.parse(source)
    late: list[str] = []
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        methods = [m for m in cls.body if isinstance(m, ast.FunctionDef | ast.AsyncFunctionDef)]
        made = set().union(*(_self_targets(m) for m in methods if m.name == "__init__"))
        for method in methods:
            if method.name == "__init__":
                continue
            for attr in sorted(_self_targets(method) - made):
                owner = owner_of(cls.name)
                if owner is None or not hasattr(owner, attr):
                    late.append(f"{cls.name}.{method.name} sets self.{attr}")
    return late


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_module_is_short(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{lines} lines: split it by job"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_functions_are_short(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{f.name}: {f.end_lineno - f.lineno + 1} lines"
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and f.end_lineno is not None
        and f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_classes_make_their_state_in_init(path: Path) -> None:
    def owner_of(name: str) -> object:
        return getattr(importlib.import_module(_module_name(path)), name, None)

    assert _late_attributes(path.read_text(encoding="utf-8"), owner_of) == []


def test_the_state_check_sees_a_late_attribute() -> None:
    """The check can fail: an attribute born in a later method is reported."""
    sample = (
        "class Late:\n    def __init__(self) -> None:\n        self.a = 1\n\n"
        "    def later(self) -> None:\n        self.a = 3\n        self.b = 2\n"
    )
    assert _late_attributes(sample, lambda name: None) == ["Late.later sets self.b"]
