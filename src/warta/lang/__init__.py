"""Language tools for Indonesian (and English) news text, shared by every pipeline stage."""
