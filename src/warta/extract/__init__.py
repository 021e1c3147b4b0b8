"""extract: Document -> Article (placeholder until the extract work lands)."""
def extract_document(doc):  # noqa: ANN001, ANN201
    raise NotImplementedError
def extract_documents(docs, on_error):  # noqa: ANN001, ANN201
    raise NotImplementedError
