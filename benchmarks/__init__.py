"""Speed and memory benchmarks: `make bench` runs every benchmarks/bench_*.py `main()`."""
