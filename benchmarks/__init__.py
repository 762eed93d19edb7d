"""Speed and memory measurements; each module prints a table. Run `python -m benchmarks`."""
