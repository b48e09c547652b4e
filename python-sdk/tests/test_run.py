import os
import subprocess
import sys
import unittest

SDK = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class RunOutsidePlughostTest(unittest.TestCase):
    def test_prints_a_friendly_message_and_exits_1(self):
        env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": SDK}
        result = subprocess.run(
            [sys.executable, "-c", "import plughost; plughost.run(plughost.Plugin)"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertIn("This is a plughost plugin", result.stderr)
        self.assertIn("plughost serve --plugins DIR", result.stderr)


if __name__ == "__main__":
    unittest.main()
