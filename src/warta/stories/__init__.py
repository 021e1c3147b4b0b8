"""stories: Articles -> Stories (placeholder until the grouping work lands)."""
def group(articles):  # noqa: ANN001, ANN201
    raise NotImplementedError
