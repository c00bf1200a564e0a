"""Property-based fuzzing of every form, the sealed token and the order of steps (Hypothesis)."""
