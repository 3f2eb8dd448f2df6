"""Tools outside the runtime path: the benchmark and the synthetic corpus generator."""
