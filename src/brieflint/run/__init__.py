"""Which rules, for which file, in which process: planner, engine, jobs, cache, suppressions."""
