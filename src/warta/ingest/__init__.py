"""ingest: bytes -> Document (placeholder until the ingest work lands)."""
def read_inputs(inputs, on_error):  # noqa: ANN001, ANN201
    raise NotImplementedError
