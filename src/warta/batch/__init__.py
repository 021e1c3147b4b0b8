"""batch: the pipeline over archives on a distributed engine (dask.distributed, local processes)."""

from warta.batch.run import ENGINES, BatchResult, run_batch

__all__ = ["ENGINES", "BatchResult", "run_batch"]
