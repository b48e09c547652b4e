import ast
import os
import unittest

PACKAGE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "plughost")


class Python39SyntaxTest(unittest.TestCase):
    def test_every_sdk_module_parses_as_python_3_9(self):
        """The SDK supports Python 3.9: no match statements, no parenthesized context managers, ..."""
        checked = 0
        for folder, _, files in os.walk(PACKAGE):
            for name in files:
                if name.endswith(".py"):
                    path = os.path.join(folder, name)
                    with open(path, encoding="utf-8") as source:
                        ast.parse(source.read(), filename=path, feature_version=(3, 9))
                    checked += 1
        self.assertGreater(checked, 10)

    def test_no_runtime_annotations_need_newer_python(self):
        """`X | Y` in annotations is fine only with `from __future__ import annotations`."""
        for folder, _, files in os.walk(PACKAGE):
            for name in files:
                if not name.endswith(".py") or folder.endswith("v1"):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as source:
                    text = source.read()
                tree = ast.parse(text)
                uses_union = any(
                    isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr)
                    for annotation in ast.walk(tree)
                    if isinstance(annotation, (ast.arg, ast.AnnAssign, ast.FunctionDef))
                    for node in ast.walk(getattr(annotation, "annotation", None) or getattr(annotation, "returns", None) or ast.Pass())
                )
                if uses_union:
                    self.assertIn("from __future__ import annotations", text, path)


if __name__ == "__main__":
    unittest.main()
