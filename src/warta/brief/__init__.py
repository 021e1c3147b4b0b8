"""brief: Story -> Brief (placeholder until the brief work lands)."""
def make_brief(story, length=None):  # noqa: ANN001, ANN201
    raise NotImplementedError
